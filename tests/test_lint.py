"""The code passes ruff: the lint rules in pyproject.toml and ruff's formatting."""

from __future__ import annotations

import subprocess
import sys

from pipeline.build import project_root


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    folders = [f for f in ("pipeline", "tests", "benchmarks") if (project_root() / f).is_dir()]
    command = [sys.executable, "-m", "ruff", *args, *folders]
    return subprocess.run(command, cwd=project_root(), capture_output=True, text=True)


def test_ruff_lint_is_clean() -> None:
    result = _ruff("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = _ruff("format", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
