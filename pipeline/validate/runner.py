"""Validate one file of any kind: the safety gate, then the checks of its kind, each one guarded.

``validate_path`` returns one ``FileReport`` per document: one for a model or map, one for a
COMBINE archive plus one per member it checks (named ``archive.omex!/member``). A report holds
the checks run, by family (``input``, ``sbml``, ``sbgn``, ``sedml``, ``omex``), each with its
findings and time. An exception inside a check never escapes: it becomes an ``internal-error``
finding of that family, and the report is marked unusable (the file could not be judged).

SBML is read with libsbml's resolvers of external documents switched off: a comp
``externalModelDefinition`` could otherwise make libsbml open any local path (a FIFO blocks, a
large file is read whole). External sources are checked like SED-ML sources instead (present in
the archive or folder, relative, inside), and the referenced file is validated on its own.
"""

from __future__ import annotations

import logging
import posixpath
import re
import tempfile
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import libsbml
from xsdata.exceptions import ParserError

from pipeline.validate import omex_checks
from pipeline.validate.findings import ERROR, INFO, WARNING, Finding
from pipeline.validate.results import (
    INPUT,
    OMEX_FAMILY,
    SBGN_FAMILY,
    SBML_FAMILY,
    SEDML_FAMILY,
    UNUSABLE_INPUT,
    FileReport,
)
from pipeline.validate.safe_input import (
    MANIFEST,
    OMEX,
    RDF,
    SBGN,
    SBML,
    SEDML,
    XML,
    Inspected,
    Limits,
    UnusableInput,
    inspect_bytes,
    inspect_path,
    read_archive,
)
from pipeline.validate.sbgn_checks import check_file as check_sbgn_file
from pipeline.validate.sbml_checks import check_document

# Archive members checked as documents: by extension, by manifest format, or content that starts like XML.
XML_SUFFIXES = (".xml", ".sbml", ".sbgn", ".sedml", ".rdf", ".svg", ".cellml", ".owl")
UNRESOLVED_EXTERNAL = "libsbml-1090101"
_LXML_ERROR = re.compile(
    r"^[^:]*:(?P<line>\d+):\d+:[A-Z]+:[A-Z0-9_]+:[A-Z0-9_]+: (?P<message>.*)$", re.DOTALL
)  # replaced by our own check of external model sources


@dataclass(frozen=True)
class Context:
    """Where a document sits: how to tell whether a referenced path exists, relative to which folder."""

    exists: Callable[[str], bool]
    base: str = ""
    confined: bool = False  # references must stay inside (an archive)
    in_archive: bool = False


def folder_context(path: Path) -> Context:
    folder = path.parent

    def exists(relative: str) -> bool:
        try:
            return (folder / relative).is_file()
        except (OSError, ValueError):
            return False

    return Context(exists)


@contextmanager
def quiet_libraries() -> Iterator[None]:
    """Keep libraries' log records and warnings about hostile input off stderr."""
    logger = logging.getLogger("libsbgnpy")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


@contextmanager
def no_external_resolution() -> Iterator[None]:
    """libsbml without resolvers of external documents (restored afterwards)."""
    registry = libsbml.SBMLResolverRegistry.getInstance()
    removed = 0
    while registry.getNumResolvers():
        registry.removeResolver(0)
        removed += 1
    try:
        yield
    finally:
        for _ in range(removed):
            registry.addResolver(libsbml.SBMLFileResolver())


# ---------------------------------------------------------------- SBML
def _libsbml_finding(err: libsbml.SBMLError, file: str) -> Finding:
    severity = ERROR if err.isError() or err.isFatal() else WARNING if err.isWarning() else INFO
    location = f"line {err.getLine()}" if err.getLine() else "document"
    return Finding(file, location, f"libsbml-{err.getErrorId()}", severity, " ".join(err.getMessage().split()))


def external_model_findings(doc: libsbml.SBMLDocument, file: str, context: Context) -> list[Finding]:
    """comp ``externalModelDefinition`` sources: present, relative, inside; never opened here."""
    plugin = doc.getPlugin("comp")
    if plugin is None or not hasattr(plugin, "getNumExternalModelDefinitions"):
        return []
    findings = []
    for i in range(plugin.getNumExternalModelDefinitions()):
        definition = plugin.getExternalModelDefinition(i)
        source, where = definition.getSource(), f"externalModelDefinition {definition.getId()}"
        problem = omex_checks.reference_problem(source, context.base, context.exists, context.confined)
        if problem is None:
            message = f"{source} is validated as its own file, not resolved into this one"
            findings.append(Finding(file, where, "comp-external-unresolved", INFO, message))
        else:
            findings.append(Finding(file, where, f"comp-external-{problem[1]}", problem[0], problem[2]))
    return findings


def sbml_findings(data: bytes, file: str, context: Context) -> list[Finding]:
    """libsbml's read errors and every check of ``sbml_checks.check_document`` (strict)."""
    with no_external_resolution():
        doc = libsbml.readSBMLFromString(data.decode("utf-8"))
        read = [_libsbml_finding(doc.getError(i), file) for i in range(doc.getNumErrors())]
        if doc.getModel() is None or any(doc.getError(i).isFatal() for i in range(doc.getNumErrors())):
            return read + [Finding(file, "document", "no-model", ERROR, "no <model> could be read")]
        checked = check_document(doc, file, strict=True)
    checked = [f for f in checked if f.rule != UNRESOLVED_EXTERNAL]
    return read + checked + external_model_findings(doc, file, context)


# ---------------------------------------------------------------- SBGN
def sbgn_findings(data: bytes, file: str) -> list[Finding]:
    """``sbgn_checks.check_file`` on exactly the bytes the gate passed (via a private temporary file)."""
    with tempfile.TemporaryDirectory(prefix="mgbone-validate-") as folder:
        path = Path(folder) / "map.sbgn"
        path.write_bytes(data)
        try:
            findings = check_sbgn_file(path)
        except ParserError as err:
            findings = [Finding(str(path), "document", "sbgn-read", ERROR, f"not readable as SBGN-ML: {err}")]
    return [_located(replace(f, file=file, message=f.message.replace(str(path), file))) for f in findings]


def _located(finding: Finding) -> Finding:
    """An lxml schema error ``<string>:LINE:COL:ERROR:DOMAIN:CODE: text`` located at its line."""
    match = _LXML_ERROR.match(finding.message)
    if match is None or finding.location != "document":
        return finding
    return replace(finding, location=f"line {match['line']}", message=match["message"])


# ---------------------------------------------------------------- dispatch
def _check(report: FileReport, inspected: Inspected, context: Context, explicit: bool) -> None:
    """The checks of the inspected document's kind (its bytes passed the gate)."""
    data, file, kind = inspected.data, inspected.file, inspected.kind
    assert data is not None
    if kind == SBML:
        report.run(SBML_FAMILY, lambda: sbml_findings(data, file, context))
    elif kind == SBGN:
        report.run(SBGN_FAMILY, lambda: sbgn_findings(data, file))
    elif kind == SEDML:
        report.run(
            SEDML_FAMILY,
            lambda: omex_checks.check_sedml(data, file, context.exists, context.base, context.confined),
        )
    elif kind == MANIFEST and not context.in_archive:
        report.run(OMEX_FAMILY, lambda: _loose_manifest(data, file, context))
    elif kind == RDF and not context.in_archive:
        report.run(OMEX_FAMILY, lambda: omex_checks.check_metadata(data, file))
    elif kind == XML:
        severity = WARNING if explicit else INFO
        message = "not SBML, SBGN-ML, SED-ML or an OMEX manifest: only checked as safe, well-formed XML"
        report.checks[0].findings.append(Finding(file, "document", "unknown-kind", severity, message))


def _loose_manifest(data: bytes, file: str, context: Context) -> list[Finding]:
    """A manifest outside an archive (an unpacked one): its entries must exist beside it."""
    entries, _ = omex_checks.manifest_entries(data, file)
    present = {e.location for e in entries if e.location != "." and context.exists(e.location)}
    findings, _ = omex_checks.check_manifest(data, file, present)
    return findings


def _inspect(report: FileReport, work: Callable[[], Inspected]) -> Inspected | None:
    """Run the gate as the ``input`` check; the inspected document if a parser may see it."""
    inspected: list[Inspected] = []

    def gate() -> list[Finding]:
        try:
            inspected.append(work())
        except UnusableInput as err:
            report.unusable = True
            return [Finding(report.file, "file", UNUSABLE_INPUT, ERROR, str(err))]
        report.kind = inspected[0].kind
        return inspected[0].findings

    report.run(INPUT, gate)
    return inspected[0] if inspected and inspected[0].data is not None else None


def validate_path(path: Path, limits: Limits, explicit: bool = True, file: str | None = None) -> list[FileReport]:
    """Reports of one file on disk (an archive also gives one per member); never raises."""
    report = FileReport(file or str(path), None)
    with quiet_libraries():
        inspected = _inspect(report, lambda: inspect_path(path, limits, report.file))
        if inspected is None:
            return [report]
        if inspected.kind == OMEX:
            return [report] + _archive(report, inspected, limits)
        _check(report, inspected, folder_context(path), explicit)
    return [report]


def _xml_like(name: str, data: bytes, fmt: str | None) -> bool:
    if name.lower().endswith(XML_SUFFIXES) or data.lstrip()[:1] == b"<" or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    return fmt is not None and (fmt.endswith("xml") or "combine.specifications" in fmt)


def _archive(report: FileReport, inspected: Inspected, limits: Limits) -> list[FileReport]:
    """Read the archive safely, check its manifest and each member by its own kind."""
    assert inspected.data is not None
    file, data = inspected.file, inspected.data
    members: dict[str, bytes] = {}
    names: set[str] = set()  # members read, and members refused (already reported)

    def read() -> list[Finding]:
        found, findings = read_archive(data, file, limits)
        members.update(found)
        names.update(found)
        names.update(f.location.removeprefix("member ") for f in findings if f.location.startswith("member "))
        refused = any(f.location == "file" for f in findings)  # the archive as a whole was not read
        if omex_checks.MANIFEST_NAME not in names and not refused:
            findings.append(Finding(file, "document", "omex-manifest-missing", ERROR, "no manifest.xml"))
        return findings

    report.run(OMEX_FAMILY, read)
    reports: list[FileReport] = []
    kinds: dict[str, str | None] = {}
    formats: dict[str, str] = {}
    manifest = members.get(omex_checks.MANIFEST_NAME)
    if manifest is not None:
        member, vetted = _member(
            f"{file}!/{omex_checks.MANIFEST_NAME}", omex_checks.MANIFEST_NAME, manifest, names, limits
        )
        reports.append(member)
        kinds[omex_checks.MANIFEST_NAME] = member.kind
        if vetted is not None and vetted.kind == MANIFEST:
            formats = omex_checks.check_manifest(vetted.data, file, names)[1]
    for name in sorted(members):
        content = members[name]
        if name == omex_checks.MANIFEST_NAME or not _xml_like(name, content, formats.get(name)):
            continue
        member, _ = _member(f"{file}!/{name}", name, content, names, limits)
        kinds[name] = member.kind
        reports.append(member)
    report.run(OMEX_FAMILY, lambda: omex_checks.check_formats(formats, kinds, file))
    return reports


def _member(
    file: str, name: str, data: bytes, members: set[str], limits: Limits
) -> tuple[FileReport, Inspected | None]:
    """The report of one archive member, and the member as the gate passed it (None if refused)."""
    report = FileReport(file, None)
    inspected = _inspect(report, lambda: inspect_bytes(data, file, name, limits))
    if inspected is None:
        return report, None
    vetted = inspected.data
    context = Context(lambda p: p in members, posixpath.dirname(name), confined=True, in_archive=True)
    if inspected.kind == OMEX:
        message = "an archive inside the archive: not checked"
        report.checks[0].findings.append(Finding(file, "file", "omex-nested-archive", WARNING, message))
    elif name == omex_checks.MANIFEST_NAME:
        report.run(OMEX_FAMILY, lambda: omex_checks.check_manifest(vetted, file, members)[0])
    elif inspected.kind == RDF and name == omex_checks.METADATA_NAME:
        report.run(OMEX_FAMILY, lambda: omex_checks.check_metadata(vetted, file, members))
    else:
        _check(report, inspected, context, explicit=False)
    return report, inspected
