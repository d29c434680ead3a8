"""Evaluate every behaviour of a mechanism on one parameter set; one CSV row per set.

A sample enters each behaviour as extra changes of its conditions: the sample is the base and the
behaviour's own changes (and its dose, stimulus and perturbation) override it for the ids they set.
Steady-state readouts are recorded while the behaviour is evaluated, so the measured ratio and a
signed margin (> 0 when the behaviour passes) come from the same simulations as the pass/fail verdict.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from functools import cache

import pipeline  # noqa: F401  (import order: before libsbml, see pipeline/__init__.py)
from pipeline.mechanisms import registry
from pipeline.model import Behaviour, Blunted, Compare, Condition, DoseResponse, Mechanism, Synergy
from pipeline.simulate.behaviours import evaluate
from pipeline.simulate.engine import SimulationError, Simulator

FLOAT_FORMAT = "{:.10g}"


class RecordingSimulator(Simulator):
    """A simulator that remembers every steady-state readout it returned, in call order."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.recorded: list[float] = []

    def steady_state(self, condition: Condition | Mapping[str, float], readouts: Iterable[str]) -> dict[str, float]:
        values = super().steady_state(condition, readouts)
        self.recorded.extend(values.values())
        return values


@cache
def simulator(mechanism_id: str) -> RecordingSimulator:
    """One simulator per mechanism and process (workers reuse it across chunks)."""
    from pipeline.sbml.build import build_document, to_string

    return RecordingSimulator(to_string(build_document(registry()[mechanism_id])))


def with_sample(behaviour: Behaviour, sample: Mapping[str, float]) -> Behaviour:
    """``behaviour`` with ``sample`` under each of its conditions; its own changes win."""
    updates = {}
    for f in dataclasses.fields(behaviour):
        value = getattr(behaviour, f.name)
        if isinstance(value, Condition):
            merged = dict(sample) | dict(value.changes)
            updates[f.name] = Condition(value.name, tuple(sorted(merged.items())))
    return dataclasses.replace(behaviour, **updates)


def _log(x: float) -> float:
    return math.log(x) if x > 0 else -math.inf


def ratio_and_margin(b: Behaviour, v: list[float]) -> tuple[float, float]:
    """The measured ratio of a behaviour and its margin (> 0 passes) from its recorded readouts."""
    if isinstance(b, Compare):
        ref, test = v
        ratio = test / ref if ref > 0 else math.inf if test > 0 else 1.0
        up, down = _log(ratio) - _log(b.min_ratio), _log(b.max_ratio) - _log(ratio)
        margin = {"up": up, "down": down, "near": min(up, down)}[b.relation]
        return ratio, margin
    if isinstance(b, Synergy):
        none, a, bb, both = v
        gain, additive = both - none, (a - none) + (bb - none)
        ratio = gain / additive if additive != 0 else math.nan
        scale = max(abs(none), abs(both), 1e-300)
        return ratio, min(gain - additive * (1 + b.margin), gain) / scale
    if isinstance(b, DoseResponse):
        if b.shape == "increasing":
            steps = [later / earlier if earlier > 0 else math.nan for earlier, later in zip(v, v[1:], strict=False)]
            ratio = min(steps) if steps else math.nan
            return ratio, _log(ratio) if not math.isnan(ratio) else math.nan
        best = max(range(len(v)), key=v.__getitem__)
        ratio = v[-1] / v[best] if v[best] > 0 else math.nan
        lo, hi = b.peak_window
        dose = b.doses[best]
        if lo <= dose <= hi:
            return ratio, _log(b.end_drop) - _log(ratio)
        edge = lo if dose < lo else hi
        return ratio, -1.0 - abs(_log(dose) - _log(edge)) if dose > 0 and edge > 0 else -1.0
    if isinstance(b, Blunted):
        stim_c, base_c, stim_p, base_p = v
        control, perturbed = stim_c - base_c, stim_p - base_p
        fraction = perturbed / control if control != 0 else math.inf
        return fraction, b.max_fraction - fraction if control > 0 else -1.0
    raise TypeError(f"unknown behaviour {b!r}")


def claims_of(mechanism: Mechanism) -> list[str]:
    """Claims cited by the mechanism's behaviours, sorted."""
    return sorted({c for b in mechanism.behaviours for c in b.claims})


def header(mechanism: Mechanism, names: list[str]) -> list[str]:
    cols = ["set", "status"] + [f"p:{n}" for n in names]
    for i in range(len(mechanism.behaviours)):
        cols += [f"b{i}:pass", f"b{i}:ratio", f"b{i}:margin"]
    return cols + [f"claim:{c}" for c in claims_of(mechanism)]


def evaluate_set(mechanism: Mechanism, sim: RecordingSimulator, sample: dict[str, float]) -> tuple[str, list]:
    """Status and, per behaviour, (passed, ratio, margin); a failed simulation fails its behaviour."""
    results: list = []
    errors = []
    for b in mechanism.behaviours:
        sim.recorded = []
        try:
            outcome = evaluate(sim, with_sample(b, sample))
            ratio, margin = ratio_and_margin(b, list(sim.recorded))
            results.append((outcome.passed, ratio, margin))
        except SimulationError as exc:
            errors.append(str(exc))
            results.append((False, math.nan, math.nan))
    status = "ok" if not errors else "error: " + errors[0].replace(",", ";")
    return status, results


def _fmt(x: float) -> str:
    return FLOAT_FORMAT.format(x)


def evaluate_chunk(mechanism_id: str, names: list[str], values: list[list[float]], first_set: int) -> str:
    """CSV text (header and one row per set) of sets ``first_set``, ``first_set + 1``, ..."""
    mechanism = registry()[mechanism_id]
    sim = simulator(mechanism_id)
    claims = claims_of(mechanism)
    lines = [",".join(header(mechanism, names))]
    for offset, row in enumerate(values):
        sample = dict(zip(names, (float(x) for x in row), strict=True))
        status, results = evaluate_set(mechanism, sim, sample)
        cells = [str(first_set + offset), status] + [_fmt(x) for x in row]
        for passed, ratio, margin in results:
            cells += [str(int(passed)), _fmt(ratio), _fmt(margin)]
        for c in claims:
            holds = all(r[0] for b, r in zip(mechanism.behaviours, results, strict=True) if c in b.claims)
            cells.append(str(int(holds)))
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"
