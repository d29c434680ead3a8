"""Geometry and graph rules the maps rely on, tested on small hand-made cases."""

from __future__ import annotations

import math

import pytest

from pipeline.layout.activity_flow import activity_flow
from pipeline.layout.place import layout
from pipeline.layout.process_description import CLONE_THRESHOLD, process_description, species_node
from pipeline.layout.shapes import Box, border_point, distance_to_outline, segments_cross
from pipeline.mechanisms import registry
from pipeline.model import Activity, Influence, Species

CLASSES = [
    "macromolecule",
    "simple chemical",
    "complex",
    "nucleic acid feature",
    "phenotype",
    "source and sink",
    "process",
    "association",
    "perturbing agent",
    "compartment",
]


@pytest.mark.parametrize("cls", CLASSES)
@pytest.mark.parametrize("angle", [0, 17, 45, 90, 133, 180, 201, 270, 333])
def test_arc_end_points_lie_on_the_glyph_border(cls: str, angle: int) -> None:
    box = Box(100, 50, 90, 36)
    toward = (box.cx + 500 * math.cos(math.radians(angle)), box.cy + 500 * math.sin(math.radians(angle)))
    point = border_point(cls, box, toward)
    assert distance_to_outline(cls, box, point) < 1e-6
    assert box.contains(Box(point[0], point[1], 0, 0), tolerance=1e-6)


def test_segments_cross_only_in_their_interiors() -> None:
    assert segments_cross(((0, 0), (10, 10)), ((0, 10), (10, 0)))
    assert not segments_cross(((0, 0), (10, 10)), ((10, 10), (20, 0)))  # shared end
    assert not segments_cross(((0, 0), (10, 0)), ((0, 5), (10, 5)))  # parallel
    assert not segments_cross(((0, 0), (4, 4)), ((0, 10), (10, 0)))  # stops short


def test_boxes_that_only_touch_do_not_overlap() -> None:
    assert not Box(0, 0, 10, 10).overlaps(Box(10, 0, 10, 10))
    assert Box(0, 0, 10, 10).overlaps(Box(9, 9, 10, 10))


def test_unknown_sbo_term_is_a_clear_error() -> None:
    s = Species("X", "thing", "cytosol", 0.0, "SBO:0000999", (), "")
    with pytest.raises(ValueError, match="species X: SBO term SBO:0000999"):
        species_node(s)


def test_overview_rejects_an_influence_on_an_unknown_activity() -> None:
    a = (Activity("a", "A", "activity", "A"),)
    with pytest.raises(ValueError, match="no activity 'b'"):
        activity_flow(a, (Influence("a", "b", "positive", ("C01",)),))


def test_much_used_modulators_are_cloned_and_each_clone_modulates_once() -> None:
    diagram = process_description(registry()["hif_pgc1a_vegf"])
    copies = [n for n in diagram.nodes if n.ref == "Mg_ext"]
    modulations = [a for a in diagram.arcs if a.source in {n.id for n in copies}]
    assert len(modulations) >= CLONE_THRESHOLD
    assert len(copies) == len(modulations) and all(n.clone for n in copies)
    assert all(sum(a.source == n.id for a in modulations) == 1 for n in copies)


def test_layout_is_a_pure_function_of_the_diagram() -> None:
    diagram = process_description(registry()["sdf1_cxcr4"])
    assert layout(diagram) == layout(diagram)
