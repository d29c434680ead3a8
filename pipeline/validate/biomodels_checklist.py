"""The BioModels / MIRIAM submission checklist, as checks of any SBML document.

MIRIAM (Le Novère et al. 2005, doi:10.1038/nbt1156) asks for three things, each checked here:
- reference correspondence: the model is valid, machine-readable, simulatable, and points to the
  description it encodes (``bqmodel:isDescribedBy``);
- attribution: a name, creators with contact details, creation and modification dates, and the
  terms of distribution;
- annotation: model components carry unambiguous identifiers.org references with qualifiers.
BioModels adds a taxon and SBO terms. A ``ChecklistItem`` says what was checked and what is
missing; ``passed`` is False for a missing item.
"""

from __future__ import annotations

from dataclasses import dataclass

import libsbml

from pipeline.validate.sbml_checks import check_identifier

REFERENCE, ATTRIBUTION, ANNOTATION = "reference correspondence", "attribution", "annotation"


@dataclass(frozen=True)
class ChecklistItem:
    group: str
    name: str
    passed: bool
    detail: str


def _resources(sbase: libsbml.SBase, qualifier: int | None = None) -> list[str]:
    out = []
    for i in range(sbase.getNumCVTerms()):
        term = sbase.getCVTerm(i)
        if qualifier is not None and not (
            term.getQualifierType() == libsbml.MODEL_QUALIFIER and term.getModelQualifierType() == qualifier
        ):
            continue
        out += [term.getResourceURI(j) for j in range(term.getNumResources())]
    return out


def _biological(sbase: libsbml.SBase, qualifier: int) -> list[str]:
    out = []
    for i in range(sbase.getNumCVTerms()):
        term = sbase.getCVTerm(i)
        if term.getQualifierType() == libsbml.BIOLOGICAL_QUALIFIER and term.getBiologicalQualifierType() == qualifier:
            out += [term.getResourceURI(j) for j in range(term.getNumResources())]
    return out


def _coverage(elements: list[libsbml.SBase]) -> tuple[list[str], list[str]]:
    """Ids of elements without any annotation, and of annotations that are not valid identifiers.org."""
    missing = [e.getId() for e in elements if not _resources(e)]
    invalid = [f"{e.getId()}: {u}" for e in elements for u in _resources(e) if check_identifier(u) is not None]
    return missing, invalid


def checklist(doc: libsbml.SBMLDocument, simulate: bool = True) -> list[ChecklistItem]:
    """Every checklist item for one document, in the order of the MIRIAM guidelines."""
    items: list[ChecklistItem] = []
    model = doc.getModel()
    errors = doc.getNumErrors(libsbml.LIBSBML_SEV_ERROR) + doc.getNumErrors(libsbml.LIBSBML_SEV_FATAL)
    if model is None:
        return [ChecklistItem(REFERENCE, "valid SBML", False, f"no model ({errors} read errors)")]
    doc.setConsistencyChecks(libsbml.LIBSBML_CAT_UNITS_CONSISTENCY, True)
    failures = doc.checkConsistency()
    consistency = [
        doc.getError(i).getMessage().strip()
        for i in range(doc.getNumErrors())
        if doc.getError(i).getSeverity() >= libsbml.LIBSBML_SEV_ERROR
    ]
    items.append(
        ChecklistItem(
            REFERENCE,
            "valid SBML",
            not consistency and failures >= 0,
            f"SBML L{doc.getLevel()}V{doc.getVersion()}, {len(consistency)} errors"
            + (f": {consistency[0][:200]}" if consistency else ""),
        )
    )
    described = [u for u in _resources(model, libsbml.BQM_IS_DESCRIBED_BY) if check_identifier(u) is None]
    items.append(
        ChecklistItem(
            REFERENCE,
            "reference description (bqmodel:isDescribedBy)",
            bool(described),
            ", ".join(described) or "the model names no publication it encodes",
        )
    )
    if simulate:
        items.append(_simulatable(doc))
    items.append(ChecklistItem(ATTRIBUTION, "model name", model.isSetName(), model.getName() or "no name"))
    history = model.getModelHistory() if model.isSetModelHistory() else None
    creators = [] if history is None else [history.getCreator(i) for i in range(history.getNumCreators())]
    named = [c for c in creators if c.getGivenName() and c.getFamilyName()]
    items.append(
        ChecklistItem(
            ATTRIBUTION,
            "creators named",
            bool(named),
            "; ".join(f"{c.getGivenName()} {c.getFamilyName()}" for c in named) or "no creator",
        )
    )
    reachable = [c for c in named if c.getEmail()]
    items.append(
        ChecklistItem(
            ATTRIBUTION,
            "creator contact (e-mail)",
            bool(reachable),
            "; ".join(c.getEmail() for c in reachable) or "no creator has an e-mail address; give one when submitting",
        )
    )
    dates = history is not None and history.isSetCreatedDate() and history.getNumModifiedDates() > 0
    items.append(
        ChecklistItem(
            ATTRIBUTION,
            "creation and modification dates",
            bool(dates),
            f"created {history.getCreatedDate().getDateAsString()}" if dates else "no dates",
        )
    )
    notes = model.getNotesString() if model.isSetNotes() else ""
    licensed = any(word in notes for word in ("CC0", "creativecommons.org", "licen"))
    items.append(
        ChecklistItem(
            ATTRIBUTION, "terms of distribution", licensed, "stated in the model notes" if licensed else "no licence"
        )
    )
    taxa = [u for u in _biological(model, libsbml.BQB_HAS_TAXON) if check_identifier(u) is None]
    items.append(ChecklistItem(ANNOTATION, "taxon (bqbiol:hasTaxon)", bool(taxa), ", ".join(taxa) or "no taxon"))
    for kind, elements in (
        ("species", list(model.getListOfSpecies())),
        ("reactions", list(model.getListOfReactions())),
        ("compartments", list(model.getListOfCompartments())),
    ):
        missing, invalid = _coverage(elements)
        detail = f"{len(elements) - len(missing)}/{len(elements)} annotated"
        if missing:
            detail += f"; missing: {', '.join(missing[:10])}"
        if invalid:
            detail += f"; invalid: {'; '.join(invalid[:5])}"
        items.append(
            ChecklistItem(ANNOTATION, f"{kind} annotated with identifiers.org", not missing and not invalid, detail)
        )
    without_sbo = [
        e.getId() for e in list(model.getListOfSpecies()) + list(model.getListOfReactions()) if not e.isSetSBOTerm()
    ]
    items.append(
        ChecklistItem(
            ANNOTATION,
            "SBO terms on species and reactions",
            not without_sbo,
            "all set" if not without_sbo else f"missing: {', '.join(without_sbo[:10])}",
        )
    )
    return items


def _simulatable(doc: libsbml.SBMLDocument) -> ChecklistItem:
    import roadrunner

    try:
        rr = roadrunner.RoadRunner(libsbml.writeSBMLToString(doc))
        result = rr.simulate(0, 1, 11)
        finite = bool(result.shape[0] == 11)
    except Exception as err:  # noqa: BLE001 - any simulator failure is the finding
        return ChecklistItem(REFERENCE, "simulatable (libRoadRunner)", False, str(err).splitlines()[0][:200])
    return ChecklistItem(REFERENCE, "simulatable (libRoadRunner)", finite, "simulates 1 time unit")
