"""Proportions with Wilson intervals and partial rank correlation coefficients (PRCC)."""

from __future__ import annotations

import math

import numpy as np
from scipy.stats import rankdata

Z95 = 1.959963984540054


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a binomial proportion (95% by default); (nan, nan) for n = 0."""
    if n == 0:
        return (math.nan, math.nan)
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def _corr(a: np.ndarray, b: np.ndarray) -> float:
    sa, sb = float(np.std(a)), float(np.std(b))
    if sa < 1e-12 or sb < 1e-12:
        return math.nan
    return float(np.mean((a - a.mean()) * (b - b.mean())) / (sa * sb))


def prcc(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, str]:
    """PRCC of each column of ``x`` with ``y`` (rows with non-finite ``y`` dropped).

    With too few rows for the partial regressions (n <= columns + 2) the plain Spearman
    correlation is returned instead; the second value names the method used.
    """
    keep = ~np.isnan(y)
    x, y = x[keep], np.where(np.isinf(y[keep]), np.sign(y[keep]) * 1e300, y[keep])
    n, k = x.shape
    if n < 3 or k == 0:
        return np.full(k, math.nan), "none"
    rx = np.column_stack([rankdata(x[:, j]) for j in range(k)])
    ry = rankdata(y)
    if n <= k + 2:
        return np.array([_corr(rx[:, j], ry) for j in range(k)]), "spearman"
    out = np.empty(k)
    for j in range(k):
        others = np.column_stack([np.ones(n), np.delete(rx, j, axis=1)])
        res_x = rx[:, j] - others @ np.linalg.lstsq(others, rx[:, j], rcond=None)[0]
        res_y = ry - others @ np.linalg.lstsq(others, ry, rcond=None)[0]
        out[j] = _corr(res_x, res_y)
    return out, "prcc"
