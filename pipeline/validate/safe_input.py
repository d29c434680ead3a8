"""The gate every file passes before a parser sees it: size, text encoding, XML safety, kind.

Files validated in CI come from anyone, so nothing here trusts a byte:

- ``read_input`` checks the size with ``fstat`` before reading (a file of hundreds of MB is
  refused without being read), opens without blocking and refuses anything but a regular file
  (a FIFO or a device would block or never end), and never reads more than the limit even if
  the file grows meanwhile;
- ``inspect_bytes`` turns bytes into findings and, when they are safe, into UTF-8 XML for the
  parsers: empty and binary content, undecodable or non-UTF-8 text (decoded per the XML
  declaration or byte-order mark), any DOCTYPE that declares entities or names an external DTD
  (XXE, billion laughs), nesting deeper than the limit, malformed or truncated XML (with its
  line), and the kind of document from the root element and its namespace (SBML of any level
  and version, SBGN-ML 0.1-0.3, SED-ML, OMEX manifest, RDF) or the zip magic of a COMBINE
  archive, never from the file name (a wrong extension is a warning);
- ``read_archive`` reads a zip safely: absolute, ``..`` and symlink members, too many members,
  too much declared uncompressed data, a high compression ratio and members that expand beyond
  their declared size are refused, each as a finding.

All lxml parsing uses ``safe_parser``-like settings: no entity resolution, no network, no DTD
loading, libxml2's limits against huge documents on (it also caps nesting at 256).
Functions return findings; the one exception that leaves this module is ``UnusableInput``
(and its subclass ``InputTooLarge``), raised by ``read_input`` with a message naming the file.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from lxml import etree

from pipeline.validate.findings import ERROR, INFO, WARNING, Finding

MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 50 * MIB
DEFAULT_MAX_DEPTH = 256  # libxml2 without XML_PARSE_HUGE refuses deeper documents anyway
DEFAULT_MAX_MEMBERS = 10_000
DEFAULT_MAX_RATIO = 100  # uncompressed / compressed size of one archive member ...
RATIO_APPLIES_ABOVE = MIB  # ... once it is larger than this (small files may compress better)
CHUNK = 64 * 1024

# Kinds of input, from the content.
SBML, SBGN, SEDML, OMEX, MANIFEST, RDF, SVG, XML = "sbml", "sbgn", "sedml", "omex", "omex-manifest", "rdf", "svg", "xml"

SBML_NAMESPACE = re.compile(r"^http://www\.sbml\.org/sbml/level(\d)(?:/version(\d+))?(?:/core)?$")
SBGN_NAMESPACE = re.compile(r"^http://sbgn\.org/libsbgn/0\.[123]$")
SEDML_NAMESPACE = re.compile(r"^http://sed-ml\.org/(?:sed-ml/level1/version\d+/?)?$")
MANIFEST_NAMESPACE = "http://identifiers.org/combine.specifications/omex-manifest"
RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"

# Root element local name -> (kind, namespace test, expected namespace for the message).
_ROOTS = {
    "sbml": (SBML, SBML_NAMESPACE.match, "http://www.sbml.org/sbml/level<L>/version<V>[/core]"),
    "sbgn": (SBGN, SBGN_NAMESPACE.match, "http://sbgn.org/libsbgn/0.3 (or 0.2)"),
    "sedML": (SEDML, SEDML_NAMESPACE.match, "http://sed-ml.org/sed-ml/level1/version<V>"),
    "omexManifest": (MANIFEST, lambda ns: ns == MANIFEST_NAMESPACE, MANIFEST_NAMESPACE),
    "RDF": (RDF, lambda ns: ns == RDF_NAMESPACE, RDF_NAMESPACE),
    "svg": (SVG, lambda ns: ns == SVG_NAMESPACE, SVG_NAMESPACE),
}
# File extension -> kinds its content may have without a warning.
EXTENSION_KINDS = {
    ".sbml": {SBML},
    ".sbgn": {SBGN},
    ".sedml": {SEDML},
    ".omex": {OMEX},
    ".zip": {OMEX},
    ".rdf": {RDF},
    ".svg": {SVG},
    ".xml": {SBML, SBGN, SEDML, MANIFEST, RDF, SVG, XML},
}
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "gzip data",
    b"BZh": "bzip2 data",
    b"\xfd7zXZ": "xz data",
    b"\x7fELF": "an executable",
    b"7z\xbc\xaf": "7-zip data",
}
_DECLARATION = re.compile(
    r"""^<\?xml\s+version\s*=\s*["'][^"']*["'](?:\s+encoding\s*=\s*["']([^"']*)["'])?""", re.ASCII
)
_TRUNCATED = ("Premature end of data", "no element found")


class UnusableInput(Exception):
    """A file that cannot be read at all: missing, not a regular file, unreadable; the message names it."""


class InputTooLarge(UnusableInput):
    """A file over the size limit; refused before reading (``inspect_path`` turns it into a finding)."""


@dataclass(frozen=True)
class Limits:
    """Bounds on what is read: bytes of one file or member, nesting depth, archive members and expansion."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH
    max_members: int = DEFAULT_MAX_MEMBERS
    max_total_bytes: int = 4 * DEFAULT_MAX_BYTES
    max_ratio: int = DEFAULT_MAX_RATIO

    @classmethod
    def for_max_bytes(cls, max_bytes: int) -> Limits:
        """Limits for files of at most ``max_bytes``; an archive may expand to four times that in all."""
        return cls(max_bytes=max_bytes, max_total_bytes=4 * max_bytes)


@dataclass(frozen=True)
class Root:
    """The root element of an XML document and its first child (an SBGN map names its language there)."""

    namespace: str
    name: str
    attributes: dict[str, str]
    child_attributes: dict[str, str] = field(default_factory=dict)
    entities: tuple[str, ...] = ()  # declared in the DOCTYPE, as libxml2 saw it
    external_dtd: str = ""  # system or public id of the DOCTYPE, as libxml2 saw it


@dataclass
class Inspected:
    """What the gate found: the kind, the findings, and the bytes a parser may see (None if refused)."""

    file: str
    kind: str | None
    data: bytes | None
    findings: list[Finding]
    root: Root | None = None


def safe_parser() -> etree.XMLParser:
    """An lxml parser for untrusted XML: no entities, no network, no DTD, libxml2's size limits on."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False
    )


def parse_safely(data: bytes) -> etree._Element:
    """Parse bytes that passed ``inspect_bytes``; raises ``etree.XMLSyntaxError`` on bad XML."""
    return etree.fromstring(data, safe_parser())


# ---------------------------------------------------------------- reading
def read_input(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``.

    Raises ``InputTooLarge`` (size from ``fstat``, nothing read) and ``UnusableInput`` for a
    missing, unreadable or non-regular file; both name the file.
    """
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UnusableInput(f"{name}: no such file") from None
    except OSError as err:
        raise UnusableInput(f"{name}: cannot open: {err.strerror or err}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnusableInput(f"{name}: is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise UnusableInput(f"{name}: not a regular file (device, FIFO or socket)")
        if info.st_size > max_bytes:
            raise InputTooLarge(f"{name}: {info.st_size} bytes, over the limit of {max_bytes} bytes")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # the file grew after fstat
                raise InputTooLarge(f"{name}: more than {max_bytes} bytes")
        return b"".join(chunks)
    except OSError as err:
        raise UnusableInput(f"{name}: cannot read: {err.strerror or err}") from None
    finally:
        os.close(fd)


def inspect_path(path: Path, limits: Limits, file: str | None = None) -> Inspected:
    """Read and inspect one file; a file over the size limit is a finding, other read failures raise."""
    file = file or str(path)
    try:
        data = read_input(path, limits.max_bytes)
    except InputTooLarge as err:
        return Inspected(file, None, None, [Finding(file, "file", "input-too-large", ERROR, str(err))])
    return inspect_bytes(data, file, path.name, limits)


# ---------------------------------------------------------------- content
def inspect_bytes(data: bytes, file: str, name: str, limits: Limits) -> Inspected:
    """Findings about ``data`` (named ``name``, reported as ``file``) and, if safe, UTF-8 XML to parse."""
    if len(data) > limits.max_bytes:
        message = f"{len(data)} bytes, over the limit of {limits.max_bytes} bytes"
        return Inspected(file, None, None, [Finding(file, "file", "input-too-large", ERROR, message)])
    if data.startswith(ZIP_MAGIC):
        return Inspected(file, OMEX, data, extension_findings(name, OMEX, file))
    text, findings = decode_xml(data, file)
    if text is None:
        return Inspected(file, None, None, findings)
    doctype = doctype_findings(text, file)
    if any(f.rule == "xml-entity" for f in doctype):
        return Inspected(file, None, None, findings + doctype)
    utf8 = text.encode("utf-8")
    root, problems = scan_xml(utf8, file, limits.max_depth)  # never loads a DTD
    if root is None:
        return Inspected(file, None, None, findings + doctype + problems)
    kind, problems = kind_of(root, file)
    doctype += _doctype_as_parsed(root, doctype, file)  # in case the prolog scan missed what libxml2 saw
    if kind == SVG:  # an SVG picture names the W3C DTD; no parser downstream sees it, so it is harmless
        message = "the SVG names a DTD, which is never loaded"
        doctype = [replace(f, severity=INFO, message=message) if f.rule != "xml-entity" else f for f in doctype]
    findings += doctype + problems + extension_findings(name, kind, file)
    safe = not any(f.severity == ERROR for f in findings)
    return Inspected(file, kind, utf8 if safe else None, findings, root)


def _doctype_as_parsed(root: Root, found: list[Finding], file: str) -> list[Finding]:
    rules = {f.rule for f in found}
    extra = []
    if root.entities and "xml-entity" not in rules:
        message = f"the DOCTYPE declares entities ({', '.join(root.entities[:5])}); refused"
        extra.append(Finding(file, "document", "xml-entity", ERROR, message))
    if root.external_dtd and "xml-external-dtd" not in rules:
        message = f"the DOCTYPE names an external DTD ({root.external_dtd}); refused"
        extra.append(Finding(file, "document", "xml-external-dtd", ERROR, message))
    return extra


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _binary(data: bytes, file: str) -> Finding | None:
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            return Finding(file, "file", "binary", ERROR, f"binary content ({what}), not XML")
    nul = data.find(b"\x00")
    if nul >= 0:
        return Finding(file, f"line {_line_of(data, nul)}", "binary", ERROR, "NUL bytes: not text")
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13) or b == 127)
    if controls > len(head) / 20:
        return Finding(file, "file", "binary", ERROR, f"{controls} control bytes in the first {len(head)}: not text")
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    if data.startswith((b"\x00\x00\x00<", b"<\x00\x00\x00")):
        return "UTF-32"
    if data.startswith((b"\x00<", b"<\x00")):
        return "UTF-16"
    return None


def decode_xml(data: bytes, file: str) -> tuple[str | None, list[Finding]]:
    """The text of ``data`` decoded per its byte-order mark or XML declaration (UTF-8 by default).

    Non-UTF-8 encodings that decode are a warning, and the text returned is re-declared as
    UTF-8; undecodable bytes, unknown encodings, binary and empty content are errors (None).
    """
    if not data.strip():
        message = "empty file" if not data else "the file holds only white space"
        return None, [Finding(file, "file", "empty", ERROR, message)]
    findings: list[Finding] = []
    boms = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"))
    boms += ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    bom = next((encoding for mark, encoding in boms if data.startswith(mark)), None)
    if bom is None:
        if (wide := _utf16_without_bom(data)) is not None:
            message = f"looks like {wide} without a byte-order mark or declaration; save it as UTF-8"
            return None, [Finding(file, "file", "encoding", ERROR, message)]
        if (problem := _binary(data, file)) is not None:
            return None, [problem]
    if bom in ("utf-16", "utf-32"):
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as err:
            return None, [Finding(file, "file", "encoding", ERROR, f"not valid {bom.upper()}: {err.reason}")]
        findings.append(Finding(file, "file", "encoding", WARNING, f"{bom.upper()} text; SBML, SBGN-ML expect UTF-8"))
        return _redeclared(text), findings
    head = data[3:200] if bom == "utf-8-sig" else data[:200]
    match = _DECLARATION.match(head.decode("latin-1"))
    declared = match.group(1) if match and match.group(1) else None
    if match is None:
        findings.append(Finding(file, "line 1", "xml-declaration", INFO, "no XML declaration; read as UTF-8"))
    try:
        codec = codecs.lookup(declared or "utf-8").name
    except LookupError:
        return None, [Finding(file, "line 1", "encoding", ERROR, f"unknown encoding {declared!r} declared")]
    if codec.startswith(("utf-16", "utf-32")):
        message = f"declares {declared} but has no byte-order mark and reads as single-byte text"
        return None, [Finding(file, "line 1", "encoding", ERROR, message)]
    body = data[3:] if bom == "utf-8-sig" else data
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as err:
        offset = err.start + (3 if bom == "utf-8-sig" else 0)
        message = f"byte 0x{body[err.start]:02x} is not {declared or 'UTF-8'} ({err.reason})" + (
            "" if declared else "; no encoding is declared, so the file must be UTF-8"
        )
        return None, findings + [Finding(file, f"line {_line_of(data, offset)}", "encoding", ERROR, message)]
    if codec != "utf-8":
        message = f"declares encoding {declared}; SBML requires and SBGN-ML, SED-ML and OMEX expect UTF-8"
        findings.append(Finding(file, "line 1", "encoding", WARNING, message))
        return _redeclared(text), findings
    return text, findings


def _redeclared(text: str) -> str:
    """``text`` with its XML declaration's encoding changed to UTF-8 (it is about to be encoded so)."""
    text = text.lstrip("\ufeff")
    match = _DECLARATION.match(text)
    if match and match.group(1):
        return text[: match.start(1)] + "UTF-8" + text[match.end(1) :]
    return text


def _doctype_end(text: str, start: int) -> int:
    """Index after the '>' closing the DOCTYPE at ``start`` (quotes and the internal subset skipped)."""
    depth, quote, i = 0, "", start
    while i < len(text):
        c = text[i]
        if quote:
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == ">" and depth <= 0:
            return i + 1
        i += 1
    return len(text)


def doctype_findings(text: str, file: str) -> list[Finding]:
    """A DOCTYPE in the prolog: entity declarations and external DTDs are errors, any other a warning."""
    i = 0
    while True:
        while i < len(text) and text[i] in " \t\r\n\ufeff":
            i += 1
        if text.startswith("<?", i):
            end = text.find("?>", i)
        elif text.startswith("<!--", i):
            end = text.find("-->", i)
        else:
            break
        if end < 0:
            return []  # unterminated: the XML parser reports it
        i = end + 2
    if not text[i : i + 9].upper() == "<!DOCTYPE":
        return []
    body = text[i : _doctype_end(text, i)]
    where = f"line {text.count(chr(10), 0, i) + 1}"
    findings = []
    if re.search(r"<!ENTITY", body, re.IGNORECASE):
        message = "the DOCTYPE declares entities (external entities or entity expansion: XXE, billion laughs); refused"
        findings.append(Finding(file, where, "xml-entity", ERROR, message))
    if re.match(r"<!DOCTYPE\s+[^\s\[>]+\s+(SYSTEM|PUBLIC)\b", body, re.IGNORECASE):
        message = "the DOCTYPE names an external DTD (file or network access); refused"
        findings.append(Finding(file, where, "xml-external-dtd", ERROR, message))
    if not findings:
        findings.append(Finding(file, where, "xml-doctype", WARNING, "a DOCTYPE, ignored: SBML and SBGN-ML use none"))
    return findings


def scan_xml(data: bytes, file: str, max_depth: int = DEFAULT_MAX_DEPTH) -> tuple[Root | None, list[Finding]]:
    """Parse ``data`` once, incrementally and safely: its root (None if it is not usable XML) and problems.

    Stops as soon as the nesting is deeper than ``max_depth``; elements are freed as they end.
    """
    depth, root, child = 0, None, None
    events = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for event, element in events:
            if event == "start":
                depth += 1
                if depth > max_depth:
                    line = element.sourceline or 0
                    message = f"elements nested deeper than {max_depth} levels; refused"
                    return None, [Finding(file, f"line {line}", "xml-depth", ERROR, message)]
                if root is None:  # not etree.QName: an undeclared prefix gives a tag like 'rdf:RDF'
                    namespace, _, local = (
                        element.tag[1:].rpartition("}") if element.tag[:1] == "{" else ("", "", element.tag)
                    )
                    root = (namespace, local, dict(element.attrib))
                elif depth == 2 and child is None:
                    child = dict(element.attrib)
                continue
            depth -= 1
            if depth >= 1:  # free what was read: memory stays bounded by the depth, not the size
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del element.getparent()[0]
    except etree.XMLSyntaxError as err:
        return None, [_syntax_finding(err, data, file)]
    if root is None or events.root is None:
        return None, [Finding(file, "document", "xml-malformed", ERROR, "no root element")]
    info = events.root.getroottree().docinfo
    entities = tuple(e.name for e in info.internalDTD.iterentities()) if info.internalDTD is not None else ()
    external = info.system_url or info.public_id or ""
    return Root(root[0], root[1], root[2], child or {}, entities, external), []


def _syntax_finding(err: etree.XMLSyntaxError, data: bytes, file: str) -> Finding:
    line, column = (err.position if err.position else (err.lineno or 0, 0)) or (0, 0)
    where = f"line {line}, column {column}" if line else "document"
    message = " ".join(str(err.msg or err).split())
    if any(t in message for t in ("amplification", "entity reference loop", "Detected an entity")):
        return Finding(file, where, "xml-entity", ERROR, f"entity expansion; refused ({message})")
    if "Namespace prefix" in message or "xmlns" in message:
        return Finding(file, where, "xml-namespace", ERROR, message)
    if "Excessive depth" in message:
        return Finding(file, where, "xml-depth", ERROR, f"nested too deep; refused ({message})")
    body = data.rstrip()
    last = body[body.rfind(b"\n") + 1 :]
    at_end = line >= body.count(b"\n") + 1 and column >= len(last.decode("utf-8", "replace"))
    if at_end or any(t in message for t in _TRUNCATED):
        return Finding(file, where, "xml-truncated", ERROR, f"the document ends too early: {message}")
    return Finding(file, where, "xml-malformed", ERROR, message)


def kind_of(root: Root, file: str) -> tuple[str, list[Finding]]:
    """The kind of document a root element makes, with a finding for a wrong or missing namespace."""
    known = _ROOTS.get(root.name)
    if known is None:
        return XML, []
    kind, fits, expected = known
    if fits(root.namespace):
        return kind, []
    got = f"namespace {root.namespace}" if root.namespace else "no namespace"
    message = f"<{root.name}> has {got}; expected {expected}"
    return kind, [Finding(file, "line 1", "xml-namespace", ERROR, message)]


def extension_findings(name: str, kind: str, file: str) -> list[Finding]:
    """A warning when the file name's extension does not fit the content (checked by content anyway)."""
    suffix = PurePosixPath(name).suffix.lower()
    fitting = EXTENSION_KINDS.get(suffix)
    if fitting is None or kind in fitting:
        return []
    message = f"named {suffix} but the content is {kind.upper() if kind != XML else 'other XML'}; checked as such"
    return [Finding(file, "file", "wrong-extension", WARNING, message)]


# ---------------------------------------------------------------- archives
def _member_problem(info: zipfile.ZipInfo, limits: Limits) -> tuple[str, str] | None:
    """(rule, message) when a member must not be read, else None."""
    name = info.filename
    parts = re.split(r"[/\\]", name)
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "zip-absolute-path", "absolute path; refused"
    if ".." in parts:
        return "zip-path-traversal", "'..' in the path (would write outside the archive's folder); refused"
    if any(ord(c) < 32 for c in name):
        return "zip-name", "control characters in the name; refused"
    if info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16):
        return "zip-symlink", "a symbolic link; refused"
    if info.flag_bits & 0x1:
        return "zip-encrypted", "encrypted; cannot be checked"
    if info.file_size > limits.max_bytes:
        return "zip-bomb", f"declares {info.file_size} bytes uncompressed, over the limit of {limits.max_bytes}"
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > RATIO_APPLIES_ABOVE and ratio > limits.max_ratio:
        return "zip-bomb", f"compression ratio {ratio:.0f}:1, over the limit of {limits.max_ratio}:1"
    return None


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The member's bytes, reading at most ``min(declared size, limit)``; raises ``ValueError`` beyond.

    (zipfile itself stops at the declared size and then finds the CRC wrong: this is the second guard.)
    """
    allowed = min(info.file_size, limit)
    chunks, total = [], 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            total += len(chunk)
            if total > allowed:
                raise ValueError(f"expands beyond its declared {info.file_size} bytes; reading stopped")
            chunks.append(chunk)
    return b"".join(chunks)


def read_archive(data: bytes, file: str, limits: Limits) -> tuple[dict[str, bytes], list[Finding]]:
    """The regular members of a zip (name -> bytes) that are safe to check, and findings about the rest."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as err:
        return {}, [Finding(file, "file", "zip-malformed", ERROR, f"not a readable zip archive: {err}")]
    if len(infos) > limits.max_members:
        message = f"{len(infos)} members, over the limit of {limits.max_members}; not read"
        return {}, [Finding(file, "file", "zip-members", ERROR, message)]
    declared = sum(i.file_size for i in infos)
    if declared > limits.max_total_bytes:
        message = f"declares {declared} bytes uncompressed in all, over the limit of {limits.max_total_bytes}; not read"
        return {}, [Finding(file, "file", "zip-bomb", ERROR, message)]
    members: dict[str, bytes] = {}
    findings: list[Finding] = []
    for info in infos:
        where = f"member {info.filename}"
        if info.is_dir() and not info.file_size:
            continue
        problem = _member_problem(info, limits)
        if problem is None and info.filename in members:
            problem = ("zip-duplicate", "a second member of the same name; refused")
        if problem is not None:
            findings.append(Finding(file, where, problem[0], ERROR, problem[1]))
            continue
        try:
            content = _read_member(archive, info, limits.max_bytes)
        except ValueError as err:
            findings.append(Finding(file, where, "zip-bomb", ERROR, str(err)))
            continue
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError) as err:
            findings.append(Finding(file, where, "zip-corrupt", ERROR, f"cannot be read: {err}"))
            continue
        members[info.filename] = content
    return members, findings
