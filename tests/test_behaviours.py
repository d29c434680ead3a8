"""Every qualitative behaviour a mechanism declares (each cites the review's claims) holds
on simulations of its SBML model; and the checks themselves can fail."""

from __future__ import annotations

import pytest
from conftest import simulator

from pipeline.mechanisms import registry
from pipeline.model import Blunted, Compare, Condition
from pipeline.simulate.behaviours import evaluate

CASES = [(mid, i) for mid, m in registry().items() for i in range(len(m.behaviours))]


@pytest.mark.parametrize(("mechanism_id", "index"), CASES, ids=[f"{m}-{i}" for m, i in CASES])
def test_behaviour(mechanism_id: str, index: int) -> None:
    behaviour = registry()[mechanism_id].behaviours[index]
    outcome = evaluate(simulator(mechanism_id), behaviour)
    assert outcome.passed, f"{behaviour.claims} {behaviour.statement}: {outcome.detail}"


def test_every_mechanism_declares_behaviours() -> None:
    for mid, mechanism in registry().items():
        assert len(mechanism.behaviours) >= 3, mid


# Miswired biology must make the behaviour checks fail: these conditions cut a link
# the claim depends on, so the same comparison has to come out false.
def test_pdgf_effect_check_fails_without_trpm7_activation() -> None:
    cut = (("k_act_TRPM7", 0.0),)
    miswired = Compare(
        ("C28",),
        "PDGF raises Mg2+ with activation cut",
        "Mg_cyt",
        Condition("control", cut),
        Condition("PDGF", cut + (("PDGF_BB", 1e-6),)),
        "up",
        min_ratio=1.1,
    )
    assert not evaluate(simulator("trpm7_pdgf"), miswired).passed


def test_knockdown_check_fails_when_influx_does_not_need_trpm7() -> None:
    behaviour = next(
        b for b in registry()["trpm7_pdgf"].behaviours if isinstance(b, Blunted) and b.claims == ("C29", "C30")
    )
    # With the knock-down factor left at 1 the "perturbation" changes nothing: not blunted.
    sham = Blunted(
        behaviour.claims,
        "sham knock-down",
        behaviour.readout,
        behaviour.control,
        behaviour.stimulus,
        (("TRPM7_expression", 1.0),),
        behaviour.max_fraction,
    )
    assert not evaluate(simulator("trpm7_pdgf"), sham).passed


def test_dose_window_check_fails_without_high_mg_inhibition() -> None:
    behaviour = next(b for b in registry()["mg_dose_window"].behaviours if b.claims == ("C05", "C06"))
    no_inhibition = type(behaviour)(
        **{**behaviour.__dict__, "base": Condition("no inhibition", (("Ki_Mg_mineral", 1e9),))}
    )
    assert not evaluate(simulator("mg_dose_window"), no_inhibition).passed
