"""Assess one SBML model: every section of the quality report, as data (no rendering here).

A model is one of this package's when its model id is a mechanism id of the registry (or when the
caller names the mechanism); then its evidence, parameter provenance and declared behaviours are
scored too. Any other SBML is "foreign": those three sections are not applicable and the overall
score is the weighted mean of the rest.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.mechanisms import registry
from pipeline.report.checks import ModelInfo, Report
from pipeline.report.consistency import consistency_section, libsbml_findings
from pipeline.report.evidence import evidence_section, provenance_section
from pipeline.report.metadata import annotation_section, sbo_section
from pipeline.report.simulation import FOREIGN_HORIZON, behaviours_section, simulation_section
from pipeline.report.source import ReportInputError, Source, read_source
from pipeline.report.unit_checks import units_section


def _counts(source: Source) -> dict[str, int]:
    model = source.flat.getModel()
    return {
        "compartments": model.getNumCompartments(),
        "species": model.getNumSpecies(),
        "reactions": model.getNumReactions(),
        "parameters": model.getNumParameters(),
        "local parameters": sum(
            r.getKineticLaw().getNumParameters() for r in model.getListOfReactions() if r.isSetKineticLaw()
        ),
        "rules": model.getNumRules(),
        "events": model.getNumEvents(),
    }


def assess_source(source: Source, mechanism_id: str | None = None, detect: bool = True) -> Report:
    """The report of a parsed source. ``mechanism_id`` names the package mechanism it is; without it,
    the model id decides when ``detect`` is true, and the model is foreign otherwise."""
    model = source.flat.getModel()
    known = registry()
    if mechanism_id is not None and mechanism_id not in known:
        raise ReportInputError(f"{source.name}: unknown mechanism {mechanism_id!r}; known: {', '.join(known)}")
    if mechanism_id is None and detect and source.doc.getModel().getId() in known:
        mechanism_id = source.doc.getModel().getId()
    mechanism = known[mechanism_id] if mechanism_id else None
    package = mechanism is not None
    findings = libsbml_findings(source.doc, source.name)
    horizon = mechanism.time_course_hours if mechanism else FOREIGN_HORIZON
    simulation = simulation_section(source.flat_text, horizon)
    sections = (
        consistency_section(findings),
        annotation_section(source.doc, model),
        sbo_section(source.flat, findings),
        units_section(model, findings),
        evidence_section(model, package),
        provenance_section(model, package),
        simulation,
        behaviours_section(mechanism, source.flat_text),
    )
    info = ModelInfo(
        source=source.name,
        id=source.doc.getModel().getId(),
        name=source.doc.getModel().getName(),
        level=source.doc.getLevel(),
        version=source.doc.getVersion(),
        origin="package" if package else "foreign",
        mechanism=mechanism_id,
        counts=_counts(source),
        note=source.flat_note,
    )
    return Report(info, sections)


def assess(
    sbml_path_or_text: str | Path, *, name: str | None = None, mechanism_id: str | None = None, detect: bool = True
) -> Report:
    """The quality report of an SBML file or text (``ReportInputError`` when it is not usable SBML)."""
    return assess_source(read_source(sbml_path_or_text, name), mechanism_id, detect)
