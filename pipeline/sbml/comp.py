"""The integrated model as SBML ``comp``: one submodel per mechanism, glued together.

Mechanisms share modules, so the same element can sit in several submodels. The
composition keeps the integrated model equal to the union of its modules:
- every compartment, species, parameter or phenotype variable found in more than
  one submodel, or used by the integrated model's own elements, gets one top-level
  copy that replaces all submodel copies (``comp:replacedElement``);
- every reaction or phenotype rule found in several submodels is kept in the first
  and deleted from the others (``comp:deletion``).
Flattening the result (libsbml's CompFlatteningConverter) therefore gives the same
equations as the flat integrated model; a test checks this on trajectories.
"""

from __future__ import annotations

import re

import libsbml

from pipeline.assemble import Content, content_of, merge_modules
from pipeline.model import Mechanism, Phenotype
from pipeline.sbml.build import LEVEL, SBO_PHENOTYPE_PARAMETER, VERSION, BuildError, check, fill_model, to_string

_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _symbols(content: Content) -> set[str]:
    """Ids read by the reactions and rules of ``content``."""
    used: set[str] = set()
    for r in content.reactions:
        used |= set(_TOKEN.findall(r.law.formula))
        used |= {s for s, _ in r.reactants + r.products} | {m.species for m in r.modifiers}
    for p in content.phenotypes:
        used |= set(_TOKEN.findall(p.math))
    return used


def _prefix_metaids(model: libsbml.Model, prefix: str) -> None:
    """Metaids must be unique in the whole document, across model definitions."""
    elements = [model] + list(model.getListOfAllElements())
    for element in elements:
        if element.isSetMetaId():
            check(element.setMetaId(prefix + element.getMetaId()), f"metaid {element.getMetaId()}")


def comp_document(parts: list[Mechanism], integrated: Mechanism) -> libsbml.SBMLDocument:
    """The comp document: ``parts`` as model definitions, ``integrated`` as the top model."""
    ns = libsbml.SBMLNamespaces(LEVEL, VERSION, "comp", 1)
    doc = libsbml.SBMLDocument(ns)
    check(doc.setPackageRequired("comp", True), "comp required")
    comp_doc = doc.getPlugin("comp")
    contents = {m.id: content_of(m) for m in parts}
    for m in parts:
        definition = comp_doc.createModelDefinition()
        fill_model(definition, m, contents[m.id])
        _prefix_metaids(definition, f"{m.id}__")

    owned: set[str] = set().union(*(c.ids() for c in contents.values()))
    part_modules = {id(mod) for m in parts for mod in m.modules}
    extra = merge_modules(tuple(mod for mod in integrated.modules if id(mod) not in part_modules))
    whole = content_of(integrated)
    overridden = {s.id for s in integrated.overrides}
    counts: dict[str, int] = {}
    for c in contents.values():
        for ident in c.ids():
            counts[ident] = counts.get(ident, 0) + 1
    lifted = {i for i, n in counts.items() if n > 1} | (_symbols(extra) & owned) | (overridden & owned)
    # Reactions and rule-carrying phenotypes are never lifted: they stay in one submodel.
    reaction_ids = {r.id for r in whole.reactions}
    phenotype_ids = {p.id for p in whole.phenotypes}
    lifted -= reaction_ids

    top_content = Content(
        tuple(c for c in whole.compartments if c.id in lifted or c.id in extra.ids()),
        tuple(s for s in whole.species if s.id in lifted or s.id in extra.ids()),
        tuple(p for p in whole.parameters if p.id in lifted or p.id in extra.ids()),
        extra.reactions,
        extra.phenotypes,
    )
    top = doc.createModel()
    fill_model(top, integrated, top_content)
    shared_variables = sorted((lifted & phenotype_ids) - extra.ids())
    for pid in shared_variables:
        _bare_variable(top, next(p for p in whole.phenotypes if p.id == pid))

    top_comp = top.getPlugin("comp")
    kept: set[str] = set()
    for m in parts:
        sub = top_comp.createSubmodel()
        check(sub.setId(m.id), m.id)
        check(sub.setModelRef(m.id), m.id)
        content = contents[m.id]
        for r in content.reactions:
            if r.id in kept:
                _delete(sub, r.id, id_ref=True)
            kept.add(r.id)
        for p in content.phenotypes:
            key = f"rule_{p.id}"
            if key in kept:
                _delete(sub, f"{m.id}__meta_rule_{p.id}", id_ref=False)
            kept.add(key)
        for ident in sorted(lifted & content.ids()):
            element = top.getElementBySId(ident)
            if element is None:
                raise BuildError(f"lifted element {ident} missing at top level")
            rep = element.getPlugin("comp").createReplacedElement()
            check(rep.setSubmodelRef(m.id), ident)
            check(rep.setIdRef(ident), ident)
    return doc


def _bare_variable(model: libsbml.Model, phenotype: Phenotype) -> None:
    """A top-level copy of a phenotype variable whose rule lives in a submodel."""
    par = model.createParameter()
    check(par.setId(phenotype.id), phenotype.id)
    check(par.setName(phenotype.name), phenotype.id)
    check(par.setMetaId(f"meta_{phenotype.id}"), phenotype.id)
    check(par.setSBOTerm(SBO_PHENOTYPE_PARAMETER), phenotype.id)
    check(par.setValue(phenotype.initial), phenotype.id)
    check(par.setUnits("dimensionless"), phenotype.id)
    check(par.setConstant(False), phenotype.id)


def _delete(submodel: libsbml.Submodel, ref: str, id_ref: bool) -> None:
    deletion = submodel.createDeletion()
    check(deletion.setIdRef(ref) if id_ref else deletion.setMetaIdRef(ref), f"deletion {ref}")


def flatten(doc: libsbml.SBMLDocument) -> libsbml.SBMLDocument:
    """A flattened copy (comp removed) made by libsbml's converter."""
    flat = doc.clone()
    props = libsbml.ConversionProperties()
    props.addOption("flatten comp", True)
    props.addOption("leave_ports", False)
    if flat.convert(props) != libsbml.LIBSBML_OPERATION_SUCCESS:
        errors = "; ".join(flat.getError(i).getMessage() for i in range(flat.getNumErrors()))
        raise BuildError(f"comp flattening failed: {errors}")
    return flat


def comp_text(parts: list[Mechanism], integrated: Mechanism) -> str:
    return to_string(comp_document(parts, integrated))
