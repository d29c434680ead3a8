"""Units of every model: concentrations in mM, amounts in mmol, volumes in L, time in h.

Molecular species of all sizes share one concentration unit so that every rate
law is unit-consistent without conversion factors; proteins therefore carry
small values (35 nM = 3.5e-5 mM). The helpers below convert sourced values.
"""

from __future__ import annotations

# unit id -> list of (libsbml unit kind name, exponent, scale, multiplier)
UNITS: dict[str, tuple[tuple[str, float, int, float], ...]] = {
    "hour": (("second", 1, 0, 3600.0),),
    "mmol": (("mole", 1, -3, 1.0),),
    "mM": (("mole", 1, -3, 1.0), ("litre", -1, 0, 1.0)),
    "per_hour": (("second", -1, 0, 3600.0),),
    "mM_per_hour": (("mole", 1, -3, 1.0), ("litre", -1, 0, 1.0), ("second", -1, 0, 3600.0)),
    "per_mM": (("mole", -1, -3, 1.0), ("litre", 1, 0, 1.0)),
    "per_mM_per_hour": (("mole", -1, -3, 1.0), ("litre", 1, 0, 1.0), ("second", -1, 0, 3600.0)),
    "mmol_per_hour": (("mole", 1, -3, 1.0), ("second", -1, 0, 3600.0)),
    "square_metre": (("metre", 2, 0, 1.0),),
}
# SBML base units used directly by name.
BASE_UNITS = ("litre", "dimensionless")

# Model-wide defaults written on <model>.
MODEL_UNITS = {
    "substanceUnits": "mmol",
    "timeUnits": "hour",
    "volumeUnits": "litre",
    "extentUnits": "mmol",
    # No compartment is 2- or 1-dimensional; set anyway so that tools (COPASI) need not guess.
    "areaUnits": "square_metre",
    "lengthUnits": "metre",
}

NM_IN_MM = 1e-6


def nM(value: float) -> float:
    """Convert a concentration in nM to mM."""
    return value * NM_IN_MM


def uM(value: float) -> float:
    """Convert a concentration in uM to mM."""
    return value * 1e-3


def per_min(value: float) -> float:
    """Convert a first-order rate constant from 1/min to 1/h."""
    return value * 60.0


def per_s(value: float) -> float:
    """Convert a first-order rate constant from 1/s to 1/h."""
    return value * 3600.0


def per_nM_per_s(value: float) -> float:
    """Convert a second-order rate constant from 1/(nM*s) to 1/(mM*h)."""
    return value * 3600.0 / NM_IN_MM


def nM_per_min(value: float) -> float:
    """Convert a zero-order rate from nM/min to mM/h."""
    return value * 60.0 * NM_IN_MM


def half_life_hours_to_rate(hours: float) -> float:
    """First-order rate constant (1/h) of a process with the given half-life (h)."""
    from math import log

    return log(2.0) / hours


def ng_per_ml_to_nM(ng_per_ml: float, kda: float) -> float:
    """Convert a protein concentration in ng/mL to nM given its mass in kDa."""
    return ng_per_ml / kda
