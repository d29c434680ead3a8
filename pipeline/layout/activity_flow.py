"""SBGN Activity Flow graph of the review overview (``pipeline.mechanisms.overview``)."""

from __future__ import annotations

from pipeline.layout.diagram import ACTIVITY_FLOW, Arc, Diagram, Node
from pipeline.mechanisms.common import HUMAN, go
from pipeline.model import Activity, Influence

NODE_CLASS = {"activity": "biological activity", "perturbation": "perturbation", "phenotype": "phenotype"}
ARC_CLASS = {
    "positive": "positive influence",
    "negative": "negative influence",
    "unknown": "unknown influence",
    "necessary": "necessary stimulation",
}
OSSIFICATION = go("0001503")  # ossification: the process the overview is about


def activity_flow(
    activities: tuple[Activity, ...], influences: tuple[Influence, ...], model: str = "integrated"
) -> Diagram:
    ids = {a.id for a in activities}
    for i in influences:
        for end in (i.source, i.target):
            if end not in ids:
                raise ValueError(f"influence {i.source} -> {i.target}: no activity {end!r}")
        if i.sign not in ARC_CLASS:
            raise ValueError(f"influence {i.source} -> {i.target}: unknown sign {i.sign!r}")
    nodes = tuple(
        Node(a.id, NODE_CLASS[a.kind], a.label, None, a.ref, a.xrefs, units=(a.unit,) if a.unit else ())
        for a in activities
    )
    arcs = tuple(Arc(f"{i.source}__{i.sign}__{i.target}", ARC_CLASS[i.sign], i.source, i.target) for i in influences)
    return Diagram(
        id="overview",
        language=ACTIVITY_FLOW,
        title="How Mg2+ from biodegradable implants promotes bone formation: overview of the review",
        compartments=(),
        nodes=nodes,
        arcs=arcs,
        xrefs=(HUMAN, OSSIFICATION),
        model=model,
    )
