"""The project's evidence: claims of the review, entities, parameters and observations.

``claims.yaml``, ``entities.tsv``, ``parameters.tsv``, ``observations.tsv`` and
``lee2003_parameters.tsv`` are the project's copies of the researched evidence
(see ``README.md`` in this folder for where they came from and what was re-checked).
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent


@cache
def claims() -> dict[str, dict]:
    """Claims by id (C01-C65, X01), as parsed from claims.yaml."""
    with open(HERE / "claims.yaml", encoding="utf-8") as fh:
        items = yaml.safe_load(fh)
    return {item["id"]: item for item in items}


def claim_statement(claim_id: str) -> str:
    """The English statement of a claim; KeyError names the unknown id."""
    try:
        return str(claims()[claim_id]["statement_en"])
    except KeyError:
        raise KeyError(f"unknown claim id {claim_id!r} (not in pipeline/evidence/claims.yaml)") from None


def is_verified(claim_id: str) -> bool:
    """True when the claim's cited work was confirmed by a public source."""
    cited = claims()[claim_id].get("cited_work")
    return bool(cited) and not cited.get("unverified", False)


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of one of the TSV tables in this folder."""
    with open(HERE / name, encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh, delimiter="\t"))
