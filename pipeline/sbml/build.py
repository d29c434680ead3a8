"""Declarations -> SBML Level 3 Version 2 (core), annotated and with notes."""

from __future__ import annotations

from html import escape

import libsbml

from pipeline.assemble import Content, content_of
from pipeline.evidence import claim_statement
from pipeline.model import MODIFIER_ROLE_SBO, Mechanism, Reaction, Xref
from pipeline.units import MODEL_UNITS, UNITS

LEVEL, VERSION = 3, 2
# Fixed dates keep builds byte-identical; bump MODIFIED with a release.
CREATED = "2026-11-27T00:00:00Z"
MODIFIED = "2026-11-27T00:00:00Z"
CREATOR = {"given": "Maintainers", "family": "mgbone", "organisation": "mgbone model package"}
LICENCE = (
    "This model is dedicated to the public domain under CC0 1.0 Universal "
    "(https://creativecommons.org/publicdomain/zero/1.0/)."
)
SBO_REACTANT, SBO_PRODUCT = "SBO:0000010", "SBO:0000011"
SBO_PHENOTYPE_PARAMETER = "SBO:0000002"
SBO_RULE = "SBO:0000064"

_QUALIFIERS = {
    "bqbiol:is": (libsbml.BIOLOGICAL_QUALIFIER, libsbml.BQB_IS),
    "bqbiol:isVersionOf": (libsbml.BIOLOGICAL_QUALIFIER, libsbml.BQB_IS_VERSION_OF),
    "bqbiol:hasPart": (libsbml.BIOLOGICAL_QUALIFIER, libsbml.BQB_HAS_PART),
    "bqbiol:isPartOf": (libsbml.BIOLOGICAL_QUALIFIER, libsbml.BQB_IS_PART_OF),
    "bqbiol:hasProperty": (libsbml.BIOLOGICAL_QUALIFIER, libsbml.BQB_HAS_PROPERTY),
    "bqbiol:isPropertyOf": (libsbml.BIOLOGICAL_QUALIFIER, libsbml.BQB_IS_PROPERTY_OF),
    "bqbiol:occursIn": (libsbml.BIOLOGICAL_QUALIFIER, libsbml.BQB_OCCURS_IN),
    "bqbiol:hasTaxon": (libsbml.BIOLOGICAL_QUALIFIER, libsbml.BQB_HAS_TAXON),
    "bqbiol:isEncodedBy": (libsbml.BIOLOGICAL_QUALIFIER, libsbml.BQB_IS_ENCODED_BY),
    "bqmodel:is": (libsbml.MODEL_QUALIFIER, libsbml.BQM_IS),
    "bqmodel:isDescribedBy": (libsbml.MODEL_QUALIFIER, libsbml.BQM_IS_DESCRIBED_BY),
    "bqmodel:isDerivedFrom": (libsbml.MODEL_QUALIFIER, libsbml.BQM_IS_DERIVED_FROM),
}


class BuildError(RuntimeError):
    """A libsbml call failed while writing a model."""


def check(code: int, what: str) -> None:
    """Raise with ``what`` when a libsbml setter returns a failure code."""
    if code != libsbml.LIBSBML_OPERATION_SUCCESS:
        raise BuildError(f"{what}: {libsbml.OperationReturnValue_toString(code)}")


def _notes(sbase: libsbml.SBase, paragraphs: list[str]) -> None:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs if p)
    check(sbase.setNotes(f'<body xmlns="http://www.w3.org/1999/xhtml">{body}</body>'), f"notes of {sbase.getId()}")


def _annotate(sbase: libsbml.SBase, xrefs: tuple[Xref, ...]) -> None:
    grouped: dict[str, list[Xref]] = {}
    for x in xrefs:
        grouped.setdefault(x.qualifier, []).append(x)
    for qualifier, items in grouped.items():
        if qualifier not in _QUALIFIERS:
            raise BuildError(f"{sbase.getId()}: unknown qualifier {qualifier}")
        qtype, qual = _QUALIFIERS[qualifier]
        cv = libsbml.CVTerm(qtype)
        if qtype == libsbml.BIOLOGICAL_QUALIFIER:
            cv.setBiologicalQualifierType(qual)
        else:
            cv.setModelQualifierType(qual)
        for x in items:
            check(cv.addResource(x.url), f"resource {x.url}")
        check(sbase.addCVTerm(cv), f"annotation of {sbase.getId()}")


def _meta(sbase: libsbml.SBase, ident: str, sbo: str) -> None:
    check(sbase.setMetaId(f"meta_{ident}"), f"metaid of {ident}")
    check(sbase.setSBOTerm(sbo), f"SBO term of {ident}")


def _unit_definitions(model: libsbml.Model) -> None:
    for uid, parts in UNITS.items():
        ud = model.createUnitDefinition()
        check(ud.setId(uid), f"unit {uid}")
        for kind, exponent, scale, multiplier in parts:
            unit = ud.createUnit()
            check(unit.setKind(libsbml.UnitKind_forName(kind)), f"unit kind {kind}")
            check(unit.setExponent(exponent), "unit exponent")
            check(unit.setScale(scale), "unit scale")
            check(unit.setMultiplier(multiplier), "unit multiplier")


def model_history() -> libsbml.ModelHistory:
    """The package's creator and its fixed creation and modification dates."""
    history = libsbml.ModelHistory()
    creator = libsbml.ModelCreator()
    creator.setGivenName(CREATOR["given"])
    creator.setFamilyName(CREATOR["family"])
    creator.setOrganization(CREATOR["organisation"])
    history.addCreator(creator)
    check(history.setCreatedDate(libsbml.Date(CREATED)), "created date")
    check(history.setModifiedDate(libsbml.Date(MODIFIED)), "modified date")
    return history


def _claim_paragraphs(claims: tuple[str, ...]) -> list[str]:
    return [f"Encodes claim {c}: {claim_statement(c)}" for c in claims]


def fill_model(model: libsbml.Model, mechanism: Mechanism, content: Content) -> None:
    """Write ``content`` into an empty libsbml model with the mechanism's metadata."""
    check(model.setId(mechanism.id), "model id")
    check(model.setName(mechanism.name), "model name")
    _meta(model, mechanism.id, "SBO:0000062")  # continuous framework
    for attr, unit in MODEL_UNITS.items():
        check(getattr(model, "set" + attr[0].upper() + attr[1:])(unit), f"model {attr}")
    _notes(model, [mechanism.summary, LICENCE])
    check(model.setModelHistory(model_history()), "model history")
    _annotate(model, mechanism.xrefs)
    _unit_definitions(model)

    for c in content.compartments:
        comp = model.createCompartment()
        check(comp.setId(c.id), c.id)
        check(comp.setName(c.name), c.id)
        _meta(comp, c.id, c.sbo)
        check(comp.setSpatialDimensions(3), c.id)
        check(comp.setSize(c.size_litre), c.id)
        check(comp.setUnits("litre"), c.id)
        check(comp.setConstant(True), c.id)
        _notes(comp, [c.notes])
        _annotate(comp, c.xrefs)

    for s in content.species:
        sp = model.createSpecies()
        check(sp.setId(s.id), s.id)
        check(sp.setName(s.name), s.id)
        _meta(sp, s.id, s.sbo)
        check(sp.setCompartment(s.compartment), s.id)
        check(sp.setInitialConcentration(s.initial_mM), s.id)
        check(sp.setSubstanceUnits("mmol"), s.id)
        check(sp.setHasOnlySubstanceUnits(False), s.id)
        check(sp.setBoundaryCondition(s.boundary), s.id)
        check(sp.setConstant(False), s.id)
        role = "Input held fixed by the experiment (boundary condition)." if s.boundary else ""
        _notes(sp, [s.notes, role])
        _annotate(sp, s.xrefs)

    for p in content.parameters:
        par = model.createParameter()
        check(par.setId(p.id), p.id)
        check(par.setName(p.name), p.id)
        _meta(par, p.id, p.sbo)
        check(par.setValue(p.value), p.id)
        check(par.setUnits(p.unit), p.id)
        check(par.setConstant(True), p.id)
        provenance = f"Source: {p.source}" if p.source else f"Assumption: {p.assumption}"
        _notes(par, [p.notes, provenance])

    for ph in content.phenotypes:
        par = model.createParameter()
        check(par.setId(ph.id), ph.id)
        check(par.setName(ph.name), ph.id)
        _meta(par, ph.id, SBO_PHENOTYPE_PARAMETER)
        check(par.setValue(ph.initial), ph.id)
        check(par.setUnits("dimensionless"), ph.id)
        check(par.setConstant(False), ph.id)
        _notes(
            par,
            [ph.notes, "Cell-level readout, dimensionless; 1 is the reference level."] + _claim_paragraphs(ph.claims),
        )
        _annotate(par, ph.xrefs)
        rule = model.createRateRule() if ph.kind == "rate" else model.createAssignmentRule()
        check(rule.setVariable(ph.id), ph.id)
        check(rule.setMetaId(f"meta_rule_{ph.id}"), ph.id)
        check(rule.setSBOTerm(SBO_RULE), ph.id)
        math = libsbml.parseL3Formula(ph.math)
        if math is None:
            raise BuildError(f"phenotype {ph.id}: cannot parse {ph.math!r}: {libsbml.getLastParseL3Error()}")
        check(rule.setMath(math), ph.id)

    for r in content.reactions:
        _reaction(model, r)


def _reaction(model: libsbml.Model, r: Reaction) -> None:
    rx = model.createReaction()
    check(rx.setId(r.id), r.id)
    check(rx.setName(r.name), r.id)
    _meta(rx, r.id, r.sbo)
    check(rx.setReversible(r.law.family.endswith("(reversible)")), r.id)
    for sid, stoich in r.reactants:
        ref = rx.createReactant()
        check(ref.setSpecies(sid), r.id)
        check(ref.setStoichiometry(stoich), r.id)
        check(ref.setConstant(True), r.id)
        check(ref.setSBOTerm(SBO_REACTANT), r.id)
    for sid, stoich in r.products:
        ref = rx.createProduct()
        check(ref.setSpecies(sid), r.id)
        check(ref.setStoichiometry(stoich), r.id)
        check(ref.setConstant(True), r.id)
        check(ref.setSBOTerm(SBO_PRODUCT), r.id)
    for mod in r.modifiers:
        ref = rx.createModifier()
        check(ref.setSpecies(mod.species), r.id)
        check(ref.setSBOTerm(MODIFIER_ROLE_SBO[mod.role]), r.id)
    law = rx.createKineticLaw()
    math = libsbml.parseL3Formula(r.law.formula)
    if math is None:
        raise BuildError(f"reaction {r.id}: cannot parse {r.law.formula!r}: {libsbml.getLastParseL3Error()}")
    check(law.setMath(math), r.id)
    check(law.setSBOTerm(r.law.sbo), r.id)
    _notes(rx, [r.notes, f"Rate law family: {r.law.family}."] + _claim_paragraphs(r.claims))
    _annotate(rx, r.xrefs)


def build_document(mechanism: Mechanism) -> libsbml.SBMLDocument:
    """The SBML L3V2 document of one mechanism."""
    doc = libsbml.SBMLDocument(LEVEL, VERSION)
    fill_model(doc.createModel(), mechanism, content_of(mechanism))
    return doc


def to_string(doc: libsbml.SBMLDocument) -> str:
    text = libsbml.writeSBMLToString(doc)
    if not text:
        raise BuildError("libsbml returned an empty document")
    return text
