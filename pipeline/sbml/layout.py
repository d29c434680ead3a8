"""SBML Level 3 Layout and Render of a mechanism: the SBGN process-description map inside the model.

``with_layout(mechanism)`` builds the mechanism's SBML document the normal way
(``pipeline.sbml.build.build_document``), enables the ``layout`` (L3 layout v1) and ``render``
(L3 render v1) packages, both ``required="false"``, and adds one Layout whose glyphs sit exactly
where ``pipeline.layout.place.layout`` puts them in the SBGN-ML maps, so COPASI and other
layout-aware tools show the same picture. Units are points, y grows downwards.

What each diagram element becomes:

- compartment box -> CompartmentGlyph ``cg_<id>`` (plus a TextGlyph ``tg_<id>`` for its label);
- species node, clones included -> SpeciesGlyph ``sg_<node id>`` and TextGlyph ``tg_<node id>``
  with the map label (``text``) bound to the glyph (``graphicalObject``); several glyphs may share
  a species. The TextGlyphs carry no ``originOfText``: libsbml writes only one of ``text`` and
  ``originOfText`` (text wins), so setting both would make the document change on a write/read
  round trip; the species is reached through the glyph instead;
- process node -> ReactionGlyph ``rg_<reaction id>``: curve = one segment from the input port to
  the output port, and the process square as bounding box (written explicitly beside the curve;
  most tools draw only the curve, so the square shows where the bounding box is honoured);
- arc between a process and a species node -> SpeciesReferenceGlyph ``srg_<arc id>`` of that
  ReactionGlyph, role substrate (consumption), product (production), activator (stimulation and
  necessary stimulation), inhibitor (inhibition) or modifier (catalysis); its speciesGlyph is the
  glyph of the node the arc touches (a clone's glyph when the arc comes from a clone). The
  matching SpeciesReference / ModifierSpeciesReference of the reaction (same list, same species
  and, for modifiers, the SBO term of the role) has no id in the core model, so this copy gives it
  the arc id (an unused SId: the core model stays valid and simulates identically) and the glyph
  points to it; when no single reference matches, speciesReference stays unset;
- phenotype node -> GeneralGlyph ``gg_<phenotype id>`` referencing the phenotype parameter, a
  TextGlyph with its label, and one ReferenceGlyph ``rfg_<arc id>`` per influence arc (glyph =
  the species glyph, reference = the species, role as for species reference glyphs);
- source or sink -> GeneralGlyph ``gg_<node id>`` without reference. SBML Layout cannot point a
  SpeciesReferenceGlyph at a GeneralGlyph, so the consumption arc from a source (production arc to
  a sink) is a ReferenceGlyph ``rfg_<arc id>`` *of the source/sink glyph*, whose glyph is the
  reaction glyph and whose role is "substrate" ("product"), with the arc's curve.

Render information (LocalRenderInformation ``<model id>_render``) draws the SBGN shapes: one
LocalStyle per glyph class, keyed by the list of glyph ids of that class (idList), so each glyph
gets its class's shape and each arc its SBGN line ending. Clone markers, state variables and units
of information are not drawn (the labels are). Output is deterministic: glyphs follow the diagram
order and coordinates are rounded to 0.01 pt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import libsbml

from pipeline.layout.diagram import PROCESS_CLASSES, Arc, Diagram, Node
from pipeline.layout.place import Layout, layout
from pipeline.layout.process_description import MODULATION_CLASS, process_description
from pipeline.layout.shapes import Box, Point
from pipeline.model import MODIFIER_ROLE_SBO, Mechanism
from pipeline.sbml.build import LEVEL, VERSION, BuildError, build_document, check, to_string

LAYOUT_NS = libsbml.LayoutExtension.getXmlnsL3V1V1()
RENDER_NS = libsbml.RenderExtension.getXmlnsL3V1V1()
_LAYOUT_PKG = libsbml.LayoutPkgNamespaces(LEVEL, VERSION, 1)

ROLE: dict[str, str] = {
    "consumption": "substrate",
    "production": "product",
    "stimulation": "activator",
    "necessary stimulation": "activator",
    "inhibition": "inhibitor",
    "catalysis": "modifier",
}
_ROLE_OF_MODULATION = {cls: role for role, cls in MODULATION_CLASS.items()}

COLORS: dict[str, str] = {
    "black": "#000000",
    "white": "#ffffff",
    "compartment_fill": "#f3f6fa80",
    "compartment_stroke": "#5a6e82",
    "macromolecule_fill": "#dbe9f6",
    "simple_chemical_fill": "#e3f2d9",
    "complex_fill": "#ebe3f3",
    "nucleic_acid_fill": "#fde9cf",
    "unspecified_fill": "#eeeeee",
    "perturbing_fill": "#f6d5d5",
    "phenotype_fill": "#fff4c2",
}

# (line ending id, bounding box x, y, w, h relative to the end of the line)
_ENDINGS: dict[str, tuple[float, float, float, float]] = {
    "production_head": (-10, -5, 10, 10),
    "stimulation_head": (-10, -5, 10, 10),
    "inhibition_head": (-3, -8, 3, 16),
    "catalysis_head": (-10, -5, 10, 10),
    "necessary_stimulation_head": (-14, -5, 14, 10),
}
_ARC_HEAD: dict[str, str | None] = {
    "consumption": None,
    "production": "production_head",
    "stimulation": "stimulation_head",
    "inhibition": "inhibition_head",
    "catalysis": "catalysis_head",
    "necessary stimulation": "necessary_stimulation_head",
}


def _n(value: float) -> float:
    return round(value, 2)


def _sid(prefix: str, ident: str) -> str:
    sid = f"{prefix}_{ident}"
    if not libsbml.SyntaxChecker.isValidSBMLSId(sid):
        raise BuildError(f"{sid!r} is not a valid SId")
    return sid


def _assign(setter: Callable[[str], object], getter: Callable[[], str], value: str, what: str) -> None:
    """Call a libsbml layout setter that returns nothing, and read the value back instead."""
    setter(value)
    if getter() != value:
        raise BuildError(f"{what}: libsbml did not accept {value!r}")


def _set_box(obj: libsbml.GraphicalObject, box: Box) -> None:
    """Bounding box of a glyph, marked as set so that libsbml writes it even beside a curve."""
    x, y, w, h = _n(box.x), _n(box.y), _n(box.w), _n(box.h)
    obj.setBoundingBox(libsbml.BoundingBox(_LAYOUT_PKG, "", x, y, w, h))  # returns nothing: read it back
    bb = obj.getBoundingBox()
    if (bb.getX(), bb.getY(), bb.getWidth(), bb.getHeight()) != (x, y, w, h):
        raise BuildError(f"{obj.getId()}: libsbml did not accept the bounding box {box}")


def _segment(obj: libsbml.GraphicalObject, start: Point, end: Point) -> None:
    """Give a glyph a curve made of one straight segment."""
    segment = obj.getCurve().createLineSegment()
    segment.setStart(_n(start[0]), _n(start[1]))
    segment.setEnd(_n(end[0]), _n(end[1]))


def _text(lay: libsbml.Layout, ident: str, text: str, box: Box, glyph: str) -> str:
    """A TextGlyph with the map label, bound to ``glyph`` (see the module notes on originOfText)."""
    tg = lay.createTextGlyph()
    tid = _sid("tg", ident)
    check(tg.setId(tid), tid)
    _assign(tg.setText, tg.getText, text, tid)
    check(tg.setGraphicalObjectId(glyph), tid)
    _set_box(tg, box)
    return tid


def _species_reference(
    reaction: libsbml.Reaction, arc: Arc, species: str, taken: set[str]
) -> libsbml.SimpleSpeciesReference | None:
    """The reactant, product or modifier of ``reaction`` that ``arc`` draws, if exactly one fits."""
    if arc.cls == "consumption":
        candidates = list(reaction.getListOfReactants())
    elif arc.cls == "production":
        candidates = list(reaction.getListOfProducts())
    else:
        sbo = MODIFIER_ROLE_SBO[_ROLE_OF_MODULATION[arc.cls]]
        candidates = [m for m in reaction.getListOfModifiers() if m.getSBOTermID() == sbo]
    fits = [r for r in candidates if r.getSpecies() == species]
    if len(fits) != 1 or (fits[0].isSetId() and fits[0].getId() in taken):
        return None  # none, several, or one already drawn by another arc
    return fits[0]


class _Builder:
    """Glyphs of one diagram in one libsbml Layout; remembers glyph ids by class for the styles."""

    def __init__(self, model: libsbml.Model, diagram: Diagram, placed: Layout, lay: libsbml.Layout) -> None:
        self.model = model
        self.diagram = diagram
        self.placed = placed
        self.lay = lay
        self.nodes = {n.id: n for n in diagram.nodes}
        self.glyph: dict[str, str] = {}  # node id -> glyph id
        self.styled: dict[str, list[str]] = {}  # style key -> glyph ids
        self.reaction_glyphs: dict[str, libsbml.ReactionGlyph] = {}
        self.general_glyphs: dict[str, libsbml.GeneralGlyph] = {}

    def _style(self, key: str, gid: str) -> None:
        self.styled.setdefault(key, []).append(gid)

    def is_species(self, node: Node) -> bool:
        return node.ref is not None and self.model.getSpecies(node.ref) is not None

    def compartments(self) -> None:
        for c in self.diagram.compartments:
            cg = self.lay.createCompartmentGlyph()
            gid = _sid("cg", c.id)
            check(cg.setId(gid), gid)
            if c.ref is not None:
                check(cg.setCompartmentId(c.ref), gid)
            _set_box(cg, self.placed.boxes[c.id])
            self._style("compartment", gid)
            tid = _text(self.lay, c.id, c.label, self.placed.label_boxes[c.id], gid)
            self._style("compartment_label", tid)

    def glyphs(self) -> None:
        for n in self.diagram.nodes:
            box = self.placed.boxes[n.id]
            if self.is_species(n):
                sg = self.lay.createSpeciesGlyph()
                gid = _sid("sg", n.id)
                check(sg.setId(gid), gid)
                _assign(sg.setSpeciesId, sg.getSpeciesId, n.ref, gid)
                _set_box(sg, box)
                self._style(n.cls, gid)
                self._style("label", _text(self.lay, n.id, n.label, box, gid))
            elif n.cls in PROCESS_CLASSES:
                rg = self.lay.createReactionGlyph()
                gid = _sid("rg", n.id)
                check(rg.setId(gid), gid)
                if n.ref is None or self.model.getReaction(n.ref) is None:
                    raise BuildError(f"process {n.id} does not name a reaction of {self.model.getId()}")
                check(rg.setReactionId(n.ref), gid)
                _set_box(rg, box)
                _segment(rg, *self.placed.ports[n.id])
                self.reaction_glyphs[n.id] = rg
                self._style(n.cls, gid)
            else:  # sources, sinks, phenotypes and anything else without a glyph type of its own
                gg = self.lay.createGeneralGlyph()
                gid = _sid("gg", n.id)
                check(gg.setId(gid), gid)
                if n.ref is not None:
                    check(gg.setReferenceId(n.ref), gid)
                _set_box(gg, box)
                self.general_glyphs[n.id] = gg
                self._style(n.cls, gid)
                if n.label:
                    self._style("label", _text(self.lay, n.id, n.label, box, gid))
            self.glyph[n.id] = gid

    def arcs(self) -> None:
        taken: set[str] = set()  # ids of the species references already drawn
        for a in self.diagram.arcs:
            source, target = self.nodes[a.source], self.nodes[a.target]
            start, end = self.placed.arcs[a.id]
            process = target if target.cls in PROCESS_CLASSES else source if source.cls in PROCESS_CLASSES else None
            other = source if process is target else target
            if process is not None and self.is_species(other):
                self._species_reference_glyph(a, process, other, start, end, taken)
            elif process is not None and other.id in self.general_glyphs:  # source or sink
                self._reference_glyph(self.general_glyphs[other.id], a, self.glyph[process.id], None, start, end)
            elif target.id in self.general_glyphs:  # influence on a phenotype
                self._reference_glyph(self.general_glyphs[target.id], a, self.glyph[source.id], source.ref, start, end)
            else:
                raise BuildError(f"arc {a.id}: no SBML Layout element can draw {source.cls} -> {target.cls}")

    def _species_reference_glyph(
        self, a: Arc, process: Node, species: Node, start: Point, end: Point, taken: set[str]
    ) -> None:
        srg = self.reaction_glyphs[process.id].createSpeciesReferenceGlyph()
        gid = _sid("srg", a.id)
        check(srg.setId(gid), gid)
        _assign(srg.setSpeciesGlyphId, srg.getSpeciesGlyphId, self.glyph[species.id], gid)
        _assign(srg.setRole, srg.getRoleString, ROLE[a.cls], gid)
        reference = _species_reference(self.model.getReaction(process.ref), a, species.ref, taken)
        if reference is not None:
            if not reference.isSetId():
                check(reference.setId(a.id), f"id of the reference drawn by {a.id}")
            taken.add(reference.getId())
            _assign(srg.setSpeciesReferenceId, srg.getSpeciesReferenceId, reference.getId(), gid)
        _segment(srg, start, end)
        self._style(a.cls, gid)

    def _reference_glyph(
        self, owner: libsbml.GeneralGlyph, a: Arc, glyph: str, reference: str | None, start: Point, end: Point
    ) -> None:
        rfg = owner.createReferenceGlyph()
        gid = _sid("rfg", a.id)
        check(rfg.setId(gid), gid)
        _assign(rfg.setGlyphId, rfg.getGlyphId, glyph, gid)
        if reference is not None:
            _assign(rfg.setReferenceId, rfg.getReferenceId, reference, gid)
        _assign(rfg.setRole, rfg.getRole, ROLE[a.cls], gid)
        _segment(rfg, start, end)
        self._style(a.cls, gid)


# ---------------------------------------------------------------------------------------- render


def _v(absolute: float = 0.0, relative: float = 0.0) -> libsbml.RelAbsVector:
    return libsbml.RelAbsVector(absolute, relative)


def _paint(element: libsbml.GraphicalPrimitive1D, stroke: str, width: float, fill: str | None = None) -> None:
    check(element.setStroke(stroke), "stroke")
    check(element.setStrokeWidth(width), "stroke width")
    if fill is not None:
        element.setFillColor(fill)  # returns nothing to check


def _rectangle(group: libsbml.RenderGroup, radius: float = 0.0, fill: str | None = None) -> None:
    rect = group.createRectangle()
    check(rect.setX(_v()), "rectangle x")
    check(rect.setY(_v()), "rectangle y")
    check(rect.setWidth(_v(0, 100)), "rectangle width")
    check(rect.setHeight(_v(0, 100)), "rectangle height")
    if radius:
        check(rect.setRadiusX(_v(radius)), "rectangle rx")
        check(rect.setRadiusY(_v(radius)), "rectangle ry")
    if fill is not None:
        rect.setFillColor(fill)


def _ellipse(group: libsbml.RenderGroup, fill: str | None = None, scale: float = 50.0) -> None:
    ellipse = group.createEllipse()
    check(ellipse.setCX(_v(0, 50)), "ellipse cx")
    check(ellipse.setCY(_v(0, 50)), "ellipse cy")
    check(ellipse.setRX(_v(0, scale)), "ellipse rx")
    check(ellipse.setRY(_v(0, scale)), "ellipse ry")
    if fill is not None:
        ellipse.setFillColor(fill)


def _points(shape: libsbml.Polygon | libsbml.RenderCurve, points: Iterable[tuple[tuple[float, float], ...]]) -> None:
    """Points as ((x absolute, x %), (y absolute, y %))."""
    for (xa, xr), (ya, yr) in points:
        p = shape.createPoint()
        check(p.setX(_v(xa, xr)), "point x")
        check(p.setY(_v(ya, yr)), "point y")


def _polygon(group: libsbml.RenderGroup, points: list[tuple[tuple[float, float], ...]]) -> None:
    _points(group.createPolygon(), points)


def _cut_corners(c: float) -> list[tuple[tuple[float, float], ...]]:
    return [
        ((c, 0), (0, 0)),
        ((-c, 100), (0, 0)),
        ((0, 100), (c, 0)),
        ((0, 100), (-c, 100)),
        ((-c, 100), (0, 100)),
        ((c, 0), (0, 100)),
        ((0, 0), (-c, 100)),
        ((0, 0), (c, 0)),
    ]


def _hexagon(c: float) -> list[tuple[tuple[float, float], ...]]:
    return [
        ((c, 0), (0, 0)),
        ((-c, 100), (0, 0)),
        ((0, 100), (0, 50)),
        ((-c, 100), (0, 100)),
        ((c, 0), (0, 100)),
        ((0, 0), (0, 50)),
    ]


def _concave_hexagon(c: float) -> list[tuple[tuple[float, float], ...]]:
    return [
        ((0, 0), (0, 0)),
        ((0, 100), (0, 0)),
        ((-c, 100), (0, 50)),
        ((0, 100), (0, 100)),
        ((0, 0), (0, 100)),
        ((c, 0), (0, 50)),
    ]


def _node_shape(group: libsbml.RenderGroup, key: str) -> bool:
    """Draw the SBGN shape of a node class into ``group``; False if ``key`` is not a node class."""
    if key == "compartment":
        _paint(group, "compartment_stroke", 3.0, "compartment_fill")
        _rectangle(group, radius=14)
    elif key == "macromolecule":
        _paint(group, "black", 1.0, "macromolecule_fill")
        _rectangle(group, radius=8)
    elif key == "simple chemical":
        _paint(group, "black", 1.0, "simple_chemical_fill")
        _ellipse(group)
    elif key == "complex":
        _paint(group, "black", 1.0, "complex_fill")
        _polygon(group, _cut_corners(8))
    elif key == "nucleic acid feature":
        _paint(group, "black", 1.0, "nucleic_acid_fill")
        _rectangle(group)
    elif key == "unspecified entity":
        _paint(group, "black", 1.0, "unspecified_fill")
        _ellipse(group)
    elif key in ("perturbing agent", "perturbation"):
        _paint(group, "black", 1.0, "perturbing_fill")
        _polygon(group, _concave_hexagon(10))
    elif key == "phenotype":
        _paint(group, "black", 1.0, "phenotype_fill")
        _polygon(group, _hexagon(12))
    elif key == "source and sink":
        _paint(group, "black", 1.0, "white")
        _ellipse(group)
        _points(group.createCurve(), [((0, 0), (0, 100)), ((0, 100), (0, 0))])
    elif key == "association":
        _paint(group, "black", 1.0, "black")
        _ellipse(group)
    elif key == "dissociation":
        _paint(group, "black", 1.0, "white")
        _ellipse(group)
        _ellipse(group, scale=30.0)
    elif key in PROCESS_CLASSES:
        _paint(group, "black", 1.0, "white")
        _rectangle(group)
    else:
        return False
    return True


def _line_endings(info: libsbml.LocalRenderInformation) -> None:
    for eid, (x, y, w, h) in _ENDINGS.items():
        ending = info.createLineEnding()
        check(ending.setId(eid), eid)
        check(ending.setEnableRotationalMapping(True), eid)
        bb = ending.createBoundingBox()
        bb.setX(x)
        bb.setY(y)
        bb.setWidth(w)
        bb.setHeight(h)
        group = ending.getGroup()
        triangle = [((0, 0), (0, 0)), ((0, 100), (0, 50)), ((0, 0), (0, 100))]
        if eid == "production_head":
            _paint(group, "black", 1.0, "black")
            _polygon(group, triangle)
        elif eid == "stimulation_head":
            _paint(group, "black", 1.0, "white")
            _polygon(group, triangle)
        elif eid == "inhibition_head":
            _paint(group, "black", 1.0, "black")
            _rectangle(group)
        elif eid == "catalysis_head":
            _paint(group, "black", 1.0, "white")
            _ellipse(group)
        else:  # necessary stimulation: a bar, a gap, then an open triangle
            _paint(group, "black", 1.0, "white")
            _polygon(group, [((4, 0), (0, 0)), ((0, 100), (0, 50)), ((4, 0), (0, 100))])
            _points(group.createCurve(), [((0, 0), (0, 0)), ((0, 0), (0, 100))])


def _render(lay: libsbml.Layout, model_id: str, styled: dict[str, list[str]]) -> None:
    info = lay.getPlugin("render").createLocalRenderInformation()
    check(info.setId(f"{model_id}_render"), "render information id")
    check(info.setProgramName("mgbone pipeline.sbml.layout"), "render program name")
    check(info.setBackgroundColor("white"), "background colour")
    for cid, value in COLORS.items():
        color = info.createColorDefinition()
        check(color.setId(cid), cid)
        if not color.setColorValue(value):
            raise BuildError(f"colour {cid}: cannot parse {value}")
    _line_endings(info)
    for key, ids in styled.items():
        style = info.createLocalStyle()
        sid = _sid("style", key.replace(" ", "_"))
        check(style.setId(sid), sid)
        for gid in ids:
            check(style.addId(gid), f"{sid}: {gid}")
        group = style.getGroup()
        if key in ("label", "compartment_label"):
            check(group.setStroke("black"), sid)
            check(group.setFontFamily("sans-serif"), sid)
            check(group.setFontSize(_v(10 if key == "label" else 11)), sid)
            check(group.setTextAnchor("middle" if key == "label" else "start"), sid)
            check(group.setVTextAnchor("middle"), sid)
        elif key in _ARC_HEAD:
            _paint(group, "black", 1.0)
            head = _ARC_HEAD[key]
            if head is not None:
                check(group.setEndHead(head), sid)
        elif not _node_shape(group, key):
            raise BuildError(f"no render style for glyph class {key!r}")


# ------------------------------------------------------------------------------------------- api


def layout_document(mechanism: Mechanism) -> libsbml.SBMLDocument:
    """The mechanism's SBML document with its process-description map as Layout and Render."""
    doc = build_document(mechanism)
    check(doc.enablePackage(LAYOUT_NS, "layout", True), "enable layout")
    check(doc.setPackageRequired("layout", False), "layout required")
    check(doc.enablePackage(RENDER_NS, "render", True), "enable render")
    check(doc.setPackageRequired("render", False), "render required")
    model = doc.getModel()
    diagram = process_description(mechanism)
    placed = layout(diagram)

    lay = model.getPlugin("layout").createLayout()
    check(lay.setId(f"{model.getId()}_layout"), "layout id")
    check(lay.setName(diagram.title), "layout name")
    dims = lay.getDimensions()
    dims.setWidth(_n(placed.width))
    dims.setHeight(_n(placed.height))

    builder = _Builder(model, diagram, placed, lay)
    builder.compartments()
    builder.glyphs()
    builder.arcs()
    _render(lay, model.getId(), builder.styled)
    return doc


def with_layout(mechanism: Mechanism) -> str:
    """SBML L3V2 text of the mechanism with the layout and render packages (both not required)."""
    return to_string(layout_document(mechanism))
