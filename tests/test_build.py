"""The build: committed outputs match a fresh build, builds are deterministic, bad input
gives a clear message and a non-zero exit status."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.build import build, project_root
from pipeline.cli import main
from pipeline.outputs import differences, write_atomically

ROOT = project_root()


@pytest.fixture(scope="module")
def fresh() -> dict[str, bytes]:
    files, outcomes = build(progress=lambda _: None)
    assert all(o.passed for results in outcomes.values() for o in results)
    return files


def test_committed_outputs_match_a_fresh_build(fresh: dict[str, bytes]) -> None:
    problems = differences(ROOT, fresh)
    assert problems == [], "stale outputs (run `mgbone build` and commit):\n" + "\n".join(problems)


def test_build_is_deterministic(fresh: dict[str, bytes]) -> None:
    again, _ = build(["mg_dose_window"], progress=lambda _: None)
    for path, data in again.items():
        assert fresh[path] == data, path


def test_outputs_cover_every_mechanism(fresh: dict[str, bytes]) -> None:
    from pipeline.mechanisms import registry

    for mid in registry():
        assert f"models/sbml/{mid}.xml" in fresh
        for name in ("time_course", "dose_scan", "knockdowns"):
            for ext in ("csv", "png", "svg"):
                assert f"results/{mid}/{name}.{ext}" in fresh
    assert "docs/traceability.md" in fresh


def test_unknown_mechanism_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "no_such_mechanism", "--out", "/tmp/unused"]) == 2
    err = capsys.readouterr().err
    assert "unknown mechanism" in err and "no_such_mechanism" in err and "trpm7_pdgf" in err


def test_unwritable_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("x", encoding="utf-8")
    assert main(["build", "mg_dose_window", "--out", str(blocker)]) == 2
    assert "not_a_dir" in capsys.readouterr().err


def test_write_failure_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "models").write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(Exception, match="models"):
        write_atomically(tmp_path, {"models/sbml/x.xml": b"<x/>"})
    assert not list(tmp_path.glob("**/*.tmp"))


def test_damaged_committed_file_fails_the_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for sub in ("models", "results", "docs"):
        shutil.copytree(ROOT / sub, tmp_path / sub)
    target = tmp_path / "models/sbml/mg_dose_window.xml"
    target.write_bytes(target.read_bytes()[:200])  # truncated
    assert main(["build", "mg_dose_window", "--check", "--out", str(tmp_path)]) == 1
    assert "models/sbml/mg_dose_window.xml" in capsys.readouterr().err
