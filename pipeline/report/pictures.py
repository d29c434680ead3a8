"""The pictures shown in a package model's report: its SBGN map and its simulation plots (SVG).

Pictures are looked up first in ``files`` (a build's outputs, keyed by path relative to the project
root), then under ``root`` (default: this checkout). A picture found in neither is left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MAP_DIR = "maps/sbgn"
RESULTS_DIR = "results"
PLOT_TITLES = {
    "time_course": "Time course (control)",
    "dose_scan": "Dose scan",
    "knockdowns": "Perturbations and knock-downs",
}


@dataclass(frozen=True)
class Picture:
    title: str
    path: str  # relative to the project root
    data: bytes
    mime: str = "image/svg+xml"


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent


def _plot_title(path: str) -> str:
    stem = Path(path).stem
    return PLOT_TITLES.get(stem, stem.replace("_", " ").capitalize())


def mechanism_pictures(
    mechanism_id: str, files: Mapping[str, bytes] | None = None, root: Path | None = None
) -> list[Picture]:
    """The map (``maps/sbgn/<id>.svg``) then the plots (``results/<id>/*.svg``, by name) of a mechanism."""
    files = files or {}
    base = project_root() if root is None else root
    found: dict[str, bytes] = {}
    map_path = f"{MAP_DIR}/{mechanism_id}.svg"
    plot_dir = f"{RESULTS_DIR}/{mechanism_id}/"
    for path, data in files.items():
        if path == map_path or (
            path.startswith(plot_dir) and path.endswith(".svg") and "/" not in path[len(plot_dir) :]
        ):
            found[path] = data
    if map_path not in found and (base / map_path).is_file():
        found[map_path] = (base / map_path).read_bytes()
    folder = base / plot_dir
    if folder.is_dir():
        for plot in folder.glob("*.svg"):
            rel = f"{plot_dir}{plot.name}"
            if rel not in found and plot.is_file():
                found[rel] = plot.read_bytes()
    pictures = []
    if map_path in found:
        pictures.append(Picture("SBGN Process Description map", map_path, found.pop(map_path)))
    order = list(PLOT_TITLES)
    for path in sorted(found, key=lambda p: (order.index(Path(p).stem) if Path(p).stem in order else len(order), p)):
        pictures.append(Picture(_plot_title(path), path, found[path]))
    return pictures
