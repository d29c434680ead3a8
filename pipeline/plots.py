"""Figures of the standard experiments (time course, dose scan, knock-downs)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from pipeline.assemble import Content
from pipeline.mechanisms.common import ION
from pipeline.simulate.experiments import Table


def display_scale(content: Content, readout: str) -> tuple[float, str]:
    """Factor from model units to display units, and the unit label: ions in mM,
    other molecules in nM, phenotypes as dimensionless indices."""
    species = {s.id: s for s in content.species}
    if readout not in species:
        return 1.0, "index"
    if species[readout].sbo == ION:
        return 1.0, "mM"
    return 1e6, "nM"


def _grid(n: int) -> tuple[plt.Figure, np.ndarray]:
    cols = min(4, n)
    rows = (n + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(3.2 * cols, 2.6 * rows), squeeze=False)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    return fig, axes


def time_course_figure(table: Table, content: Content, title: str) -> plt.Figure:
    data = np.asarray(table.rows, dtype=float)
    names = table.header[1:]
    fig, axes = _grid(len(names))
    for ax, k, name in zip(axes.flat, range(1, len(table.header)), names, strict=False):
        scale, unit = display_scale(content, name)
        ax.plot(data[:, 0], data[:, k] * scale, color="#1f5f8b")
        ax.set_title(name, fontsize=9)
        ax.set_xlabel("time (h)", fontsize=8)
        ax.set_ylabel(unit, fontsize=8)
        ax.tick_params(labelsize=7)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def dose_scan_figure(table: Table, content: Content, title: str) -> plt.Figure:
    data = np.asarray(table.rows, dtype=float)
    names = table.header[1:]
    fig, axes = _grid(len(names))
    for ax, k, name in zip(axes.flat, range(1, len(table.header)), names, strict=False):
        scale, unit = display_scale(content, name)
        ax.plot(data[:, 0], data[:, k] * scale, "o-", color="#8b3a1f", markersize=3)
        ax.set_xscale("log")
        if table.header[0] == "Mg_ext":  # the review's osteogenic window
            ax.axvspan(2.5, 10.0, color="#dddddd", zorder=0)
        ax.set_title(name, fontsize=9)
        ax.set_xlabel(f"{table.header[0]} (steady state)", fontsize=8)
        ax.set_ylabel(unit, fontsize=8)
        ax.tick_params(labelsize=7)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    return fig


def knockdown_figure(table: Table, title: str) -> plt.Figure:
    names = table.header[1:]
    control = np.asarray(table.rows[0][1:], dtype=float)
    fig, ax = plt.subplots(figsize=(max(4.0, 0.9 * len(names) + 1.5), 3.2))
    width = 0.8 / max(1, len(table.rows))
    for i, row in enumerate(table.rows):
        ratio = np.asarray(row[1:], dtype=float) / np.where(control == 0, 1.0, control)
        ax.bar(np.arange(len(names)) + i * width, ratio, width, label=str(row[0]))
    ax.set_xticks(np.arange(len(names)) + width * (len(table.rows) - 1) / 2)
    ax.set_xticklabels(names, rotation=30, ha="right", fontsize=8)
    ax.set_ylabel("steady state / control", fontsize=8)
    ax.axhline(1.0, color="black", linewidth=0.6)
    ax.legend(fontsize=7)
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    return fig
