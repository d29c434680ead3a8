"""The result of ``mgbone validate`` as text, JSON or JUnit XML.

Every format names each finding's file, location, rule, severity and message. Text from
hostile files (names, ids, library messages) is made safe for terminals, CI logs and XML:
control, bidirectional-override and non-characters become ``\\xNN`` / ``\\uNNNN`` escapes,
white space runs become one space, and messages are cut at ``MAX_MESSAGE`` characters.
At most ``max_findings`` findings per file are listed (0: all); the counts include all.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from pipeline import __version__
from pipeline.validate.findings import ERROR, INFO, WARNING, Finding
from pipeline.validate.results import INTERNAL_ERROR, UNUSABLE_INPUT, FileReport

SEVERITIES = (ERROR, WARNING, INFO)
RANK = {INFO: 0, WARNING: 1, ERROR: 2}
MAX_MESSAGE = 1000
BROKEN = (INTERNAL_ERROR, UNUSABLE_INPUT)  # findings that say a file could not be judged
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]")


def at_or_above(finding: Finding, threshold: str) -> bool:
    return RANK.get(finding.severity, RANK[ERROR]) >= RANK[threshold]


def clean(text: str, limit: int = MAX_MESSAGE) -> str:
    """One line of printable text: escapes for unsafe characters, single spaces, at most ``limit`` characters."""
    text = " ".join(str(text).split())
    text = _UNSAFE.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", text
    )
    return text if len(text) <= limit else text[: limit - 1] + "…"


def line(finding: Finding) -> str:
    """``file:location: severity: [rule] message``."""
    f = finding
    return f"{clean(f.file)}:{clean(f.location)}: {clean(f.severity)}: [{clean(f.rule)}] {clean(f.message)}"


@dataclass(frozen=True)
class Summary:
    files: int
    unusable: int
    counts: dict[str, int]
    fail_on: str
    exit_status: int
    seconds: float


def summarize(reports: list[FileReport], fail_on: str, exit_status: int, seconds: float) -> Summary:
    counts = Counter(f.severity for r in reports for f in r.findings)
    return Summary(
        files=len(reports),
        unusable=sum(r.unusable for r in reports),
        counts={s: counts.get(s, 0) for s in SEVERITIES},
        fail_on=fail_on,
        exit_status=exit_status,
        seconds=seconds,
    )


def _shown(report: FileReport, max_findings: int) -> tuple[list[Finding], int]:
    findings = report.findings
    if max_findings and len(findings) > max_findings:
        return findings[:max_findings], len(findings) - max_findings
    return findings, 0


def summary_line(summary: Summary) -> str:
    c = summary.counts
    verdict = {0: "passed", 1: "FAILED", 2: "UNUSABLE INPUT"}.get(summary.exit_status, "?")
    unusable = f", {summary.unusable} unusable" if summary.unusable else ""
    return (
        f"mgbone validate: {summary.files} file(s){unusable}: {c[ERROR]} error(s), {c[WARNING]} warning(s),"
        f" {c[INFO]} info; failing on {summary.fail_on} and above: {verdict} (exit {summary.exit_status},"
        f" {summary.seconds:.1f} s)"
    )


def render_text(reports: list[FileReport], summary: Summary, max_findings: int = 1000) -> str:
    lines = []
    for report in reports:
        shown, hidden = _shown(report, max_findings)
        lines += [line(f) for f in shown]
        if hidden:
            lines.append(
                f"{clean(report.file)}:document: info: [findings-truncated] {hidden} more finding(s) not shown"
            )
    lines.append(summary_line(summary))
    return "\n".join(lines) + "\n"


def _as_dict(f: Finding) -> dict[str, str]:
    return {
        "file": clean(f.file),
        "location": clean(f.location),
        "rule": clean(f.rule),
        "severity": f.severity,
        "message": clean(f.message),
    }


def render_json(reports: list[FileReport], summary: Summary, max_findings: int = 1000) -> str:
    files, findings = [], []
    for report in reports:
        shown, hidden = _shown(report, max_findings)
        counts = Counter(f.severity for f in report.findings)
        files.append(
            {
                "file": clean(report.file),
                "kind": report.kind,
                "unusable": report.unusable,
                "checks": [c.family for c in report.checks],
                "counts": {s: counts.get(s, 0) for s in SEVERITIES},
                "not_shown": hidden,
            }
        )
        findings += [_as_dict(f) for f in shown]
    document = {
        "tool": "mgbone validate",
        "version": __version__,
        "summary": {
            "files": summary.files,
            "unusable": summary.unusable,
            **summary.counts,
            "fail_on": summary.fail_on,
            "exit_status": summary.exit_status,
            "seconds": round(summary.seconds, 3),
        },
        "files": files,
        "findings": findings,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def render_junit(reports: list[FileReport], summary: Summary, max_findings: int = 1000) -> str:
    """One ``testsuite`` per file, one ``testcase`` per check family; findings at or above the
    threshold are its ``failure``, an internal error or unusable input its ``error``, the others
    its ``system-out``."""
    suites = etree.Element("testsuites", name="mgbone validate")
    totals = Counter()
    for report in reports:
        suite = etree.SubElement(suites, "testsuite", name=clean(report.file))
        properties = etree.SubElement(suite, "properties")
        etree.SubElement(properties, "property", name="kind", value=report.kind or "unknown")
        counts = Counter()
        for check in report.checks:
            case = etree.SubElement(
                suite, "testcase", classname=clean(report.file), name=check.family, time=f"{check.seconds:.3f}"
            )
            counts["tests"] += 1
            findings = check.findings[:max_findings] if max_findings else check.findings
            broken = [f for f in findings if f.rule in BROKEN]
            failing = [f for f in findings if at_or_above(f, summary.fail_on) and f.rule not in BROKEN]
            others = [f for f in findings if not at_or_above(f, summary.fail_on) and f.rule not in BROKEN]
            for tag, group in (("error", broken), ("failure", failing)):
                if group:
                    counts[f"{tag}s"] += 1
                    message = f"{len(group)} finding(s); first: {line(group[0])}"
                    element = etree.SubElement(case, tag, message=clean(message, 500), type=clean(group[0].rule))
                    element.text = "\n".join(line(f) for f in group) + "\n"
            if others:
                etree.SubElement(case, "system-out").text = "\n".join(line(f) for f in others) + "\n"
        suite.set("tests", str(counts["tests"]))
        suite.set("failures", str(counts["failures"]))
        suite.set("errors", str(counts["errors"]))
        suite.set("skipped", "0")
        suite.set("time", f"{sum(c.seconds for c in report.checks):.3f}")
        totals.update(counts)
    for key in ("tests", "failures", "errors"):
        suites.set(key, str(totals[key]))
    suites.set("time", f"{summary.seconds:.3f}")
    text = etree.tostring(suites, pretty_print=True, xml_declaration=True, encoding="UTF-8").decode("utf-8")
    return text if text.endswith("\n") else text + "\n"
