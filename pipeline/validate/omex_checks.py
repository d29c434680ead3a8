"""Checks of COMBINE archives (OMEX): the manifest, the SED-ML files and ``metadata.rdf``.

Pure functions of bytes that already passed ``pipeline.validate.safe_input`` (so they are UTF-8
XML without DOCTYPE tricks) returning findings:

- ``check_manifest``: the manifest is an OMEX manifest; every location is relative, inside the
  archive and present; every file of the archive is listed (a warning if not); format URIs are
  COMBINE specifications or media types (``omex-format-unknown`` otherwise); at most one master;
- ``check_formats``: the content of each listed file is what its format says (SBML, SED-ML, SBGN);
- ``check_sedml``: libsedml's errors, references between the document's elements (tasks to
  models and simulations, variables to tasks, data sets and curves to data generators, ranges)
  and each model source and data source: present in the archive (or beside the file), not
  absolute, not outside the archive; URNs and URLs are reported, never fetched;
- ``check_metadata``: ``metadata.rdf`` parses as RDF/XML and describes files the archive holds.

``reference_problem`` also serves the SBML comp checks (external model definitions).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

import libsedml
from lxml import etree

from pipeline.validate.findings import ERROR, INFO, WARNING, Finding
from pipeline.validate.safe_input import MANIFEST, MANIFEST_NAMESPACE, RDF_NAMESPACE, SBGN, SBML, SEDML, parse_safely

MANIFEST_NAME = "manifest.xml"
METADATA_NAME = "metadata.rdf"
_SPEC = re.compile(r"^https?://identifiers\.org/combine\.specifications[/:](?P<name>[A-Za-z0-9._-]+)$")
_MEDIATYPE = re.compile(r"^https?://purl\.org/NET/mediatypes/(?P<type>[A-Za-z]+)/[A-Za-z0-9.+_-]+$")
# COMBINE specifications by the first part of their name (sbml.level-3.version-2 -> sbml).
KNOWN_SPECIFICATIONS = {
    "omex",
    "omex-manifest",
    "omex-metadata",
    "sbml",
    "sed-ml",
    "sedml",
    "sbgn",
    "cellml",
    "sbol",
    "sbol-visual",
    "numl",
    "biopax",
    "neuroml",
    "lems",
    "sbml-qual",
}
MEDIA_TYPES = {"application", "audio", "chemical", "font", "image", "model", "multipart", "text", "video"}
# Specification -> kind of content a file of that format must have.
FORMAT_KINDS = {"sbml": SBML, "sed-ml": SEDML, "sedml": SEDML, "sbgn": SBGN, "omex-manifest": MANIFEST}
_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*):")
_BOOLEAN = {"true": True, "1": True, "false": False, "0": False}


@dataclass(frozen=True)
class Entry:
    """One ``<content>`` of a manifest: location as written and normalised, format, master flag, line."""

    written: str
    location: str
    format: str
    master: bool
    line: int


# ---------------------------------------------------------------- references
def reference_problem(
    source: str, base: str, exists: Callable[[str], bool], confined: bool = True
) -> tuple[str, str, str] | None:
    """(severity, rule suffix, message) when a file reference cannot be followed safely, else None.

    ``base`` is the folder of the referring file, ``exists`` tells whether a normalised path
    is there, ``confined`` forbids leaving the top folder (an archive). URNs and URLs are
    reported and never fetched.
    """
    if not source.strip():
        return ERROR, "missing", "no source given"
    scheme = _SCHEME.match(source)
    if scheme and len(scheme.group("scheme")) > 1:
        name = scheme.group("scheme").lower()
        if name == "urn":
            return INFO, "external", f"{source} is a URN, resolved by simulators; not checked"
        if name in ("http", "https", "ftp"):
            return WARNING, "remote", f"{source} would be fetched from the network; not checked"
        if name == "file":
            return ERROR, "absolute", f"{source} is an absolute file URL: not portable, not checked"
        return WARNING, "external", f"{source} uses the {name}: scheme; not checked"
    if source.startswith(("/", "\\")) or scheme:
        return ERROR, "absolute", f"{source} is an absolute path: not portable, not checked"
    path = posixpath.normpath(posixpath.join(base, unquote(source).replace("\\", "/")))
    if confined and (path == ".." or path.startswith("../")):
        return ERROR, "outside", f"{source} points outside the archive"
    if not exists(path):
        return ERROR, "missing", f"{source} is not there"
    return None


# ---------------------------------------------------------------- manifest
def _normalised(location: str) -> str | None:
    """The archive path a manifest location names ('.' for the archive), None for a URL."""
    location = location.strip()
    if _SCHEME.match(location) and len(_SCHEME.match(location).group("scheme")) > 1:
        return None
    while location.startswith("./"):
        location = location[2:]
    return location.rstrip("/") or "."


def format_findings(fmt: str, file: str, where: str) -> list[Finding]:
    """A warning when a format is neither a known COMBINE specification nor a media type."""
    spec = _SPEC.match(fmt)
    if spec and spec.group("name").split(".")[0].lower() in KNOWN_SPECIFICATIONS:
        return []
    media = _MEDIATYPE.match(fmt)
    if media and media.group("type").lower() in MEDIA_TYPES:
        return []
    return [Finding(file, where, "omex-format-unknown", WARNING, f"unknown format {fmt!r}")]


def manifest_entries(data: bytes, file: str) -> tuple[list[Entry], list[Finding]]:
    """The ``<content>`` entries of a manifest and problems with each one's attributes."""
    try:
        root = parse_safely(data)
    except etree.XMLSyntaxError as err:
        return [], [Finding(file, "document", "omex-manifest", ERROR, f"not XML: {err}")]
    if root.tag != f"{{{MANIFEST_NAMESPACE}}}omexManifest":
        return [], [Finding(file, "document", "omex-manifest", ERROR, f"root <{root.tag}> is not an OMEX manifest")]
    entries, findings = [], []
    for element in root:
        if not isinstance(element.tag, str):
            continue
        where = f"line {element.sourceline}"
        if element.tag != f"{{{MANIFEST_NAMESPACE}}}content":
            findings.append(Finding(file, where, "omex-manifest", WARNING, f"unexpected element <{element.tag}>"))
            continue
        written, fmt = element.get("location"), element.get("format")
        if written is None or fmt is None:
            message = "a <content> needs a location and a format"
            findings.append(Finding(file, where, "omex-manifest", ERROR, message))
            continue
        master = _BOOLEAN.get(element.get("master", "false").strip().lower())
        if master is None:
            message = f"master={element.get('master')!r} is not a boolean"
            findings.append(Finding(file, where, "omex-master", ERROR, message))
        location = _normalised(written)
        if location is not None and location != ".":
            problem = reference_problem(location, "", lambda _: True)
            if problem is not None:
                findings.append(Finding(file, where, f"omex-location-{problem[1]}", problem[0], problem[2]))
                continue
            location = posixpath.normpath(location)
        findings += format_findings(fmt, file, where)
        entries.append(Entry(written, location or written, fmt, bool(master), element.sourceline or 0))
    return entries, findings


def check_manifest(data: bytes, file: str, members: Collection[str]) -> tuple[list[Finding], dict[str, str]]:
    """Findings about a manifest listing the archive's ``members``, and the format of each listed path."""
    entries, findings = manifest_entries(data, file)
    formats: dict[str, str] = {}
    present = set(members)
    for entry in entries:
        where = f"line {entry.line}"
        if entry.location in formats:
            message = f"{entry.written} is listed twice"
            findings.append(Finding(file, where, "omex-manifest-duplicate", ERROR, message))
        if entry.location == "." or _normalised(entry.written) is None:
            continue
        formats[entry.location] = entry.format
        if entry.location not in present:
            message = f"{entry.written} is listed but not in the archive"
            findings.append(Finding(file, where, "omex-manifest-missing-file", ERROR, message))
    masters = [e for e in entries if e.master]
    if len(masters) > 1:
        names = ", ".join(e.written for e in masters)
        message = f"{len(masters)} files are marked master ({names}); at most one should be"
        findings.append(Finding(file, f"line {masters[1].line}", "omex-master", WARNING, message))
    for entry in masters:
        if entry.location in (".", MANIFEST_NAME, METADATA_NAME):
            message = f"{entry.written} is marked master; the master is a model or simulation file"
            findings.append(Finding(file, f"line {entry.line}", "omex-master", WARNING, message))
    for name in sorted(present - set(formats) - {MANIFEST_NAME}):
        findings.append(Finding(file, "document", "omex-unlisted-file", WARNING, f"{name} is not in the manifest"))
    return findings, formats


def check_formats(formats: Mapping[str, str], kinds: Mapping[str, str | None], file: str) -> list[Finding]:
    """Each listed file whose format is SBML, SED-ML, SBGN or a manifest must hold that kind of content."""
    findings = []
    for location, fmt in sorted(formats.items()):
        spec = _SPEC.match(fmt)
        if spec is None or location not in kinds:
            continue
        expected = FORMAT_KINDS.get(spec.group("name").split(".")[0].lower())
        actual = kinds[location]
        if expected is not None and actual is not None and actual != expected:
            message = f"{location} is listed as {fmt} but holds {actual.upper()}"
            findings.append(Finding(file, f"entry {location}", "omex-format-mismatch", ERROR, message))
    return findings


# ---------------------------------------------------------------- SED-ML
_SEVERITIES = {1: WARNING, 2: ERROR, 3: ERROR, 4: ERROR, 5: WARNING}
# getter -> the kind of element whose ids it names
_REFERENCES = (
    ("getModelReference", "model"),
    ("getSimulationReference", "simulation"),
    ("getTaskReference", "task"),
    ("getDataReference", "dataGenerator"),
    ("getXDataReference", "dataGenerator"),
    ("getYDataReference", "dataGenerator"),
    ("getZDataReference", "dataGenerator"),
)


def _ids(doc: libsedml.SedDocument) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {"model": set(), "simulation": set(), "task": set(), "dataGenerator": set()}
    ids["range"] = set()
    lists = {
        "model": doc.getListOfModels(),
        "simulation": doc.getListOfSimulations(),
        "task": doc.getListOfTasks(),
        "dataGenerator": doc.getListOfDataGenerators(),
    }
    for kind, elements in lists.items():
        ids[kind] = {elements.get(i).getId() for i in range(elements.size())}
    all_elements = doc.getListOfAllElements()
    for i in range(all_elements.getSize()):
        element = all_elements.get(i)
        if element is not None and element.getElementName().endswith("Range") and element.isSetId():
            ids["range"].add(element.getId())
    return ids


def _reference_findings(doc: libsedml.SedDocument, file: str) -> list[Finding]:
    ids = _ids(doc)
    findings = []
    all_elements = doc.getListOfAllElements()
    for i in range(all_elements.getSize()):
        element = all_elements.get(i)
        if element is None:
            continue
        name = element.getElementName()
        own = element.getId() if element.isSetId() else ""
        where = f"line {element.getLine()}" if element.getLine() else f"{name} {own}".strip()
        checks = [(getter, kind) for getter, kind in _REFERENCES if hasattr(element, getter)]
        if name == "subTask":
            checks.append(("getTask", "task"))
        if name == "setValue":
            checks.append(("getRange", "range"))
        if name == "repeatedTask":
            checks.append(("getRangeId", "range"))
        for getter, kind in checks:
            value = getattr(element, getter)()
            if isinstance(value, str) and value and value not in ids[kind]:
                message = f"<{name}> {own} refers to {kind} {value!r}, which the document does not define"
                findings.append(Finding(file, where, "sedml-reference", ERROR, " ".join(message.split())))
    return findings


def _source_findings(doc: libsedml.SedDocument, file: str, exists: Callable[[str], bool], base: str, confined: bool):
    findings = []
    models = doc.getListOfModels()
    model_ids = {models.get(i).getId() for i in range(models.size())}
    sources = [("model", models.get(i)) for i in range(models.size())]
    if hasattr(doc, "getListOfDataDescriptions"):
        descriptions = doc.getListOfDataDescriptions()
        sources += [("dataDescription", descriptions.get(i)) for i in range(descriptions.size())]
    for kind, element in sources:
        source = element.getSource()
        where = f"line {element.getLine()}" if element.getLine() else f"{kind} {element.getId()}"
        if kind == "model" and (source.lstrip("#") in model_ids and source.lstrip("#") != element.getId()):
            continue  # a model derived from another model of the document
        problem = reference_problem(source, base, exists, confined)
        if problem is not None:
            message = f"{kind} {element.getId()}: {problem[2]}"
            findings.append(Finding(file, where, f"sedml-source-{problem[1]}", problem[0], message))
    return findings


def check_sedml(
    data: bytes, file: str, exists: Callable[[str], bool], base: str = "", confined: bool = True
) -> list[Finding]:
    """libsedml's errors, the document's internal references, and its model and data sources."""
    doc = libsedml.readSedMLFromString(data.decode("utf-8"))
    findings = []
    for i in range(doc.getNumErrors()):
        err = doc.getError(i)
        severity = _SEVERITIES.get(err.getSeverity(), INFO)
        where = f"line {err.getLine()}" if err.getLine() else "document"
        message = " ".join(err.getMessage().split())
        findings.append(Finding(file, where, f"libsedml-{err.getErrorId()}", severity, message))
    if any(err.getSeverity() == libsedml.LIBSEDML_SEV_FATAL for err in map(doc.getError, range(doc.getNumErrors()))):
        return findings
    return findings + _reference_findings(doc, file) + _source_findings(doc, file, exists, base, confined)


# ---------------------------------------------------------------- metadata
_OMEX_LIBRARY = re.compile(r"^https?://omex-library\.org/[^/]+\.omex/?")
_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def check_metadata(data: bytes, file: str, members: Collection[str] | None = None) -> list[Finding]:
    """``metadata.rdf`` is RDF/XML; subjects ``./<path>`` name files of the archive (``members``)."""
    try:
        root = parse_safely(data)
    except etree.XMLSyntaxError as err:
        return [Finding(file, "document", "omex-metadata", ERROR, f"not XML: {err}")]
    if root.tag != f"{{{RDF_NAMESPACE}}}RDF":
        return [Finding(file, "document", "omex-metadata", ERROR, f"root <{root.tag}> is not rdf:RDF")]
    if members is None:
        return []
    base = root.get(_XML_BASE, "")
    findings = []
    present = set(members)
    for element in root.iter():
        about = element.get(f"{{{RDF_NAMESPACE}}}about") if isinstance(element.tag, str) else None
        if not about:
            continue
        path = about[len(base) :] if base and about.startswith(base) else _OMEX_LIBRARY.sub("", about)
        if _SCHEME.match(path) or path.startswith("#"):
            continue
        path = posixpath.normpath(unquote(path)) if path.strip("./") else "."
        if path != "." and path not in present:
            message = f"describes {about}, which is not in the archive"
            findings.append(Finding(file, f"line {element.sourceline}", "omex-metadata-about", WARNING, message))
    return findings
