"""Per-claim summaries of a robustness run: CSV, markdown table and a bar chart with intervals."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.mechanisms import registry
from pipeline.robustness.stats import prcc, wilson

TOP = 3
SUMMARY_HEADER = (
    "claim",
    "mechanism",
    "behaviours",
    "n",
    "holding",
    "fraction",
    "ci_low",
    "ci_high",
    "errors",
    "sensitivity",
    "top_parameters",
)


@dataclass(frozen=True)
class ClaimSummary:
    claim: str
    mechanism: str
    behaviours: int
    n: int
    holding: int
    ci: tuple[float, float]
    errors: int
    method: str
    top: tuple[tuple[str, float], ...]

    @property
    def fraction(self) -> float:
        return self.holding / self.n if self.n else math.nan

    def top_text(self) -> str:
        return "; ".join(f"{name} ({value:+.2f})" for name, value in self.top)


def combine_chunks(paths: list[Path]) -> str:
    """One CSV: the header once, then every chunk's rows in set order."""
    lines: list[str] = []
    for i, path in enumerate(paths):
        chunk = path.read_text().splitlines()
        lines += chunk if i == 0 else chunk[1:]
    return "\n".join(lines) + "\n"


def summarise(mechanism_id: str, sets_csv: str) -> list[ClaimSummary]:
    """Fraction holding, Wilson interval and top PRCC parameters for each claim of one mechanism."""
    mechanism = registry()[mechanism_id]
    rows = list(csv.DictReader(io.StringIO(sets_csv)))
    names = [c[2:] for c in (rows[0].keys() if rows else []) if c.startswith("p:")]
    x = np.array([[float(r[f"p:{n}"]) for n in names] for r in rows]).reshape(len(rows), len(names))
    errors = sum(r["status"] != "ok" for r in rows)
    out = []
    for claim in sorted({c for b in mechanism.behaviours for c in b.claims}):
        citing = [i for i, b in enumerate(mechanism.behaviours) if claim in b.claims]
        holding = sum(int(r[f"claim:{claim}"]) for r in rows)
        score = np.array([min(float(r[f"b{i}:margin"]) for i in citing) for r in rows])
        coefficients, method = prcc(x, score)
        ranked = sorted(
            ((n, float(c)) for n, c in zip(names, coefficients, strict=True) if not math.isnan(c)),
            key=lambda item: (-abs(item[1]), item[0]),
        )
        out.append(
            ClaimSummary(
                claim, mechanism_id, len(citing), len(rows), holding, wilson(holding, len(rows)), errors, method,
                tuple(ranked[:TOP]),
            )
        )  # fmt: skip
    return out


def summary_csv(summaries: list[ClaimSummary]) -> str:
    lines = [",".join(SUMMARY_HEADER)]
    for s in summaries:
        cells = [s.claim, s.mechanism, s.behaviours, s.n, s.holding, f"{s.fraction:.4f}", f"{s.ci[0]:.4f}"]
        cells += [f"{s.ci[1]:.4f}", s.errors, s.method, s.top_text()]
        lines.append(",".join(str(c) for c in cells))
    return "\n".join(lines) + "\n"


def markdown_table(summaries: list[ClaimSummary]) -> str:
    """The per-claim table of docs/robustness.md."""
    lines = [
        "| Claim | Mechanism | Behaviours | Sets | Holding | 95% CI (Wilson) | Deciding parameters (PRCC) |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    for s in summaries:
        lines.append(
            f"| {s.claim} | {s.mechanism} | {s.behaviours} | {s.n} | {100 * s.fraction:.1f}% "
            f"| {100 * s.ci[0]:.1f}-{100 * s.ci[1]:.1f}% | {s.top_text() or '-'} |"
        )
    return "\n".join(lines) + "\n"


def figure(summaries: list[ClaimSummary]) -> dict[str, bytes]:
    """Bar chart of the fraction of sets in which each claim holds, with its Wilson interval."""
    from pipeline.outputs import figure_bytes, plt

    labels = [f"{s.claim} ({s.mechanism})" for s in summaries]
    fractions = np.array([s.fraction for s in summaries])
    low = fractions - np.array([s.ci[0] for s in summaries])
    high = np.array([s.ci[1] for s in summaries]) - fractions
    fig, ax = plt.subplots(figsize=(7.5, 0.6 + 0.22 * len(summaries)))
    y = np.arange(len(summaries))[::-1]
    colours = ["#3a7d44" if f >= 0.9 else "#d08c2c" if f >= 0.5 else "#b23a3a" for f in fractions]
    ax.barh(y, fractions, xerr=np.maximum(np.vstack([low, high]), 0.0), color=colours, capsize=2, height=0.7)
    ax.set_yticks(y, labels, fontsize=7)
    ax.set_xlim(0, 1)
    ax.axvline(0.9, color="grey", linewidth=0.8, linestyle="--")
    ax.set_xlabel("fraction of parameter sets in which the claim holds (95% Wilson CI)")
    fig.tight_layout()
    return figure_bytes(fig)
