"""The registry of mechanisms: the one list used by the command line and the tests."""

from __future__ import annotations

from importlib import import_module

from pipeline.model import Mechanism

# The mechanisms of the review, in its order; the integrated model comes last.
PART_MODULES = (
    "trpm7_pdgf",
    "wnt_beta_catenin",
    "sdf1_cxcr4",
    "hif_pgc1a_vegf",
    "angiogenesis_coupling",
    "mg_dose_window",
)
MECHANISM_MODULES = PART_MODULES + ("integrated",)


def PART_MECHANISMS() -> list[Mechanism]:  # noqa: N802 - reads as the constant it computes
    """The mechanism models that are submodels of the integrated model."""
    return [import_module(f"pipeline.mechanisms.{name}").MECHANISM for name in PART_MODULES]


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
