"""Annotation and SBO sections: how much of a model is identified, and whether the identifiers are valid.

Annotation counts identifiers.org resources of MIRIAM qualifiers (libsbml CV terms) on the model,
its compartments, species and reactions; every resource anywhere must fit its namespace's pattern
(``check_identifier``, bioregistry, offline). SBO coverage counts species, reactions, parameters,
modifiers and rules with an SBO term; every SBO term must come from the branch that fits its element.
"""

from __future__ import annotations

import libsbml

from pipeline.report.checks import Check, Section, check, fraction_check, section
from pipeline.report.consistency import LibsbmlFinding, findings_check
from pipeline.report.elements import label, listed, parameters, resources
from pipeline.validate.biomodels_checklist import ANNOTATION, ATTRIBUTION, REFERENCE, checklist
from pipeline.validate.sbml_checks import check_identifier, sbo_terms

# Elements whose SBO term ``sbo_terms`` checks against the branch their kind needs.
SBO_CHECKED = (
    "species",
    "compartment",
    "reaction",
    "parameter",
    "localParameter",
    "kineticLaw",
    "modifierSpeciesReference",
    "speciesReference",
    "assignmentRule",
    "rateRule",
)


def _coverage(cid: str, title: str, elements: list[libsbml.SBase], what: str) -> Check:
    missing = [label(e) for e in elements if not resources(e)]
    good = len(elements) - len(missing)
    return fraction_check(cid, title, good, len(elements), f"{what} annotated", listed(missing), empty=f"no {what}")


def _miriam(doc: libsbml.SBMLDocument) -> Check:
    """The model-level items of the BioModels/MIRIAM checklist: reference, attribution, taxon."""
    items = [
        item
        for item in checklist(doc.clone(), simulate=False)  # a clone: the checklist re-validates the document
        if (item.group == REFERENCE and item.name != "valid SBML")
        or item.group == ATTRIBUTION
        or (item.group == ANNOTATION and item.name.startswith("taxon"))
    ]
    missing = [f"{item.name}: {item.detail}" for item in items if not item.passed]
    return fraction_check(
        "annotation.miriam",
        "model metadata (MIRIAM: reference, attribution, taxon)",
        len(items) - len(missing),
        len(items),
        "model-level MIRIAM items present",
        missing,
        empty="no checklist items",
    )


def annotation_section(doc: libsbml.SBMLDocument, model: libsbml.Model) -> Section:
    """``doc`` is the document as given (its top model carries the metadata); ``model`` the model checked."""
    elements = [model] + list(model.getListOfAllElements())
    urls = [(e, u) for e in elements for u in resources(e)]
    invalid = [f"{label(e)}: {problem}" for e, u in urls if (problem := check_identifier(u)) is not None]
    model_refs = resources(model)
    checks = [
        check(
            "annotation.model",
            "model annotated",
            1.0 if model_refs else 0.0,
            f"{len(model_refs)} identifiers.org reference(s) on the model" if model_refs else "no model annotation",
        ),
        _coverage(
            "annotation.compartments", "compartments annotated", list(model.getListOfCompartments()), "compartments"
        ),
        _coverage("annotation.species", "species annotated", list(model.getListOfSpecies()), "species"),
        _coverage("annotation.reactions", "reactions annotated", list(model.getListOfReactions()), "reactions"),
        fraction_check(
            "annotation.identifiers",
            "identifiers valid (identifiers.org, namespace pattern)",
            len(urls) - len(invalid),
            len(urls),
            "annotation resources valid",
            listed(invalid),
            weight=2.0,
            empty="no annotation resources to check",
        ),
        _miriam(doc),
    ]
    return section("annotation", checks, "MIRIAM annotations (CV terms); identifiers.org patterns from bioregistry")


def _sbo_coverage(cid: str, title: str, elements: list[libsbml.SBase], what: str) -> Check:
    missing = [label(e) for e in elements if not e.isSetSBOTerm()]
    good = len(elements) - len(missing)
    return fraction_check(
        cid, title, good, len(elements), f"{what} with an SBO term", listed(missing), empty=f"no {what}"
    )


def sbo_section(doc: libsbml.SBMLDocument, findings: list[LibsbmlFinding]) -> Section:
    model = doc.getModel()
    modifiers = [m for r in model.getListOfReactions() for m in r.getListOfModifiers()]
    misfits = sbo_terms(doc, "", require=False)
    with_term = [e for e in model.getListOfAllElements() if e.isSetSBOTerm() and e.getElementName() in SBO_CHECKED]
    checks = [
        _sbo_coverage("sbo.species", "species", list(model.getListOfSpecies()), "species"),
        _sbo_coverage("sbo.reactions", "reactions", list(model.getListOfReactions()), "reactions"),
        _sbo_coverage("sbo.parameters", "parameters (global and local)", parameters(model), "parameters"),
        _sbo_coverage("sbo.modifiers", "modifiers", modifiers, "modifiers"),
        _sbo_coverage("sbo.rules", "rules", list(model.getListOfRules()), "rules"),
        fraction_check(
            "sbo.fit",
            "SBO terms fit their elements",
            len(with_term) - len(misfits),
            len(with_term),
            "SBO terms from the branch their element needs",
            listed([f"{f.location}: {f.message}" for f in misfits]),
            empty="no SBO terms to check",
        ),
        findings_check("sbo.libsbml", "libsbml SBO findings", [f for f in findings if f.section == "sbo"]),
    ]
    return section("sbo", checks, "Systems Biology Ontology terms on model elements")
