"""``mgbone validate``: the package's own files are clean, real-world files give findings, the three
report formats name every field, and the exit status is exactly 0, 1 or 2."""

from __future__ import annotations

import json
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from lxml import etree
from validate_helpers import DATA, ROOT, Run, parser, validate

from pipeline.validate import runner
from pipeline.validate.command import parse_size

PACKAGE_FOLDERS = ("models/sbml", "models/sbml_layout", "maps/sbgn", "models/omex")
FIELDS = {"file", "location", "rule", "severity", "message"}
LINE = re.compile(
    r"^(?P<file>.+?):(?P<location>[^:]+): (?P<severity>error|warning|info): \[(?P<rule>[^\]]+)\] (?P<m>.+)$"
)
CLEAN_SBML = ROOT / "models/sbml/trpm7_pdgf.xml"


@pytest.fixture(scope="module")
def broken_sbml(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid model with one species placed in a compartment that does not exist (a libsbml error)."""
    text = CLEAN_SBML.read_text(encoding="utf-8")
    text = text.replace('compartment="cytosol"', 'compartment="no_such_compartment"', 1)
    path = tmp_path_factory.mktemp("broken") / "broken.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_package_files_are_clean(capsys: pytest.CaptureFixture[str]) -> None:
    run = validate(capsys, *(ROOT / f for f in PACKAGE_FOLDERS), "--fail-on", "warning", seconds=60)
    summary = run.json()["summary"]
    problems = [f for f in run.findings() if f["severity"] != "info"]
    assert run.status == 0, problems
    assert summary["error"] == summary["warning"] == summary["unusable"] == 0
    files = {f["file"] for f in run.json()["files"]}
    for folder in PACKAGE_FOLDERS:
        assert any(f.startswith(str(ROOT / folder)) for f in files), folder
    # each archive member was checked by its own kind
    kinds = {f["kind"] for f in run.json()["files"] if "!/" in f["file"]}
    assert {"sbml", "sedml", "sbgn", "omex-manifest", "rdf"} <= kinds


def test_celldesigner_files_have_only_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    folder = ROOT / "models/celldesigner"
    assert validate(capsys, folder).status == 0  # L2V4 units warnings do not fail at --fail-on error
    run = validate(capsys, folder, "--fail-on", "warning")
    assert run.status == 1 and run.json()["summary"]["error"] == 0
    assert "libsbml-99505" in run.rules()


def test_biomodels_files_give_findings_not_crashes(capsys: pytest.CaptureFixture[str]) -> None:
    run = validate(capsys, DATA)
    assert run.status == 1
    assert len(run.json()["files"]) >= 2
    assert "internal-error" not in run.rules() and run.json()["summary"]["unusable"] == 0
    assert {"identifier-pattern", "libsbml-99505", "sbo-missing"} <= run.rules()


def test_biomodels_style_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A manifest as BioModels writes them (no './', master="false"), listing files the archive lacks."""
    model = (DATA / "BIOMD0000000006_url.xml").read_bytes()
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<omexManifest xmlns="http://identifiers.org/combine.specifications/omex-manifest">\n'
        '  <content location="BIOMD0000000006.pdf" format="http://purl.org/NET/mediatypes/application/PDF"'
        ' master="false"/>\n'
        '  <content location="BIOMD0000000006_url.xml" format="http://identifiers.org/combine.specifications/sbml"'
        ' master="false"/>\n'
        "</omexManifest>\n"
    )
    archive = tmp_path / "BIOMD0000000006.omex"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.xml", manifest)
        z.writestr("BIOMD0000000006_url.xml", model)
    run = validate(capsys, archive)
    assert run.status == 1
    missing = [f for f in run.findings() if f["rule"] == "omex-manifest-missing-file"]
    assert missing and "BIOMD0000000006.pdf" in missing[0]["message"]
    assert any(f["file"].endswith("!/BIOMD0000000006_url.xml") for f in run.findings())


def _text(run: Run) -> list[re.Match[str]]:
    lines = run.out.splitlines()
    assert lines[-1].startswith("mgbone validate: ")
    matches = [LINE.match(line) for line in lines[:-1]]
    assert all(matches), lines
    return matches  # type: ignore[return-value]


def test_text_format(broken_sbml: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = validate(capsys, broken_sbml, "--format", "text")
    assert run.status == 1
    matches = _text(run)
    errors = [m for m in matches if m["severity"] == "error"]
    assert errors and all(m["file"] == str(broken_sbml) for m in matches)
    assert any(m["location"].startswith("line ") and m["rule"].startswith("libsbml-") for m in errors)
    assert "FAILED (exit 1" in run.out.splitlines()[-1]


def test_json_format(broken_sbml: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = validate(capsys, broken_sbml, CLEAN_SBML)
    document = run.json()
    assert run.status == 1 and document["summary"]["exit_status"] == 1
    assert all(set(f) == FIELDS for f in document["findings"])
    counts = {s: sum(f["severity"] == s for f in document["findings"]) for s in ("error", "warning", "info")}
    assert all(document["summary"][s] == n for s, n in counts.items())
    assert {f["file"] for f in document["files"]} == {str(broken_sbml), str(CLEAN_SBML)}
    assert all(f["checks"] == ["input", "sbml"] for f in document["files"])


def test_junit_format(broken_sbml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.xml"
    run = validate(capsys, broken_sbml, CLEAN_SBML, "--format", "junit", "--output", out)
    assert run.status == 1 and run.out == "" and "FAILED" in run.err
    root = etree.parse(str(out), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {str(broken_sbml), str(CLEAN_SBML)}
    assert [c.get("name") for c in suites[str(CLEAN_SBML)].iter("testcase")] == ["input", "sbml"]
    assert suites[str(CLEAN_SBML)].get("failures") == "0"
    failure = suites[str(broken_sbml)].find("testcase[@name='sbml']/failure")
    assert failure is not None and failure.get("type").startswith("libsbml-")
    matches = [LINE.match(line) for line in failure.text.splitlines()]
    assert all(matches) and all(m["severity"] == "error" and m["location"].startswith("line ") for m in matches)
    assert int(root.get("failures")) == 1 and int(root.get("tests")) == 4


def test_exit_statuses(broken_sbml: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate(capsys, CLEAN_SBML).status == 0
    assert validate(capsys, broken_sbml).status == 1
    only_warnings = ROOT / "models/qual/integrated_qual.xml"
    assert validate(capsys, only_warnings).status == 0
    assert validate(capsys, only_warnings, "--fail-on", "warning").status == 1
    missing = validate(capsys, tmp_path / "absent.xml", CLEAN_SBML)
    assert missing.status == 2 and missing.findings()[0]["rule"] == "unusable-input"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert validate(capsys, empty).status == 2
    (empty / "notes.txt").write_text("not a candidate")
    run = validate(capsys, empty)
    assert run.status == 2 and "nothing to validate" in run.err


def test_fifo_is_unusable_not_a_hang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.xml"
    os.mkfifo(fifo)
    run = validate(capsys, fifo, seconds=5)
    assert run.status == 2 and "not a regular file" in run.findings()[0]["message"]


def test_internal_error_is_a_finding(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def explode(*_: object) -> list:
        raise RuntimeError("boom")

    monkeypatch.setattr(runner, "sbml_findings", explode)
    run = validate(capsys, CLEAN_SBML, "--format", "text")
    assert run.status == 2 and "Traceback" not in run.out + run.err
    (match,) = _text(run)
    assert match["rule"] == "internal-error" and match["file"] == str(CLEAN_SBML) and "boom" in match["m"]


def test_content_decides_the_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    named = tmp_path / "model.txt"
    shutil.copy(CLEAN_SBML, named)
    run = validate(capsys, named)  # named explicitly: checked although .txt
    assert run.status == 0 and run.json()["files"][0]["kind"] == "sbml"
    assert validate(capsys, tmp_path).status == 2  # a folder search skips .txt files


def test_progress_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(5):
        shutil.copy(ROOT / "models/sbml/angiogenesis_coupling.xml", tmp_path / f"m{i}.xml")
    assert "[5/5]" in validate(capsys, tmp_path).err
    assert "[1/" not in validate(capsys, tmp_path, "--quiet").err


def test_sbgn_schema_errors_have_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (ROOT / "maps/sbgn/overview_af.sbgn").read_text(encoding="utf-8").replace("<bbox ", "<bbax ", 1)
    path = tmp_path / "map.sbgn"
    path.write_text(text, encoding="utf-8")
    run = validate(capsys, path)
    (finding,) = [f for f in run.findings() if f["rule"] == "sbgn-xsd"]
    line = text[: text.index("<bbax ")].count("\n") + 1
    assert run.status == 1 and finding["location"] == f"line {line}" and "bbax" in finding["message"]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["validate"], ["validate", "x", "--format", "yaml"], ["validate", "x", "--max-bytes", "lots"]):
        with pytest.raises(SystemExit) as exit_info:
            parser().parse_args(argv)
        assert exit_info.value.code == 2
    assert parse_size("50M") == 50 * 1024**2 and parse_size("1000") == 1000 and parse_size("1GiB") == 1024**3


def test_max_findings_caps_the_listing(capsys: pytest.CaptureFixture[str]) -> None:
    run = validate(capsys, DATA / "BIOMD0000000005_url.xml", "--max-findings", "3")
    document = run.json()
    assert len(document["findings"]) == 3 and document["files"][0]["not_shown"] > 0
    assert sum(document["summary"][s] for s in ("error", "warning", "info")) > 3
    assert json.dumps(document)  # still one JSON document


def test_pre_commit_hook_definition() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "mgbone-validate" and hook["entry"] == "mgbone validate" and hook["language"] == "python"
    files = re.compile(hook["files"])
    assert all(files.search(n) for n in ("m.xml", "m.SBML", "map.sbgn", "sim.sedml", "a.omex"))
    assert not any(files.search(n) for n in ("notes.txt", "m.xml.orig", "picture.png"))


def test_unpacked_archive_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A manifest and a SED-ML file outside an archive: their references are checked beside them."""
    with zipfile.ZipFile(ROOT / "models/omex/trpm7_pdgf.omex") as archive:
        archive.extractall(tmp_path)  # our own archive: trusted
    assert validate(capsys, tmp_path).status == 0
    (tmp_path / "trpm7_pdgf.xml").unlink()
    run = validate(capsys, tmp_path)
    assert run.status == 1
    assert {"omex-manifest-missing-file", "sedml-source-missing"} <= run.rules()
