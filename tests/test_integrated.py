"""The integrated model: its comp form flattens to the same dynamics as the flat model,
and the implant scenario releases Mg2+ over days."""

from __future__ import annotations

import libsbml
import numpy as np
from conftest import sbml_text, simulator

from pipeline.mechanisms import PART_MECHANISMS, registry
from pipeline.model import Condition
from pipeline.sbml.comp import comp_document, flatten
from pipeline.simulate.engine import Simulator
from pipeline.validate.sbml_checks import check_document

IMPLANT = Condition("fresh implant", (("Mg_alloy", 100.0),))


def _comp() -> libsbml.SBMLDocument:
    return comp_document(PART_MECHANISMS(), registry()["integrated"])


def test_comp_model_is_valid_and_has_every_mechanism_as_submodel() -> None:
    doc = _comp()
    assert check_document(doc, "integrated_comp.xml", strict=False) == []
    submodels = {s.getId() for s in doc.getModel().getPlugin("comp").getListOfSubmodels()}
    assert submodels == {m.id for m in PART_MECHANISMS()}


def test_flattened_comp_model_matches_the_flat_model() -> None:
    flat = flatten(_comp())
    assert check_document(flat, "flattened", strict=False) == []
    flat_sim = Simulator(libsbml.writeSBMLToString(flat))
    reference = simulator("integrated")
    readouts = ["Mg_ext", "RUNX2", "VEGFA", "bone_formation"]
    for condition in (IMPLANT, Condition("10 mM", (("Mg_dose", 10.0),))):
        a = flat_sim.time_course(condition, 240.0, readouts, points=25)
        b = reference.time_course(condition, 240.0, readouts, points=25)
        np.testing.assert_allclose(a, b, rtol=1e-6, atol=1e-15)


def test_flat_model_has_the_union_of_mechanism_reactions() -> None:
    flat = libsbml.readSBMLFromString(sbml_text("integrated")).getModel()
    reactions = {r.getId() for r in flat.getListOfReactions()}
    for mechanism in PART_MECHANISMS():
        part = libsbml.readSBMLFromString(sbml_text(mechanism.id)).getModel()
        assert {r.getId() for r in part.getListOfReactions()} <= reactions, mechanism.id


def test_implant_releases_mg_over_days_then_returns_to_baseline() -> None:
    data = simulator("integrated").time_course(IMPLANT, 24.0 * 60, ["Mg_ext"], points=241)
    hours, mg = data[:, 0], data[:, 1]
    peak = int(np.argmax(mg))
    assert 24.0 <= hours[peak] <= 24.0 * 10, "peak of peri-implant Mg2+ should come after days, not hours"
    assert 2.5 <= mg[peak] <= 20.0, "a fresh implant should reach the supraphysiological 2.5-20 mM range"
    assert abs(mg[-1] - 0.8) < 0.2, "after the alloy has dissolved Mg2+ returns to the 0.8 mM supply"
