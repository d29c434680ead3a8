"""SBGN-ML (0.3) documents of laid-out diagrams, written with libsbgnpy.

Every glyph that stands for a model element carries, in its ``extension``, the same
identifiers.org annotation as the SBML element (RDF in the layout momapy and libsbgn read) and
an ``mg:sbml`` element naming the SBML model and element id, so maps and models can be matched
both ways without guessing from labels.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

import libsbgnpy as sbgn

from pipeline.layout.diagram import ACTIVITY_FLOW, PROCESS_CLASSES, Diagram, Node
from pipeline.layout.place import Layout
from pipeline.layout.shapes import Box
from pipeline.model import Xref

SBGN_NS = "http://sbgn.org/libsbgn/0.3"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
QUALIFIER_NS = {
    "bqbiol": "http://biomodels.net/biology-qualifiers/",
    "bqmodel": "http://biomodels.net/model-qualifiers/",
}
LINK_NS = "https://w3id.org/mgbone/sbgn-sbml-link/1"
XHTML_NS = "http://www.w3.org/1999/xhtml"

PD_VERSION = sbgn.MapVersion.HTTP_IDENTIFIERS_ORG_COMBINE_SPECIFICATIONS_SBGN_PD_LEVEL_1_VERSION_2_0
AF_VERSION = sbgn.MapVersion.HTTP_IDENTIFIERS_ORG_COMBINE_SPECIFICATIONS_SBGN_AF_LEVEL_1_VERSION_1_2
AF_UNIT_ENTITY = {
    "mt:prot": sbgn.EntityName.MACROMOLECULE,
    "mt:simplechem": sbgn.EntityName.SIMPLE_CHEMICAL,
    "mt:rna": sbgn.EntityName.NUCLEIC_ACID_FEATURE,
    "mt:complex": sbgn.EntityName.COMPLEX,
    "mt:pert": sbgn.EntityName.PERTURBATION,
}


def _n(value: float) -> float:
    return round(value, 2)


def _bbox(b: Box) -> sbgn.Bbox:
    return sbgn.Bbox(x=_n(b.x), y=_n(b.y), w=_n(b.w), h=_n(b.h))


def annotation_xml(element_id: str, xrefs: tuple[Xref, ...]) -> str:
    """RDF of identifiers.org cross-references, grouped by qualifier in first-seen order."""
    groups: dict[str, list[str]] = {}
    for x in xrefs:
        groups.setdefault(x.qualifier, []).append(x.url)
    body = []
    for qualifier, urls in groups.items():
        items = "".join(f"<rdf:li rdf:resource={quoteattr(u)}/>" for u in urls)
        body.append(f"<{qualifier}><rdf:Bag>{items}</rdf:Bag></{qualifier}>")
    namespaces = " ".join(f'xmlns:{p}="{u}"' for p, u in QUALIFIER_NS.items())
    return (
        f'<annotation xmlns="{SBGN_NS}"><rdf:RDF xmlns:rdf="{RDF_NS}" {namespaces}>'
        f"<rdf:Description rdf:about={quoteattr('#' + element_id)}>{''.join(body)}</rdf:Description>"
        "</rdf:RDF></annotation>"
    )


def link_xml(model: str, element: str) -> str:
    return f'<mg:sbml xmlns:mg="{LINK_NS}" model={quoteattr(model)} element={quoteattr(element)}/>'


def _extension(element_id: str, xrefs: tuple[Xref, ...], model: str, ref: str | None) -> sbgn.Sbgnbase.Extension | None:
    parts = []
    if xrefs:
        parts.append(annotation_xml(element_id, xrefs))
    if model and ref:
        parts.append(link_xml(model, ref))
    return sbgn.Sbgnbase.Extension(any_element=parts) if parts else None


def _state(text: str) -> sbgn.Glyph.State:
    if "@" in text:
        value, variable = text.split("@", 1)
        return sbgn.Glyph.State(value=value or None, variable=variable)
    return sbgn.Glyph.State(value=text)


def _aux_glyphs(n: Node, layout: Layout, language: str) -> list[sbgn.Glyph]:
    glyphs = []
    for i, (text, box) in enumerate(zip(n.units, layout.units[n.id], strict=True)):
        glyph = sbgn.Glyph(id=f"{n.id}__unit_{i + 1}", class_value=sbgn.GlyphClass.UNIT_OF_INFORMATION, bbox=_bbox(box))
        glyph.label = sbgn.Label(text=text)
        if language == ACTIVITY_FLOW and text in AF_UNIT_ENTITY:
            glyph.entity = sbgn.Glyph.Entity(name=AF_UNIT_ENTITY[text])
        glyphs.append(glyph)
    for i, (text, box) in enumerate(zip(n.states, layout.states[n.id], strict=True)):
        glyphs.append(
            sbgn.Glyph(
                id=f"{n.id}__state_{i + 1}",
                class_value=sbgn.GlyphClass.STATE_VARIABLE,
                state=_state(text),
                bbox=_bbox(box),
            )
        )
    for i, (text, box) in enumerate(zip(n.parts, layout.parts.get(n.id, ()), strict=True)):
        glyphs.append(
            sbgn.Glyph(
                id=f"{n.id}__part_{i + 1}",
                class_value=sbgn.GlyphClass.MACROMOLECULE,
                label=sbgn.Label(text=text),
                bbox=_bbox(box),
            )
        )
    return glyphs


def _node_glyph(n: Node, diagram: Diagram, layout: Layout) -> sbgn.Glyph:
    glyph = sbgn.Glyph(
        id=n.id,
        class_value=sbgn.GlyphClass(n.cls),
        bbox=_bbox(layout.boxes[n.id]),
        compartment_ref=n.compartment,
        extension=_extension(n.id, n.xrefs, diagram.model, n.ref),
    )
    if n.label:
        glyph.label = sbgn.Label(text=n.label)
    if n.clone:
        glyph.clone = sbgn.Glyph.Clone()
    glyph.glyph = _aux_glyphs(n, layout, diagram.language)
    if n.cls in PROCESS_CLASSES:
        (x1, y1), (x2, y2) = layout.ports[n.id]
        glyph.port = [sbgn.Port(id=f"{n.id}.1", x=_n(x1), y=_n(y1)), sbgn.Port(id=f"{n.id}.2", x=_n(x2), y=_n(y2))]
        b = layout.boxes[n.id]
        glyph.orientation = (
            sbgn.GlyphOrientation.HORIZONTAL if abs(y1 - b.cy) < 1e-6 else sbgn.GlyphOrientation.VERTICAL
        )
    return glyph


def _notes(text: str) -> sbgn.Sbgnbase.Notes:
    return sbgn.Sbgnbase.Notes(w3_org_1999_xhtml_element=[f'<body xmlns="{XHTML_NS}"><p>{escape(text)}</p></body>'])


def document(diagram: Diagram, layout: Layout, description: str) -> sbgn.Sbgn:
    """The SBGN-ML document of one laid-out diagram; ``description`` goes into the map's notes."""
    nodes = {n.id: n for n in diagram.nodes}
    depth = {c.id: 0 for c in diagram.compartments}
    for c in diagram.compartments:
        p = c.parent
        while p is not None:
            depth[c.id] += 1
            p = next(x.parent for x in diagram.compartments if x.id == p)
    glyphs = [
        sbgn.Glyph(
            id=c.id,
            class_value=sbgn.GlyphClass.COMPARTMENT,
            label=sbgn.Label(text=c.label, bbox=_bbox(layout.label_boxes[c.id])),
            bbox=_bbox(layout.boxes[c.id]),
            compartment_order=float(depth[c.id]),
            extension=_extension(c.id, c.xrefs, diagram.model, c.ref),
        )
        for c in diagram.compartments
    ]
    glyphs += [_node_glyph(n, diagram, layout) for n in diagram.nodes]
    arcs = []
    for a in diagram.arcs:
        (x1, y1), (x2, y2) = layout.arcs[a.id]
        source = f"{a.source}.2" if nodes[a.source].cls in PROCESS_CLASSES and a.cls == "production" else a.source
        target = f"{a.target}.1" if nodes[a.target].cls in PROCESS_CLASSES and a.cls == "consumption" else a.target
        arcs.append(
            sbgn.Arc(
                id=a.id,
                class_value=sbgn.ArcClass(a.cls),
                source=source,
                target=target,
                start=sbgn.Arc.Start(x=_n(x1), y=_n(y1)),
                end=sbgn.Arc.End(x=_n(x2), y=_n(y2)),
            )
        )
    language = sbgn.MapLanguage(diagram.language)
    version = AF_VERSION if diagram.language == ACTIVITY_FLOW else PD_VERSION
    suffix = "af" if diagram.language == ACTIVITY_FLOW else "pd"
    the_map = sbgn.Map(
        id=f"{diagram.id}_{suffix}",
        language=language,
        version=version,
        bbox=sbgn.Bbox(x=0.0, y=0.0, w=_n(layout.width), h=_n(layout.height)),
        glyph=glyphs,
        arc=arcs,
        notes=_notes(f"{diagram.title}. {description}"),
        extension=_extension(f"{diagram.id}_{suffix}", diagram.xrefs, "", None),
    )
    return sbgn.Sbgn(map=[the_map])


def to_string(doc: sbgn.Sbgn) -> str:
    text = sbgn.write_sbgn_to_string(doc)
    return text if text.endswith("\n") else text + "\n"
