"""The registry of mechanisms: the one list used by the command line and the tests."""

from __future__ import annotations

from importlib import import_module

from pipeline.model import Mechanism

# Order is the review's order; the integrated model comes last.
MECHANISM_MODULES = (
    "trpm7_pdgf",
    "mg_dose_window",
)


def registry() -> dict[str, Mechanism]:
    """Mechanisms by id, in the review's order."""
    found: dict[str, Mechanism] = {}
    for name in MECHANISM_MODULES:
        mechanism = import_module(f"pipeline.mechanisms.{name}").MECHANISM
        found[mechanism.id] = mechanism
    return found


def get(mechanism_id: str) -> Mechanism:
    """One mechanism; KeyError lists the known ids."""
    known = registry()
    if mechanism_id not in known:
        raise KeyError(f"unknown mechanism {mechanism_id!r}; known: {', '.join(known)}")
    return known[mechanism_id]
