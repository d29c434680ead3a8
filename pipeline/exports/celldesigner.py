"""CellDesigner 4.x files: SBML Level 2 Version 4 with the ``celldesigner:`` extension and our diagram.

``celldesigner_text(mechanism)`` returns the text of one CellDesigner file (namespace
``http://www.sbml.org/2001/ns/celldesigner``, ``modelVersion`` 4.0). The build writes it to
``models/celldesigner/<id>.xml``. CellDesigner opens it with the process-description diagram of our
SBGN maps: every position comes from ``pipeline.layout.place.layout`` of
``pipeline.layout.process_description.process_description``; nothing is laid out here.

The SBML part is the model's SBML L3V2 document (``pipeline.sbml.build.build_document``) converted
by libsbml to L2V4 (strict conversion), so the ids, values, units, kinetic laws, rules, SBO terms,
notes and identifiers.org annotations are those of ``models/sbml/<id>.xml``. The RDF of every
element is rewritten as libsbml writes it at L2V4 (the converted copy keeps the L3 namespace list,
which lacks ``dc:`` for the model's creator). What CellDesigner needs on top:

- compartments get their ``outside`` (an L2 attribute that L3 dropped) from the declarations;
- the names of species and compartments are the labels drawn on the map, written the way
  CellDesigner writes names (``Mg2_plus_``, ``_beta_``, ``_space_``, ``_slash_``); the full name
  moves to the first paragraph of the element's notes ("Full name: ...");
- synthesis and degradation: CellDesigner draws every reaction between species aliases, and the
  momapy reader needs a reactant and a product on each reaction (it reads ``listOfReactants`` and
  ``listOfProducts`` of every reaction and builds the reaction line from one base reactant to one
  base product). So each compartment that has a source or sink glyph gets one species of class
  DEGRADED (``degraded_<compartment>``, no name, SBO:0000291 empty set, concentration 0,
  ``boundaryCondition`` and ``constant`` true), drawn once per source/sink glyph of the map, and
  is the reactant of each synthesis and the product of each degradation in that compartment, as in
  files CellDesigner writes. Being a constant boundary species it changes no rate and no ODE; the
  reaction ids, kinetic laws and all other participants are those of the model;
- every species reference gets a metaid ``meta_<arc id>`` (the id of its arc in the diagram) and
  the alias of the glyph its arc touches.

What each diagram element becomes in the ``celldesigner:extension`` of the model:

- compartment box -> ``compartmentAlias`` ``ca_<id>``, class SQUARE, bounds = the box, name point
  = centre of the label box;
- species node (clones included) -> ``speciesAlias`` ``sa_<node id>`` (``complexSpeciesAlias``
  ``csa_<node id>`` for complexes) with bounds = the node box, the compartment alias of its
  compartment, and the view as CellDesigner writes it (usual view with the node size and the fill
  of our maps; the standard brief view); activity ``active`` for species whose state is "active";
- complex subunits (the labels drawn inside a complex) -> included species
  ``<complex>__part_<k>`` (class PROTEIN, with the protein of the same label when the model has
  one) and aliases ``sa_<complex node id>__part_<k>`` at the subunit boxes;
- source/sink node -> alias ``sa_<node id>`` of the DEGRADED species of its compartment;
- process node -> the reaction's ``reactionType``: HETERODIMER_ASSOCIATION (association glyph),
  DISSOCIATION (dissociation glyph), TRANSPORT (SBO:0000185, SBO:0000655), TRANSCRIPTION
  (SBO:0000183), TRANSLATION (SBO:0000184), STATE_TRANSITION (other known reaction SBO terms),
  UNKNOWN_TRANSITION otherwise; base reactants/products and reactant/product links with their
  aliases; the line passes through the input and output ports of our process glyph (edit points
  in CellDesigner's frame coordinates), so the reaction square sits where our process glyph is;
- modulation arc -> ``modification`` of the reaction: catalysis CATALYSIS, inhibition INHIBITION,
  stimulation PHYSICAL_STIMULATION, necessary stimulation TRIGGER, from the alias the arc starts
  at (a clone's alias when the arc comes from a clone).

Species identities: PROTEIN for SBO:0000252/0000245 (one ``protein`` per UniProt accession and
label, type GENERIC, shared by the species of that protein: e.g. GSK3B and GSK3B_p), ION for
SBO:0000327, SIMPLE_MOLECULE for SBO:0000247, COMPLEX for SBO:0000253, RNA for SBO:0000250/0000278
(one ``RNA`` per label), GENE for SBO:0000354, UNKNOWN otherwise (SBO:0000285, SBO:0000405). State
variables: ``P@S9`` is a modification residue S9 of the protein (phosphorylated on the species
that shows it, empty on the others), ``active`` is the alias activity, any other state
("rest", "surface", ...) is a structural state.

Lost on the way (CellDesigner has no place for them, or L2V4 has none):

- phenotype glyphs and their influence arcs: phenotypes stay SBML parameters with their rules
  (L2V4 has the same rules), but CellDesigner draws only species and reactions, so they are not
  drawn;
- units of information (``ct:mRNA``: CellDesigner's RNA glyph says it), the clone markers (each
  clone is an alias of the same species, which is how CellDesigner shows clones);
- receptor and ion-channel protein shapes: the declarations do not say which proteins are
  receptors, so every protein is GENERIC;
- ``sbml:units`` on numbers inside MathML and the model's ``extentUnits`` (L3 only; the model
  units become the L2 redefinitions of ``substance``, ``time`` and ``volume``). libsbml's
  consistency check therefore warns (99505, no error) on each formula with the literal 1, which
  the L3 model marks dimensionless; the formulas are kept as they are rather than rewritten.

Output is deterministic: ids derive from the model and diagram ids, elements follow declaration
and diagram order, coordinates are rounded to 0.01 pt, no dates are stamped.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

import libsbml
from lxml import etree

from pipeline.assemble import Content, content_of
from pipeline.layout.diagram import Arc, Diagram, Node
from pipeline.layout.place import Layout, layout
from pipeline.layout.process_description import process_description
from pipeline.layout.shapes import Box, Point
from pipeline.model import Mechanism, Species
from pipeline.sbml.build import SBO_PRODUCT, SBO_REACTANT, BuildError, build_document, check

CD_NS = "http://www.sbml.org/2001/ns/celldesigner"
SBML_NS = "http://www.sbml.org/sbml/level2/version4"
XHTML_NS = "http://www.w3.org/1999/xhtml"
LEVEL, VERSION = 2, 4
MODEL_VERSION = "4.0"
FONT_SIZE = "10"  # the 10-pt label font the node sizes of our layout are computed for
SBO_EMPTY_SET = "SBO:0000291"

SPECIES_CLASS: dict[str, str] = {
    "SBO:0000327": "ION",
    "SBO:0000247": "SIMPLE_MOLECULE",
    "SBO:0000252": "PROTEIN",
    "SBO:0000245": "PROTEIN",
    "SBO:0000253": "COMPLEX",
    "SBO:0000250": "RNA",
    "SBO:0000278": "RNA",
    "SBO:0000354": "GENE",
    "SBO:0000285": "UNKNOWN",
    "SBO:0000405": "UNKNOWN",
}
TRANSPORT_SBO = frozenset({"SBO:0000185", "SBO:0000655"})
STATE_TRANSITION_SBO = frozenset(
    {
        "SBO:0000176",  # biochemical reaction
        "SBO:0000177",  # non-covalent binding (drawn as a process)
        "SBO:0000178",  # cleavage
        "SBO:0000179",  # degradation
        "SBO:0000180",  # dissociation (drawn as a process)
        "SBO:0000181",  # conformational transition
        "SBO:0000182",  # conversion
        "SBO:0000216",  # phosphorylation
        "SBO:0000330",  # dephosphorylation
        "SBO:0000589",  # genetic production
    }
)
REACTION_TYPE_OF_SBO: dict[str, str] = {"SBO:0000183": "TRANSCRIPTION", "SBO:0000184": "TRANSLATION"}
MODIFICATION_TYPE: dict[str, str] = {
    "catalysis": "CATALYSIS",
    "inhibition": "INHIBITION",
    "stimulation": "PHYSICAL_STIMULATION",
    "necessary stimulation": "TRIGGER",
}
# State-variable prefixes (``P@S9``) -> CellDesigner modification states.
MODIFICATION_STATE: dict[str, str] = {
    "": "empty",
    "P": "phosphorylated",
    "Ub": "ubiquitinated",
    "Ac": "acetylated",
    "Me": "methylated",
    "M": "methylated",
    "OH": "hydroxylated",
    "G": "glycosylated",
    "My": "myristoylated",
    "Pa": "palmytoylated",  # sic: CellDesigner's spelling
    "Pr": "prenylated",
    "H": "protonated",
    "S": "sulfated",
}
# Fills (CellDesigner colours are AARRGGBB), the same as in the pictures of our SBGN maps.
FILL: dict[str, str] = {
    "PROTEIN": "ffe3eefa",
    "ION": "fffff3cf",
    "SIMPLE_MOLECULE": "fffff3cf",
    "COMPLEX": "ffefe8f7",
    "RNA": "ffe3f4e4",
    "GENE": "ffe3f4e4",
    "UNKNOWN": "fff2f2f2",
    "DEGRADED": "ffffffff",
}
COMPARTMENT_COLOR = "ff5a6e82"
LINE_COLOR = "ff000000"
BRIEF_COLOR = "3fff0000"
INFO_ANGLE = "-1.5707963267948966"

_CHARACTER_NAME = {"+": "_plus_", " ": "_space_", "/": "_slash_", "\n": "_br_"}
_GREEK = re.compile(r"GREEK (SMALL|CAPITAL) LETTER ([A-Z]+)$")


def cd_name(text: str) -> str:
    """A name as CellDesigner writes it: ``Mg2+`` -> ``Mg2_plus_``, ``PDGFRβ`` -> ``PDGFR_beta_``."""
    out = []
    for ch in text.replace("_", "_underscore_"):
        if ch in _CHARACTER_NAME:
            out.append(_CHARACTER_NAME[ch])
            continue
        match = _GREEK.match(unicodedata.name(ch, "")) if ord(ch) > 127 else None
        if match and match.group(2) != "FINAL":
            letter = match.group(2).lower()
            out.append(f"_{letter.capitalize() if match.group(1) == 'CAPITAL' else letter}_")
        else:
            out.append(ch)
    return "".join(out)


def alias_id(node: Node) -> str:
    """The CellDesigner alias id of a species or source/sink node of the diagram."""
    return f"csa_{node.id}" if node.cls == "complex" else f"sa_{node.id}"


def degraded_species_id(compartment: str) -> str:
    """The id of the DEGRADED species that stands for sources and sinks in ``compartment``."""
    return f"degraded_{compartment}"


def _n(value: float) -> str:
    return repr(round(value, 2) + 0.0)


def _f(value: float) -> str:
    return repr(round(value, 8) + 0.0)


# ------------------------------------------------------------------ what goes where
@dataclass
class _Template:
    """A CellDesigner protein, RNA or gene: what several species are forms of."""

    id: str
    kind: str  # "protein", "RNA", "gene"
    name: str
    residues: dict[str, tuple[str, float]] = field(default_factory=dict)  # residue name -> (id, angle)


@dataclass(frozen=True)
class _States:
    modifications: tuple[tuple[str, str], ...]  # (residue name, CellDesigner state)
    structural: tuple[str, ...]
    active: bool


def _parse_states(states: tuple[str, ...], residues_allowed: bool) -> _States:
    modifications: list[tuple[str, str]] = []
    structural: list[str] = []
    active = False
    for state in states:
        prefix, at, residue = state.partition("@")
        if at and residue and residues_allowed and prefix in MODIFICATION_STATE:
            modifications.append((residue, MODIFICATION_STATE[prefix]))
        elif state == "active":
            active = True
        else:
            structural.append(state)
    return _States(tuple(modifications), tuple(structural), active)


def _uniprot(s: Species) -> str:
    for x in s.xrefs:
        if x.qualifier in ("bqbiol:is", "bqbiol:isVersionOf") and x.curie.lower().startswith("uniprot:"):
            return x.curie.split(":", 1)[1]
    return ""


def _cd_angle(box: Box, point: Point) -> float:
    """CellDesigner's angle of a residue drawn at ``point`` on the border of ``box``."""
    dx, dy = point[0] - box.cx, -(point[1] - box.cy)
    if abs(dx) < 1e-9 and abs(dy) < 1e-9:
        return 0.0
    t = math.atan2(dy, dx)
    angle = math.atan2(box.w * math.sin(t), box.h * math.cos(t))
    return angle + 2 * math.pi if angle < 0 else angle


class _Plan:
    """Templates, identities and ids of one model, before any XML is written."""

    def __init__(self, content: Content, diagram: Diagram, placed: Layout) -> None:
        self.content = content
        self.diagram = diagram
        self.placed = placed
        self.species = {s.id: s for s in content.species}
        self.nodes = {n.id: n for n in diagram.nodes}
        self.species_nodes = [n for n in diagram.nodes if n.ref in self.species]
        self.sources_sinks = [n for n in diagram.nodes if n.cls == "source and sink"]
        for s in content.species:
            if s.sbo not in SPECIES_CLASS:
                raise BuildError(f"species {s.id}: SBO term {s.sbo} has no CellDesigner class")
        self.cls = {s.id: SPECIES_CLASS[s.sbo] for s in content.species}
        self.states = {s.id: _parse_states(s.states, self.cls[s.id] == "PROTEIN") for s in content.species}
        self.templates: list[_Template] = []
        self.template_of: dict[str, _Template] = {}  # species id -> template
        self._templates()
        self.degraded: list[str] = []  # compartments with a DEGRADED species, in order of use
        for n in self.sources_sinks:
            if n.compartment is None:
                raise BuildError(f"{n.id}: a source or sink without a compartment")
            if n.compartment not in self.degraded:
                self.degraded.append(n.compartment)
        self.parts: dict[str, list[tuple[str, str, _Template]]] = {}  # complex -> (id, label, protein)
        self._parts()

    def _templates(self) -> None:
        by_key: dict[tuple[str, str, str], _Template] = {}
        prefix = {"PROTEIN": ("protein", "pr"), "RNA": ("RNA", "rn"), "GENE": ("gene", "gn")}
        for s in self.content.species:
            cls = self.cls[s.id]
            if cls not in prefix:
                continue
            kind, short = prefix[cls]
            key = (kind, _uniprot(s) if kind == "protein" else "", s.map_label)
            if key not in by_key:
                by_key[key] = _Template(f"{short}_{s.id}", kind, cd_name(s.map_label))
                self.templates.append(by_key[key])
            template = by_key[key]
            self.template_of[s.id] = template
            node_box = self.placed.boxes[s.id]
            for k, state in enumerate(s.states):
                prefix_, at, residue = state.partition("@")
                if not (kind == "protein" and at and residue and prefix_ in MODIFICATION_STATE):
                    continue
                if residue not in template.residues:
                    box = self.placed.states[s.id][k]
                    rid = f"rs_{re.sub(r'[^A-Za-z0-9_]', '_', residue)}"
                    template.residues[residue] = (rid, _cd_angle(node_box, (box.cx, box.cy)))

    def _parts(self) -> None:
        proteins_by_label: dict[str, _Template] = {}
        for t in self.templates:
            if t.kind == "protein":
                proteins_by_label.setdefault(t.name, t)
        for s in self.content.species:
            if self.cls[s.id] != "COMPLEX":
                continue
            node = self.nodes[s.id]
            parts = []
            for k, label in enumerate(node.parts, start=1):
                name = cd_name(label)
                protein = proteins_by_label.get(name)
                if protein is None:
                    protein = _Template(f"pr_{s.id}__part_{k}", "protein", name)
                    proteins_by_label[name] = protein
                    self.templates.append(protein)
                parts.append((f"{s.id}__part_{k}", name, protein))
            self.parts[s.id] = parts


# ------------------------------------------------------------------ the SBML L2V4 document
def _refresh_rdf(sbase: libsbml.SBase) -> None:
    """Rewrite the RDF of an element the way libsbml writes it at the document's level."""
    terms = [sbase.getCVTerm(i).clone() for i in range(sbase.getNumCVTerms())]
    history = sbase.getModelHistory().clone() if sbase.isSetModelHistory() else None
    if not terms and history is None:
        return
    check(sbase.unsetAnnotation(), f"annotation of {sbase.getId()}")
    if history is not None:
        check(sbase.setModelHistory(history), f"history of {sbase.getId()}")
    for term in terms:
        check(sbase.addCVTerm(term), f"annotation of {sbase.getId()}")


def _arc_metaid(arc_id: str) -> str:
    return f"meta_{arc_id}"


def _sbml_document(mechanism: Mechanism, plan: _Plan) -> libsbml.SBMLDocument:
    doc = build_document(mechanism)
    props = libsbml.ConversionProperties(libsbml.SBMLNamespaces(LEVEL, VERSION))
    props.addOption("setLevelAndVersion", True)
    props.addOption("strict", True)
    if doc.convert(props) != libsbml.LIBSBML_OPERATION_SUCCESS:
        errors = [doc.getError(i).getMessage() for i in range(doc.getNumErrors())]
        raise BuildError(f"{mechanism.id}: no SBML L{LEVEL}V{VERSION} conversion: {errors}")
    model = doc.getModel()
    elements = model.getListOfAllElements()
    _refresh_rdf(model)
    for i in range(elements.getSize()):
        _refresh_rdf(elements.get(i))
    check(doc.getNamespaces().add(CD_NS, "celldesigner"), "celldesigner namespace")

    labels = {c.id: c.label for c in plan.diagram.compartments}
    for c in plan.content.compartments:
        comp = model.getCompartment(c.id)
        if c.outside is not None:
            check(comp.setOutside(c.outside), c.id)
        check(comp.setName(cd_name(labels.get(c.id, c.name))), c.id)
    for s in plan.content.species:
        check(model.getSpecies(s.id).setName(cd_name(s.map_label)), s.id)

    for compartment in plan.degraded:
        sid = degraded_species_id(compartment)
        if model.getElementBySId(sid) is not None:
            raise BuildError(f"{mechanism.id}: id {sid} is taken")
        sp = model.createSpecies()
        check(sp.setId(sid), sid)
        check(sp.setMetaId(f"meta_{sid}"), sid)
        check(sp.setSBOTerm(SBO_EMPTY_SET), sid)
        check(sp.setCompartment(compartment), sid)
        check(sp.setInitialConcentration(0.0), sid)
        check(sp.setSubstanceUnits("mmol"), sid)
        check(sp.setBoundaryCondition(True), sid)
        check(sp.setConstant(True), sid)
        check(
            sp.setNotes(
                f'<body xmlns="{XHTML_NS}"><p>Source and sink of synthesis and degradation in this compartment '
                "(CellDesigner class DEGRADED). A constant boundary species: no reaction changes it and no rate "
                "reads it.</p></body>"
            ),
            sid,
        )

    for r in plan.content.reactions:
        rx = model.getReaction(r.id)
        for ref, (sid, _) in zip(rx.getListOfReactants(), r.reactants, strict=True):
            check(ref.setMetaId(_arc_metaid(f"{r.id}__consumption_{sid}")), r.id)
        for ref, (sid, _) in zip(rx.getListOfProducts(), r.products, strict=True):
            check(ref.setMetaId(_arc_metaid(f"{r.id}__production_{sid}")), r.id)
        for ref, m in zip(rx.getListOfModifiers(), r.modifiers, strict=True):
            check(ref.setMetaId(_arc_metaid(f"{r.id}__{m.role}_{m.species}")), r.id)
        if not r.reactants:
            ref = rx.createReactant()
            check(ref.setSpecies(degraded_species_id(plan.nodes[f"{r.id}__source"].compartment or "")), r.id)
            check(ref.setStoichiometry(1.0), r.id)
            check(ref.setSBOTerm(SBO_REACTANT), r.id)
            check(ref.setMetaId(_arc_metaid(f"{r.id}__consumption_source")), r.id)
        if not r.products:
            ref = rx.createProduct()
            check(ref.setSpecies(degraded_species_id(plan.nodes[f"{r.id}__sink"].compartment or "")), r.id)
            check(ref.setStoichiometry(1.0), r.id)
            check(ref.setSBOTerm(SBO_PRODUCT), r.id)
            check(ref.setMetaId(_arc_metaid(f"{r.id}__production_sink")), r.id)
    return doc


# ------------------------------------------------------------------ geometry
def _rot90(p: Point, origin: Point) -> Point:
    """``p`` turned by +90 degrees about ``origin`` (as momapy and CellDesigner build their frames)."""
    return (origin[0] - (p[1] - origin[1]), origin[1] + (p[0] - origin[0]))


def _in_frame(p: Point, origin: Point, unit_x: Point, unit_y: Point) -> Point:
    """Coordinates (a, b) of ``p`` = origin + a (unit_x - origin) + b (unit_y - origin)."""
    ax, ay = unit_x[0] - origin[0], unit_x[1] - origin[1]
    bx, by = unit_y[0] - origin[0], unit_y[1] - origin[1]
    det = ax * by - bx * ay
    if abs(det) < 1e-9:
        raise BuildError(f"degenerate CellDesigner frame at {origin}")
    px, py = p[0] - origin[0], p[1] - origin[1]
    return ((px * by - bx * py) / det, (ax * py - px * ay) / det)


def _t_frame(origin: Point, unit_x: Point, unit_y: Point) -> tuple[Point, Point, Point]:
    """The frame of a T-shaped reaction; a collinear one is moved as CellDesigner readers do."""
    cross = (unit_x[0] - origin[0]) * (unit_y[1] - origin[1]) - (unit_x[1] - origin[1]) * (unit_y[0] - origin[0])
    if abs(cross) < 1e-6:
        origin = (origin[0] + 1, origin[1] + 1)
    return origin, unit_x, unit_y


def _centre(box: Box) -> Point:
    """Centre of a box as written (rounded bounds), so that readers rebuild the same frames."""
    return (round(box.x, 2) + round(box.w, 2) / 2, round(box.y, 2) + round(box.h, 2) / 2)


def _points(points: list[Point]) -> str:
    return " ".join(f"{_f(x)},{_f(y)}" for x, y in points)


def _target_anchor(centre: Point, line: tuple[Point, Point], end: Point) -> str:
    """CellDesigner's anchor (2..7) on the reaction square nearest the end of a modulation arc."""
    angle = math.atan2(line[1][1] - line[0][1], line[1][0] - line[0][0])
    cos_a, sin_a = math.cos(angle), math.sin(angle)
    # our process square is 16 pt wide, CellDesigner's 10 pt: scale the end point onto it
    ex, ey = centre[0] + (end[0] - centre[0]) * 10 / 16, centre[1] + (end[1] - centre[1]) * 10 / 16
    offsets = {"2": (0, -5), "3": (0, 5), "4": (-5, -5), "5": (5, -5), "6": (-5, 5), "7": (5, 5)}
    best, best_distance = "2", math.inf
    for anchor, (ox, oy) in offsets.items():
        x, y = centre[0] + ox * cos_a - oy * sin_a, centre[1] + ox * sin_a + oy * cos_a
        distance = (x - ex) ** 2 + (y - ey) ** 2
        if distance < best_distance - 1e-9:
            best, best_distance = anchor, distance
    return best


# ------------------------------------------------------------------ XML
def _el(
    parent: etree._Element, tag: str, attrs: dict[str, str] | None = None, text: str | None = None
) -> etree._Element:
    """A new ``celldesigner:`` child with its attributes in the given order."""
    element = etree.SubElement(parent, f"{{{CD_NS}}}{tag}")
    for key, value in (attrs or {}).items():
        element.set(key, value)
    if text is not None:
        element.text = text
    return element


def _sbml(tag: str) -> str:
    return f"{{{SBML_NS}}}{tag}"


def _annotation(element: etree._Element) -> etree._Element:
    """The SBML annotation of ``element``, made (after its notes) when it has none."""
    annotation = element.find(_sbml("annotation"))
    if annotation is None:
        annotation = etree.Element(_sbml("annotation"))
        notes = element.find(_sbml("notes"))
        element.insert(0 if notes is None else element.index(notes) + 1, annotation)
    return annotation


def _extension(element: etree._Element) -> etree._Element:
    """A new ``celldesigner:extension`` first in the annotation of ``element`` (before the RDF)."""
    extension = etree.Element(f"{{{CD_NS}}}extension")
    _annotation(element).insert(0, extension)
    return extension


def _full_name_note(element: etree._Element, name: str) -> None:
    notes = element.find(_sbml("notes"))
    if notes is None:
        notes = etree.Element(_sbml("notes"))
        element.insert(0, notes)
    body = notes.find(f"{{{XHTML_NS}}}body")
    if body is None:
        body = etree.SubElement(notes, f"{{{XHTML_NS}}}body")
    paragraph = etree.Element(f"{{{XHTML_NS}}}p")
    paragraph.text = f"Full name: {name}"
    body.insert(0, paragraph)


def _bounds(parent: etree._Element, box: Box) -> None:
    _el(parent, "bounds", {"x": _n(box.x), "y": _n(box.y), "w": _n(box.w), "h": _n(box.h)})


def _line_directions(parent: etree._Element, arms: list[int] | None, segments: int = 1) -> None:
    directions = _el(parent, "listOfLineDirection")
    if arms is None:
        for i in range(segments):
            _el(directions, "lineDirection", {"index": str(i), "value": "unknown"})
        return
    for arm, count in enumerate(arms):
        for i in range(count):
            _el(directions, "lineDirection", {"arm": str(arm), "index": str(i), "value": "unknown"})


class _Writer:
    def __init__(self, plan: _Plan, root: etree._Element) -> None:
        self.plan = plan
        self.placed = plan.placed
        self.root = root
        self.model = root.find(_sbml("model"))
        self.compartment_box = {c.id: self.placed.boxes[c.id] for c in plan.diagram.compartments}

    def _sbml_element(self, tag: str, ident: str) -> etree._Element:
        listing = {"compartment": "listOfCompartments", "species": "listOfSpecies", "reaction": "listOfReactions"}
        found = self.model.find(f"{_sbml(listing[tag])}/{_sbml(tag)}[@id='{ident}']")
        if found is None:
            raise BuildError(f"no {tag} {ident} in the converted document")
        return found

    def write(self) -> None:
        self._model_extension()
        for c in self.plan.content.compartments:
            element = self._sbml_element("compartment", c.id)
            if element.get("name") != c.name:
                _full_name_note(element, c.name)
        for s in self.plan.content.species:
            element = self._sbml_element("species", s.id)
            _full_name_note(element, s.name)
            self._species_identity(element, s)
        for compartment in self.plan.degraded:
            element = self._sbml_element("species", degraded_species_id(compartment))
            extension = _extension(element)
            _el(extension, "positionToCompartment", text="inside")
            identity = _el(extension, "speciesIdentity")
            _el(identity, "class", text="DEGRADED")
            _el(identity, "name", text=degraded_species_id(compartment))
        for r in self.plan.content.reactions:
            self._reaction(r.id)

    # ---------------------------------------------------------------- model extension
    def _model_extension(self) -> None:
        extension = _extension(self.model)
        _el(extension, "modelVersion", text=MODEL_VERSION)
        _el(
            extension,
            "modelDisplay",
            {"sizeX": str(math.ceil(self.placed.width)), "sizeY": str(math.ceil(self.placed.height))},
        )
        if any(self.plan.parts.values()):
            self._included_species(_el(extension, "listOfIncludedSpecies"))
        self._compartment_aliases(_el(extension, "listOfCompartmentAliases"))
        complexes = _el(extension, "listOfComplexSpeciesAliases")
        aliases = _el(extension, "listOfSpeciesAliases")
        for node in self.plan.species_nodes:
            cls = self.plan.cls[node.ref or ""]
            parent = complexes if cls == "COMPLEX" else aliases
            self._alias(parent, node, cls)
        for node in self.plan.sources_sinks:
            self._alias(aliases, node, "DEGRADED")
        for node in self.plan.species_nodes:
            for k, (part_id, _, _) in enumerate(self.plan.parts.get(node.ref or "", [])):
                self._part_alias(aliases, node, part_id, self.placed.parts[node.id][k], k + 1)
        _el(extension, "listOfGroups")
        lists = {
            "protein": _el(extension, "listOfProteins"),
            "gene": _el(extension, "listOfGenes"),
            "RNA": _el(extension, "listOfRNAs"),
        }
        _el(extension, "listOfAntisenseRNAs")
        _el(extension, "listOfLayers")
        _el(extension, "listOfBlockDiagrams")
        types = {"protein": "GENERIC", "gene": "GENE", "RNA": "RNA"}
        for t in self.plan.templates:
            template = _el(lists[t.kind], t.kind, {"id": t.id, "name": t.name, "type": types[t.kind]})
            if t.residues:
                residues = _el(template, "listOfModificationResidues")
                for name, (rid, angle) in t.residues.items():
                    _el(residues, "modificationResidue", {"angle": _f(angle), "id": rid, "name": name, "side": "none"})

    def _included_species(self, parent: etree._Element) -> None:
        for complex_id, parts in self.plan.parts.items():
            for part_id, name, protein in parts:
                species = _el(parent, "species", {"id": part_id, "name": name})
                annotation = _el(species, "annotation")
                _el(annotation, "complexSpecies", text=complex_id)
                identity = _el(annotation, "speciesIdentity")
                _el(identity, "class", text="PROTEIN")
                _el(identity, "proteinReference", text=protein.id)

    def _compartment_aliases(self, parent: etree._Element) -> None:
        for c in self.plan.diagram.compartments:
            alias = _el(parent, "compartmentAlias", {"id": f"ca_{c.id}", "compartment": c.ref or c.id})
            _el(alias, "class", text="SQUARE")
            _bounds(alias, self.compartment_box[c.id])
            label = self.placed.label_boxes[c.id]
            _el(alias, "namePoint", {"x": _n(label.cx), "y": _n(label.cy)})
            _el(alias, "doubleLine", {"thickness": "12.0", "outerWidth": "2.0", "innerWidth": "1.0"})
            _el(alias, "paint", {"color": COMPARTMENT_COLOR, "scheme": "Color"})
            _el(alias, "info", {"state": "empty", "angle": INFO_ANGLE})

    def _view(self, alias: etree._Element, box: Box, compartment: str | None, cls: str) -> None:
        _el(alias, "font", {"size": FONT_SIZE})
        _el(alias, "view", {"state": "usual"})
        if cls == "COMPLEX":
            _el(alias, "backupSize", {"w": "0.0", "h": "0.0"})
            _el(alias, "backupView", {"state": "none"})
        usual = _el(alias, "usualView")
        outer = self.compartment_box.get(compartment or "")
        inner = (box.x - outer.x, box.y - outer.y) if outer is not None else (0.0, 0.0)
        _el(usual, "innerPosition", {"x": _n(inner[0]), "y": _n(inner[1])})
        _el(usual, "boxSize", {"width": _n(box.w), "height": _n(box.h)})
        _el(usual, "singleLine", {"width": "1.0"})
        _el(usual, "paint", {"color": FILL[cls], "scheme": "Color"})
        brief = _el(alias, "briefView")
        _el(brief, "innerPosition", {"x": "0.0", "y": "0.0"})
        _el(brief, "boxSize", {"width": "80.0", "height": "60.0"})
        _el(brief, "singleLine", {"width": "1.0"})
        _el(brief, "paint", {"color": BRIEF_COLOR, "scheme": "Color"})
        _el(alias, "info", {"state": "empty", "angle": INFO_ANGLE})

    def _alias(self, parent: etree._Element, node: Node, cls: str) -> None:
        species = degraded_species_id(node.compartment or "") if cls == "DEGRADED" else node.ref or ""
        attrs = {"id": alias_id(node), "species": species}
        if node.compartment in self.compartment_box:
            attrs["compartmentAlias"] = f"ca_{node.compartment}"
        alias = _el(parent, "complexSpeciesAlias" if cls == "COMPLEX" else "speciesAlias", attrs)
        active = cls != "DEGRADED" and self.plan.states[species].active
        _el(alias, "activity", text="active" if active else "inactive")
        box = self.placed.boxes[node.id]
        _bounds(alias, box)
        self._view(alias, box, node.compartment, cls)

    def _part_alias(self, parent: etree._Element, node: Node, part_id: str, box: Box, k: int) -> None:
        attrs = {"id": f"sa_{node.id}__part_{k}", "species": part_id, "complexSpeciesAlias": alias_id(node)}
        if node.compartment in self.compartment_box:
            attrs["compartmentAlias"] = f"ca_{node.compartment}"
        alias = _el(parent, "speciesAlias", attrs)
        _el(alias, "activity", text="inactive")
        _bounds(alias, box)
        self._view(alias, box, node.compartment, "PROTEIN")

    # ---------------------------------------------------------------- species
    def _species_identity(self, element: etree._Element, s: Species) -> None:
        cls = self.plan.cls[s.id]
        extension = _extension(element)
        _el(extension, "positionToCompartment", text="inside")
        identity = _el(extension, "speciesIdentity")
        _el(identity, "class", text=cls)
        template = self.plan.template_of.get(s.id)
        if template is None:
            _el(identity, "name", text=cd_name(s.map_label))
        else:
            tag = {"protein": "proteinReference", "RNA": "rnaReference", "gene": "geneReference"}[template.kind]
            _el(identity, tag, text=template.id)
        states = self.plan.states[s.id]
        modified = [(residue, state) for residue, state in states.modifications if state != "empty"]
        if modified or states.structural:
            state = _el(identity, "state")
            if modified and template is not None:
                modifications = _el(state, "listOfModifications")
                for residue, value in modified:
                    _el(modifications, "modification", {"residue": template.residues[residue][0], "state": value})
            if states.structural:
                structural = _el(state, "listOfStructuralStates")
                for value in states.structural:
                    _el(structural, "structuralState", {"structuralState": value})
        catalysed = [
            r.id for r in self.plan.content.reactions for m in r.modifiers if m.species == s.id and m.role == "catalyst"
        ]
        if catalysed:
            reactions = _el(extension, "listOfCatalyzedReactions")
            for rid in dict.fromkeys(catalysed):
                _el(reactions, "catalyzed", {"reaction": rid})

    # ---------------------------------------------------------------- reactions
    def _reaction(self, rid: str) -> None:
        plan = self.plan
        r = next(x for x in plan.content.reactions if x.id == rid)
        node = plan.nodes[rid]
        element = self._sbml_element("reaction", rid)
        ins = [(sid, plan.nodes[sid]) for sid, _ in r.reactants]
        outs = [(sid, plan.nodes[sid]) for sid, _ in r.products]
        if not ins:
            source = plan.nodes[f"{rid}__source"]
            ins = [(degraded_species_id(source.compartment or ""), source)]
        if not outs:
            sink = plan.nodes[f"{rid}__sink"]
            outs = [(degraded_species_id(sink.compartment or ""), sink)]

        def centre(participant: tuple[str, Node]) -> Point:
            return _centre(self.placed.boxes[participant[1].id])

        n_in = 2 if node.cls == "association" else 1
        n_out = 2 if node.cls == "dissociation" and len(outs) >= 2 else 1
        base_in, links_in = ins[:n_in], ins[n_in:]
        base_out, links_out = outs[:n_out], outs[n_out:]
        in_port, out_port = self.placed.ports[rid]

        extension = _extension(element)
        _el(extension, "reactionType", text=self._reaction_type(r.sbo, node.cls))
        reactants = _el(extension, "baseReactants")
        for sid, n in base_in:
            _el(reactants, "baseReactant", {"species": sid, "alias": alias_id(n)})
        products = _el(extension, "baseProducts")
        for sid, n in base_out:
            _el(products, "baseProduct", {"species": sid, "alias": alias_id(n)})
        if links_in:
            links = _el(extension, "listOfReactantLinks")
            for sid, n in links_in:
                self._link(
                    _el(links, "reactantLink", {"reactant": sid, "alias": alias_id(n), "targetLineIndex": "-1,0"})
                )
        if links_out:
            links = _el(extension, "listOfProductLinks")
            for sid, n in links_out:
                self._link(_el(links, "productLink", {"product": sid, "alias": alias_id(n), "targetLineIndex": "-1,0"}))

        if len(base_in) == 1 and len(base_out) == 1:
            origin = centre(base_in[0])
            unit_x = centre(base_out[0])
            frame = (origin, unit_x, _rot90(unit_x, origin))
            scheme = _el(extension, "connectScheme", {"connectPolicy": "direct", "rectangleIndex": "1"})
            _line_directions(scheme, None, 3)
            _el(extension, "editPoints", text=_points([_in_frame(p, *frame) for p in (in_port, out_port)]))
        elif len(base_in) == 2:  # left T: the reactants meet at the input port
            f1 = _t_frame(centre(base_in[0]), centre(base_in[1]), centre(base_out[0]))
            product = centre(base_out[0])
            f2 = (in_port, product, _rot90(product, in_port))
            scheme = _el(extension, "connectScheme", {"connectPolicy": "direct"})
            _line_directions(scheme, [1, 1, 2])
            points = [_in_frame(out_port, *f2), _in_frame(in_port, *f1)]
            _el(extension, "editPoints", {"num0": "0", "num1": "0", "num2": "1", "tShapeIndex": "0"}, _points(points))
        else:  # right T: the products leave from the output port
            f1 = _t_frame(centre(base_in[0]), centre(base_out[0]), centre(base_out[1]))
            reactant = centre(base_in[0])
            f2 = (out_port, reactant, _rot90(reactant, out_port))
            scheme = _el(extension, "connectScheme", {"connectPolicy": "direct"})
            _line_directions(scheme, [2, 1, 1])
            points = [_in_frame(in_port, *f2), _in_frame(out_port, *f1)]
            _el(extension, "editPoints", {"num0": "1", "num1": "0", "num2": "0", "tShapeIndex": "0"}, _points(points))
        _el(extension, "line", {"width": "1.0", "color": LINE_COLOR})

        arcs = {a.id: a for a in plan.diagram.arcs if a.ref == rid}
        modulations: list[tuple[Arc, str]] = []
        for m in r.modifiers:
            arc = arcs[f"{rid}__{m.role}_{m.species}"]
            modulations.append((arc, alias_id(plan.nodes[arc.source])))
        if modulations:
            listing = _el(extension, "listOfModification")
            for arc, alias in modulations:
                anchor = _target_anchor(
                    _centre(self.placed.boxes[rid]), (in_port, out_port), self.placed.arcs[arc.id][1]
                )
                modification = _el(
                    listing,
                    "modification",
                    {
                        "type": MODIFICATION_TYPE[arc.cls],
                        "modifiers": plan.nodes[arc.source].ref or "",
                        "aliases": alias,
                        "targetLineIndex": f"-1,{anchor}",
                    },
                )
                scheme = _el(modification, "connectScheme", {"connectPolicy": "direct"})
                _line_directions(scheme, None, 1)
                _el(modification, "linkTarget", {"species": plan.nodes[arc.source].ref or "", "alias": alias})
                _el(modification, "line", {"width": "1.0", "color": LINE_COLOR})

        references = {
            "listOfReactants": [alias_id(n) for _, n in ins],
            "listOfProducts": [alias_id(n) for _, n in outs],
            "listOfModifiers": [alias for _, alias in modulations],
        }
        for listing_tag, aliases in references.items():
            listing_element = element.find(_sbml(listing_tag))
            refs = [] if listing_element is None else list(listing_element)
            if len(refs) != len(aliases):
                raise BuildError(f"reaction {rid}: {len(refs)} references in {listing_tag}, {len(aliases)} aliases")
            for ref, alias in zip(refs, aliases, strict=True):
                _el(_extension(ref), "alias", text=alias)

    @staticmethod
    def _reaction_type(sbo: str, cls: str) -> str:
        if cls == "association":
            return "HETERODIMER_ASSOCIATION"
        if cls == "dissociation":
            return "DISSOCIATION"
        if sbo in TRANSPORT_SBO:
            return "TRANSPORT"
        if sbo in REACTION_TYPE_OF_SBO:
            return REACTION_TYPE_OF_SBO[sbo]
        return "STATE_TRANSITION" if sbo in STATE_TRANSITION_SBO else "UNKNOWN_TRANSITION"

    @staticmethod
    def _link(link: etree._Element) -> None:
        scheme = _el(link, "connectScheme", {"connectPolicy": "direct"})
        _line_directions(scheme, None, 1)
        _el(link, "line", {"width": "1.0", "color": LINE_COLOR})


def _check_ids(plan: _Plan, doc: libsbml.SBMLDocument) -> None:
    """CellDesigner ids (aliases, templates, included species) share one namespace with SBML ids."""
    model = doc.getModel()
    taken = {model.getId()}
    elements = model.getListOfAllElements()
    for i in range(elements.getSize()):
        element = elements.get(i)
        if element.isSetId():
            taken.add(element.getId())
    ours = [f"ca_{c.id}" for c in plan.diagram.compartments]
    ours += [alias_id(n) for n in plan.species_nodes + plan.sources_sinks]
    ours += [t.id for t in plan.templates]
    ours += [part_id for parts in plan.parts.values() for part_id, _, _ in parts]
    for node in plan.species_nodes:
        ours += [f"sa_{node.id}__part_{k}" for k in range(1, len(plan.parts.get(node.ref or "", [])) + 1)]
    clash = (set(ours) & taken) | {i for i in ours if ours.count(i) > 1}
    if clash:
        raise BuildError(f"{model.getId()}: CellDesigner ids clash: {sorted(clash)}")


def celldesigner_text(mechanism: Mechanism) -> str:
    """The CellDesigner 4.x file (SBML L2V4 + ``celldesigner:`` extension) of one mechanism."""
    content = content_of(mechanism)
    diagram = process_description(mechanism)
    placed = layout(diagram)
    plan = _Plan(content, diagram, placed)
    doc = _sbml_document(mechanism, plan)
    _check_ids(plan, doc)
    text = libsbml.writeSBMLToString(doc)
    if not text:
        raise BuildError(f"{mechanism.id}: libsbml returned an empty document")
    root = etree.fromstring(text.encode("utf-8"))
    _Writer(plan, root).write()
    etree.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"
