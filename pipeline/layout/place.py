"""Computed coordinates for a diagram: compartments nested in reading order, glyphs in layers.

The map reads from top to bottom: extracellular space, then each cell (membrane proteins in the
first rows, then cytosol, then the nucleus drawn inside the cell), then the phenotypes below the
compartments. Cells stand side by side. Within each of these regions glyphs sit in layers
(longest path along the reaction flow) and are ordered within a layer by the barycentre of
their neighbours, sweeping down and up; of a few variants (number of sweeps, initial order) the one
with the fewest arc crossings is kept. Synthesis and degradation
processes sit beside the species they make or remove, with their source or sink. The layout is
a pure function of the diagram: no randomness, so the same declarations give the same bytes.

Units are points (1/72 inch), y grows downwards as in SBGN-ML.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from pipeline.layout.diagram import PROCESS_CLASSES, Arc, Diagram, Node
from pipeline.layout.shapes import Box, Point, border_point, segments_cross

CHAR_W = 6.4  # average width of a character of the 10-pt label font
NODE_H = 36.0
PROCESS_SIZE = 16.0
PORT_LENGTH = 10.0
SOURCE_SIZE = 20.0
SATELLITE_PITCH = 34.0
SATELLITE_WIDTH = SOURCE_SIZE + 18 + 2 * PORT_LENGTH + PROCESS_SIZE + 14
AUX_H = 16.0
GAP_X = 30.0
GAP_Y = 46.0
PAD = 20.0
LABEL_STRIP = 26.0
MARGIN = 20.0
CELL_GAP = 40.0

EXT, FREE, MEMBRANE, CYTOSOL, NUCLEUS, PHENOTYPE = 0, 0, 1, 2, 3, 4


@dataclass(frozen=True)
class Layout:
    """Positions of every glyph of a diagram (compartments included), ports and arc end points."""

    width: float
    height: float
    boxes: dict[str, Box]
    ports: dict[str, tuple[Point, Point]]  # process id -> (input port, output port)
    arcs: dict[str, tuple[Point, Point]]  # arc id -> (start, end)
    label_boxes: dict[str, Box]  # compartment id -> box of its label
    states: dict[str, tuple[Box, ...]]  # node id -> boxes of its state variables
    units: dict[str, tuple[Box, ...]]  # node id -> boxes of its units of information
    parts: dict[str, tuple[Box, ...]]  # complex id -> boxes of its subunits


def text_width(text: str) -> float:
    return len(text) * CHAR_W


def aux_width(text: str) -> float:
    return max(18.0, len(text) * 5.6 + 10)


def part_width(text: str) -> float:
    return text_width(text) + 14


def node_size(n: Node) -> tuple[float, float]:
    if n.cls in PROCESS_CLASSES:
        return PROCESS_SIZE, PROCESS_SIZE
    if n.cls == "source and sink":
        return SOURCE_SIZE, SOURCE_SIZE
    aux = sum(aux_width(t) + 8 for t in n.states + n.units) + 16
    if n.cls == "complex" and n.parts:
        w = sum(part_width(p) for p in n.parts) + 8 * (len(n.parts) + 1)
        return max(w, aux), 48.0
    if n.cls == "simple chemical":
        return max(NODE_H, text_width(n.label) + 22, aux), NODE_H
    if n.cls in ("phenotype", "perturbation", "perturbing agent"):
        return max(90.0, text_width(n.label) + 44), 40.0
    return max(64.0, text_width(n.label) + 22, aux), NODE_H


@dataclass
class _Unit:
    """What the layer placement moves as one: a glyph, or a species with its synthesis and degradation."""

    id: str
    region: tuple[int, str]
    w: float
    h: float
    offsets: dict[str, tuple[float, float]]  # member node id -> top-left relative to the unit
    main: str
    x: float = 0.0
    y: float = 0.0
    rank: int = 0
    neighbours: list[str] = field(default_factory=list)

    def anchor_x(self, sizes: dict[str, tuple[float, float]]) -> float:
        return self.x + self.offsets[self.main][0] + sizes[self.main][0] / 2


def _block(node: Node, satellites: list[Node], sizes: dict[str, tuple[float, float]]) -> _Unit:
    left = [n for n in satellites if n.side == "left" and n.cls in PROCESS_CLASSES]
    right = [n for n in satellites if n.side == "right" and n.cls in PROCESS_CLASSES]
    ends = {n.id: n for n in satellites if n.cls == "source and sink"}
    w, h = sizes[node.id]
    left_w = SATELLITE_WIDTH if left else 0.0
    right_w = SATELLITE_WIDTH if right else 0.0
    height = max(h + 2 * AUX_H / 2 + 8, len(left) * SATELLITE_PITCH, len(right) * SATELLITE_PITCH)
    cy = height / 2
    offsets = {node.id: (left_w, cy - h / 2)}
    for side, processes in (("left", left), ("right", right)):
        for k, p in enumerate(processes):
            y = cy + (k - (len(processes) - 1) / 2) * SATELLITE_PITCH
            end = ends.get(f"{p.id}__source" if side == "left" else f"{p.id}__sink")
            if side == "left":
                process_x, end_x = SOURCE_SIZE + 18 + PORT_LENGTH, 0.0
            else:
                process_x = left_w + w + 14 + PORT_LENGTH
                end_x = process_x + PROCESS_SIZE + PORT_LENGTH + 18
            offsets[p.id] = (process_x, y - PROCESS_SIZE / 2)
            if end is not None:
                offsets[end.id] = (end_x, y - SOURCE_SIZE / 2)
    return _Unit(node.id, (0, ""), left_w + w + right_w, height, offsets, node.id)


class _Regions:
    """Which band of the map a glyph belongs to, from its compartment."""

    def __init__(self, diagram: Diagram) -> None:
        parents = {c.id: c.parent for c in diagram.compartments}
        self.depth: dict[str, int] = {}
        for c in diagram.compartments:
            depth, p = 0, c.parent
            while p is not None:
                depth, p = depth + 1, parents[p]
            self.depth[c.id] = depth
        roots = [c.id for c in diagram.compartments if c.parent is None]
        if len(roots) > 1:
            raise ValueError(f"map {diagram.id}: only one outermost compartment can be laid out, found {roots}")
        self.root = roots[0] if roots else None
        self.cells = [c.id for c in diagram.compartments if self.depth[c.id] == 1]
        self.parent = parents
        for c in diagram.compartments:
            if self.depth[c.id] > 2:
                raise ValueError(f"map {diagram.id}: compartment {c.id} is nested deeper than a nucleus")

    def of(self, node: Node) -> tuple[int, str]:
        if node.cls == "phenotype":
            return (PHENOTYPE, "")
        if node.compartment is None:
            return (FREE, "")
        depth = self.depth[node.compartment]
        if depth == 0:
            return (EXT, "")
        if depth == 1:
            return (MEMBRANE if node.membrane else CYTOSOL, node.compartment)
        return (NUCLEUS, self.parent[node.compartment] or "")


def _units(diagram: Diagram, sizes: dict[str, tuple[float, float]], regions: _Regions) -> tuple[list[_Unit], dict]:
    satellites: dict[str, list[Node]] = defaultdict(list)
    for n in diagram.nodes:
        if n.anchor is not None:
            satellites[n.anchor].append(n)
    units: list[_Unit] = []
    for n in diagram.nodes:
        if n.anchor is not None:
            continue
        if n.cls in PROCESS_CLASSES:
            footprint = PROCESS_SIZE + 2 * PORT_LENGTH
            offset = (footprint - PROCESS_SIZE) / 2
            units.append(_Unit(n.id, (0, ""), footprint, footprint, {n.id: (offset, offset)}, n.id))
        elif satellites.get(n.id):
            units.append(_block(n, satellites[n.id], sizes))
            units[-1].region = regions.of(n)
        else:
            w, h = sizes[n.id]
            units.append(_Unit(n.id, regions.of(n), w, h + AUX_H, {n.id: (0.0, AUX_H / 2)}, n.id))
    unit_of = {member: u.id for u in units for member in u.offsets}
    by_id = {u.id: u for u in units}
    for n in diagram.nodes:  # a process lies in the band of its first product, else of its first reactant
        if n.cls in PROCESS_CLASSES and n.anchor is None:
            outputs = [a.target for a in diagram.arcs if a.source == n.id and a.cls == "production"]
            inputs = [a.source for a in diagram.arcs if a.target == n.id and a.cls == "consumption"]
            by_id[n.id].region = by_id[unit_of[(outputs or inputs)[0]]].region
    return units, unit_of


def _flux_partners(diagram: Diagram) -> dict[str, str]:
    """Processes that undo another process (A -> B and B -> A): drawn beside it, ranked with it."""
    ends: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for n in diagram.nodes:
        if n.cls in PROCESS_CLASSES and n.anchor is None:
            ins = frozenset(a.source for a in diagram.arcs if a.target == n.id and a.cls == "consumption")
            outs = frozenset(a.target for a in diagram.arcs if a.source == n.id and a.cls == "production")
            ends[n.id] = (ins, outs)
    partners: dict[str, str] = {}
    for p, (ins, outs) in ends.items():
        for q, (q_ins, q_outs) in ends.items():
            if q != p and q_ins == outs and q_outs == ins and p not in partners and q not in partners:
                partners[q] = p
    return partners


def _rank(units: list[_Unit], edges: list[tuple[str, str, bool]], partners: dict[str, str]) -> None:
    """Longest-path layers within each region; flux edges first, then modulations that add no cycle."""
    by_id = {u.id: u for u in units}
    successors: dict[str, list[str]] = defaultdict(list)

    def reaches(a: str, b: str) -> bool:
        stack, seen = [a], {a}
        while stack:
            x = stack.pop()
            if x == b:
                return True
            for y in successors[x]:
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        return False

    for flux in (True, False):
        for a, b, is_flux in edges:
            if is_flux != flux or a == b or a in partners or b in partners:
                continue
            if by_id[a].region != by_id[b].region or b in successors[a]:
                continue
            if not reaches(b, a):
                successors[a].append(b)
    order = [u.id for u in units]
    rank = {u: 0 for u in order}
    changed = True
    while changed:  # the graph is acyclic, so this settles within len(units) passes
        changed = False
        for a in order:
            for b in successors[a]:
                if rank[b] < rank[a] + 1:
                    rank[b] = rank[a] + 1
                    changed = True
    for q, p in partners.items():
        rank[q] = rank[p] if by_id[q].region == by_id[p].region else rank[q]
    for u in units:
        u.rank = rank[u.id]


def _pack(row: list[_Unit], lo: float, hi: float, desired: dict[str, float]) -> None:
    """Place a row left to right in [lo, hi] as near to the desired left edges as order allows."""
    row.sort(key=lambda u: desired[u.id])
    for sweep in range(2):
        x = lo
        for u in row:
            u.x = max(desired[u.id] if sweep == 0 else u.x, x)
            x = u.x + u.w + GAP_X
        limit = hi
        for u in reversed(row):
            u.x = min(u.x, limit - u.w)
            limit = u.x - GAP_X


def _row_width(row: list[_Unit]) -> float:
    return sum(u.w for u in row) + GAP_X * max(0, len(row) - 1)


SWEEP_VARIANTS = (8, 12, 16, 24)  # barycentre sweeps tried; each also with the layers' initial order reversed


def crossings(diagram: Diagram, placed: Layout) -> int:
    """Pairs of arcs (straight, as drawn) that cross without sharing a glyph."""
    ends = [({a.source, a.target}, placed.arcs[a.id]) for a in diagram.arcs]
    return sum(
        1
        for i, (nodes_a, segment_a) in enumerate(ends)
        for nodes_b, segment_b in ends[i + 1 :]
        if not nodes_a & nodes_b and segments_cross(segment_a, segment_b)
    )


def layout(diagram: Diagram) -> Layout:
    """The layout with the fewest arc crossings among a few deterministic variants of the sweeps."""
    best: tuple[int, Layout] | None = None
    for sweeps in SWEEP_VARIANTS:
        for reverse in (False, True):
            placed = _place(diagram, sweeps, reverse)
            count = crossings(diagram, placed)
            if best is None or count < best[0]:
                best = (count, placed)
    assert best is not None
    return best[1]


def _place(diagram: Diagram, sweeps: int, reverse: bool) -> Layout:
    sizes = {n.id: node_size(n) for n in diagram.nodes}
    regions = _Regions(diagram)
    units, unit_of = _units(diagram, sizes, regions)
    by_id = {u.id: u for u in units}
    edges = [(unit_of[a.source], unit_of[a.target], a.cls in ("consumption", "production")) for a in diagram.arcs]
    for a, b, _ in edges:
        if a != b:
            by_id[a].neighbours.append(b)
            by_id[b].neighbours.append(a)
    _rank(units, edges, _flux_partners(diagram))

    rows: dict[tuple[int, str, int], list[_Unit]] = defaultdict(list)
    for u in units:
        rows[(u.region[0], u.region[1], u.rank)].append(u)
    row_keys = sorted(rows, key=lambda k: (k[0], regions.cells.index(k[1]) if k[1] else -1, k[2]))

    # widths: cells side by side inside the outermost compartment, nucleus inside its cell
    def band_width(kind: int, cell: str) -> float:
        return max((_row_width(rows[k]) for k in row_keys if k[0] == kind and k[1] == cell), default=0.0)

    cell_w = {
        c: max(band_width(MEMBRANE, c), band_width(CYTOSOL, c), band_width(NUCLEUS, c) + 2 * PAD, 120.0) + 2 * PAD
        for c in regions.cells
    }
    cells_total = sum(cell_w.values()) + CELL_GAP * max(0, len(cell_w) - 1)
    outer_w = max(band_width(EXT, ""), cells_total) + 2 * PAD
    width = max(outer_w, band_width(PHENOTYPE, ""))
    if regions.cells:
        spare = (width - 2 * PAD - cells_total) / len(regions.cells)
        cell_w = {c: w + spare for c, w in cell_w.items()}

    boxes: dict[str, Box] = {}
    bounds: dict[tuple[int, str], tuple[float, float]] = {}
    left = MARGIN
    if regions.root is not None:
        bounds[(EXT, "")] = (left + PAD, left + width - PAD)
        x = left + PAD
        for c in regions.cells:
            bounds[(MEMBRANE, c)] = bounds[(CYTOSOL, c)] = (x + PAD, x + cell_w[c] - PAD)
            bounds[(NUCLEUS, c)] = (x + 2 * PAD, x + cell_w[c] - 2 * PAD)
            boxes[c] = Box(x, 0, cell_w[c], 0)
            x += cell_w[c] + CELL_GAP
    else:
        bounds[(FREE, "")] = (left, left + width)
    bounds[(PHENOTYPE, "")] = (left, left + width)

    # x: start packed and centred, then sweep by barycentres
    for k in row_keys:
        lo, hi = bounds[(k[0], k[1])]
        start = lo + (hi - lo - _row_width(rows[k])) / 2
        desired = {}
        for u in reversed(rows[k]) if reverse else rows[k]:
            desired[u.id] = start
            start += u.w + GAP_X
        _pack(rows[k], lo, hi, desired)
    for sweep in range(sweeps):
        keys = row_keys if sweep % 2 == 0 else list(reversed(row_keys))
        for k in keys:
            lo, hi = bounds[(k[0], k[1])]
            desired = {}
            for u in rows[k]:
                xs = [by_id[v].anchor_x(sizes) for v in u.neighbours]
                target = sum(xs) / len(xs) if xs else u.anchor_x(sizes)
                desired[u.id] = target - (u.anchor_x(sizes) - u.x)
            _pack(rows[k], lo, hi, desired)

    # y: stack the bands
    y = MARGIN

    def stack(keys: list[tuple[int, str, int]], top: float) -> float:
        """Lay rows from ``top``; returns the bottom of the last row (``top`` if none)."""
        bottom = top
        for k in keys:
            h = max(u.h for u in rows[k])
            for u in rows[k]:
                u.y = top + (h - u.h) / 2
            bottom = top + h
            top = bottom + GAP_Y
        return bottom

    if regions.root is not None:
        outer_top = y
        y = stack([k for k in row_keys if k[0] == EXT], outer_top + LABEL_STRIP) + GAP_Y
        cell_bottom = y
        for c in regions.cells:
            top = y + LABEL_STRIP
            bottom = stack([k for k in row_keys if k[1] == c and k[0] in (MEMBRANE, CYTOSOL)], top)
            nucleus = [k for k in row_keys if k[1] == c and k[0] == NUCLEUS]
            if nucleus:
                nucleus_top = bottom + (GAP_Y if bottom > top else 0)
                nucleus_bottom = stack(nucleus, nucleus_top + LABEL_STRIP) + PAD
                lo, hi = bounds[(NUCLEUS, c)]
                nuclei = [n.id for n in diagram.compartments if n.parent == c]
                boxes[nuclei[0]] = Box(lo - PAD, nucleus_top, hi - lo + 2 * PAD, nucleus_bottom - nucleus_top)
                bottom = nucleus_bottom
            boxes[c] = Box(boxes[c].x, y, boxes[c].w, bottom + PAD - y)
            cell_bottom = max(cell_bottom, bottom + PAD)
        for c in regions.cells:  # cells side by side share one height
            boxes[c] = Box(boxes[c].x, boxes[c].y, boxes[c].w, cell_bottom - boxes[c].y)
        outer_bottom = (cell_bottom if regions.cells else y - GAP_Y) + PAD
        boxes[regions.root] = Box(left, outer_top, width, outer_bottom - outer_top)
        y = outer_bottom + GAP_Y
    else:
        y = stack([k for k in row_keys if k[0] == FREE], y) + GAP_Y
    stack([k for k in row_keys if k[0] == PHENOTYPE], y)

    for u in units:
        for member, (dx, dy) in u.offsets.items():
            w, h = sizes[member]
            boxes[member] = Box(u.x + dx, u.y + dy, w, h)
    return _finish(diagram, boxes)


def _finish(diagram: Diagram, boxes: dict[str, Box]) -> Layout:
    """Ports, arc end points, auxiliary units and the map size, once every glyph has its box."""
    nodes = {n.id: n for n in diagram.nodes}
    ports: dict[str, tuple[Point, Point]] = {}
    for n in diagram.nodes:
        if n.cls not in PROCESS_CLASSES:
            continue
        b = boxes[n.id]
        ins = [boxes[a.source] for a in diagram.arcs if a.target == n.id and a.cls == "consumption"]
        outs = [boxes[a.target] for a in diagram.arcs if a.source == n.id and a.cls == "production"]
        dx = sum(o.cx for o in outs) / len(outs) - sum(i.cx for i in ins) / len(ins)
        dy = sum(o.cy for o in outs) / len(outs) - sum(i.cy for i in ins) / len(ins)
        reach = PROCESS_SIZE / 2 + PORT_LENGTH
        if n.anchor is not None or abs(dx) > abs(dy):
            sign = 1.0 if dx >= 0 else -1.0
            ports[n.id] = ((b.cx - sign * reach, b.cy), (b.cx + sign * reach, b.cy))
        else:
            sign = 1.0 if dy >= 0 else -1.0
            ports[n.id] = ((b.cx, b.cy - sign * reach), (b.cx, b.cy + sign * reach))

    pairs = {(a.source, a.target) for a in diagram.arcs}

    def a_shift(a: Arc) -> Point:
        """Opposite arcs between the same two glyphs (A -> B and B -> A) are drawn 7 pt apart."""
        if (a.target, a.source) not in pairs:
            return (0.0, 0.0)
        first, second = sorted((a.source, a.target))
        dx, dy = boxes[second].cx - boxes[first].cx, boxes[second].cy - boxes[first].cy
        norm = math.hypot(dx, dy) or 1.0
        side = 3.5 if a.source == first else -3.5
        return (-dy / norm * side, dx / norm * side)

    arcs: dict[str, tuple[Point, Point]] = {}
    for a in diagram.arcs:
        source, target = nodes[a.source], nodes[a.target]
        sb, tb = boxes[a.source], boxes[a.target]
        if a.cls == "consumption":
            end = ports[a.target][0]
            arcs[a.id] = (border_point(source.cls, sb, end), end)
        elif a.cls == "production":
            start = ports[a.source][1]
            arcs[a.id] = (start, border_point(target.cls, tb, start))
        else:
            arcs[a.id] = (
                border_point(source.cls, sb, (tb.cx + a_shift(a)[0], tb.cy + a_shift(a)[1])),
                border_point(target.cls, tb, (sb.cx + a_shift(a)[0], sb.cy + a_shift(a)[1])),
            )

    states: dict[str, tuple[Box, ...]] = {}
    units: dict[str, tuple[Box, ...]] = {}
    parts: dict[str, tuple[Box, ...]] = {}
    for n in diagram.nodes:
        b = boxes[n.id]
        x = b.x + 10
        units[n.id] = tuple(
            Box(x + sum(aux_width(t) + 8 for t in n.units[:i]), b.y - AUX_H / 2, aux_width(t), AUX_H)
            for i, t in enumerate(n.units)
        )
        right = b.right - 10
        placed = []
        for t in reversed(n.states):
            placed.append(Box(right - aux_width(t), b.y - AUX_H / 2, aux_width(t), AUX_H))
            right -= aux_width(t) + 8
        states[n.id] = tuple(reversed(placed))
        if n.parts:
            x = b.x + 8
            boxes_ = []
            for p in n.parts:
                boxes_.append(Box(x, b.y + 12, part_width(p), b.h - 20))
                x += part_width(p) + 8
            parts[n.id] = tuple(boxes_)

    label_boxes = {
        c.id: Box(boxes[c.id].x + 10, boxes[c.id].y + 5, text_width(c.label) + 10, 16) for c in diagram.compartments
    }
    extent = [b for b in boxes.values()]
    width = max(b.right for b in extent) + MARGIN
    height = max(b.bottom for b in extent) + MARGIN
    return Layout(width, height, boxes, ports, arcs, label_boxes, states, units, parts)
