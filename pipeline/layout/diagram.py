"""A map as a graph of glyphs and arcs, independent of file formats and of coordinates.

Built from the mechanism declarations (``pipeline.layout.process_description``,
``pipeline.layout.activity_flow``), positioned by ``pipeline.layout.place`` and written by the
SBGN-ML and SBML Layout builders alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import Xref

PROCESS_DESCRIPTION = "process description"
ACTIVITY_FLOW = "activity flow"

PROCESS_CLASSES = frozenset({"process", "association", "dissociation", "omitted process", "uncertain process"})
FLUX_ARCS = frozenset({"consumption", "production"})


@dataclass(frozen=True)
class CompartmentNode:
    """A compartment glyph; ``parent`` is the compartment drawn around it (None: outermost)."""

    id: str
    label: str
    parent: str | None
    ref: str | None  # SBML compartment id
    xrefs: tuple[Xref, ...] = ()


@dataclass(frozen=True)
class Node:
    """A glyph other than a compartment.

    ``ref`` names the model element it stands for (species, reaction or phenotype id; None for
    sources/sinks and for activity-flow nodes without a single model element). ``anchor`` ties a
    glyph to the species glyph it is drawn beside (synthesis and degradation processes and their
    sources and sinks).
    """

    id: str
    cls: str
    label: str
    compartment: str | None
    ref: str | None
    xrefs: tuple[Xref, ...] = ()
    states: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()  # labels of the macromolecules drawn inside a complex
    clone: bool = False
    membrane: bool = False
    anchor: str | None = None
    side: str = ""  # "left" or "right" of the anchor


@dataclass(frozen=True)
class Arc:
    id: str
    cls: str
    source: str
    target: str
    ref: str | None = None  # the reaction or phenotype it belongs to


@dataclass(frozen=True)
class Diagram:
    id: str
    language: str
    title: str
    compartments: tuple[CompartmentNode, ...]
    nodes: tuple[Node, ...]
    arcs: tuple[Arc, ...]
    xrefs: tuple[Xref, ...] = ()  # of the whole map (the mechanism's sources)
    model: str = ""  # id of the SBML model the glyphs refer to ("" for overview maps)

    def node(self, node_id: str) -> Node:
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)
