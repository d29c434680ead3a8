"""Hostile files, each made in tmp_path: a specific finding and exit status, within 10 s and 200 MiB.

The time limit is a SIGALRM per case (plus the measured time); memory is the growth of this
process's peak resident size. No case writes more than a few MB: the 300 MB file is sparse and
the 1 GiB zip bomb is compressed while it is streamed.
"""

from __future__ import annotations

import http.server
import io
import os
import re
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from validate_helpers import DATA, ROOT, bounded, validate

SBML = (ROOT / "models/sbml/trpm7_pdgf.xml").read_bytes()
SBML_HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n'
L3V2 = b"http://www.sbml.org/sbml/level3/version2/core"
SECONDS_PER_EXAMPLE = 10
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<omexManifest xmlns="http://identifiers.org/combine.specifications/omex-manifest">\n'
    '  <content location="." format="http://identifiers.org/combine.specifications/omex"/>\n'
    '  <content location="./model.xml" format="http://identifiers.org/combine.specifications/sbml"/>\n'
    "{extra}</omexManifest>\n"
)
LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'.encode() for i in range(1, 10)
    )
    + b"]>\n<sbml>&lol9;</sbml>\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def expect(run, rule: str, status: int) -> list[dict]:
    """The findings of ``rule``; the run ended with ``status`` within the time and memory bounds."""
    bounded(run)
    found = [f for f in run.findings() if f["rule"] == rule]
    assert found, [(f["rule"], f["message"]) for f in run.findings()]
    assert run.status == status, (run.status, run.findings())
    assert "internal-error" not in run.rules()
    return found


# ---------------------------------------------------------------- plain files
CASES = {
    "empty": ("empty.xml", b"", "empty"),
    "white space": ("blank.sbml", b" \n\t\n", "empty"),
    "binary": ("model.xml", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "binary"),
    "NUL bytes": ("model.xml", SBML[:500] + b"\x00\x00" + SBML[500:], "binary"),
    "truncated XML": ("model.xml", SBML[: len(SBML) // 2], "xml-truncated"),
    "malformed XML": ("model.xml", SBML.replace(b"</listOfSpecies>", b"</listOfSpecie>", 1), "xml-malformed"),
    "not XML at all": ("model.sbml", b"species A, B; A -> B; k1*A\n", "xml-malformed"),
    "wrong namespace": ("model.xml", SBML.replace(L3V2, b"http://example.org/sbml", 1), "xml-namespace"),
    "missing namespace": ("model.xml", SBML.replace(b' xmlns="' + L3V2 + b'"', b"", 1), "xml-namespace"),
    "SBGN without namespace": (
        "map.sbgn",
        b'<?xml version="1.0"?>\n<sbgn><map language="x"/></sbgn>\n',
        "xml-namespace",
    ),
    "latin-1 declared UTF-8": (
        "model.xml",
        SBML.replace(b"Mg2+", "Mg²⁺ café".encode("latin-1", "replace")),
        "encoding",
    ),
    "UTF-16 without BOM or declaration": (
        "model.xml",
        SBML.split(b"\n", 1)[1].decode().encode("utf-16-le"),
        "encoding",
    ),
    "unknown encoding": ("model.xml", SBML.replace(b'encoding="UTF-8"', b'encoding="x-klingon"', 1), "encoding"),
    "100k levels": ("deep.xml", SBML_HEAD + b"<sbml>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</sbml>", "xml-depth"),
    "billion laughs": ("lol.xml", LAUGHS, "xml-entity"),
    "internal entity": ("model.xml", SBML_HEAD + b'<!DOCTYPE sbml [<!ENTITY n "x">]>\n<sbml>&n;</sbml>', "xml-entity"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_file(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name, data, rule = CASES[case]
    found = expect(validate(capsys, write(tmp_path, name, data)), rule, 1)
    assert found[0]["severity"] == "error" and found[0]["file"].endswith(name)


def test_error_lines_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = SBML.replace(b"</listOfSpecies>", b"</listOfSpecie>", 1)
    (finding,) = expect(validate(capsys, write(tmp_path, "m.xml", broken)), "xml-malformed", 1)
    line = broken[: broken.index(b"</listOfSpecie>")].count(b"\n") + 1
    assert finding["location"].startswith(f"line {line},")
    latin = SBML.replace(b"Mg2+", b"caf\xe9", 1)
    (finding,) = expect(validate(capsys, write(tmp_path, "l.xml", latin)), "encoding", 1)
    line = latin[: latin.index(b"caf")].count(b"\n") + 1
    assert finding["location"] == f"line {line}"


def test_wrong_extension_is_a_warning_and_content_is_checked(tmp_path: Path, capsys) -> None:
    run = validate(capsys, write(tmp_path, "model.sbgn", SBML))
    expect(run, "wrong-extension", 0)
    assert run.json()["files"][0]["checks"] == ["input", "sbml"]
    assert validate(capsys, tmp_path / "model.sbgn", "--fail-on", "warning").status == 1


def test_declared_latin_1_and_utf16_with_bom_are_read(tmp_path: Path, capsys) -> None:
    latin = SBML.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"', 1).replace(b"Mg2+", b"Mg\xb2\xe9", 1)
    utf16 = SBML.split(b"\n", 1)[1].decode().encode("utf-16")  # with BOM, no declaration
    for name, data in (("latin.xml", latin), ("utf16.xml", utf16)):
        run = validate(capsys, write(tmp_path, name, data))
        (finding,) = expect(run, "encoding", 0)
        assert finding["severity"] == "warning" and run.json()["files"][0]["checks"] == ["input", "sbml"]


def test_very_large_file_is_refused_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "huge.xml"
    with huge.open("wb") as stream:
        stream.truncate(300 * 1024 * 1024)  # sparse: nothing is written
    run = validate(capsys, huge)
    (finding,) = expect(run, "input-too-large", 1)
    assert str(300 * 1024 * 1024) in finding["message"] and run.seconds < 1 and run.peak_growth_mib < 20
    small = validate(capsys, ROOT / "models/sbml/integrated.xml", "--max-bytes", "10k")
    expect(small, "input-too-large", 1)


# ---------------------------------------------------------------- XXE: no file read, no network
class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY leak "LEAKED-FROM-SERVER">')

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """A local HTTP server that records every request: the XXE cases must make none."""
    _Recorder.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_xxe_reads_no_file_and_no_url(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    passwd = Path("/etc/passwd").read_text(errors="replace").splitlines()[0]
    body = b'<sbml xmlns="' + L3V2 + b'" level="3" version="2"><model name="&xxe;"/></sbml>'
    cases = {
        "file.xml": (b'<!DOCTYPE sbml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' + body, "xml-entity"),
        "url.xml": (f'<!DOCTYPE sbml [<!ENTITY xxe SYSTEM "{server}/xxe">]>\n'.encode() + body, "xml-entity"),
        "param.xml": (f'<!DOCTYPE sbml [<!ENTITY % p SYSTEM "{server}/p"> %p;]>\n'.encode() + body, "xml-entity"),
        "dtd.xml": (f'<!DOCTYPE sbml SYSTEM "{server}/sbml.dtd">\n'.encode() + body, "xml-external-dtd"),
        "public.sbgn": (
            f'<!DOCTYPE sbgn PUBLIC "-//X//DTD X//EN" "{server}/x.dtd">\n<sbgn xmlns="http://sbgn.org/libsbgn/0.3"/>'
        ).encode(),
    }
    cases["public.sbgn"] = (cases["public.sbgn"], "xml-external-dtd")
    for name, (data, rule) in cases.items():
        for text_format in ("json", "text", "junit"):
            run = validate(capsys, write(tmp_path, name, SBML_HEAD + data), "--format", text_format)
            assert run.status == 1, (name, run.out)
            assert passwd not in run.out + run.err and "LEAKED" not in run.out + run.err
            assert rule in run.out
    assert _Recorder.requests == []


def test_comp_external_model_is_never_opened(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """libsbml would open a comp source itself: a FIFO there would block it forever."""
    os.mkfifo(tmp_path / "blocks.xml")
    comp = (
        SBML_HEAD + b'<sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1"'
        b' xmlns:comp="http://www.sbml.org/sbml/level3/version1/comp/version1" comp:required="true">'
        b'<model id="m"/><comp:listOfExternalModelDefinitions>'
        b'<comp:externalModelDefinition comp:id="a" comp:source="blocks.xml" comp:modelRef="x"/>'
        b'<comp:externalModelDefinition comp:id="b" comp:source="file:///etc/passwd" comp:modelRef="x"/>'
        b'<comp:externalModelDefinition comp:id="c" comp:source="/dev/zero" comp:modelRef="x"/>'
        b"</comp:listOfExternalModelDefinitions></sbml>"
    )
    run = validate(capsys, write(tmp_path, "comp.xml", comp), seconds=5)
    expect(run, "comp-external-missing", 1)
    assert len([f for f in run.findings() if f["rule"] == "comp-external-absolute"]) == 2


def test_hostile_names_and_text_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = "evil\x1b[31m\u202e.xml"
    write(tmp_path, name, b"<sbml")
    for text_format in ("text", "json", "junit"):
        run = validate(capsys, tmp_path, "--format", text_format)
        assert run.status == 1 and "\x1b" not in run.out and "\u202e" not in run.out
        assert "evil\\x1b[31m\\u202e.xml" in run.out.replace("\\\\", "\\")


# ---------------------------------------------------------------- COMBINE archives
def omex(path: Path, members: dict[str, bytes], manifest: str | None = MANIFEST.format(extra="")) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None:
            archive.writestr("manifest.xml", manifest)
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_zip_bomb_is_refused_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bomb = tmp_path / "bomb.omex"
    zeros = bytes(1024 * 1024)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("manifest.xml", MANIFEST.format(extra=""))
        with archive.open("model.xml", "w", force_zip64=True) as stream:
            for _ in range(1024):  # 1 GiB of zeros, about 4.5 MB compressed
                stream.write(zeros)
    assert bomb.stat().st_size < 10 * 1024 * 1024
    (finding,) = expect(validate(capsys, bomb), "zip-bomb", 1)
    assert int(re.search(r"declares (\d+) bytes", finding["message"]).group(1)) > 1024**3


def test_member_with_a_high_compression_ratio(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = omex(tmp_path / "ratio.omex", {"model.xml": SBML_HEAD + b" " * (8 * 1024 * 1024)})
    (finding,) = expect(validate(capsys, archive), "zip-bomb", 1)
    assert "ratio" in finding["message"]


def test_member_whose_header_lies_about_its_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The headers say 1000 bytes; the data inflates to 64 MiB: reading stops at the declared size."""
    path = tmp_path / "liar.omex"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.xml", MANIFEST.format(extra=""))
        with archive.open("model.xml", "w") as stream:
            for _ in range(64):
                stream.write(bytes(1024 * 1024))
    data = bytearray(path.read_bytes())
    patched = 0
    for start in range(len(data) - 64):
        if data[start : start + 4] == b"PK\x03\x04" and data[start + 30 : start + 39] == b"model.xml":
            data[start + 22 : start + 26] = (1000).to_bytes(4, "little")  # local header: uncompressed size
            patched += 1
        elif data[start : start + 4] == b"PK\x01\x02" and data[start + 46 : start + 55] == b"model.xml":
            data[start + 24 : start + 28] = (1000).to_bytes(4, "little")  # central directory: uncompressed size
            patched += 1
    assert patched == 2
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("model.xml").file_size == 1000
    run = validate(capsys, path)
    expect(run, "zip-corrupt", 1)
    assert run.peak_growth_mib < 60


@pytest.mark.parametrize(
    ("member", "rule"),
    [("/etc/cron.d/model.xml", "zip-absolute-path"), ("../../outside.xml", "zip-path-traversal")],
)
def test_unsafe_member_paths(member: str, rule: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = omex(tmp_path / "paths.omex", {"model.xml": SBML, member: SBML})
    (finding,) = expect(validate(capsys, archive), rule, 1)
    assert member in finding["location"]
    assert not (tmp_path / "outside.xml").exists()


def test_symlink_member(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "link.omex"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.xml", MANIFEST.format(extra=""))
        archive.writestr("model.xml", SBML)
        link = zipfile.ZipInfo("passwd.xml")
        link.create_system = 3
        link.external_attr = (0o120777) << 16
        archive.writestr(link, "/etc/passwd")
    expect(validate(capsys, path), "zip-symlink", 1)


def test_too_many_members(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "many.omex"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for i in range(10_001):
            archive.writestr(f"f{i}", b"")
    expect(validate(capsys, path), "zip-members", 1)


def test_missing_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = omex(tmp_path / "bare.omex", {"model.xml": SBML}, manifest=None)
    expect(validate(capsys, archive), "omex-manifest-missing", 1)


def test_manifest_entry_without_its_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extra = '  <content location="./absent.sedml" format="http://identifiers.org/combine.specifications/sed-ml"/>\n'
    archive = omex(
        tmp_path / "absent.omex", {"model.xml": SBML, "notes.xml": b"<notes/>"}, MANIFEST.format(extra=extra)
    )
    run = validate(capsys, archive)
    (finding,) = expect(run, "omex-manifest-missing-file", 1)
    assert "absent.sedml" in finding["message"] and finding["file"].endswith("!/manifest.xml")
    assert any(f["rule"] == "omex-unlisted-file" and "notes.xml" in f["message"] for f in run.findings())


def test_sedml_sources_must_be_in_the_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sedml = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<sedML xmlns="http://sed-ml.org/sed-ml/level1/version3"'
        b' level="1" version="3"><listOfModels>'
        b'<model id="a" language="urn:sedml:language:sbml" source="model.xml"/>'
        b'<model id="b" language="urn:sedml:language:sbml" source="gone.xml"/>'
        b'<model id="c" language="urn:sedml:language:sbml" source="../../etc/passwd"/>'
        b'</listOfModels><listOfTasks><task id="t" modelReference="nomodel" simulationReference="nosim"/>'
        b"</listOfTasks></sedML>\n"
    )
    extra = '  <content location="./sim.sedml" format="http://identifiers.org/combine.specifications/sed-ml"/>\n'
    archive = omex(tmp_path / "sim.omex", {"model.xml": SBML, "sim.sedml": sedml}, MANIFEST.format(extra=extra))
    run = validate(capsys, archive)
    (missing,) = expect(run, "sedml-source-missing", 1)
    assert "gone.xml" in missing["message"] and missing["file"].endswith("!/sim.sedml")
    assert {"sedml-source-outside", "sedml-reference"} <= run.rules()


def test_manifest_format_must_fit_the_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sbgn = (ROOT / "maps/sbgn/overview_af.sbgn").read_bytes()
    archive = omex(tmp_path / "mismatch.omex", {"model.xml": sbgn})
    expect(validate(capsys, archive), "omex-format-mismatch", 1)


def test_hostile_member_inside_an_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = omex(tmp_path / "xxe.omex", {"model.xml": LAUGHS})
    (finding,) = expect(validate(capsys, archive), "xml-entity", 1)
    assert finding["file"] == f"{archive}!/model.xml"


# ---------------------------------------------------------------- mutations (hypothesis)
SOURCES = {
    "model.xml": (DATA / "BIOMD0000000006_url.xml").read_bytes(),
    "map.sbgn": (ROOT / "maps/sbgn/overview_af.sbgn").read_bytes(),
    "sim.omex": (ROOT / "models/omex/angiogenesis_coupling.omex").read_bytes(),
}
FRAGMENTS = [
    b"<",
    b"</model>",
    b"<![CDATA[x]]>",
    b"<?pi x?>",
    b"&xxe;",
    b"&#0;",
    b"\x00",
    b"\xff\xfe",
    b'<!DOCTYPE x [<!ENTITY a "b">]>',
    b"<a>" * 300,
    b'<species id="s" compartment="nowhere"/>',
    b'xmlns="http://example.org/"',
    "é€\u202e".encode(),
    b"PK\x03\x04",
]


VALUES = [
    b"",
    b"x",
    b"-1",
    b"NaN",
    b"1e999",
    b"&amp;",
    b"&#x202e;",
    "é".encode(),
    b"a" * 5000,
    b"#",
    b"../../etc/passwd",
    b"/dev/zero",
    b"http://127.0.0.1:9/x",
]
ELEMENTS = [b"<x/>", b'<species id="s" compartment="nowhere"/>', b"<!-- c -->", b"<glyph/>", b"<a><b/></a>"]
ATTRIBUTE = re.compile(rb'="[^"<]*"')


def _mutate(draw: st.DrawFn, data: bytearray) -> None:
    """One change: bytes flipped, cut, inserted or deleted, or (keeping the XML well-formed more
    often) an attribute value replaced, a line deleted, an element inserted after a tag."""
    how = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "attribute", "attribute", "line", "element"]))
    position = draw(st.integers(0, len(data)))
    attributes = list(ATTRIBUTE.finditer(data)) if how == "attribute" else []
    if how == "flip" and position < len(data):
        data[position] ^= draw(st.integers(1, 255))
    elif how == "truncate":
        del data[position:]
    elif how == "insert":
        data[position:position] = draw(st.sampled_from(FRAGMENTS) | st.binary(max_size=32))
    elif how == "delete":
        del data[position : position + draw(st.integers(1, 64))]
    elif attributes:
        match = attributes[draw(st.integers(0, len(attributes) - 1))]
        data[match.start() : match.end()] = b'="' + draw(st.sampled_from(VALUES)) + b'"'
    elif how == "line" and b"\n" in data[position:]:
        start = data.rfind(b"\n", 0, position) + 1
        del data[start : data.index(b"\n", position) + 1]
    elif how == "element" and b">" in data[position:]:
        after = data.index(b">", position) + 1
        data[after:after] = draw(st.sampled_from(ELEMENTS))


def _rezip(draw: st.DrawFn, archive: bytes) -> bytes:
    """The archive with one of its XML members changed."""
    with zipfile.ZipFile(io.BytesIO(archive)) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    name = draw(st.sampled_from(sorted(n for n in members if n.endswith((".xml", ".sedml", ".sbgn", ".rdf")))))
    content = bytearray(members[name])
    _mutate(draw, content)
    members[name] = bytes(content)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member, data in members.items():
            target.writestr(member, data)
    return out.getvalue()


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(SOURCES)))
    if name.endswith(".omex") and draw(st.booleans()):
        return name, _rezip(draw, SOURCES[name])
    data = bytearray(SOURCES[name])
    for _ in range(draw(st.integers(1, 3))):
        _mutate(draw, data)
    return name, bytes(data)


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=mutated())
def test_mutated_files_never_break_the_validator(
    case: tuple[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, data = case
    path = write(tmp_path, name, data)
    started = time.perf_counter()
    run = validate(capsys, path)
    assert time.perf_counter() - started < SECONDS_PER_EXAMPLE
    assert run.status in (0, 1, 2)
    document = run.json()  # always a complete report
    assert "internal-error" not in run.rules(), document["findings"]
    assert run.status == (1 if document["summary"]["error"] else 0)
    assert all(f["file"].startswith(str(path)) for f in document["findings"])


def test_entities_are_refused_even_if_the_prolog_scan_missed_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Defence in depth: what libxml2 parsed of the DOCTYPE is checked too."""
    from pipeline.validate import safe_input

    monkeypatch.setattr(safe_input, "doctype_findings", lambda text, file: [])
    expect(validate(capsys, write(tmp_path, "lol.xml", LAUGHS)), "xml-entity", 1)
    dtd = SBML_HEAD + b'<!DOCTYPE sbml SYSTEM "http://127.0.0.1:9/sbml.dtd">\n<sbml xmlns="' + L3V2 + b'"/>'
    expect(validate(capsys, write(tmp_path, "dtd.xml", dtd)), "xml-external-dtd", 1)
