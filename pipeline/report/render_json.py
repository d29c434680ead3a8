"""The quality report as JSON: the same numbers the HTML shows, for machines.

Keys are stable; "score" is null where a check or section is not applicable. Output is
deterministic (sorted keys, fixed indentation, no timestamps).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from pipeline import __version__
from pipeline.report.checks import SECTION_WEIGHTS, Check, Report, Section

FORMAT = "mgbone-quality-report"
FORMAT_VERSION = 1


def _check(c: Check) -> dict[str, Any]:
    return {
        "id": c.id,
        "title": c.title,
        "score": c.score,
        "applicable": c.applicable,
        "weight": c.weight,
        "message": c.message,
        "details": list(c.details),
    }


def _section(s: Section) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "weight": s.weight,
        "score": s.score,
        "applicable": s.score is not None,
        "note": s.note,
        "checks": [_check(c) for c in s.checks],
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The report as plain data (what ``report_json`` serialises)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"mgbone {__version__}",
        "model": asdict(report.model),
        "score": report.score,
        "section_weights": {sid: weight for sid, (_, weight) in SECTION_WEIGHTS.items()},
        "sections": [_section(s) for s in report.sections],
    }


def to_json(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
