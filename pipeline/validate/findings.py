"""What every checker returns: findings with a file, a location, a rule, a severity and a message."""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass(frozen=True)
class Finding:
    """One problem: where it is, which rule it breaks, how bad, and what is wrong."""

    file: str
    location: str
    rule: str
    severity: str
    message: str

    def line(self) -> str:
        return f"{self.file}: {self.location}: {self.severity}: [{self.rule}] {self.message}"
