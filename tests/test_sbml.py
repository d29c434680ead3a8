"""Every model is valid SBML L3V2 with zero libsbml errors or warnings (units and modelling
practice included), fully annotated with valid identifiers.org references and fitting SBO terms."""

from __future__ import annotations

import re

import libsbml
from conftest import sbml_text

from pipeline.evidence import claims
from pipeline.validate.sbml_checks import check_document


def _doc(mechanism_id: str) -> libsbml.SBMLDocument:
    return libsbml.readSBMLFromString(sbml_text(mechanism_id))


def test_level_version_and_zero_findings(mechanism_id: str) -> None:
    doc = _doc(mechanism_id)
    assert (doc.getLevel(), doc.getVersion()) == (3, 2)
    findings = check_document(doc, mechanism_id, strict=True)
    assert findings == [], "\n".join(f.line() for f in findings)


def test_units_everywhere(mechanism_id: str) -> None:
    model = _doc(mechanism_id).getModel()
    for attr in ("SubstanceUnits", "TimeUnits", "VolumeUnits", "ExtentUnits"):
        assert getattr(model, f"isSet{attr}")(), attr
    for p in model.getListOfParameters():
        assert p.isSetUnits(), p.getId()
    for c in model.getListOfCompartments():
        assert c.isSetUnits(), c.getId()
    for s in model.getListOfSpecies():
        assert s.isSetSubstanceUnits(), s.getId()


def test_every_reaction_cites_known_claims(mechanism_id: str) -> None:
    model = _doc(mechanism_id).getModel()
    known = set(claims())
    for r in model.getListOfReactions():
        cited = re.findall(r"Encodes claim (\w+):", r.getNotesString())
        assert cited, f"{r.getId()} cites no claim"
        assert set(cited) <= known, r.getId()


def test_every_parameter_states_its_provenance(mechanism_id: str) -> None:
    model = _doc(mechanism_id).getModel()
    for p in model.getListOfParameters():
        notes = p.getNotesString()
        if p.getConstant():
            assert ("Source:" in notes) != ("Assumption:" in notes), p.getId()


def test_model_metadata(mechanism_id: str) -> None:
    model = _doc(mechanism_id).getModel()
    history = model.getModelHistory()
    assert history is not None and history.getNumCreators() >= 1
    assert history.isSetCreatedDate() and history.getNumModifiedDates() >= 1
    resources = [
        model.getCVTerm(i).getResourceURI(j)
        for i in range(model.getNumCVTerms())
        for j in range(model.getCVTerm(i).getNumResources())
    ]
    assert "https://identifiers.org/taxonomy:9606" in resources
    assert any("/GO:" in r for r in resources)
    assert any("doi:" in r for r in resources)
    assert "CC0" in model.getNotesString()
