"""Outlines of SBGN glyphs as polygons: where arcs meet glyphs, and how glyphs are drawn.

Pure geometry shared by the layout (arc end points), the SBGN layout checks (does an arc end on
the border of its glyph?) and the renderer. Curved outlines are approximated by short segments
(under 0.1 px from the true curve at the sizes used here).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]

_ARC_STEPS = 12  # segments per quarter circle


@dataclass(frozen=True)
class Box:
    """An axis-aligned box: top-left corner ``x, y``, width ``w``, height ``h`` (y grows down)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        """True if the interiors intersect (boxes that only touch do not overlap)."""
        return (
            self.x < other.right + margin
            and other.x < self.right + margin
            and self.y < other.bottom + margin
            and other.y < self.bottom + margin
        )

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def union(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


def _corner(cx: float, cy: float, r: float, start_degrees: float) -> list[Point]:
    return [
        (
            cx + r * math.cos(math.radians(start_degrees + 90 * i / _ARC_STEPS)),
            cy + r * math.sin(math.radians(start_degrees + 90 * i / _ARC_STEPS)),
        )
        for i in range(_ARC_STEPS + 1)
    ]


def rounded_rectangle(b: Box, r: float, top: bool = True, bottom: bool = True) -> list[Point]:
    r = min(r, b.w / 2, b.h / 2)
    points: list[Point] = []
    points += _corner(b.right - r, b.bottom - r, r, 0) if bottom else [(b.right, b.bottom)]
    points += _corner(b.x + r, b.bottom - r, r, 90) if bottom else [(b.x, b.bottom)]
    points += _corner(b.x + r, b.y + r, r, 180) if top else [(b.x, b.y)]
    points += _corner(b.right - r, b.y + r, r, 270) if top else [(b.right, b.y)]
    return points


def ellipse(b: Box) -> list[Point]:
    n = 4 * _ARC_STEPS
    return [
        (b.cx + b.w / 2 * math.cos(2 * math.pi * i / n), b.cy + b.h / 2 * math.sin(2 * math.pi * i / n))
        for i in range(n)
    ]


def stadium(b: Box) -> list[Point]:
    """A rectangle with semicircular ends (a circle when the box is square)."""
    if b.w >= b.h:
        return rounded_rectangle(b, b.h / 2)
    return rounded_rectangle(b, b.w / 2)


def cut_rectangle(b: Box, c: float) -> list[Point]:
    """Rectangle with cut corners (SBGN complex)."""
    c = min(c, b.w / 3, b.h / 3)
    return [
        (b.x + c, b.y),
        (b.right - c, b.y),
        (b.right, b.y + c),
        (b.right, b.bottom - c),
        (b.right - c, b.bottom),
        (b.x + c, b.bottom),
        (b.x, b.bottom - c),
        (b.x, b.y + c),
    ]


def hexagon(b: Box) -> list[Point]:
    """SBGN phenotype: pointed left and right ends."""
    c = min(b.h / 2, b.w / 4)
    return [
        (b.x, b.cy),
        (b.x + c, b.y),
        (b.right - c, b.y),
        (b.right, b.cy),
        (b.right - c, b.bottom),
        (b.x + c, b.bottom),
    ]


def concave_hexagon(b: Box) -> list[Point]:
    """SBGN perturbing agent / AF perturbation: ends notched inwards."""
    c = min(b.h / 2, b.w / 4)
    return [(b.x, b.y), (b.right, b.y), (b.right - c, b.cy), (b.right, b.bottom), (b.x, b.bottom), (b.x + c, b.cy)]


def rectangle(b: Box) -> list[Point]:
    return [(b.x, b.y), (b.right, b.y), (b.right, b.bottom), (b.x, b.bottom)]


def outline(glyph_class: str, b: Box) -> list[Point]:
    """The border of a glyph of an SBGN class (PD or AF) drawn in box ``b``."""
    if glyph_class in ("macromolecule", "compartment"):
        return rounded_rectangle(b, 12 if glyph_class == "compartment" else 7)
    if glyph_class == "nucleic acid feature":
        return rounded_rectangle(b, 8, top=False)
    if glyph_class == "complex":
        return cut_rectangle(b, 9)
    if glyph_class in ("simple chemical", "state variable"):
        return stadium(b)
    if glyph_class in ("source and sink", "association", "dissociation", "unspecified entity"):
        return ellipse(b)
    if glyph_class == "phenotype":
        return hexagon(b)
    if glyph_class in ("perturbing agent", "perturbation"):
        return concave_hexagon(b)
    return rectangle(b)  # process, biological activity, unit of information, ...


def _segments(points: list[Point]) -> list[tuple[Point, Point]]:
    return [(points[i], points[(i + 1) % len(points)]) for i in range(len(points))]


def border_point(glyph_class: str, b: Box, toward: Point) -> Point:
    """Where the ray from the centre of ``b`` toward ``toward`` leaves the glyph's outline."""
    cx, cy = b.cx, b.cy
    dx, dy = toward[0] - cx, toward[1] - cy
    if abs(dx) < 1e-9 and abs(dy) < 1e-9:
        return (cx, b.y)
    best = 0.0
    for (x1, y1), (x2, y2) in _segments(outline(glyph_class, b)):
        ex, ey = x2 - x1, y2 - y1
        denominator = dx * ey - dy * ex
        if abs(denominator) < 1e-12:
            continue
        t = ((x1 - cx) * ey - (y1 - cy) * ex) / denominator  # along the ray
        u = ((x1 - cx) * dy - (y1 - cy) * dx) / denominator  # along the edge
        if t > 0 and -1e-9 <= u <= 1 + 1e-9:
            best = max(best, t)
    return (cx + best * dx, cy + best * dy)


def distance_to_outline(glyph_class: str, b: Box, p: Point) -> float:
    """Shortest distance from ``p`` to the glyph's border."""
    return min(_point_segment_distance(p, s) for s in _segments(outline(glyph_class, b)))


def _point_segment_distance(p: Point, segment: tuple[Point, Point]) -> float:
    (x1, y1), (x2, y2) = segment
    ex, ey = x2 - x1, y2 - y1
    length2 = ex * ex + ey * ey
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - x1) * ex + (p[1] - y1) * ey) / length2))
    return math.hypot(p[0] - (x1 + t * ex), p[1] - (y1 + t * ey))


def segments_cross(a: tuple[Point, Point], b: tuple[Point, Point]) -> bool:
    """True if two segments cross at a point interior to both (touching ends do not count)."""
    (p1, p2), (p3, p4) = a, b

    def orient(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    d1, d2 = orient(p3, p4, p1), orient(p3, p4, p2)
    d3, d4 = orient(p1, p2, p3), orient(p1, p2, p4)
    eps = 1e-9
    return ((d1 > eps and d2 < -eps) or (d1 < -eps and d2 > eps)) and (
        (d3 > eps and d4 < -eps) or (d3 < -eps and d4 > eps)
    )
