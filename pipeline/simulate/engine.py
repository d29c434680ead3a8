"""Simulation with libRoadRunner: conditions, steady states and time courses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import roadrunner

from pipeline.model import Condition
from pipeline.simulate.steady import STEADY_HORIZON_HOURS, NotSettledError, fast_steady_state

# A steady state is accepted when no variable changes by more than STEADY_RELATIVE_RATE of its own
# size per hour; pools below NEGLIGIBLE (1 pM, or an index of 1e-9) count as empty, so pools decaying
# to zero do not block acceptance (criterion and method in pipeline/simulate/steady.py).
ABSOLUTE_TOLERANCE = 1e-16  # mM; proteins are ~1e-6 mM, so the default 1e-12 is too coarse
RELATIVE_TOLERANCE = 1e-8


class SimulationError(RuntimeError):
    """A model failed to simulate or did not settle."""


@dataclass
class Simulator:
    """One loaded model; every call starts from the model's own initial state."""

    sbml: str

    def __post_init__(self) -> None:
        roadrunner.Logger.setLevel(roadrunner.Logger.LOG_ERROR)
        self.rr = roadrunner.RoadRunner(self.sbml)
        integrator = self.rr.getIntegrator()
        integrator.setValue("absolute_tolerance", ABSOLUTE_TOLERANCE)
        integrator.setValue("relative_tolerance", RELATIVE_TOLERANCE)
        integrator.setValue("maximum_num_steps", 200000)
        self.species = set(self.rr.model.getFloatingSpeciesIds()) | set(self.rr.model.getBoundarySpeciesIds())
        self.floating = list(self.rr.model.getFloatingSpeciesIds())
        self.parameters = list(self.rr.model.getGlobalParameterIds())
        self._parameter_index = {p: i for i, p in enumerate(self.parameters)}
        self._defaults = {s: self.rr.getValue(f"[{s}]") for s in self.species}
        self._defaults |= {p: self.rr.getValue(p) for p in self.parameters}
        self._touched: set[str] = set()
        self._selections: tuple[str, ...] = ()

    def _apply(self, condition: Condition | Mapping[str, float]) -> None:
        """Restore every value an earlier condition changed, set this one's, and rewind.

        Parameters are set in one call through their indices (the string setter costs more than the
        simulation of a small model); species concentrations by name.
        """
        changes = dict(condition.changes) if isinstance(condition, Condition) else dict(condition)
        for key in changes:
            if key not in self.species and key not in self._parameter_index:
                raise SimulationError(f"condition sets unknown id {key!r}")
        self.rr.reset()
        indices, values = [], []
        for key in sorted(self._touched | changes.keys()):
            value = float(changes.get(key, self._defaults[key]))
            if key in self.species:
                self.rr.setValue(f"[{key}]", value)
            else:
                indices.append(self._parameter_index[key])
                values.append(value)
        if indices:
            self.rr.model.setGlobalParameterValues(np.array(indices, dtype=np.int32), np.array(values))
        self._touched = set(changes)

    def value(self, ident: str) -> float:
        key = f"[{ident}]" if ident in self.species else ident
        return float(self.rr.getValue(key))

    def steady_state(self, condition: Condition | Mapping[str, float], readouts: Iterable[str]) -> dict[str, float]:
        """Simulate until every ODE variable settles; return the readouts' values.

        Settled means that over a further ``SETTLE_CHECK_HOURS`` after ``STEADY_HORIZON_HOURS`` no
        variable moves by more than ``STEADY_RELATIVE_RATE`` of its size per hour
        (``pipeline.simulate.steady``).
        """
        self._apply(condition)
        try:
            fast_steady_state(self.rr, STEADY_HORIZON_HOURS)
        except NotSettledError as error:
            raise SimulationError(str(error)) from error
        return {r: self.value(r) for r in readouts}

    def time_course(
        self, condition: Condition | Mapping[str, float], hours: float, readouts: list[str], points: int = 201
    ) -> np.ndarray:
        """Columns: time (h) then each readout, sampled at ``points`` times."""
        self._apply(condition)
        selections = ("time", *(f"[{r}]" if r in self.species else r for r in readouts))
        if selections != self._selections:  # setting selections costs; most calls repeat the last ones
            self.rr.timeCourseSelections = list(selections)
            self._selections = selections
        return np.asarray(self.rr.simulate(0.0, hours, points))
