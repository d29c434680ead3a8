"""The quality report's data: checks, sections, the whole report, and how they are scored.

A check scores one aspect of a model in [0, 1], or is not applicable (``score`` None). A section's
score is the weighted mean of its applicable checks; the overall score is the weighted mean of the
applicable sections, with the section weights of ``SECTION_WEIGHTS``. Checks of weight 0 are
information only: shown, never scored. Scores are rounded to ``DIGITS`` decimals where they are
made, so that the JSON and the HTML show the same numbers on every machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

DIGITS = 4

# Section id -> (title, weight in the overall score). Consistency, simulation health and the
# behaviours weigh most: a model that is invalid, does not run, or does not do what its claims
# say is not usable whatever its metadata. Annotation, units, evidence and provenance make a
# model reusable and checkable (weight 2); SBO terms refine annotation (weight 1).
SECTION_WEIGHTS: dict[str, tuple[str, float]] = {
    "consistency": ("SBML consistency", 3.0),
    "annotation": ("Annotation and identifiers", 2.0),
    "sbo": ("SBO terms", 1.0),
    "units": ("Units", 2.0),
    "evidence": ("Evidence coverage", 2.0),
    "provenance": ("Parameter provenance", 2.0),
    "simulation": ("Simulation health", 3.0),
    "behaviours": ("Behaviour tests", 3.0),
}


def rounded(value: float) -> float:
    """A score rounded to ``DIGITS`` decimals (and clipped to [0, 1])."""
    return round(min(1.0, max(0.0, float(value))), DIGITS)


@dataclass(frozen=True)
class Check:
    """One scored aspect: ``score`` in [0, 1] or None when not applicable; ``details`` list examples."""

    id: str
    title: str
    score: float | None
    weight: float
    message: str
    details: tuple[str, ...] = ()

    @property
    def applicable(self) -> bool:
        return self.score is not None


def check(
    id: str, title: str, score: float | None, message: str, weight: float = 1.0, details: Iterable[str] = ()
) -> Check:
    """A check with its score rounded (None stays None: not applicable)."""
    return Check(id, title, None if score is None else rounded(score), weight, message, tuple(details))


def fraction_check(
    id: str,
    title: str,
    good: int,
    total: int,
    what: str,
    missing: Iterable[str] = (),
    weight: float = 1.0,
    empty: str = "nothing to check",
) -> Check:
    """``good`` of ``total`` items pass (message "<good> of <total> <what>"); not applicable, with the
    message ``empty``, when there are none. ``missing`` names the items that fail."""
    if total == 0:
        return check(id, title, None, empty, weight)
    return check(id, title, good / total, f"{good} of {total} {what}", weight, missing)


def findings_score(errors: int, warnings: int) -> float:
    """Score of a set of libsbml findings: 0 with any error; each warning costs 0.1, down to 0.5."""
    if errors:
        return 0.0
    return max(0.5, 1.0 - 0.1 * warnings)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    weight: float
    checks: tuple[Check, ...]
    note: str = ""  # why a whole section is not applicable, or what it covers

    @property
    def score(self) -> float | None:
        """Weighted mean of the applicable, weighted checks; None when there are none."""
        scored = [c for c in self.checks if c.applicable and c.weight > 0]
        total = sum(c.weight for c in scored)
        if not scored or total == 0:
            return None
        return rounded(sum(c.weight * (c.score or 0.0) for c in scored) / total)


def section(id: str, checks: Iterable[Check], note: str = "") -> Section:
    """A section with the title and weight of ``SECTION_WEIGHTS``."""
    title, weight = SECTION_WEIGHTS[id]
    return Section(id, title, weight, tuple(checks), note)


def not_applicable(id: str, reason: str) -> Section:
    """A section that does not apply to this model (e.g. evidence of a foreign model)."""
    return section(id, (), reason)


@dataclass(frozen=True)
class ModelInfo:
    """What the report is about: ids, SBML level, origin and element counts."""

    source: str  # file name, or "<text>"
    id: str
    name: str
    level: int
    version: int
    origin: str  # "package" (an mgbone mechanism) or "foreign"
    mechanism: str | None
    counts: dict[str, int] = field(default_factory=dict)
    note: str = ""  # e.g. that a hierarchical model was flattened


@dataclass(frozen=True)
class Report:
    model: ModelInfo
    sections: tuple[Section, ...]

    @property
    def score(self) -> float | None:
        """Weighted mean of the applicable sections (``SECTION_WEIGHTS``); None when none applies."""
        scored = [s for s in self.sections if s.score is not None]
        total = sum(s.weight for s in scored)
        if not scored or total == 0:
            return None
        return rounded(sum(s.weight * (s.score or 0.0) for s in scored) / total)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)
