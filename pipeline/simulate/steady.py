"""Fast, exact steady states: one long integration to the horizon, then a check of the rates.

Measured on the project's models (``benchmarks/bench.py``, ``docs/benchmarks.md``):

* libRoadRunner's ``steadyState()`` (NLEQ2, with or without ``allow_presimulation`` or
  ``allow_approx``) manages ~1-3 steady states per second here and is wrong or fails: on
  ``sdf1_cxcr4`` it lands 120 % away from the long time course, on ``integrated`` it stops with
  "Maximum iterations exceeded". It is not usable for these models.
* Integrating in geometrically growing steps until the relative rates fall below a tolerance is
  exact (errors ≤ 2e-10) but *slower* than one call: every stop costs a CVODE return, and CVODE
  already takes very long steps once the transient is over, so the tail of a 20000 h run is cheap.
* One ``simulate(0, T, 2)`` then the settle check over a further 100 h is the engine's method without
  its 48 intermediate output rows. The check must be a drift over time, not the instantaneous rates
  of change: in stiff models with fast binding equilibria (Wnt: TCF at 2.7e-7 mM) the rates computed
  from a state carrying 1e-15 relative integration error reach 7.5e-5 of the pool per hour while the
  pool drifts by 1.5e-14 per hour (seen in robustness samples); an instantaneous check then rejects
  true steady states.

The functions here take a ready ``RoadRunner`` (reset, condition applied) so that the engine, the
benchmarks and the tests share one implementation. ``NotSettledError`` is raised where the engine
raises ``SimulationError``; the engine translates it (this module does not import the engine, which
would make the imports circular).
"""

from __future__ import annotations

import numpy as np
import roadrunner

# The acceptance criterion of every steady state in the package (engine, quality report, benchmarks).
STEADY_RELATIVE_RATE = 1e-6  # per hour
NEGLIGIBLE = 1e-9
NEGATIVE_NOISE = 1e-12
STEADY_HORIZON_HOURS = 20000.0
SETTLE_CHECK_HOURS = 100.0  # the drift over this further run must stay below STEADY_RELATIVE_RATE


class NotSettledError(RuntimeError):
    """The model did not settle within the horizon, or settled at a negative value."""


def ode_state(rr: roadrunner.RoadRunner) -> np.ndarray:
    """Every ODE variable: floating species concentrations, then rate-rule variables."""
    rules = [rr.getValue(i) for i in rr.getRateRuleIds()]
    return np.concatenate([rr.model.getFloatingSpeciesConcentrations(), np.asarray(rules, dtype=float)])


def settle_drift(before: np.ndarray, after: np.ndarray) -> float:
    """Largest relative change per hour over the ``SETTLE_CHECK_HOURS`` between two ODE states;
    variables below ``NEGLIGIBLE`` at both ends count as empty (0 when all are)."""
    drift = np.abs(after - before) / SETTLE_CHECK_HOURS / np.maximum(np.abs(after), NEGLIGIBLE)
    drift[(np.abs(before) < NEGLIGIBLE) & (np.abs(after) < NEGLIGIBLE)] = 0.0
    return float(np.max(drift)) if drift.size else 0.0


def fast_steady_state(rr: roadrunner.RoadRunner, horizon: float = STEADY_HORIZON_HOURS) -> np.ndarray:
    """Integrate from the current (reset, condition-set) state to ``horizon`` and check it settled.

    Returns the floating species concentrations at the steady state; the model is left at it, so
    ``rr.getValue`` reads any other value there. Raises ``NotSettledError`` with the engine's
    messages when a variable still moves faster than ``STEADY_RELATIVE_RATE`` of its size per hour,
    or a value is below ``-NEGATIVE_NOISE``.
    """
    rr.simulate(0.0, horizon, 2)
    before = ode_state(rr)
    rr.simulate(horizon, horizon + SETTLE_CHECK_HOURS, 2)
    after = ode_state(rr)
    worst = settle_drift(before, after)
    if worst > STEADY_RELATIVE_RATE:
        raise NotSettledError(f"no steady state after {horizon:g} h (relative rate {worst:.2e}/h)")
    if np.any(after < -NEGATIVE_NOISE):
        raise NotSettledError("negative value at steady state")
    return np.asarray(rr.model.getFloatingSpeciesConcentrations(), dtype=float)


def long_time_course_state(rr: roadrunner.RoadRunner, horizon: float = STEADY_HORIZON_HOURS) -> np.ndarray:
    """The reference: floating species concentrations at the end of a 50-point run to ``horizon``."""
    rr.simulate(0.0, horizon, 50)
    return np.asarray(rr.model.getFloatingSpeciesConcentrations(), dtype=float)


def max_relative_error(values: np.ndarray, reference: np.ndarray) -> float:
    """Largest |values - reference| / max(|reference|, NEGLIGIBLE * 1e-3) (1 fM-scale floor)."""
    floor = np.maximum(np.abs(reference), NEGLIGIBLE * 1e-3)
    return float(np.max(np.abs(values - reference) / floor)) if len(reference) else 0.0
