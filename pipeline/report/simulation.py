"""Simulation health and behaviour tests, with libRoadRunner through ``pipeline.simulate.engine``.

Simulation health: the model loads; a time course runs (the mechanism's own length for this
package's models, ``FOREIGN_HORIZON`` model time units otherwise); a bounded run reaches a steady
state by the engine's criterion (no ODE variable moves by more than ``STEADY_RELATIVE_RATE`` of its
size per time unit over ``SETTLE_CHECK_HOURS`` after ``STEADY_HORIZON_HOURS``); no concentration
drops below ``-NEGATIVE_NOISE``; no value is NaN or infinite. Times are in the model's time unit.

Behaviour tests (this package's models only): every behaviour the mechanism declares, evaluated on
the SBML under report with ``pipeline.simulate.behaviours.evaluate``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.model import Mechanism
from pipeline.report.checks import Check, Section, check, not_applicable, section
from pipeline.simulate.behaviours import evaluate
from pipeline.simulate.engine import Simulator
from pipeline.simulate.steady import (
    NEGATIVE_NOISE,
    SETTLE_CHECK_HOURS,
    STEADY_HORIZON_HOURS,
    STEADY_RELATIVE_RATE,
    ode_state,
    settle_drift,
)

FOREIGN_HORIZON = 100.0  # time-course length of foreign models, in their own time unit
POINTS = 201


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


@dataclass
class _Runs:
    """What the runs produced: trajectories of the concentrations, and messages of failures."""

    names: list[str]
    samples: list[tuple[str, np.ndarray]]  # (run name, rows of time + concentrations)
    course_error: str = ""
    steady_error: str = ""
    drift: float | None = None  # worst relative rate after the bounded run


def _concentrations(sim: Simulator) -> list[str]:
    return [f"[{s}]" for s in sim.floating]


def _run(sim: Simulator, horizon: float) -> _Runs:
    names = _concentrations(sim)
    runs = _Runs(names, [])
    selections = ["time"] + names
    try:
        sim.rr.reset()
        runs.samples.append(("time course", np.asarray(sim.rr.simulate(0.0, horizon, POINTS, selections=selections))))
    except Exception as exc:  # any integrator failure is a finding, not a crash
        runs.course_error = _short(exc)
    try:
        sim.rr.reset()
        long = np.asarray(sim.rr.simulate(0.0, STEADY_HORIZON_HOURS, 50, selections=selections))
        runs.samples.append(("steady-state run", long))
        before = ode_state(sim.rr)
        end = STEADY_HORIZON_HOURS + SETTLE_CHECK_HOURS
        runs.samples.append(
            ("settling check", np.asarray(sim.rr.simulate(STEADY_HORIZON_HOURS, end, 2, selections=selections)))
        )
        worst = settle_drift(before, ode_state(sim.rr))
        runs.drift = worst if np.isfinite(worst) else float("inf")  # NaN or infinite values never settle
    except Exception as exc:
        runs.steady_error = _short(exc)
    finally:
        sim.rr.reset()
    return runs


def _finite(runs: _Runs) -> Check:
    bad = []
    for name, rows in runs.samples:
        if rows.size and not np.all(np.isfinite(rows)):
            broken = np.where(~(np.isfinite(rows).all(axis=0)))[0]
            columns = sorted({runs.names[j - 1] for j in broken if j > 0})
            bad.append(f"{name}: {', '.join(columns) or 'time'}")
    ran = ", ".join(name for name, _ in runs.samples) or "nothing ran"
    if bad:
        return check("simulation.finite", "no NaN or infinite values", 0.0, f"non-finite values in {ran}", details=bad)
    if not runs.samples:
        return check("simulation.finite", "no NaN or infinite values", 0.0, "no simulation ran")
    return check("simulation.finite", "no NaN or infinite values", 1.0, f"all values finite ({ran})")


def _nonnegative(runs: _Runs) -> Check:
    title = f"no concentration below -{NEGATIVE_NOISE:g}"
    if not runs.samples:
        return check("simulation.nonnegative", title, 0.0, "no simulation ran")
    worst: tuple[float, str, str, float] | None = None
    negative: set[str] = set()
    for name, rows in runs.samples:
        if rows.shape[1] <= 1:
            continue
        values = np.where(np.isfinite(rows[:, 1:]), rows[:, 1:], 0.0)
        for j in np.where(values.min(axis=0) < -NEGATIVE_NOISE)[0]:
            negative.add(runs.names[j])
        i, j = np.unravel_index(np.argmin(values), values.shape)
        if worst is None or values[i, j] < worst[0]:
            worst = (float(values[i, j]), runs.names[j], name, float(rows[i, 0]))
    if not negative or worst is None:
        return check("simulation.nonnegative", title, 1.0, f"{len(runs.names)} concentrations never negative")
    value, species, run, time = worst
    message = (
        f"{len(negative)} of {len(runs.names)} concentrations go negative; "
        f"worst {species} = {value:.3g} at t = {time:g} ({run})"
    )
    return check("simulation.nonnegative", title, 0.0, message, details=sorted(negative))


def _steady(runs: _Runs) -> Check:
    title = "steady state reached"
    bound = f"{STEADY_HORIZON_HOURS:g} + {SETTLE_CHECK_HOURS:g}"
    if runs.steady_error:
        return check("simulation.steady", title, 0.0, f"the bounded run (to t = {bound}) failed: {runs.steady_error}")
    drift = runs.drift if runs.drift is not None else float("inf")
    ok = drift <= STEADY_RELATIVE_RATE
    if ok:  # the residual drift of a settled model is integration noise: not printed, so reports are reproducible
        message = f"settled at t = {bound}: every relative rate <= {STEADY_RELATIVE_RATE:g} per time unit"
    else:
        message = (
            f"not settled at t = {bound}: worst relative rate {drift:.2e} per time unit "
            f"(needs <= {STEADY_RELATIVE_RATE:g})"
        )
    return check("simulation.steady", title, 1.0 if ok else 0.0, message)


def simulation_section(sbml: str, horizon: float) -> Section:
    """Load ``sbml``, run a time course of ``horizon`` and a bounded steady-state run, and score them."""
    try:
        sim = Simulator(sbml)
    except Exception as exc:  # a model libRoadRunner rejects scores 0, it does not crash the report
        reason = _short(exc)
        checks = [check("simulation.loads", "loads in libRoadRunner", 0.0, f"libRoadRunner cannot load it: {reason}")]
        checks += [
            check(cid, title, 0.0, "not run: the model does not load")
            for cid, title in (
                ("simulation.time_course", "time course runs"),
                ("simulation.steady", "steady state reached"),
                ("simulation.nonnegative", f"no concentration below -{NEGATIVE_NOISE:g}"),
                ("simulation.finite", "no NaN or infinite values"),
            )
        ]
        return section("simulation", checks, "libRoadRunner")
    runs = _run(sim, horizon)
    size = f"{len(sim.floating)} floating species, {len(sim.rr.getRateRuleIds())} rate rules"
    course = (
        check("simulation.time_course", "time course runs", 0.0, f"t = 0-{horizon:g} failed: {runs.course_error}")
        if runs.course_error
        else check("simulation.time_course", "time course runs", 1.0, f"t = 0-{horizon:g}, {POINTS} points")
    )
    checks = [
        check("simulation.loads", "loads in libRoadRunner", 1.0, f"loaded: {size}"),
        course,
        _steady(runs),
        _nonnegative(runs),
        _finite(runs),
    ]
    return section("simulation", checks, "libRoadRunner, the pipeline's integrator settings")


def behaviours_section(mechanism: Mechanism | None, sbml: str) -> Section:
    """One check per declared behaviour, evaluated on a freshly loaded ``sbml``: 1 when it holds, else 0
    (with the evaluation's detail)."""
    if mechanism is None:
        reason = "not applicable: the model is not one of this package's mechanisms, so no behaviours are declared"
        return not_applicable("behaviours", reason)
    try:
        sim: Simulator | None = Simulator(sbml)
        failure = ""
    except Exception as exc:  # a model that does not load fails every behaviour
        sim, failure = None, f"not run: libRoadRunner cannot load the model: {_short(exc)}"
    checks = []
    for number, behaviour in enumerate(mechanism.behaviours, 1):
        cid = f"behaviours.{number:02d}"
        title = f"{behaviour.statement} ({', '.join(behaviour.claims)})"
        if sim is None:
            checks.append(check(cid, title, 0.0, failure))
            continue
        try:
            outcome = evaluate(sim, behaviour)
        except Exception as exc:  # a failed simulation fails the behaviour
            checks.append(check(cid, title, 0.0, f"simulation failed: {_short(exc)}"))
            continue
        checks.append(check(cid, title, 1.0 if outcome.passed else 0.0, outcome.detail))
    return section("behaviours", checks, f"declared behaviours of mechanism {mechanism.id}")
