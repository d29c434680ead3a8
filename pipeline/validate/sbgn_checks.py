"""Checks of any SBGN-ML file: schema, specification, schematron rules, identifiers and layout.

Pure functions returning lists of findings (empty when the map is valid). Nothing here imports a
builder: the checks read the file as anyone's map. Layout checks:
- ``layout-overlap``: two glyphs (with their state variables and units of information) overlap;
- ``layout-containment``: a glyph is not inside its compartment, or sits inside a compartment
  drawn within its own (e.g. a cytosolic glyph drawn in the nucleus);
- ``layout-nesting``: two compartments overlap without one containing the other;
- ``layout-extent``: a glyph or arc point lies outside the map's bounding box;
- ``layout-arc-end``: an arc does not start or end on the border of its glyph or on its port.
Crossings of arcs are measured (``layout_metrics``), not judged.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import libsbgnpy as sbgn
from lxml import etree

from pipeline.layout.shapes import Box, Point, distance_to_outline, segments_cross
from pipeline.validate.findings import ERROR, Finding
from pipeline.validate.sbml_checks import check_identifier

ARC_END_TOLERANCE = 1.0  # points; coordinates in files are rounded to 0.01
RDF_RESOURCE = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource"


def glyph_class(item: sbgn.Glyph | sbgn.Arc) -> str:
    value = item.class_value
    return value.value if hasattr(value, "value") else str(value)


def bbox_of(b: sbgn.Bbox) -> Box:
    return Box(b.x, b.y, b.w, b.h)


@dataclass(frozen=True)
class LayoutMetrics:
    glyphs: int
    arcs: int
    overlaps: int
    outside: int
    crossings: int


def standard_findings(path: Path) -> list[Finding]:
    """libsbgnpy's XSD, specification and schematron validation as findings."""
    file = str(path)
    findings = [Finding(file, "document", "sbgn-xsd", ERROR, message) for message in sbgn.validate_xsd(path)]
    if findings:
        return findings
    findings += [Finding(file, "document", "sbgn-spec", ERROR, m) for m in sbgn.validate(path)]
    for issue in sbgn.validate_schematron(path):
        findings.append(Finding(file, issue.element_id or "document", issue.rule_id, ERROR, issue.message.strip()))
    return findings


def _all_glyphs(the_map: sbgn.Map) -> list[sbgn.Glyph]:
    found: list[sbgn.Glyph] = []

    def visit(g: sbgn.Glyph) -> None:
        found.append(g)
        for child in g.glyph:
            visit(child)

    for g in the_map.glyph:
        visit(g)
    for a in the_map.arc:
        for g in a.glyph:
            visit(g)
    return found


def identifier_findings(the_map: sbgn.Map, file: str) -> list[Finding]:
    """Every rdf:resource in glyph annotations must be a valid identifiers.org reference."""
    findings = []
    for g in [the_map, *_all_glyphs(the_map)]:
        if g.extension is None:
            continue
        for element in g.extension.any_element:
            node = etree.fromstring(sbgn.element_to_string(element).encode())
            for li in node.iter():
                url = li.get(RDF_RESOURCE)
                if url is not None and (problem := check_identifier(url)) is not None:
                    findings.append(Finding(file, f"glyph {g.id}", "identifiers-org", ERROR, problem))
    return findings


def _footprint(g: sbgn.Glyph) -> list[Box]:
    """The glyph's box and those of its state variables and units of information."""
    return [bbox_of(g.bbox)] + [
        bbox_of(c.bbox) for c in g.glyph if glyph_class(c) in ("state variable", "unit of information")
    ]


def _overlaps(the_map: sbgn.Map) -> list[tuple[str, str]]:
    glyphs = [g for g in the_map.glyph if glyph_class(g) != "compartment"]
    return [
        (a.id, b.id)
        for a, b in itertools.combinations(glyphs, 2)
        if any(x.overlaps(y) for x in _footprint(a) for y in _footprint(b))
    ]


def _compartment_problems(the_map: sbgn.Map, file: str) -> list[Finding]:
    compartments = {g.id: bbox_of(g.bbox) for g in the_map.glyph if glyph_class(g) == "compartment"}
    findings = []
    for (i, a), (j, b) in itertools.combinations(compartments.items(), 2):
        if a.overlaps(b) and not (a.contains(b) or b.contains(a)):
            findings.append(Finding(file, f"compartment {i}", "layout-nesting", ERROR, f"overlaps {j} partially"))
    for g in the_map.glyph:
        if glyph_class(g) == "compartment" or g.compartment_ref is None:
            continue
        own = compartments.get(g.compartment_ref)
        box = bbox_of(g.bbox)
        if own is None:
            findings.append(
                Finding(file, f"glyph {g.id}", "layout-containment", ERROR, f"no compartment {g.compartment_ref}")
            )
            continue
        if not own.contains(box):
            findings.append(
                Finding(file, f"glyph {g.id}", "layout-containment", ERROR, f"not inside {g.compartment_ref}")
            )
        for cid, inner in compartments.items():
            if cid != g.compartment_ref and own.contains(inner) and inner.overlaps(box):
                findings.append(
                    Finding(
                        file,
                        f"glyph {g.id}",
                        "layout-containment",
                        ERROR,
                        f"drawn over {cid}, which lies inside its compartment {g.compartment_ref}",
                    )
                )
    return findings


def _arc_points(a: sbgn.Arc) -> list[Point]:
    return [(a.start.x, a.start.y)] + [(n.x, n.y) for n in a.next] + [(a.end.x, a.end.y)]


def _arc_end_problems(the_map: sbgn.Map, file: str) -> list[Finding]:
    glyphs = {g.id: g for g in _all_glyphs(the_map)}
    ports = {p.id: (p, g) for g in _all_glyphs(the_map) for p in g.port}
    findings = []
    for a in the_map.arc:
        points = _arc_points(a)
        for end, ref, point in (("start", a.source, points[0]), ("end", a.target, points[-1])):
            if ref in ports:
                port, _ = ports[ref]
                distance = abs(port.x - point[0]) + abs(port.y - point[1])
                where = f"port {ref}"
            elif ref in glyphs:
                g = glyphs[ref]
                distance = distance_to_outline(glyph_class(g), bbox_of(g.bbox), point)
                where = f"the border of {ref}"
            else:
                findings.append(Finding(file, f"arc {a.id}", "layout-arc-end", ERROR, f"{end}: no glyph or port {ref}"))
                continue
            if distance > ARC_END_TOLERANCE:
                findings.append(
                    Finding(
                        file,
                        f"arc {a.id}",
                        "layout-arc-end",
                        ERROR,
                        f"{end} ({point[0]:.1f}, {point[1]:.1f}) is {distance:.1f} pt from {where}",
                    )
                )
    return findings


def _extent_problems(the_map: sbgn.Map, file: str) -> list[Finding]:
    if the_map.bbox is None:
        return []
    frame = bbox_of(the_map.bbox)
    findings = [
        Finding(file, f"glyph {g.id}", "layout-extent", ERROR, "outside the map's bounding box")
        for g in _all_glyphs(the_map)
        if not frame.contains(bbox_of(g.bbox))
    ]
    for a in the_map.arc:
        if not all(frame.contains(Box(x, y, 0, 0)) for x, y in _arc_points(a)):
            findings.append(Finding(file, f"arc {a.id}", "layout-extent", ERROR, "outside the map's bounding box"))
    return findings


def layout_findings(the_map: sbgn.Map, file: str) -> list[Finding]:
    findings = [
        Finding(file, f"glyph {a}", "layout-overlap", ERROR, f"overlaps glyph {b}") for a, b in _overlaps(the_map)
    ]
    return (
        findings
        + _compartment_problems(the_map, file)
        + _arc_end_problems(the_map, file)
        + _extent_problems(the_map, file)
    )


def _owner(ref: str, the_map: sbgn.Map) -> str:
    for g in _all_glyphs(the_map):
        if g.id == ref or any(p.id == ref for p in g.port):
            return g.id
    return ref


def crossings(the_map: sbgn.Map) -> int:
    """Pairs of arc segments that cross, ignoring arcs that share a glyph."""
    arcs = [
        ({_owner(a.source, the_map), _owner(a.target, the_map)}, list(itertools.pairwise(_arc_points(a))))
        for a in the_map.arc
    ]
    count = 0
    for (ends_a, segments_a), (ends_b, segments_b) in itertools.combinations(arcs, 2):
        if ends_a & ends_b:
            continue
        count += sum(1 for s in segments_a for t in segments_b if segments_cross(s, t))
    return count


def layout_metrics(the_map: sbgn.Map) -> LayoutMetrics:
    glyphs = [g for g in the_map.glyph if glyph_class(g) != "compartment"]
    outside = [f for f in _compartment_problems(the_map, "") if f.rule == "layout-containment"]
    return LayoutMetrics(len(glyphs), len(the_map.arc), len(_overlaps(the_map)), len(outside), crossings(the_map))


def check_file(path: Path) -> list[Finding]:
    """All checks of one SBGN-ML file; a file that cannot be read is one finding, not an exception."""
    file = str(path)
    try:
        findings = standard_findings(path)
    except OSError as err:
        return [Finding(file, "document", "read", ERROR, f"cannot read: {err.strerror or err}")]
    if any(f.rule in ("sbgn-xsd", "sbgn-spec") for f in findings):
        return findings
    for the_map in sbgn.read_sbgn_from_file(path).map:
        findings += identifier_findings(the_map, file) + layout_findings(the_map, file)
    return findings
