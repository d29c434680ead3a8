"""The quality report: honest scores for the package's models, each kind of damage lowering exactly its
section, a foreign BioModels model scored with the package-only sections not applicable, JSON and
HTML agreeing, the page working in a real headless Chromium, and the ``mgbone report`` command.

The browser checks need Debian's chromium (``apt-get update && apt-get install -y chromium``); they
fail, saying so, when it is missing. Set MGBONE_NO_BROWSER=1 to skip them (and only them).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import libsbml
import numpy as np
import pytest
from conftest import sbml_text

from pipeline.report import ReportInputError, add_report_parser, assess, report_files, report_html, report_json
from pipeline.report.checks import SECTION_WEIGHTS, Report
from pipeline.report.pictures import Picture
from pipeline.report.render_html import to_html
from pipeline.report.render_json import to_json

DATA = Path(__file__).parent / "data" / "biomodels"
# Tyson 1991, cdc2-cyclin cell cycle: a curated BioModels model (an oscillator), CC0 as stated in its notes;
# final/BIOMD0000000005/BIOMD0000000005_url.xml of the sys-bio/temp-biomodels mirror, unchanged.
FOREIGN = DATA / "BIOMD0000000005_url.xml"
PACKAGE = "trpm7_pdgf"
PACKAGE_ONLY = ("evidence", "provenance", "behaviours")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


# ---------------------------------------------------------------- damaged copies of a package model
def _edited(text: str, edit: Callable[[libsbml.Model], None]) -> str:
    doc = libsbml.readSBMLFromString(text)
    edit(doc.getModel())
    return libsbml.writeSBMLToString(doc)


def _strip_annotations(model: libsbml.Model) -> None:
    for element in [model] + list(model.getListOfAllElements()):
        element.unsetCVTerms()


def _remove_parameter_note(model: libsbml.Model) -> None:
    assert model.getParameter("k_syn_TRPM7").unsetNotes() == libsbml.LIBSBML_OPERATION_SUCCESS


def _negative_going(model: libsbml.Model) -> None:
    """Osteocalcin is drained at 10x its maximal synthesis for the first 24 h: it goes negative, then
    recovers. Units stay consistent and steady states (the behaviours) are unchanged."""
    law = model.getReaction("BGLAP_degradation").getKineticLaw()
    drain = "piecewise(10 dimensionless * cytosol * k_syn_marker, time < 24 hour, 0 mmol_per_hour)"
    math = libsbml.parseL3FormulaWithModel(f"{libsbml.formulaToL3String(law.getMath())} + {drain}", model)
    assert math is not None, libsbml.getLastParseL3Error()
    assert law.setMath(math) == libsbml.LIBSBML_OPERATION_SUCCESS


def _invalid_unit(model: libsbml.Model) -> None:
    assert model.getParameter("k_syn_TRPM7").setUnits("furlong") == libsbml.LIBSBML_OPERATION_SUCCESS


DAMAGES = {
    "annotations stripped": (_strip_annotations, "annotation", "annotation.species"),
    "parameter note removed": (_remove_parameter_note, "provenance", "provenance.parameters"),
    "negative-going": (_negative_going, "simulation", "simulation.nonnegative"),
    "invalid unit": (_invalid_unit, "units", "units.libsbml"),
}


@pytest.fixture(scope="module")
def package_report() -> Report:
    return assess(sbml_text(PACKAGE), name=f"{PACKAGE}.xml")


@pytest.fixture(scope="module")
def foreign_report() -> Report:
    return assess(FOREIGN)


def _scores(report: Report) -> dict[str, float | None]:
    return {s.id: s.score for s in report.sections}


def _check(report: Report, check_id: str):
    return next(c for s in report.sections for c in s.checks if c.id == check_id)


# ---------------------------------------------------------------- scores
def test_package_model_scores_high_in_every_section(package_report: Report) -> None:
    assert package_report.model.origin == "package" and package_report.model.mechanism == PACKAGE
    assert [s.id for s in package_report.sections] == list(SECTION_WEIGHTS)
    for s in package_report.sections:
        assert s.score is not None and s.score >= 0.9, (s.id, s.score, [(c.id, c.message) for c in s.checks])
    assert package_report.score is not None and package_report.score >= 0.95
    # Scored as it is: the committed models name no creator e-mail, and the report says so.
    assert _check(package_report, "annotation.miriam").score < 1.0
    assert "creator contact" in " ".join(_check(package_report, "annotation.miriam").details)


def test_overall_score_is_the_weighted_mean_of_applicable_sections(foreign_report: Report) -> None:
    applicable = [s for s in foreign_report.sections if s.score is not None]
    expected = sum(s.weight * s.score for s in applicable) / sum(s.weight for s in applicable)
    assert foreign_report.score == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_damage_lowers_exactly_its_section(package_report: Report, damage: str) -> None:
    edit, lowered, check_id = DAMAGES[damage]
    damaged = assess(_edited(sbml_text(PACKAGE), edit), name=f"damaged {PACKAGE}")
    before, after = _scores(package_report), _scores(damaged)
    assert after[lowered] < before[lowered], (damage, after[lowered])
    assert _check(damaged, check_id).score < 1.0, _check(damaged, check_id).message
    assert {k: v for k, v in after.items() if k != lowered} == {k: v for k, v in before.items() if k != lowered}
    assert damaged.score < package_report.score


def test_negative_going_model_names_the_species(package_report: Report) -> None:
    damaged = assess(_edited(sbml_text(PACKAGE), _negative_going))
    message = _check(damaged, "simulation.nonnegative").message
    assert "[BGLAP]" in message and "negative" in message


def test_foreign_model_gets_not_applicable_for_package_sections_and_still_a_score(foreign_report: Report) -> None:
    assert foreign_report.model.origin == "foreign" and foreign_report.model.mechanism is None
    scores = _scores(foreign_report)
    for sid in PACKAGE_ONLY:
        assert scores[sid] is None, sid
        assert foreign_report.section(sid).note.startswith("not applicable")
    assert all(scores[s] is not None for s in SECTION_WEIGHTS if s not in PACKAGE_ONLY)
    assert foreign_report.score is not None and 0.0 < foreign_report.score < 1.0
    # What is true of this curated model: it oscillates, it has no SBO terms, and some of its
    # Reactome identifiers are of the retired REACT_ form.
    assert _check(foreign_report, "simulation.steady").score == 0.0
    assert _check(foreign_report, "simulation.time_course").score == 1.0
    assert _check(foreign_report, "sbo.species").score == 0.0
    assert "REACT_" in " ".join(_check(foreign_report, "annotation.identifiers").details)


def test_foreign_json_has_nulls_for_package_sections() -> None:
    data = json.loads(report_json(FOREIGN))
    by_id = {s["id"]: s for s in data["sections"]}
    for sid in PACKAGE_ONLY:
        assert by_id[sid]["score"] is None and by_id[sid]["applicable"] is False
    assert isinstance(data["score"], float)


def test_unusable_input_raises_with_the_name() -> None:
    for text in ("<not-closed>", "<sbgn xmlns='http://sbgn.org/libsbgn/0.3'><map/></sbgn>"):
        with pytest.raises(ReportInputError, match="<text>"):
            report_json(text)
    with pytest.raises(ReportInputError, match="no-such-file.xml"):
        report_json(Path("no-such-file.xml"))


# ---------------------------------------------------------------- JSON and HTML agree
class _Scores(HTMLParser):
    """data-score attributes of the page: overall, sections, checks; and the text of score cells."""

    def __init__(self) -> None:
        super().__init__()
        self.overall: str | None = None
        self.sections: dict[str, str] = {}
        self.checks: dict[str, str] = {}
        self.urls: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            if a.get(key):
                self.urls.append(a[key] or "")
        if a.get("id") == "overall":
            self.overall = a.get("data-score")
        if tag == "section" and "data-section" in a:
            self.sections[a["data-section"] or ""] = a.get("data-score") or ""
        if tag == "tr" and "data-check" in a:
            self.checks[a["data-check"] or ""] = a.get("data-score") or ""


def _as_attr(score: float | None) -> str:
    return "na" if score is None else repr(score)


@pytest.mark.parametrize("which", ["package", "foreign"])
def test_json_parses_and_matches_the_html_numbers(which: str) -> None:
    source = sbml_text(PACKAGE) if which == "package" else FOREIGN
    data = json.loads(report_json(source))
    page = report_html(source)
    parsed = _Scores()
    parsed.feed(page)
    assert parsed.overall == _as_attr(data["score"])
    assert parsed.sections == {s["id"]: _as_attr(s["score"]) for s in data["sections"]}
    assert parsed.checks == {c["id"]: _as_attr(c["score"]) for s in data["sections"] for c in s["checks"]}
    shown = "n/a" if data["score"] is None else f"{data['score'] * 100:.1f} %"
    assert shown in page
    # Self-contained: no script, and nothing fetched from elsewhere (only data: URIs and in-page anchors).
    assert parsed.scripts == 0
    assert all(u.startswith(("data:", "#")) for u in parsed.urls), [u[:60] for u in parsed.urls]
    assert "url(" not in page


def test_reports_are_deterministic() -> None:
    assert report_json(FOREIGN) == report_json(FOREIGN)
    assert report_html(FOREIGN) == report_html(FOREIGN)


def test_report_files_of_a_package_model(tmp_path: Path) -> None:
    files = report_files([PACKAGE])
    assert sorted(files) == sorted([f"reports/{PACKAGE}.html", f"reports/{PACKAGE}.json", "reports/index.html"])
    data = json.loads(files[f"reports/{PACKAGE}.json"])
    assert data["model"]["mechanism"] == PACKAGE and data["model"]["source"] == f"models/sbml/{PACKAGE}.xml"
    page = files[f"reports/{PACKAGE}.html"].decode()
    maps = Path(__file__).parent.parent / "maps" / "sbgn" / f"{PACKAGE}.svg"
    if maps.is_file():  # the map and the plots of the checkout are embedded
        assert page.count("data:image/svg+xml;base64,") >= 2 and f"maps/sbgn/{PACKAGE}.svg" in page
    index = files["reports/index.html"].decode()
    assert f'href="{PACKAGE}.html"' in index and _as_attr(data["score"]) in index
    # Pictures come from the build's files first; a root without pictures adds none.
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    only = report_files([PACKAGE], files={f"maps/sbgn/{PACKAGE}.svg": svg}, root=tmp_path)
    assert only[f"reports/{PACKAGE}.html"].decode().count("data:image/svg+xml;base64,") == 1
    with pytest.raises(KeyError, match="unknown mechanism"):
        report_files(["no_such_mechanism"])


# ---------------------------------------------------------------- the command
def _cli(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="mgbone")
    sub = p.add_subparsers(dest="command", required=True)
    add_report_parser(sub)
    args = p.parse_args(["report", *argv])
    return int(args.func(args))


def test_command_writes_reports_of_any_sbml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / f"{PACKAGE}.xml"
    model.write_text(sbml_text(PACKAGE), encoding="utf-8")
    out = tmp_path / "out"
    assert _cli([str(model), str(FOREIGN), "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        ["index.html", f"{PACKAGE}.html", f"{PACKAGE}.json", f"{FOREIGN.stem}.html", f"{FOREIGN.stem}.json"]
    )
    assert json.loads((out / f"{PACKAGE}.json").read_text())["model"]["origin"] == "package"
    assert json.loads((out / f"{FOREIGN.stem}.json").read_text())["model"]["origin"] == "foreign"
    printed = capsys.readouterr().out
    assert "overall" in printed and "wrote 5 files" in printed


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        ("", "empty"),
        ("hello, not XML", "not well-formed XML"),
        ("<sbgn xmlns='http://sbgn.org/libsbgn/0.3'><map/></sbgn>", "not an SBML document"),
        (b"\xff\xfe\x00<", "not UTF-8"),
    ],
)
def test_command_rejects_unusable_input_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | bytes | None, reason: str
) -> None:
    bad = tmp_path / "input.xml"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    elif content is not None:
        bad.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    assert _cli([str(FOREIGN), str(bad), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and reason in err, err
    assert "Traceback" not in err
    assert not out.exists(), "nothing is written when an input is unusable"


def test_command_rejects_an_output_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    assert _cli([str(FOREIGN), "--out", str(target)]) == 2
    assert "not a directory" in capsys.readouterr().err


# ---------------------------------------------------------------- in a real browser
def _chromium() -> Path:
    if os.environ.get("MGBONE_NO_BROWSER") == "1":
        pytest.skip("MGBONE_NO_BROWSER=1: headless-browser checks skipped")
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} is missing: the HTML report is checked in headless Chromium. Install it with "
            "'apt-get update && apt-get install -y chromium' (Debian), or set MGBONE_NO_BROWSER=1 to skip these checks."
        )
    return CHROMIUM


def test_missing_chromium_fails_with_install_instructions(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("MGBONE_NO_BROWSER", raising=False)
    monkeypatch.setattr(sys.modules[__name__], "CHROMIUM", tmp_path / "no-chromium")
    with pytest.raises(pytest.fail.Exception, match="apt-get install -y chromium"):
        _chromium()


class _DevTools:
    """A minimal Chrome DevTools Protocol client for one page of a headless Chromium."""

    def __init__(self, browser: Path, profile: str) -> None:
        import websocket  # websocket-client

        self.proc = subprocess.Popen(
            [str(browser), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        active = Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (active.is_file() and active.read_text().strip()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise AssertionError(f"{browser} did not open its DevTools port")
            time.sleep(0.05)
        port = int(active.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            page = next(t for t in json.load(answer) if t["type"] == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.events: list[dict] = []
        self.next_id = 0
        for method in ("Page.enable", "Runtime.enable", "Log.enable", "Network.enable"):
            self.call(method)

    def call(self, method: str, **params: object) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                assert "error" not in message, message
                return message.get("result", {})
            self.events.append(message)

    def open(self, url: str) -> None:
        self.events.clear()
        self.call("Page.navigate", url=url)
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(json.loads(self.ws.recv()))

    def evaluate(self, expression: str) -> object:
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries since the page was opened."""
        out = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                out.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                out.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                out.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
        return out

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def close(self) -> None:
        try:
            if getattr(self, "ws", None) is not None:
                self.ws.send(json.dumps({"id": 0, "method": "Browser.close", "params": {}}))
                self.ws.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict]]:
    """The package model's and the foreign model's report pages (with their JSON) on disk."""
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for key, source in (("package", sbml_text(PACKAGE)), ("foreign", FOREIGN)):
        report = assess(source)
        pictures = []
        if key == "package":  # a small picture of our own, so the test does not depend on the checkout
            svg = (
                b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
                b'<rect width="200" height="100" fill="#1565c0"/><circle cx="50" cy="50" r="30" fill="#ffca28"/></svg>'
            )
            pictures = [Picture("test picture", "test.svg", svg)]
        path = folder / f"{key}.html"
        path.write_text(to_html(report, pictures), encoding="utf-8")
        out[key] = (path, json.loads(to_json(report)))
    return out


@pytest.fixture(scope="module")
def devtools() -> Iterator[_DevTools]:
    browser = _chromium()
    with tempfile.TemporaryDirectory(prefix="mgbone-chromium-") as profile:
        client = _DevTools(browser, profile)
        try:
            yield client
        finally:
            client.close()


@pytest.mark.parametrize("key", ["package", "foreign"])
def test_page_loads_in_chromium_without_errors(devtools: _DevTools, pages: dict, key: str) -> None:
    path, data = pages[key]
    devtools.open(path.as_uri())
    state = devtools.evaluate(
        "JSON.stringify({"
        "overall: document.getElementById('overall').dataset.score,"
        "sections: Array.from(document.querySelectorAll('section[data-section]')).map(s => [s.dataset.section,"
        " s.dataset.score]),"
        "images: Array.from(document.images).map(i => i.complete && i.naturalWidth > 0),"
        "bars: Array.from(document.querySelectorAll('.bar > span')).filter(b => b.getBoundingClientRect().width > 0)"
        ".length})"
    )
    assert isinstance(state, str)
    shown = json.loads(state)
    assert devtools.problems() == []
    assert all(url.startswith(("file:", "data:")) for url in devtools.requests()), devtools.requests()
    assert shown["overall"] == _as_attr(data["score"])
    assert shown["sections"] == [[s["id"], _as_attr(s["score"])] for s in data["sections"]]
    assert all(shown["images"]) and len(shown["images"]) == (1 if key == "package" else 0)
    assert shown["bars"] >= sum(s["score"] is not None and s["score"] > 0 for s in data["sections"])


def test_chromium_screenshot_is_not_blank(pages: dict, tmp_path: Path) -> None:
    import matplotlib.image

    browser = _chromium()
    path, data = pages["foreign"]
    png = tmp_path / "page.png"
    with tempfile.TemporaryDirectory(prefix="mgbone-chromium-") as profile:
        command = [
            str(browser),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--hide-scrollbars",
            "--window-size=1200,900",
            f"--screenshot={png}",
            path.as_uri(),
        ]
        subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert png.is_file() and png.stat().st_size > 0, "chromium wrote no screenshot"
    pixels = matplotlib.image.imread(png)[:, :, :3]
    assert pixels.shape[0] >= 800 and pixels.shape[1] >= 1100
    assert float(pixels.std()) > 0.05, "the screenshot is (nearly) uniform"
    colours = {tuple(c) for c in (pixels.reshape(-1, 3) * 255).round().astype(int)[::7]}
    assert len(colours) >= 16, f"only {len(colours)} distinct colours"
    # The overall score bar is drawn in its grade colour (fair: #b7791f for this model's 70-90 %).
    assert 0.6 <= data["score"] < 0.9
    fair = np.array([0xB7, 0x79, 0x1F]) / 255
    assert np.any(np.all(np.abs(pixels - fair) < 2 / 255, axis=2)), "no score bar in the grade colour"


def test_check_ids_are_unique_dotted_names() -> None:
    """JSON consumers key on check ids: unique, lowercase "section.name"."""
    report = assess(FOREIGN)
    ids = [c.id for s in report.sections for c in s.checks]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[a-z]+\.[a-z0-9_]+", i) for i in ids)
