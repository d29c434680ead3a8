"""What a validation run produces: per file, the families of checks run and their findings.

Kept free of parser imports so that the command line and the report formats load fast.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.validate.findings import ERROR, Finding

# Families of checks (a JUnit test case each).
INPUT, SBML_FAMILY, SBGN_FAMILY, SEDML_FAMILY, OMEX_FAMILY = "input", "sbml", "sbgn", "sedml", "omex"
# Findings that say a file could not be judged (exit status 2).
INTERNAL_ERROR, UNUSABLE_INPUT = "internal-error", "unusable-input"


@dataclass
class Check:
    """One family of checks run on one file."""

    family: str
    findings: list[Finding]
    seconds: float


@dataclass
class FileReport:
    """All checks of one file (or archive member), in the order they ran."""

    file: str
    kind: str | None
    checks: list[Check] = field(default_factory=list)
    unusable: bool = False

    @property
    def findings(self) -> list[Finding]:
        return [f for check in self.checks for f in check.findings]

    def run(self, family: str, work: Callable[[], list[Finding]]) -> list[Finding]:
        """Run ``work`` as check ``family``; an exception becomes an ``internal-error`` finding."""
        started = time.perf_counter()
        try:
            findings = list(dict.fromkeys(work()))  # drop exact repeats, keep the order
        except Exception as err:  # noqa: BLE001 - whatever a library raises on hostile input is reported
            self.unusable = True
            message = f"the {family} checks failed ({type(err).__name__}: {' '.join(str(err).split())[:300]})"
            findings = [Finding(self.file, "document", INTERNAL_ERROR, ERROR, message)]
        self.checks.append(Check(family, findings, time.perf_counter() - started))
        return findings
