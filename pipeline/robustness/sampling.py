"""Seeded quasi-random parameter sets: Sobol or Latin hypercube, log-uniform per parameter."""

from __future__ import annotations

import warnings

import numpy as np
from scipy.stats import qmc

from pipeline.robustness.params import Range

METHODS = ("sobol", "lhs")


def unit_cube(n: int, dims: int, method: str, seed: int) -> np.ndarray:
    """``n`` points in [0, 1)^dims; the same arguments give the same points."""
    if n < 1:
        raise ValueError("need at least one sample")
    if dims == 0:
        return np.zeros((n, 0))
    if method == "sobol":
        engine = qmc.Sobol(d=dims, scramble=True, seed=seed)
        m = int(np.ceil(np.log2(n)))
        return engine.random_base2(m)[:n]  # a prefix of a balanced 2^m design
    if method == "lhs":
        return qmc.LatinHypercube(d=dims, seed=seed).random(n)
    raise ValueError(f"unknown sampling method {method!r}; choose one of {', '.join(METHODS)}")


def sample_values(ranges: list[Range], n: int, method: str = "sobol", seed: int = 1) -> np.ndarray:
    """An ``n`` x len(ranges) matrix of parameter values, log-uniform within each range."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        u = unit_cube(n, len(ranges), method, seed)
    low = np.log([r.low for r in ranges]) if ranges else np.zeros(0)
    high = np.log([r.high for r in ranges]) if ranges else np.zeros(0)
    return np.exp(low + u * (high - low))
