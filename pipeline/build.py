"""Build everything: SBML models (plain, with layout, comp), SBGN maps and pictures, simulations, tables."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from pipeline.assemble import content_of
from pipeline.exports.antimony import antimony_text
from pipeline.exports.celldesigner import celldesigner_text
from pipeline.exports.copasi import cps_text
from pipeline.exports.omex import omex_bytes, package_omex_bytes
from pipeline.exports.qual import qual_text
from pipeline.mechanisms import registry
from pipeline.model import Mechanism
from pipeline.outputs import csv_bytes, figure_bytes
from pipeline.plots import dose_scan_figure, knockdown_figure, time_course_figure
from pipeline.report.assess import assess
from pipeline.report.checks import Report
from pipeline.report.files import REPORTS_DIR
from pipeline.report.pictures import mechanism_pictures
from pipeline.report.render_html import index_html, to_html
from pipeline.report.render_json import to_json
from pipeline.sbgn.maps import MapReport, mechanism_map, overview_map
from pipeline.sbgn.maps import markdown as maps_markdown
from pipeline.sbml.build import build_document, to_string
from pipeline.sbml.comp import comp_text
from pipeline.sbml.layout import with_layout
from pipeline.simulate.behaviours import Outcome, evaluate
from pipeline.simulate.engine import Simulator
from pipeline.simulate.experiments import dose_scan, knockdowns, time_course
from pipeline.traceability import markdown

SBML_DIR = "models/sbml"
SBML_LAYOUT_DIR = "models/sbml_layout"
COPASI_DIR = "models/copasi"
ANTIMONY_DIR = "models/antimony"
CELLDESIGNER_DIR = "models/celldesigner"
OMEX_DIR = "models/omex"
QUAL_FILE = "models/qual/integrated_qual.xml"
RESULTS_DIR = "results"


def mechanism_outputs(mechanism: Mechanism, sbml: str) -> tuple[dict[str, bytes], list[Outcome]]:
    """Files of one mechanism (SBML, CSV, figures) and the outcomes of its behaviours."""
    files = {f"{SBML_DIR}/{mechanism.id}.xml": sbml.encode()}
    sim = Simulator(sbml)
    content = content_of(mechanism)
    base = f"{RESULTS_DIR}/{mechanism.id}"
    tc, ds, kd = time_course(sim, mechanism), dose_scan(sim, mechanism), knockdowns(sim, mechanism)
    figures = {
        "time_course": time_course_figure(tc, content, f"{mechanism.name}: time course (control)"),
        "dose_scan": dose_scan_figure(ds, content, f"{mechanism.name}: dose scan"),
        "knockdowns": knockdown_figure(kd, f"{mechanism.name}: perturbations"),
    }
    for table in (tc, ds, kd):
        files[f"{base}/{table.name}.csv"] = csv_bytes(table)
    for name, fig in figures.items():
        for fmt, data in figure_bytes(fig).items():
            files[f"{base}/{name}.{fmt}"] = data
    outcomes = [evaluate(sim, b) for b in mechanism.behaviours]
    return files, outcomes


def _one(mechanism_id: str) -> tuple[str, dict[str, bytes], list[Outcome], MapReport, Report, float]:
    """Build one mechanism (run in a worker process): model, simulations, map, model with layout."""
    started = time.perf_counter()
    mechanism = registry()[mechanism_id]
    files, outcomes = mechanism_outputs(mechanism, to_string(build_document(mechanism)))
    map_files, report = mechanism_map(mechanism)
    files |= map_files
    files[f"{SBML_LAYOUT_DIR}/{mechanism.id}.xml"] = with_layout(mechanism).encode()
    files[f"{COPASI_DIR}/{mechanism.id}.cps"] = cps_text(files[f"{SBML_DIR}/{mechanism.id}.xml"].decode()).encode()
    files[f"{ANTIMONY_DIR}/{mechanism.id}.txt"] = antimony_text(mechanism).encode()
    files[f"{CELLDESIGNER_DIR}/{mechanism.id}.xml"] = celldesigner_text(mechanism).encode()
    files[f"{OMEX_DIR}/{mechanism.id}.omex"] = omex_bytes(mechanism, files)
    quality = assess(
        files[f"{SBML_DIR}/{mechanism.id}.xml"].decode(),
        name=f"{SBML_DIR}/{mechanism.id}.xml",
        mechanism_id=mechanism.id,
    )
    files[f"{REPORTS_DIR}/{mechanism.id}.json"] = to_json(quality).encode()
    files[f"{REPORTS_DIR}/{mechanism.id}.html"] = to_html(quality, mechanism_pictures(mechanism.id, files)).encode()
    return mechanism_id, files, outcomes, report, quality, time.perf_counter() - started


def build(
    selected: list[str] | None = None, progress: Callable[[str], None] = print
) -> tuple[dict[str, bytes], dict[str, list[Outcome]]]:
    """All outputs as bytes keyed by path relative to the project root, plus behaviour outcomes.

    ``selected`` limits the build to some mechanism ids (the traceability table and
    the integrated model are then skipped, as they need every mechanism).
    """
    known = registry()
    ids = list(known) if selected is None else selected
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise KeyError(f"unknown mechanism(s): {', '.join(unknown)}; known: {', '.join(known)}")
    files: dict[str, bytes] = {}
    outcomes: dict[str, list[Outcome]] = {}
    reports: dict[str, MapReport] = {}
    qualities: dict[str, Report] = {}
    workers = max(1, min(len(ids), os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_one, mid): mid for mid in ids}
        for number, future in enumerate(as_completed(futures), 1):
            mid, mech_files, results, report, quality, seconds = future.result()
            files |= mech_files
            outcomes[mid] = results
            reports[mid] = report
            qualities[mid] = quality
            passed = sum(o.passed for o in results)
            progress(
                f"[{number}/{len(ids)}] {mid}: {len(mech_files)} files, behaviours {passed}/{len(results)} pass;"
                f" map {report.glyphs} glyphs, {report.overlaps} overlaps, {report.crossings} crossings;"
                f" quality score {quality.score if quality.score is None else round(100 * quality.score, 1)} %"
                f" ({seconds:.1f} s)"
            )
    outcomes = {mid: outcomes[mid] for mid in ids}
    if "integrated" in ids:
        from pipeline.mechanisms import PART_MECHANISMS

        started = time.perf_counter()
        files[f"{SBML_DIR}/integrated_comp.xml"] = comp_text(PART_MECHANISMS(), known["integrated"]).encode()
        files[QUAL_FILE] = qual_text().encode()
        seconds = time.perf_counter() - started
        progress(f"integrated comp model with {len(PART_MECHANISMS())} submodels ({seconds:.1f} s)")
    if selected is None:
        files["docs/traceability.md"] = markdown(list(known.values()), outcomes).encode()
        overview_files, overview_report = overview_map()
        files |= overview_files
        progress(f"overview: {overview_report.line()}")
        files["docs/maps.md"] = maps_markdown([reports[mid] for mid in ids] + [overview_report]).encode()
        files[f"{OMEX_DIR}/mgbone.omex"] = package_omex_bytes(files)
        files[f"{REPORTS_DIR}/index.html"] = index_html({mid: qualities[mid] for mid in ids}).encode()
        progress(f"COMBINE archives: {len(ids)} models and the package")
    return files, outcomes


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent
