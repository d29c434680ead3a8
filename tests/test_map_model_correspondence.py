"""Each Process Description map and its SBML model say the same thing, checked both ways from the files.

The expected glyph and arc classes are written out here independently of the builder, from the
SBGN PD specification and the SBO terms in the SBML file.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import libsbgnpy as sbgn
import libsbml
import pytest
from lxml import etree

from pipeline.build import project_root
from pipeline.mechanisms import registry

SBO_GLYPH = {
    "SBO:0000327": "simple chemical",
    "SBO:0000247": "simple chemical",
    "SBO:0000252": "macromolecule",
    "SBO:0000253": "complex",
    "SBO:0000250": "nucleic acid feature",
    "SBO:0000278": "nucleic acid feature",
    "SBO:0000405": "perturbing agent",
    "SBO:0000285": "unspecified entity",
}
MODIFIER_ARC = {
    "SBO:0000459": "stimulation",
    "SBO:0000020": "inhibition",
    "SBO:0000461": "necessary stimulation",
    "SBO:0000013": "catalysis",
}
PROCESS_GLYPHS = {"process", "association", "dissociation", "omitted process", "uncertain process"}
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
LINK = "https://w3id.org/mgbone/sbgn-sbml-link/1"


class Pair:
    """A map and its model, read from the committed files."""

    def __init__(self, mechanism_id: str) -> None:
        root = project_root()
        self.doc = libsbml.readSBMLFromFile(str(root / "models" / "sbml" / f"{mechanism_id}.xml"))
        self.model = self.doc.getModel()
        path: Path = root / "maps" / "sbgn" / f"{mechanism_id}.sbgn"
        self.map = sbgn.read_sbgn_from_file(path).map[0]
        self.glyphs = {g.id: g for g in self.map.glyph}
        self.ports = {p.id: g.id for g in self.map.glyph for p in g.port}
        self.link: dict[str, str] = {}
        self.terms: dict[str, set[tuple[str, str]]] = {}
        for g in self.map.glyph:
            if g.extension is None:
                continue
            for element in g.extension.any_element:
                node = etree.fromstring(sbgn.element_to_string(element).encode())
                if node.tag == f"{{{LINK}}}sbml":
                    assert node.get("model") == mechanism_id
                    self.link[g.id] = node.get("element")
                else:
                    self.terms[g.id] = _rdf_terms(node)

    def glyphs_of(self, sbml_id: str) -> list[str]:
        return [g for g, ref in self.link.items() if ref == sbml_id]

    def arcs(self) -> list[tuple[str, str, str]]:
        """(class, source glyph, target glyph) with ports resolved to their process glyph."""
        return [
            (a.class_value.value, self.ports.get(a.source, a.source), self.ports.get(a.target, a.target))
            for a in self.map.arc
        ]


def _rdf_terms(node: etree._Element) -> set[tuple[str, str]]:
    """(qualifier, resource) pairs of an RDF annotation, qualifier as '{namespace}name'."""
    terms = set()
    for li in node.iter(f"{{{RDF}}}li"):
        qualifier = li.getparent().getparent()
        terms.add((qualifier.tag, li.get(f"{{{RDF}}}resource")))
    return terms


def _sbml_terms(sbase: libsbml.SBase) -> set[tuple[str, str]]:
    if not sbase.isSetAnnotation():
        return set()
    node = etree.fromstring(sbase.getAnnotationString().encode())
    description = node.find(f".//{{{RDF}}}Description")
    return _rdf_terms(description) if description is not None else set()


@pytest.fixture(params=list(registry()), scope="module")
def pair(request: pytest.FixtureRequest) -> Pair:
    return Pair(request.param)


def test_every_species_has_a_glyph_of_its_class_with_its_annotations(pair: Pair) -> None:
    for s in pair.model.getListOfSpecies():
        glyphs = pair.glyphs_of(s.getId())
        assert glyphs, f"species {s.getId()} has no glyph"
        for g in glyphs:
            assert pair.glyphs[g].class_value.value == SBO_GLYPH[s.getSBOTermID()], g
            assert pair.glyphs[g].compartment_ref == s.getCompartment(), g
            assert pair.terms.get(g, set()) == _sbml_terms(s), g
        if len(glyphs) > 1:
            assert all(pair.glyphs[g].clone is not None for g in glyphs), f"copies of {s.getId()} lack clone markers"


def test_every_reaction_has_one_process_node_and_its_arcs(pair: Pair) -> None:
    arcs = Counter(pair.arcs())
    for r in pair.model.getListOfReactions():
        processes = pair.glyphs_of(r.getId())
        assert len(processes) == 1, r.getId()
        p = processes[0]
        assert pair.glyphs[p].class_value.value in PROCESS_GLYPHS
        assert len(pair.glyphs[p].port) == 2
        for ref in r.getListOfReactants():
            assert any(arcs[("consumption", g, p)] for g in pair.glyphs_of(ref.getSpecies())), (r.getId(), ref)
        for ref in r.getListOfProducts():
            assert any(arcs[("production", p, g)] for g in pair.glyphs_of(ref.getSpecies())), (r.getId(), ref)
        if r.getNumReactants() == 0:
            assert any(
                c == "consumption" and pair.glyphs[s].class_value.value == "source and sink"
                for c, s, t in arcs
                if t == p
            ), f"{r.getId()} has no source"
        if r.getNumProducts() == 0:
            assert any(
                c == "production" and pair.glyphs[t].class_value.value == "source and sink"
                for c, s, t in arcs
                if s == p
            ), f"{r.getId()} has no sink"


def test_every_modifier_is_a_modulation_arc_of_the_matching_class(pair: Pair) -> None:
    arcs = Counter(pair.arcs())
    for r in pair.model.getListOfReactions():
        p = pair.glyphs_of(r.getId())[0]
        for m in r.getListOfModifiers():
            cls = MODIFIER_ARC[m.getSBOTermID()]
            sources = pair.glyphs_of(m.getSpecies())
            assert sum(arcs[(cls, g, p)] for g in sources) == 1, (r.getId(), m.getSpecies(), cls)


def test_every_phenotype_glyph_is_a_phenotype_rule_and_its_arcs_read_its_math(pair: Pair) -> None:
    rules = {r.getVariable(): libsbml.formulaToL3String(r.getMath()) for r in pair.model.getListOfRules()}
    for g, ref in pair.link.items():
        if pair.glyphs[g].class_value.value != "phenotype":
            continue
        assert ref in rules and pair.model.getParameter(ref) is not None, ref
        assert pair.terms.get(g, set()) == _sbml_terms(pair.model.getParameter(ref))
        for _cls, source, target in pair.arcs():
            if target == g:
                species = pair.link[source]
                assert re.search(rf"\b{re.escape(species)}\b", rules[ref]), (ref, species)


def test_the_map_holds_nothing_the_model_lacks(pair: Pair) -> None:
    ids = {e.getId() for e in pair.model.getListOfAllElements() if e.isSetId()}
    for g in pair.map.glyph:
        cls = g.class_value.value
        if cls == "source and sink":
            assert g.id not in pair.link
            continue
        assert g.id in pair.link and pair.link[g.id] in ids, f"glyph {g.id} ({cls}) stands for nothing in the model"
    processes = [g for g in pair.map.glyph if g.class_value.value in PROCESS_GLYPHS]
    assert len(processes) == pair.model.getNumReactions()
    species_refs = {pair.link[g.id] for g in pair.map.glyph if g.class_value.value in SBO_GLYPH.values()}
    assert species_refs == {s.getId() for s in pair.model.getListOfSpecies()}
    expected_arcs = sum(
        r.getNumReactants()
        + r.getNumProducts()
        + r.getNumModifiers()
        + (r.getNumReactants() == 0)
        + (r.getNumProducts() == 0)
        for r in pair.model.getListOfReactions()
    )
    phenotype_arcs = [a for a in pair.arcs() if pair.glyphs[a[2]].class_value.value == "phenotype"]
    assert len(pair.map.arc) == expected_arcs + len(phenotype_arcs)
