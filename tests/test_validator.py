"""The SBML checks find each kind of fault in files this package did not write."""

from __future__ import annotations

import libsbml
from conftest import sbml_text

from pipeline.validate.sbml_checks import check_document, check_identifier


def test_identifier_patterns() -> None:
    assert check_identifier("https://identifiers.org/uniprot:Q96QT4") is None
    assert check_identifier("https://identifiers.org/CHEBI:18420") is None
    assert check_identifier("https://identifiers.org/chebi/CHEBI:18420") is None  # legacy form
    assert "pattern" in check_identifier("https://identifiers.org/uniprot:not-an-accession")
    assert "pattern" in check_identifier("https://identifiers.org/GO:123")
    assert "unknown namespace" in check_identifier("https://identifiers.org/nosuchdb:1")
    assert "not an identifiers.org" in check_identifier("https://example.org/CHEBI:18420")


def _damaged(edit) -> list[str]:
    doc = libsbml.readSBMLFromString(sbml_text("trpm7_pdgf"))
    edit(doc.getModel())
    return [f.rule for f in check_document(doc, "damaged.xml")]


def test_wrong_sbo_branch_is_found() -> None:
    rules = _damaged(lambda m: m.getSpecies("Mg_cyt").setSBOTerm("SBO:0000176"))  # a process term on a species
    assert "sbo-fit" in rules


def test_bad_annotation_is_found() -> None:
    def edit(model: libsbml.Model) -> None:
        cv = libsbml.CVTerm(libsbml.BIOLOGICAL_QUALIFIER)
        cv.setBiologicalQualifierType(libsbml.BQB_IS)
        cv.addResource("https://identifiers.org/uniprot:BAD")
        model.getSpecies("RUNX2").addCVTerm(cv)

    assert "identifier-pattern" in _damaged(edit)


def test_unit_inconsistency_is_found() -> None:
    rules = _damaged(lambda m: m.getParameter("k_deg_protein").setUnits("mM"))
    assert any(r.startswith("libsbml-") for r in rules)


def test_missing_annotation_and_sbo_are_found() -> None:
    def edit(model: libsbml.Model) -> None:
        species = model.getSpecies("SP7")
        species.unsetCVTerms()
        species.unsetSBOTerm()

    rules = _damaged(edit)
    assert "annotation-missing" in rules and "sbo-missing" in rules
