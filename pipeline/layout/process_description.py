"""SBGN Process Description graph of a mechanism, derived from the same declarations as its SBML.

Glyph classes follow the SBO terms; arcs follow reactants, products and modifiers:
- every species is an entity pool node, every reaction a process node (association for
  non-covalent binding), every phenotype variable a phenotype node;
- a reaction without reactants starts at a source, one without products ends in a sink;
- every modifier becomes a modulation arc of the class of its role;
- a phenotype's influences from species become modulation arcs to the phenotype. Influences from
  other phenotypes are not drawn: SBGN PD only lets entity pool nodes modulate (rule pd10109);
  the activity-flow overview draws them;
- a species that modulates three or more processes is drawn once more per modulation (a clone,
  marked on every copy), so no modulation arc crosses the whole map.
"""

from __future__ import annotations

from collections import Counter

from pipeline.assemble import Content, content_of
from pipeline.layout.diagram import PROCESS_DESCRIPTION, Arc, CompartmentNode, Diagram, Node
from pipeline.model import Compartment, Mechanism, Species

SPECIES_CLASS: dict[str, str] = {
    "SBO:0000327": "simple chemical",  # non-macromolecular ion
    "SBO:0000247": "simple chemical",
    "SBO:0000252": "macromolecule",  # polypeptide chain
    "SBO:0000245": "macromolecule",
    "SBO:0000253": "complex",  # non-covalent complex
    "SBO:0000250": "nucleic acid feature",  # ribonucleic acid
    "SBO:0000278": "nucleic acid feature",  # messenger RNA
    "SBO:0000354": "nucleic acid feature",  # informational molecule segment
    "SBO:0000405": "perturbing agent",
    "SBO:0000285": "unspecified entity",  # material entity of unspecified nature
}
RNA_SBO = frozenset({"SBO:0000250", "SBO:0000278"})
REACTION_CLASS: dict[str, str] = {"SBO:0000177": "association", "SBO:0000180": "dissociation"}
MODULATION_CLASS: dict[str, str] = {
    "stimulator": "stimulation",
    "inhibitor": "inhibition",
    "essential_activator": "necessary stimulation",
    "catalyst": "catalysis",
}
CLONE_THRESHOLD = 3


def compartment_label(c: Compartment) -> str:
    return c.name.split(" (")[0]


def species_node(s: Species) -> Node:
    if s.sbo not in SPECIES_CLASS:
        raise ValueError(f"species {s.id}: SBO term {s.sbo} has no SBGN glyph class")
    cls = SPECIES_CLASS[s.sbo]
    return Node(
        id=s.id,
        cls=cls,
        label=s.map_label,
        compartment=s.compartment,
        ref=s.id,
        xrefs=s.xrefs,
        states=s.states,
        units=("ct:mRNA",) if s.sbo in RNA_SBO else (),
        parts=tuple(s.map_label.split(":")) if cls == "complex" else (),
        membrane=s.at_membrane,
    )


def _reaction_graph(content: Content) -> tuple[list[Node], list[Arc]]:
    species = {s.id: s for s in content.species}
    nodes: list[Node] = []
    arcs: list[Arc] = []
    for r in content.reactions:
        for _, stoichiometry in r.reactants + r.products:
            if stoichiometry != 1:
                raise ValueError(f"reaction {r.id}: stoichiometry {stoichiometry} needs a cardinality label")
        cls = REACTION_CLASS.get(r.sbo, "process")
        if cls == "association" and (len(r.reactants) < 2 or len(r.products) != 1):
            cls = "process"
        lone = r.products[0][0] if not r.reactants else r.reactants[0][0] if not r.products else None
        satellite = lone is not None and len(r.reactants) + len(r.products) == 1
        anchor = lone if satellite else None
        side = ("left" if not r.reactants else "right") if satellite else ""
        nodes.append(Node(r.id, cls, "", None, r.id, r.xrefs, anchor=anchor, side=side))
        if not r.reactants:
            source = f"{r.id}__source"
            nodes.append(Node(source, "source and sink", "", species[lone].compartment, None, anchor=anchor, side=side))
            arcs.append(Arc(f"{r.id}__consumption_source", "consumption", source, r.id, r.id))
        for s, _ in r.reactants:
            arcs.append(Arc(f"{r.id}__consumption_{s}", "consumption", s, r.id, r.id))
        for s, _ in r.products:
            arcs.append(Arc(f"{r.id}__production_{s}", "production", r.id, s, r.id))
        if not r.products:
            sink = f"{r.id}__sink"
            nodes.append(Node(sink, "source and sink", "", species[lone].compartment, None, anchor=anchor, side=side))
            arcs.append(Arc(f"{r.id}__production_sink", "production", r.id, sink, r.id))
        for m in r.modifiers:
            arcs.append(Arc(f"{r.id}__{m.role}_{m.species}", MODULATION_CLASS[m.role], m.species, r.id, r.id))
    return nodes, arcs


def _phenotype_graph(content: Content) -> tuple[list[Node], list[Arc]]:
    species = {s.id for s in content.species}
    nodes = [Node(p.id, "phenotype", p.map_label, None, p.id, p.xrefs) for p in content.phenotypes]
    arcs = [
        Arc(f"{p.id}__{m.role}_{m.species}", MODULATION_CLASS[m.role], m.species, p.id, p.id)
        for p in content.phenotypes
        for m in p.influences
        if m.species in species
    ]
    return nodes, arcs


def _with_clones(species_nodes: list[Node], arcs: list[Arc]) -> tuple[list[Node], list[Arc]]:
    """Give each modulation of a much-used modulator its own clone glyph."""
    flux = {a.source for a in arcs if a.cls == "consumption"} | {a.target for a in arcs if a.cls == "production"}
    modulations = Counter(a.source for a in arcs if a.cls not in ("consumption", "production"))
    nodes: list[Node] = []
    new_arcs = list(arcs)
    for node in species_nodes:
        if modulations[node.id] < CLONE_THRESHOLD:
            nodes.append(node)
            continue
        nodes.append(Node(**{**node.__dict__, "clone": True}))
        own = [i for i, a in enumerate(new_arcs) if a.source == node.id and a.cls not in ("consumption", "production")]
        for k, i in enumerate(own if node.id in flux else own[1:], start=1):
            clone_id = f"{node.id}__clone_{k}"
            nodes.append(Node(**{**node.__dict__, "id": clone_id, "clone": True}))
            a = new_arcs[i]
            new_arcs[i] = Arc(a.id, a.cls, clone_id, a.target, a.ref)
    return nodes, new_arcs


def compartment_nodes(content: Content) -> tuple[CompartmentNode, ...]:
    used = {s.compartment for s in content.species}
    return tuple(
        CompartmentNode(c.id, compartment_label(c), c.outside if c.outside in used else None, c.id, c.xrefs)
        for c in content.compartments
        if c.id in used
    )


def process_description(mechanism: Mechanism) -> Diagram:
    content = content_of(mechanism)
    reaction_nodes, reaction_arcs = _reaction_graph(content)
    phenotype_nodes, phenotype_arcs = _phenotype_graph(content)
    species_nodes, arcs = _with_clones([species_node(s) for s in content.species], reaction_arcs + phenotype_arcs)
    return Diagram(
        id=mechanism.id,
        language=PROCESS_DESCRIPTION,
        title=mechanism.name,
        compartments=compartment_nodes(content),
        nodes=tuple(species_nodes + reaction_nodes + phenotype_nodes),
        arcs=tuple(arcs),
        xrefs=mechanism.xrefs,
        model=mechanism.id,
    )
