"""The code passes ruff (lint rules in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from pipeline.build import project_root


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is installed by the test extra")
def test_ruff_is_clean() -> None:
    result = subprocess.run(["ruff", "check", "pipeline", "tests"], cwd=project_root(), capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
