"""The evidence the models cite is checked against the source review."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evidence import claims, is_verified, table
from pipeline.mechanisms import registry
from pipeline.traceability import claim_elements

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_6a40774087178aeb.txt"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside this checkout")
def test_every_russian_quote_is_in_the_review() -> None:
    text = SEED.read_text(encoding="utf-8")
    missing = [cid for cid, c in claims().items() if c.get("seed_quote_ru") and c["seed_quote_ru"] not in text]
    assert missing == []


def test_claims_are_unique_and_complete() -> None:
    ids = list(claims())
    assert len(ids) == len(set(ids)) >= 65
    for cid, c in claims().items():
        assert c["statement_en"], cid


def test_unverified_citations_stay_marked() -> None:
    assert not is_verified("C40")  # Hung 2019: no public source confirmed it
    assert is_verified("C53")  # Yoshizawa 2014: confirmed, DOI given


def test_every_encoded_claim_exists() -> None:
    assert set(claim_elements(registry().values())) <= set(claims())


def test_entity_identifiers_used_by_models_are_confirmed() -> None:
    confirmed = {row["identifier"].split(":")[-1] for row in table("entities.tsv") if row["verified"].startswith("yes")}
    from pipeline.assemble import content_of

    for mechanism in registry().values():
        for species in content_of(mechanism).species:
            for x in species.xrefs:
                local = x.curie.split(":", 1)[1]
                assert local in confirmed, f"{mechanism.id}:{species.id} uses unconfirmed {x.curie}"
