"""The CellDesigner export of every model: valid SBML L2V4, the same model, and our diagram as two readers see it.

Two independent CellDesigner readers parse every file: momapy (the CellDesigner reader behind its
auto-detection) and CaSQ (``casq.readCD.read_celldesigner``, the parser of its CellDesigner to
SBML-qual conversion, which the tests also run). Both must find every species glyph at the box of
our layout, every reaction with its participants, and every modulation.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache
from pathlib import Path

import libsbml
import momapy.io.core as momapy_io
import numpy as np
import pytest
import roadrunner
from casq.celldesigner2qual import map_to_model
from casq.readCD import read_celldesigner
from conftest import MECHANISMS, sbml_text
from lxml import etree
from momapy.celldesigner.map import CellDesignerMap

from pipeline.assemble import Content, content_of
from pipeline.exports.celldesigner import (
    CD_NS,
    MODIFICATION_TYPE,
    alias_id,
    celldesigner_text,
    degraded_species_id,
)
from pipeline.layout.diagram import PROCESS_CLASSES, Diagram, Node
from pipeline.layout.place import Layout, layout
from pipeline.layout.process_description import process_description
from pipeline.mechanisms import registry

BOUNDS_TOLERANCE = 0.006  # bounds are written rounded to 0.01 pt
LINE_TOLERANCE = 0.1  # momapy rounds the frame coordinates of edit points
# L2V4 cannot give units to numbers in MathML (L3's sbml:units="dimensionless" on the literal 1)
ALLOWED_WARNINGS = {99505}
CD = f"{{{CD_NS}}}"
MODIFIER_LAYOUTS = ("CatalysisLayout", "InhibitionLayout", "PhysicalStimulationLayout", "TriggeringLayout")


@cache
def _text(mechanism_id: str) -> str:
    return celldesigner_text(registry()[mechanism_id])


@cache
def _parts(mechanism_id: str) -> tuple[Content, Diagram, Layout]:
    mechanism = registry()[mechanism_id]
    diagram = process_description(mechanism)
    return content_of(mechanism), diagram, layout(diagram)


def _species_nodes(mechanism_id: str) -> list[Node]:
    content, diagram, _ = _parts(mechanism_id)
    species = {s.id for s in content.species}
    return [n for n in diagram.nodes if n.ref in species]


def _sources_sinks(mechanism_id: str) -> list[Node]:
    return [n for n in _parts(mechanism_id)[1].nodes if n.cls == "source and sink"]


def _file(tmp_path: Path, mechanism_id: str) -> Path:
    path = tmp_path / f"{mechanism_id}.xml"
    path.write_text(_text(mechanism_id), encoding="utf-8")
    return path


def _species_id(participant: object) -> str:
    """The species id of a momapy participant (momapy suffixes species drawn active with ``_active``)."""
    return participant.referred_element.id_.removesuffix("_active")  # type: ignore[attr-defined]


def _formula(math_: libsbml.ASTNode) -> str:
    """A formula without the units of its numbers (L2V4 has none)."""
    settings = libsbml.L3ParserSettings()
    settings.setParseUnits(False)
    return libsbml.formulaToL3StringWithSettings(math_, settings)


def _issues(doc: libsbml.SBMLDocument) -> list[libsbml.SBMLError]:
    return [doc.getError(i) for i in range(doc.getNumErrors())]


# ------------------------------------------------------------------ the file itself
@pytest.mark.parametrize("mechanism_id", MECHANISMS)
def test_text_is_deterministic(mechanism_id: str) -> None:
    assert celldesigner_text(registry()[mechanism_id]) == _text(mechanism_id)


@pytest.mark.parametrize("mechanism_id", MECHANISMS)
def test_sbml_l2v4_is_consistent(mechanism_id: str) -> None:
    doc = libsbml.readSBMLFromString(_text(mechanism_id))
    assert (doc.getLevel(), doc.getVersion()) == (2, 4)
    assert not _issues(doc), [e.getMessage() for e in _issues(doc)]
    doc.checkConsistency()
    errors = [e for e in _issues(doc) if e.getSeverity() >= libsbml.LIBSBML_SEV_ERROR]
    assert not errors, [e.getMessage() for e in errors]
    warnings = {e.getErrorId() for e in _issues(doc)}
    assert warnings <= ALLOWED_WARNINGS, [
        e.getMessage() for e in _issues(doc) if e.getErrorId() not in ALLOWED_WARNINGS
    ]


@pytest.mark.parametrize("mechanism_id", MECHANISMS)
def test_sbml_model_is_ours(mechanism_id: str) -> None:
    """Same ids, values, kinetic laws, rules and annotations as the L3V2 model; DEGRADED species added."""
    ours = libsbml.readSBMLFromString(sbml_text(mechanism_id)).getModel()
    cd = libsbml.readSBMLFromString(_text(mechanism_id)).getModel()
    content = _parts(mechanism_id)[0]
    degraded = {degraded_species_id(n.compartment or "") for n in _sources_sinks(mechanism_id)}
    assert {s.getId() for s in cd.getListOfSpecies()} == {s.getId() for s in ours.getListOfSpecies()} | degraded
    for sid in degraded:
        species = cd.getSpecies(sid)
        assert species.getBoundaryCondition() and species.getConstant() and species.getSBOTermID() == "SBO:0000291"
    for s in ours.getListOfSpecies():
        twin = cd.getSpecies(s.getId())
        assert twin.getInitialConcentration() == s.getInitialConcentration()
        assert twin.getBoundaryCondition() == s.getBoundaryCondition()
        assert twin.getSBOTermID() == s.getSBOTermID()
        assert f"Full name: {s.getName()}" in twin.getNotesString()
        resources = [[t.getResourceURI(i) for i in range(t.getNumResources())] for t in s.getCVTerms()]
        assert [[t.getResourceURI(i) for i in range(t.getNumResources())] for t in twin.getCVTerms()] == resources
    assert [(p.getId(), p.getValue(), p.getUnits()) for p in cd.getListOfParameters()] == [
        (p.getId(), p.getValue(), p.getUnits()) for p in ours.getListOfParameters()
    ]
    assert [(r.getVariable(), _formula(r.getMath())) for r in cd.getListOfRules()] == [
        (r.getVariable(), _formula(r.getMath())) for r in ours.getListOfRules()
    ]
    assert [r.getId() for r in cd.getListOfReactions()] == [r.getId() for r in ours.getListOfReactions()]
    for r in ours.getListOfReactions():
        twin = cd.getReaction(r.getId())
        law = _formula(twin.getKineticLaw().getMath())
        assert law == _formula(r.getKineticLaw().getMath())
        for side in ("getListOfReactants", "getListOfProducts"):
            theirs = [(x.getSpecies(), x.getStoichiometry()) for x in getattr(twin, side)()]
            mine = [(x.getSpecies(), x.getStoichiometry()) for x in getattr(r, side)()]
            assert [x for x in theirs if x[0] not in degraded] == mine
            assert len(theirs) == max(1, len(mine))
        assert [(m.getSpecies(), m.getSBOTermID()) for m in twin.getListOfModifiers()] == [
            (m.getSpecies(), m.getSBOTermID()) for m in r.getListOfModifiers()
        ]
    for c in content.compartments:
        assert cd.getCompartment(c.id).getOutside() == (c.outside or "")


@pytest.mark.parametrize("mechanism_id", MECHANISMS)
def test_simulates_like_the_model(mechanism_id: str) -> None:
    """The DEGRADED species are constant boundary species: every time course is unchanged."""
    ours = roadrunner.RoadRunner(sbml_text(mechanism_id))
    theirs = roadrunner.RoadRunner(_text(mechanism_id))
    a, b = ours.simulate(0, 48, 13), theirs.simulate(0, 48, 13)
    assert list(a.colnames) == list(b.colnames)
    np.testing.assert_allclose(np.asarray(b), np.asarray(a), rtol=1e-9, atol=1e-15)


@pytest.mark.parametrize("mechanism_id", MECHANISMS)
def test_extension_holds_every_glyph(mechanism_id: str) -> None:
    content, diagram, placed = _parts(mechanism_id)
    root = etree.fromstring(_text(mechanism_id).encode("utf-8"))
    extension = root.find(f"{{{root.nsmap[None]}}}model/{{{root.nsmap[None]}}}annotation/{CD}extension")
    assert extension.findtext(f"{CD}modelVersion") == "4.0"
    display = extension.find(f"{CD}modelDisplay")
    assert (display.get("sizeX"), display.get("sizeY")) == (
        str(math.ceil(placed.width)),
        str(math.ceil(placed.height)),
    )
    compartments = extension.findall(f"{CD}listOfCompartmentAliases/{CD}compartmentAlias")
    assert [a.get("compartment") for a in compartments] == [c.id for c in diagram.compartments]
    assert {a.findtext(f"{CD}class") for a in compartments} == {"SQUARE"}
    aliases = extension.findall(f"{CD}listOfSpeciesAliases/{CD}speciesAlias")
    aliases += extension.findall(f"{CD}listOfComplexSpeciesAliases/{CD}complexSpeciesAlias")
    top = {a.get("id"): a for a in aliases if a.get("complexSpeciesAlias") is None}
    expected = _species_nodes(mechanism_id) + _sources_sinks(mechanism_id)
    assert set(top) == {alias_id(n) for n in expected}
    for node in expected:
        bounds = top[alias_id(node)].find(f"{CD}bounds")
        box = placed.boxes[node.id]
        got = [float(bounds.get(k)) for k in ("x", "y", "w", "h")]
        assert got == pytest.approx([box.x, box.y, box.w, box.h], abs=BOUNDS_TOLERANCE)
    proteins = extension.findall(f"{CD}listOfProteins/{CD}protein")
    assert len({p.get("id") for p in proteins}) == len(proteins) > 0


# ------------------------------------------------------------------ momapy
@pytest.mark.parametrize("mechanism_id", MECHANISMS)
def test_momapy_reads_model_and_diagram(mechanism_id: str, tmp_path: Path) -> None:
    content, diagram, placed = _parts(mechanism_id)
    result = momapy_io.read(str(_file(tmp_path, mechanism_id)))  # format auto-detected
    map_ = result.obj
    assert isinstance(map_, CellDesignerMap)
    species_ids = {s.id_.removesuffix("_active") for s in map_.model.species}  # momapy's id of active species
    assert species_ids == {s.id for s in content.species}
    assert {c.id_ for c in map_.model.compartments} == {c.id for c in content.compartments}
    reactions = {r.id_: r for r in map_.model.reactions}
    assert set(reactions) == {r.id for r in content.reactions}
    for r in content.reactions:
        read = reactions[r.id]
        assert sorted(_species_id(x) for x in read.reactants) == sorted(s for s, _ in r.reactants)
        assert sorted(_species_id(x) for x in read.products) == sorted(s for s, _ in r.products)
        assert read.has_external_source == (not r.reactants)
        assert read.has_external_sink == (not r.products)
        assert len(read.modifiers) == len(r.modifiers)

    assert (map_.layout.width, map_.layout.height) == (math.ceil(placed.width), math.ceil(placed.height))
    elements = {e.id_: e for e in map_.layout.layout_elements}
    glyphs = _species_nodes(mechanism_id) + _sources_sinks(mechanism_id)
    kinds = Counter(type(elements[alias_id(n)]).__name__ for n in glyphs)
    assert kinds["DegradedLayout"] == len(_sources_sinks(mechanism_id))
    assert sum(kinds.values()) == len(glyphs)
    for node in glyphs + list(diagram.compartments):
        element = elements[alias_id(node) if isinstance(node, Node) else f"ca_{node.id}"]
        box = placed.boxes[node.id]
        got = [element.position.x, element.position.y, element.width, element.height]
        assert got == pytest.approx([box.cx, box.cy, box.w, box.h], abs=BOUNDS_TOLERANCE), node.id
    for node in diagram.nodes:
        if node.cls not in PROCESS_CLASSES:
            continue
        square = elements[f"{node.id}_layout"]._get_reaction_node_position()
        box = placed.boxes[node.id]
        assert math.hypot(square.x - box.cx, square.y - box.cy) < LINE_TOLERANCE, node.id
    modulations = [a for a in diagram.arcs if a.cls in MODIFICATION_TYPE and a.target in reactions]
    modifier_layouts = [e for e in map_.layout.layout_elements if type(e).__name__.endswith(MODIFIER_LAYOUTS)]
    assert len(modifier_layouts) == len(modulations)


# ------------------------------------------------------------------ CaSQ
@pytest.mark.parametrize("mechanism_id", MECHANISMS)
def test_casq_reads_species_and_reactions(mechanism_id: str, tmp_path: Path) -> None:
    content, _, placed = _parts(mechanism_id)
    path = _file(tmp_path, mechanism_id)
    with path.open(encoding="utf-8") as handle:
        info, width, height = read_celldesigner(handle)
    assert (width, height) == (str(math.ceil(placed.width)), str(math.ceil(placed.height)))
    aliases = {k: v for k, v in info.items() if not k.startswith("__")}  # "__<name>" entries index names
    nodes = {alias_id(n): n for n in _species_nodes(mechanism_id)}
    assert set(aliases) == set(nodes)  # every species glyph, clones included; DEGRADED ones skipped
    assert {a["ref_species"] for a in aliases.values()} == {s.id for s in content.species}
    for aid, data in aliases.items():
        box = placed.boxes[nodes[aid].id]
        got = [float(data[k]) for k in ("x", "y", "w", "h")]
        assert got == pytest.approx([box.x, box.y, box.w, box.h], abs=BOUNDS_TOLERANCE)
    # CaSQ files each reaction under each of its (non-DEGRADED) products, with reactants and modifiers
    expected: dict[str, list[tuple[list[str], list[tuple[str, str]]]]] = {aid: [] for aid in aliases}
    diagram = _parts(mechanism_id)[1]
    node_of = {n.id: n for n in diagram.nodes}
    for r in content.reactions:
        reactants = [alias_id(node_of[s]) for s, _ in r.reactants]
        modifiers = [
            (MODIFICATION_TYPE[a.cls], alias_id(node_of[a.source]))
            for m in r.modifiers
            for a in diagram.arcs
            if a.id == f"{r.id}__{m.role}_{m.species}"
        ]
        for s, _ in r.products:
            expected[alias_id(node_of[s])].append((reactants, modifiers))
    found = {aid: [(t.reactants, t.modifiers) for t in data["transitions"]] for aid, data in aliases.items()}
    assert found == expected
    assert sum(len(v) for v in found.values()) == sum(len(r.products) for r in content.reactions)

    qual = tmp_path / f"{mechanism_id}.qual.sbml"
    map_to_model(str(path), str(qual))  # the full CellDesigner -> SBML-qual conversion
    model = libsbml.readSBMLFromFile(str(qual)).getModel()
    plugin = model.getPlugin("qual")
    qual_species = {q.getId() for q in plugin.getListOfQualitativeSpecies()}
    assert qual_species and qual_species <= set(nodes)
    assert plugin.getNumTransitions() > 0
