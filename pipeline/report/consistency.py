"""libsbml's findings on a document, sorted into the report's sections, and the consistency section.

libsbml validates with every category switched on (``pipeline.validate.sbml_checks.consistency``).
Each finding is scored in exactly one section, so that one fault lowers one section: findings about
units (the units-consistency category, and any finding whose libsbml short message concerns units,
such as a dangling unit reference) go to the units section, findings of the SBO category to the SBO
section, all others to this one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import libsbml

from pipeline.report.checks import Check, Section, check, findings_score, section
from pipeline.validate.findings import ERROR, INFO, WARNING
from pipeline.validate.sbml_checks import consistency as libsbml_consistency

# Check id -> (title, libsbml categories). Read-time conformance covers XML and schema findings.
CATEGORIES: dict[str, tuple[str, tuple[int, ...]]] = {
    "conformance": ("XML and SBML schema conformance", (libsbml.LIBSBML_CAT_XML, libsbml.LIBSBML_CAT_SBML)),
    "general": ("general consistency", (libsbml.LIBSBML_CAT_GENERAL_CONSISTENCY,)),
    "identifiers": ("identifier consistency", (libsbml.LIBSBML_CAT_IDENTIFIER_CONSISTENCY,)),
    "mathml": ("MathML consistency", (libsbml.LIBSBML_CAT_MATHML_CONSISTENCY,)),
    "overdetermined": ("not overdetermined", (libsbml.LIBSBML_CAT_OVERDETERMINED_MODEL,)),
    "practice": ("modelling practice", (libsbml.LIBSBML_CAT_MODELING_PRACTICE,)),
}
VALID_WEIGHT = 3.0  # "no error at all" weighs as much as three categories: one error makes a model invalid
SHOWN = 12  # distinct messages listed per check


@dataclass(frozen=True)
class LibsbmlFinding:
    """One libsbml error, warning or note with its category and the section that scores it."""

    error_id: int
    category: int
    category_name: str
    severity: str  # ERROR, WARNING or INFO
    line: int
    message: str
    section: str  # "consistency", "units" or "sbo"

    def text(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}[{self.error_id}] {self.message}"


def _section_of(error: libsbml.SBMLError) -> str:
    if error.getCategory() == libsbml.LIBSBML_CAT_UNITS_CONSISTENCY or "unit" in error.getShortMessage().lower():
        return "units"
    if error.getCategory() == libsbml.LIBSBML_CAT_SBO_CONSISTENCY:
        return "sbo"
    return "consistency"


def libsbml_findings(doc: libsbml.SBMLDocument, name: str) -> list[LibsbmlFinding]:
    """Every finding of libsbml on ``doc`` (read errors and all consistency categories)."""
    findings = libsbml_consistency(doc, name)
    if len(findings) != doc.getNumErrors():  # the validator reports one finding per logged error
        raise RuntimeError("libsbml's error log changed while it was read")
    out = []
    for i, finding in enumerate(findings):
        error = doc.getError(i)
        out.append(
            LibsbmlFinding(
                error.getErrorId(),
                error.getCategory(),
                error.getCategoryAsString(),
                finding.severity,
                error.getLine(),
                finding.message,
                _section_of(error),
            )
        )
    return out


def findings_check(id: str, title: str, findings: Iterable[LibsbmlFinding], weight: float = 1.0) -> Check:
    """A check scored by ``findings_score``: errors, warnings and notes counted, distinct messages listed."""
    items = list(findings)
    counts = Counter(f.severity for f in items)
    errors, warnings, notes = counts[ERROR], counts[WARNING], counts[INFO]
    if not items:
        message = "no libsbml findings"
    else:
        message = f"{errors} error(s), {warnings} warning(s), {notes} note(s) from libsbml"
    distinct = Counter(f"{f.severity}: [{f.error_id}] {f.message}" for f in items)
    details = [f"{text} (x{n})" if n > 1 else text for text, n in sorted(distinct.items())]
    if len(details) > SHOWN:
        details = details[:SHOWN] + [f"... and {len(details) - SHOWN} more distinct findings"]
    return check(id, title, findings_score(errors, warnings), message, weight, details)


def consistency_section(findings: list[LibsbmlFinding]) -> Section:
    """Validity (no error) and one check per libsbml category; unit and SBO findings are scored elsewhere."""
    mine = [f for f in findings if f.section == "consistency"]
    errors = [f for f in mine if f.severity == ERROR]
    valid = check(
        "consistency.valid",
        "valid SBML (no libsbml error outside units and SBO)",
        0.0 if errors else 1.0,
        f"{len(errors)} error(s)" if errors else "no errors",
        VALID_WEIGHT,
        sorted({f.text() for f in errors})[:SHOWN],
    )
    checks = [valid]
    known: set[int] = set()
    for cid, (title, categories) in CATEGORIES.items():
        known |= set(categories)
        checks.append(findings_check(f"consistency.{cid}", title, [f for f in mine if f.category in categories]))
    others = [f for f in mine if f.category not in known]
    checks.append(findings_check("consistency.other", "other libsbml categories", others))
    return section("consistency", checks, "libsbml, every validation category switched on")
