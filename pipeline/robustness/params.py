"""Which parameters vary in a robustness run, and over which range.

The rule (documented in docs/robustness.md):

* only parameters whose provenance is an assumption vary; sourced values stay fixed unless
  ``include_sourced`` (``--all``);
* Hill coefficients (SBO:0000190) never vary: they are structural choices, not uncertain magnitudes;
* a parameter set by any condition of the mechanism (behaviours, knock-downs, time-course condition,
  dose-scan input) never varies: the experiment sets it;
* a dimensionless parameter valued 0 or 1 that any condition of any mechanism sets is a switch
  (expression factors, inhibitor fractions, medium switches) and never varies;
* the others vary log-uniformly in ``[value / factor, value * factor]``; a dimensionless parameter named
  as a fraction is capped at 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.assemble import content_of
from pipeline.model import Blunted, Condition, DoseResponse, Mechanism, Parameter

HILL_SBO = "SBO:0000190"


@dataclass(frozen=True)
class Range:
    """One varied parameter: nominal value and log-uniform bounds."""

    id: str
    nominal: float
    low: float
    high: float


def _conditions(behaviour: object) -> list[Condition]:
    return [v for v in vars(behaviour).values() if isinstance(v, Condition)]


def condition_ids(mechanism: Mechanism) -> set[str]:
    """Every id that an experiment of ``mechanism`` sets."""
    ids: set[str] = {mechanism.scan_input}
    conditions = [*mechanism.knockdowns, mechanism.time_course_condition]
    for b in mechanism.behaviours:
        conditions += _conditions(b)
        if isinstance(b, DoseResponse):
            ids.add(b.input)
        if isinstance(b, Blunted):
            ids |= {k for k, _ in b.stimulus} | {k for k, _ in b.perturbation}
    for c in conditions:
        ids |= {k for k, _ in c.changes}
    return ids


def is_switch(p: Parameter, set_anywhere: set[str]) -> bool:
    """A dimensionless 0/1 factor that some experiment sets (knock-down, inhibitor, medium)."""
    return p.unit == "dimensionless" and p.value in (0.0, 1.0) and p.id in set_anywhere


def varied_ranges(
    mechanism: Mechanism, all_mechanisms: list[Mechanism], factor: float = 2.0, include_sourced: bool = False
) -> list[Range]:
    """The parameters of ``mechanism`` that vary, in declaration order, with their bounds."""
    if not factor > 1.0:
        raise ValueError(f"factor must be > 1, got {factor:g}")
    own = condition_ids(mechanism)
    anywhere = set().union(*(condition_ids(m) for m in all_mechanisms)) | own
    ranges = []
    for p in content_of(mechanism).parameters:
        if (p.source and not include_sourced) or p.sbo == HILL_SBO or p.id in own or is_switch(p, anywhere):
            continue
        if p.value <= 0:
            continue  # log-uniform needs a positive nominal value
        high = p.value * factor
        if p.unit == "dimensionless" and "fraction" in p.name.lower():
            high = min(high, 1.0)
        ranges.append(Range(p.id, p.value, p.value / factor, high))
    return ranges
