"""Evaluate a mechanism's declared qualitative behaviours on simulations."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import Behaviour, Blunted, Compare, DoseResponse, Synergy
from pipeline.simulate.engine import Simulator


@dataclass(frozen=True)
class Outcome:
    behaviour: Behaviour
    passed: bool
    detail: str


def _steady(sim: Simulator, condition, readout: str) -> float:
    return sim.steady_state(condition, [readout])[readout]


def check_compare(sim: Simulator, b: Compare) -> Outcome:
    ref = _steady(sim, b.reference, b.readout)
    test = _steady(sim, b.test, b.readout)
    ratio = test / ref if ref > 0 else float("inf") if test > 0 else 1.0
    if b.relation == "up":
        ok = ratio >= b.min_ratio
        bound = f">= {b.min_ratio:g}"
    elif b.relation == "down":
        ok = ratio <= b.max_ratio
        bound = f"<= {b.max_ratio:g}"
    elif b.relation == "near":
        ok = b.min_ratio <= ratio <= b.max_ratio
        bound = f"in [{b.min_ratio:g}, {b.max_ratio:g}]"
    else:
        raise ValueError(f"unknown relation {b.relation!r}")
    detail = f"{b.readout}: {b.test.name} / {b.reference.name} = {test:.4g} / {ref:.4g} = {ratio:.3f} (needs {bound})"
    return Outcome(b, ok, detail)


def check_synergy(sim: Simulator, b: Synergy) -> Outcome:
    none = _steady(sim, b.none, b.readout)
    gain_a = _steady(sim, b.a, b.readout) - none
    gain_b = _steady(sim, b.b, b.readout) - none
    gain_both = _steady(sim, b.both, b.readout) - none
    additive = gain_a + gain_b
    ok = gain_both > additive * (1 + b.margin) and gain_both > 0
    detail = (
        f"{b.readout}: gain(both) = {gain_both:.4g} vs gain(a) + gain(b) = {gain_a:.4g} + {gain_b:.4g}"
        f" = {additive:.4g} (needs > {1 + b.margin:g} x sum)"
    )
    return Outcome(b, ok, detail)


def dose_curve(sim: Simulator, b: DoseResponse) -> list[float]:
    return [_steady(sim, b.base.with_changes("dose", **{b.input: d}), b.readout) for d in b.doses]


def check_dose(sim: Simulator, b: DoseResponse) -> Outcome:
    values = dose_curve(sim, b)
    pairs = ", ".join(f"{d:g}: {v:.4g}" for d, v in zip(b.doses, values, strict=True))
    if b.shape == "increasing":
        ok = all(later > earlier for earlier, later in zip(values, values[1:], strict=False))
        return Outcome(b, ok, f"{b.readout} over {b.input} ({pairs}) must rise strictly")
    if b.shape == "peak":
        best = max(range(len(values)), key=values.__getitem__)
        lo, hi = b.peak_window
        peak_dose = b.doses[best]
        ok = lo <= peak_dose <= hi and values[-1] <= b.end_drop * values[best]
        detail = (
            f"{b.readout} over {b.input} ({pairs}): peak at {peak_dose:g} (needs {lo:g}-{hi:g}); "
            f"last/peak = {values[-1] / values[best]:.3f} (needs <= {b.end_drop:g})"
        )
        return Outcome(b, ok, detail)
    raise ValueError(f"unknown dose-response shape {b.shape!r}")


def check_blunted(sim: Simulator, b: Blunted) -> Outcome:
    def effect(base) -> float:
        stimulated = base.with_changes("stimulated", **dict(b.stimulus))
        return _steady(sim, stimulated, b.readout) - _steady(sim, base, b.readout)

    control = effect(b.control)
    perturbed = effect(b.control.with_changes("perturbed", **dict(b.perturbation)))
    fraction = perturbed / control if control != 0 else float("inf")
    ok = control > 0 and fraction <= b.max_fraction
    detail = (
        f"{b.readout}: stimulus effect {perturbed:.4g} under perturbation vs {control:.4g} in control"
        f" = {fraction:.3f} of control (needs control > 0 and <= {b.max_fraction:g})"
    )
    return Outcome(b, ok, detail)


def evaluate(sim: Simulator, behaviour: Behaviour) -> Outcome:
    if isinstance(behaviour, Compare):
        return check_compare(sim, behaviour)
    if isinstance(behaviour, Synergy):
        return check_synergy(sim, behaviour)
    if isinstance(behaviour, DoseResponse):
        return check_dose(sim, behaviour)
    if isinstance(behaviour, Blunted):
        return check_blunted(sim, behaviour)
    raise TypeError(f"unknown behaviour {behaviour!r}")
