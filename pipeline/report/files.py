"""The report functions: one model as JSON or HTML, and the report files of the package's mechanisms."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from pipeline.mechanisms import registry
from pipeline.report.assess import assess
from pipeline.report.checks import Report
from pipeline.report.pictures import Picture, mechanism_pictures, project_root
from pipeline.report.render_html import index_html, to_html
from pipeline.report.render_json import to_json

REPORTS_DIR = "reports"
SBML_DIR = "models/sbml"


def report_json(
    sbml_path_or_text: str | Path, *, name: str | None = None, mechanism_id: str | None = None, detect: bool = True
) -> str:
    """The quality report of one SBML file or text as JSON.

    ``mechanism_id`` names the package mechanism the model is; by default a model whose id is a
    mechanism id is taken as that mechanism (``detect``). Raises ``ReportInputError`` for input
    that is not usable SBML.
    """
    return to_json(assess(sbml_path_or_text, name=name, mechanism_id=mechanism_id, detect=detect))


def report_html(
    sbml_path_or_text: str | Path,
    *,
    name: str | None = None,
    mechanism_id: str | None = None,
    detect: bool = True,
    pictures: Iterable[Picture] | None = None,
) -> str:
    """The quality report of one SBML file or text as a self-contained HTML page.

    ``pictures`` default to the map and plots of the mechanism in this checkout (package models
    only; none for foreign models).
    """
    report = assess(sbml_path_or_text, name=name, mechanism_id=mechanism_id, detect=detect)
    return to_html(report, default_pictures(report, pictures))


def default_pictures(report: Report, pictures: Iterable[Picture] | None) -> list[Picture]:
    if pictures is not None:
        return list(pictures)
    if report.model.mechanism is None:
        return []
    return mechanism_pictures(report.model.mechanism)


def _sbml_text(mechanism_id: str, files: Mapping[str, bytes], root: Path) -> str:
    """A mechanism's SBML: from ``files``, else from ``root``, else built from its declarations."""
    path = f"{SBML_DIR}/{mechanism_id}.xml"
    if path in files:
        return files[path].decode("utf-8")
    if (root / path).is_file():
        return (root / path).read_text(encoding="utf-8")
    from pipeline.sbml.build import build_document, to_string

    return to_string(build_document(registry()[mechanism_id]))


def report_files(
    mechanism_ids: Iterable[str] | None = None, files: Mapping[str, bytes] | None = None, root: Path | None = None
) -> dict[str, bytes]:
    """``reports/<id>.html`` and ``reports/<id>.json`` of each mechanism, and ``reports/index.html``.

    Models and pictures are taken from ``files`` (a build's outputs, keyed by path relative to the
    project root) where present, else from ``root`` (default: this checkout); a model found in
    neither is built from its declarations. ``mechanism_ids`` default to every mechanism; an
    unknown id raises KeyError naming the known ones.
    """
    known = registry()
    ids = list(known) if mechanism_ids is None else list(mechanism_ids)
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise KeyError(f"unknown mechanism(s): {', '.join(unknown)}; known: {', '.join(known)}")
    files = files or {}
    base = project_root() if root is None else root
    out: dict[str, bytes] = {}
    reports: dict[str, Report] = {}
    for mid in ids:
        report = assess(_sbml_text(mid, files, base), name=f"{SBML_DIR}/{mid}.xml", mechanism_id=mid)
        reports[mid] = report
        out[f"{REPORTS_DIR}/{mid}.json"] = to_json(report).encode()
        out[f"{REPORTS_DIR}/{mid}.html"] = to_html(report, mechanism_pictures(mid, files, base)).encode()
    out[f"{REPORTS_DIR}/index.html"] = index_html(reports).encode()
    return out
