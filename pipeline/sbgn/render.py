"""Pictures of SBGN-ML maps (PD and AF) in SVG and PNG, drawn with matplotlib.

Works on any SBGN-ML 0.3 map read by libsbgnpy, not only on this project's: it draws what the
file says (glyph classes, boxes, ports, arc end points, state variables, units of information,
clone markers). Output is deterministic (fixed SVG ids, no timestamps). 1 map unit = 1 point.
"""

from __future__ import annotations

import math

import libsbgnpy as sbgn
import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Polygon

from pipeline.layout.shapes import Box, Point, outline
from pipeline.outputs import figure_bytes
from pipeline.validate.sbgn_checks import bbox_of, glyph_class

FILL: dict[str, str] = {
    "macromolecule": "#e3eefa",
    "simple chemical": "#fff3cf",
    "complex": "#efe8f7",
    "nucleic acid feature": "#e3f4e4",
    "unspecified entity": "#f2f2f2",
    "perturbing agent": "#fde0d0",
    "perturbation": "#fde0d0",
    "phenotype": "#fbe3ec",
    "biological activity": "#e3eefa",
    "compartment": "#fbfbfb",
}
INK = "#222222"
CLONE_INK = "#9a9a9a"
FONT = 10.0
AUX_FONT = 7.0


def _below(points: list[Point], y0: float) -> list[Point]:
    """The part of a polygon below the line y = y0 (Sutherland-Hodgman against one half-plane)."""
    result: list[Point] = []
    for i, p in enumerate(points):
        q = points[(i + 1) % len(points)]
        p_in, q_in = p[1] >= y0, q[1] >= y0
        if p_in:
            result.append(p)
        if p_in != q_in:
            t = (y0 - p[1]) / (q[1] - p[1])
            result.append((p[0] + t * (q[0] - p[0]), y0))
    return result


def _draw_glyph(ax: plt.Axes, g: sbgn.Glyph, z: float) -> None:
    cls = glyph_class(g)
    b = bbox_of(g.bbox)
    lw = 2.4 if cls == "compartment" else 1.1
    fill = FILL.get(cls, "white")
    if cls == "association":
        fill = INK
    ax.add_patch(Polygon(outline(cls, b), closed=True, facecolor=fill, edgecolor=INK, lw=lw, zorder=z))
    if g.clone is not None:
        part = _below(outline(cls, b), b.bottom - 0.3 * b.h)
        if len(part) >= 3:
            ax.add_patch(Polygon(part, closed=True, facecolor=CLONE_INK, edgecolor="none", zorder=z + 0.01))
            ax.add_patch(Polygon(outline(cls, b), closed=True, fill=False, edgecolor=INK, lw=lw, zorder=z + 0.02))
    if cls == "source and sink":
        ax.plot(
            [b.x + b.w * 0.1, b.right - b.w * 0.1],
            [b.bottom - b.h * 0.1, b.y + b.h * 0.1],
            color=INK,
            lw=1.1,
            zorder=z + 0.02,
        )
    if cls == "dissociation":
        inner = Box(b.x + b.w * 0.22, b.y + b.h * 0.22, b.w * 0.56, b.h * 0.56)
        ax.add_patch(
            Polygon(outline("dissociation", inner), closed=True, fill=False, edgecolor=INK, lw=1.0, zorder=z + 0.02)
        )
    for port in g.port:  # stubs from the process node to its ports
        ax.plot([b.cx, port.x], [b.cy, port.y], color=INK, lw=1.1, zorder=z - 0.01)
    has_parts = any(glyph_class(c) not in ("state variable", "unit of information") for c in g.glyph)
    if g.label is not None and g.label.text and not (cls == "complex" and has_parts):
        if cls == "compartment":
            lb = bbox_of(g.label.bbox) if g.label.bbox is not None else Box(b.x + 10, b.y + 5, 100, 16)
            ax.text(
                lb.x, lb.cy, g.label.text, ha="left", va="center", fontsize=FONT + 1, color="#555555", zorder=z + 0.03
            )
        else:
            size = FONT if len(g.label.text) * FONT * 0.62 <= b.w else FONT * 0.85
            ax.text(b.cx, b.cy, g.label.text, ha="center", va="center", fontsize=size, color=INK, zorder=z + 0.03)
    for child in g.glyph:
        _draw_aux(ax, child, z + 0.05)


def _draw_aux(ax: plt.Axes, g: sbgn.Glyph, z: float) -> None:
    cls = glyph_class(g)
    b = bbox_of(g.bbox)
    if cls in ("state variable", "unit of information"):
        ax.add_patch(Polygon(outline(cls, b), closed=True, facecolor="white", edgecolor=INK, lw=0.9, zorder=z))
        if cls == "state variable" and g.state is not None:
            text = (g.state.value or "") + (f"@{g.state.variable}" if g.state.variable else "")
        elif g.label is not None:
            text = g.label.text
        elif g.entity is not None:
            text = {"macromolecule": "mt:prot", "simple chemical": "mt:simplechem"}.get(g.entity.name.value, "")
        else:
            text = ""
        ax.text(b.cx, b.cy, text, ha="center", va="center", fontsize=AUX_FONT, color=INK, zorder=z + 0.01)
        return
    _draw_glyph(ax, g, z)


def _arrow_head(ax: plt.Axes, cls: str, start: Point, end: Point, z: float) -> Point:
    """Draw the arc's end decoration; return where the line should stop."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    px, py = -uy, ux

    def at(back: float, side: float) -> Point:
        return (end[0] - ux * back + px * side, end[1] - uy * back + py * side)

    if cls == "production":
        ax.add_patch(
            Polygon([end, at(10, 4.5), at(10, -4.5)], closed=True, facecolor=INK, edgecolor=INK, lw=1, zorder=z)
        )
        return at(10, 0)
    if cls in ("stimulation", "positive influence", "necessary stimulation"):
        ax.add_patch(
            Polygon([end, at(11, 5.5), at(11, -5.5)], closed=True, facecolor="white", edgecolor=INK, lw=1.1, zorder=z)
        )
        if cls == "necessary stimulation":
            ax.plot(*zip(at(15, 6), at(15, -6), strict=True), color=INK, lw=1.4, zorder=z)
            return at(15, 0)
        return at(11, 0)
    if cls in ("inhibition", "negative influence"):
        ax.plot(*zip(at(1.5, 7), at(1.5, -7), strict=True), color=INK, lw=2.0, zorder=z)
        return at(1.5, 0)
    if cls == "catalysis":
        center = at(5, 0)
        ax.add_patch(Circle(center, 5, facecolor="white", edgecolor=INK, lw=1.1, zorder=z))
        return at(10, 0)
    if cls in ("unknown influence", "modulation"):
        ax.add_patch(
            Polygon(
                [end, at(6, 5), at(12, 0), at(6, -5)], closed=True, facecolor="white", edgecolor=INK, lw=1.1, zorder=z
            )
        )
        return at(12, 0)
    return end  # consumption


def figure(the_map: sbgn.Map) -> plt.Figure:
    glyphs = list(the_map.glyph)
    extent = (
        (the_map.bbox.x + the_map.bbox.w, the_map.bbox.y + the_map.bbox.h)
        if the_map.bbox
        else (
            max(g.bbox.x + g.bbox.w for g in glyphs) + 20,
            max(g.bbox.y + g.bbox.h for g in glyphs) + 20,
        )
    )
    fig = plt.figure(figsize=(extent[0] / 72, extent[1] / 72))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, extent[0])
    ax.set_ylim(extent[1], 0)
    ax.set_axis_off()
    compartments = sorted(
        (g for g in glyphs if glyph_class(g) == "compartment"), key=lambda g: g.compartment_order or 0
    )
    for i, g in enumerate(compartments):
        _draw_glyph(ax, g, 1 + i * 0.1)
    for a in the_map.arc:
        start, end = (a.start.x, a.start.y), (a.end.x, a.end.y)
        points = [start] + [(n.x, n.y) for n in a.next] + [end]
        stop = _arrow_head(ax, glyph_class(a), points[-2], end, 5)
        xs, ys = zip(*(points[:-1] + [stop]), strict=True)
        ax.plot(xs, ys, color=INK, lw=1.1, zorder=4, solid_capstyle="butt")
    for g in glyphs:
        if glyph_class(g) != "compartment":
            _draw_glyph(ax, g, 6)
    return fig


def render(the_map: sbgn.Map, dpi: int = 110) -> dict[str, bytes]:
    """SVG and PNG bytes of a map."""
    return figure_bytes(figure(the_map), dpi=dpi)
