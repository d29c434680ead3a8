"""The SBML Layout/Render copy of every model: valid, deterministic, and the same picture as the SBGN map."""

from __future__ import annotations

from functools import cache

import libsbml
import pytest

from pipeline.layout.diagram import PROCESS_CLASSES, Diagram
from pipeline.layout.place import Layout, layout
from pipeline.layout.process_description import process_description
from pipeline.layout.shapes import Box
from pipeline.mechanisms import registry
from pipeline.sbml.layout import with_layout
from pipeline.validate.sbml_checks import ERROR, WARNING, check_document, consistency

MECHANISM_IDS = list(registry())
# SBGN arc class -> SBML Layout role, as the SBML Layout specification names them
EXPECTED_ROLE = {
    "consumption": "substrate",
    "production": "product",
    "stimulation": "activator",
    "necessary stimulation": "activator",
    "inhibition": "inhibitor",
    "catalysis": "modifier",
}
TOLERANCE = 0.01


@cache
def _text(mechanism_id: str) -> str:
    return with_layout(registry()[mechanism_id])


@cache
def _diagram(mechanism_id: str) -> tuple[Diagram, Layout]:
    diagram = process_description(registry()[mechanism_id])
    return diagram, layout(diagram)


def _doc(mechanism_id: str) -> libsbml.SBMLDocument:
    doc = libsbml.readSBMLFromString(_text(mechanism_id))
    assert doc.getNumErrors() == 0, doc.getErrorLog().toString()
    return doc


def _layout(doc: libsbml.SBMLDocument) -> libsbml.Layout:
    plugin = doc.getModel().getPlugin("layout")
    assert plugin is not None and plugin.getNumLayouts() == 1
    return plugin.getLayout(0)


def _species_node_ids(diagram: Diagram, model: libsbml.Model) -> list[str]:
    return [n.id for n in diagram.nodes if n.ref is not None and model.getSpecies(n.ref) is not None]


def _close(bb: libsbml.BoundingBox, box: Box) -> bool:
    got = (bb.getX(), bb.getY(), bb.getWidth(), bb.getHeight())
    return all(abs(g - w) <= TOLERANCE for g, w in zip(got, (box.x, box.y, box.w, box.h), strict=True))


@pytest.mark.parametrize("mechanism_id", MECHANISM_IDS)
def test_no_libsbml_errors_or_warnings(mechanism_id: str) -> None:
    doc = _doc(mechanism_id)
    assert doc.isPackageEnabled("layout") and doc.isPackageEnabled("render")
    assert not doc.getPackageRequired("layout") and not doc.getPackageRequired("render")
    findings = [f for f in consistency(doc, mechanism_id) if f.severity in (ERROR, WARNING)]
    assert findings == [], "\n".join(f.line() for f in findings)
    # the core model keeps passing the project's strict checks (SBO, annotations, identifiers)
    strict = check_document(_doc(mechanism_id), mechanism_id, strict=True)
    assert strict == [], "\n".join(f.line() for f in strict)


@pytest.mark.parametrize("mechanism_id", MECHANISM_IDS)
def test_deterministic(mechanism_id: str) -> None:
    assert with_layout(registry()[mechanism_id]) == _text(mechanism_id)


@pytest.mark.parametrize("mechanism_id", MECHANISM_IDS)
def test_every_species_and_reaction_has_its_glyphs(mechanism_id: str) -> None:
    doc = _doc(mechanism_id)
    model, lay = doc.getModel(), _layout(doc)
    diagram, _ = _diagram(mechanism_id)
    assert lay.getId() == f"{mechanism_id}_layout"
    assert lay.getNumSpeciesGlyphs() == len(_species_node_ids(diagram, model))
    assert lay.getNumReactionGlyphs() == sum(n.cls in PROCESS_CLASSES for n in diagram.nodes)

    drawn_species = [g.getSpeciesId() for g in lay.getListOfSpeciesGlyphs()]
    for s in model.getListOfSpecies():
        assert s.getId() in drawn_species, f"species {s.getId()} has no SpeciesGlyph"
    drawn_reactions = [g.getReactionId() for g in lay.getListOfReactionGlyphs()]
    for r in model.getListOfReactions():
        assert drawn_reactions.count(r.getId()) == 1, f"reaction {r.getId()}: {drawn_reactions.count(r.getId())} glyphs"
    for c in diagram.compartments:
        assert lay.getCompartmentGlyph(f"cg_{c.id}").getCompartmentId() == c.ref


@pytest.mark.parametrize("mechanism_id", MECHANISM_IDS)
def test_species_glyphs_sit_where_the_map_puts_them(mechanism_id: str) -> None:
    doc = _doc(mechanism_id)
    lay = _layout(doc)
    diagram, placed = _diagram(mechanism_id)
    assert abs(lay.getDimensions().getWidth() - placed.width) <= TOLERANCE
    assert abs(lay.getDimensions().getHeight() - placed.height) <= TOLERANCE
    expected = {f"sg_{node_id}": node_id for node_id in _species_node_ids(diagram, doc.getModel())}
    assert {g.getId() for g in lay.getListOfSpeciesGlyphs()} == set(expected)
    for glyph in lay.getListOfSpeciesGlyphs():
        node = diagram.node(expected[glyph.getId()])
        assert glyph.getSpeciesId() == node.ref
        assert _close(glyph.getBoundingBox(), placed.boxes[node.id]), glyph.getId()
    for c in diagram.compartments:
        assert _close(lay.getCompartmentGlyph(f"cg_{c.id}").getBoundingBox(), placed.boxes[c.id]), c.id
    labels = {t.getGraphicalObjectId(): t for t in lay.getListOfTextGlyphs()}
    for glyph in lay.getListOfSpeciesGlyphs():
        text = labels[glyph.getId()]
        assert text.getText() == diagram.node(expected[glyph.getId()]).label
        # libsbml writes text or originOfText, never both: the label wins, the species is the glyph's
        assert not text.isSetOriginOfTextId()


@pytest.mark.parametrize("mechanism_id", MECHANISM_IDS)
def test_reference_glyph_roles_match_the_arcs(mechanism_id: str) -> None:
    doc = _doc(mechanism_id)
    model, lay = doc.getModel(), _layout(doc)
    diagram, placed = _diagram(mechanism_id)
    arcs = {a.id: a for a in diagram.arcs}
    drawn: set[str] = set()
    for rg in lay.getListOfReactionGlyphs():
        reaction = model.getReaction(rg.getReactionId())
        for srg in rg.getListOfSpeciesReferenceGlyphs():
            arc = arcs[srg.getId().removeprefix("srg_")]
            drawn.add(arc.id)
            assert srg.getRoleString() == EXPECTED_ROLE[arc.cls], arc.id
            assert arc.ref == reaction.getId()
            species_end = arc.target if arc.cls == "production" else arc.source
            assert srg.getSpeciesGlyphId() == f"sg_{species_end}", arc.id  # the clone's glyph for a clone
            if srg.isSetSpeciesReferenceId():
                ref = reaction.getModifier(srg.getSpeciesReferenceId())
                if ref is None:
                    ref = reaction.getReactant(srg.getSpeciesReferenceId()) or reaction.getProduct(
                        srg.getSpeciesReferenceId()
                    )
                assert ref is not None and ref.getSpecies() == diagram.node(species_end).ref, arc.id
            start, end = placed.arcs[arc.id]
            segment = srg.getCurve().getCurveSegment(0)
            s, e = segment.getStart(), segment.getEnd()
            got = (s.getXOffset(), s.getYOffset(), e.getXOffset(), e.getYOffset())
            assert all(abs(g - w) <= TOLERANCE for g, w in zip(got, (*start, *end), strict=True)), arc.id
    for i in range(lay.getNumGeneralGlyphs()):
        gg = lay.getGeneralGlyph(i)
        node = diagram.node(gg.getId().removeprefix("gg_"))
        assert gg.getReferenceId() == (node.ref or "")
        for rfg in gg.getListOfReferenceGlyphs():
            arc = arcs[rfg.getId().removeprefix("rfg_")]
            drawn.add(arc.id)
            assert rfg.getRole() == EXPECTED_ROLE[arc.cls], arc.id
            assert node.id in (arc.source, arc.target), arc.id
            other = arc.target if arc.source == node.id else arc.source
            prefix = "rg" if diagram.node(other).cls in PROCESS_CLASSES else "sg"
            assert rfg.getGlyphId() == f"{prefix}_{other}", arc.id
    assert drawn == set(arcs), f"arcs without a glyph: {sorted(set(arcs) - drawn)}"


def test_every_reactant_product_and_modifier_is_linked() -> None:
    """In the integrated model every species reference glyph names its SpeciesReference."""
    doc = _doc("integrated")  # keep the document alive while its layout is used
    lay = _layout(doc)
    unlinked = [
        srg.getId()
        for rg in lay.getListOfReactionGlyphs()
        for srg in rg.getListOfSpeciesReferenceGlyphs()
        if not srg.isSetSpeciesReferenceId()
    ]
    assert unlinked == []


def test_integrated_layout_round_trips() -> None:
    text = _text("integrated")
    doc = libsbml.readSBMLFromString(text)
    assert doc.getNumErrors() == 0
    assert libsbml.writeSBMLToString(doc) == text
    again = libsbml.readSBMLFromString(libsbml.writeSBMLToString(doc))
    assert _layout(again).toSBML() == _layout(doc).toSBML()
    info = _layout(again).getPlugin("render").getRenderInformation(0)
    assert info.getId() == "integrated_render"
    assert info.getNumStyles() > 0 and info.getNumLineEndings() == 5


def test_copasi_imports_every_glyph_of_the_embedded_diagram() -> None:
    """COPASI reads the layout and render information and writes every glyph back out."""
    import re

    import basico

    from pipeline.build import project_root

    path = project_root() / "models" / "sbml_layout" / "trpm7_pdgf.xml"
    source = path.read_text(encoding="utf-8")
    data_model = basico.load_model(str(path))
    try:
        exported = data_model.exportSBMLToString(3, 1)
    finally:
        basico.remove_datamodel(data_model)
    for tag in (
        "speciesGlyph",
        "reactionGlyph",
        "compartmentGlyph",
        "generalGlyph",
        "textGlyph",
        "speciesReferenceGlyph",
        "referenceGlyph",
    ):
        pattern = f"<[a-z]*:?{tag}[ >]"
        assert len(re.findall(pattern, exported)) == len(re.findall(pattern, source)) > 0, tag
    assert "renderInformation" in exported
