"""The standard experiments run for every mechanism: time course, dose scan, knock-downs."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import Condition, Mechanism
from pipeline.simulate.engine import Simulator


@dataclass(frozen=True)
class Table:
    """A named numeric table: header and rows, ready for CSV."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[float | str, ...], ...]


def time_course(sim: Simulator, mechanism: Mechanism) -> Table:
    """Readouts from the model's initial state under the mechanism's time-course condition."""
    data = sim.time_course(
        mechanism.time_course_condition, mechanism.time_course_hours, list(mechanism.readouts), points=97
    )
    header = ("time_h",) + mechanism.readouts
    return Table("time_course", header, tuple(tuple(float(x) for x in row) for row in data))


def dose_scan(sim: Simulator, mechanism: Mechanism) -> Table:
    """Steady-state readouts over the mechanism's dose scan."""
    rows = []
    for dose in mechanism.scan_doses:
        values = sim.steady_state({mechanism.scan_input: dose}, mechanism.readouts)
        rows.append((dose,) + tuple(values[r] for r in mechanism.readouts))
    return Table("dose_scan", (mechanism.scan_input,) + mechanism.readouts, tuple(rows))


def knockdowns(sim: Simulator, mechanism: Mechanism) -> Table:
    """Steady-state readouts under control and each knock-down, and their ratio to control."""
    control = sim.steady_state(Condition("control"), mechanism.readouts)
    rows: list[tuple[float | str, ...]] = [("control",) + tuple(control[r] for r in mechanism.readouts)]
    for condition in mechanism.knockdowns:
        values = sim.steady_state(condition, mechanism.readouts)
        rows.append((condition.name,) + tuple(values[r] for r in mechanism.readouts))
    return Table("knockdowns", ("condition",) + mechanism.readouts, tuple(rows))
