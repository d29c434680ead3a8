"""Shared by the ``mgbone validate`` tests: run the command in-process, bounded in time and memory."""

from __future__ import annotations

import argparse
import json
import resource
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

import pipeline  # noqa: F401  (imports libsedml before libsbml)
from pipeline.validate.command import add_validate_parser

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "biomodels"
SECONDS = 10  # per hostile case
MEMORY_MIB = 200  # growth of the peak resident memory per hostile case


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mgbone")
    add_validate_parser(p.add_subparsers(dest="command", required=True))
    return p


@dataclass
class Run:
    status: int
    out: str
    err: str
    seconds: float
    peak_growth_mib: float

    def json(self) -> dict:
        return json.loads(self.out)

    def findings(self) -> list[dict]:
        return self.json()["findings"]

    def rules(self) -> set[str]:
        return {f["rule"] for f in self.findings()}


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail (rather than hang) when the block takes longer than ``seconds``."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def validate(capsys: pytest.CaptureFixture[str], *argv: str | Path, seconds: int = SECONDS) -> Run:
    """``mgbone validate ARGV`` in this process, within ``seconds``; JSON unless a format is given."""
    args = [str(a) for a in argv]
    if "--format" not in args:
        args += ["--format", "json"]
    capsys.readouterr()
    before, started = peak_mib(), time.perf_counter()
    with time_limit(seconds):
        namespace = parser().parse_args(["validate", *args])
        status = namespace.func(namespace)
    elapsed = time.perf_counter() - started
    captured = capsys.readouterr()
    return Run(status, captured.out, captured.err, elapsed, peak_mib() - before)


def bounded(run: Run) -> None:
    assert run.seconds < SECONDS, run.seconds
    assert run.peak_growth_mib < MEMORY_MIB, run.peak_growth_mib
