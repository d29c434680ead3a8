"""Units section: units declared on the model, parameters, species and compartments, and libsbml's unit findings.

A declared unit must resolve: a unit definition of the model or an SBML base unit. Species and
compartments may inherit the model-wide units (Level 3) or the built-in defaults (Levels 1 and 2):
what counts is that libsbml can derive their units.
"""

from __future__ import annotations

import libsbml

from pipeline.report.checks import Check, Section, check, fraction_check, section
from pipeline.report.consistency import LibsbmlFinding, findings_check
from pipeline.report.elements import label, listed, parameters

MODEL_UNIT_ATTRIBUTES = ("substanceUnits", "timeUnits", "volumeUnits", "extentUnits")


def resolves(model: libsbml.Model, unit: str) -> bool:
    """True when ``unit`` names a unit definition of ``model`` or an SBML base unit."""
    level, version = model.getLevel(), model.getVersion()
    return model.getUnitDefinition(unit) is not None or libsbml.UnitKind_isValidUnitKindString(unit, level, version)


def _model_units(model: libsbml.Model) -> Check:
    if model.getLevel() < 3:
        return check(
            "units.model",
            "model-wide units",
            1.0,
            f"SBML Level {model.getLevel()}: built-in default units (substance, time, volume) apply",
        )
    declared = [a for a in MODEL_UNIT_ATTRIBUTES if getattr(model, "isSet" + a[0].upper() + a[1:])()]
    valid = [a for a in declared if resolves(model, getattr(model, "get" + a[0].upper() + a[1:])())]
    missing = [f"{a} {'invalid' if a in declared else 'not set'}" for a in MODEL_UNIT_ATTRIBUTES if a not in valid]
    return fraction_check(
        "units.model",
        "model-wide units",
        len(valid),
        len(MODEL_UNIT_ATTRIBUTES),
        "model unit attributes declared",
        missing,
    )


def _parameter_units(model: libsbml.Model) -> Check:
    declared = parameters(model)
    bad = []
    for p in declared:
        if not p.isSetUnits():
            bad.append(f"{label(p)}: no units")
        elif not resolves(model, p.getUnits()):
            bad.append(f"{label(p)}: unknown unit {p.getUnits()!r}")
    return fraction_check(
        "units.parameters",
        "parameters with declared units",
        len(declared) - len(bad),
        len(declared),
        "parameters with a valid unit",
        listed(bad),
        weight=2.0,
        empty="no parameters (global or local)",
    )


def _derived(cid: str, title: str, elements: list[libsbml.SBase], what: str) -> Check:
    bad = []
    for e in elements:
        unit = e.getDerivedUnitDefinition()
        if unit is None or unit.getNumUnits() == 0:
            bad.append(label(e))
    good = len(elements) - len(bad)
    return fraction_check(cid, title, good, len(elements), f"{what} with known units", listed(bad), empty=f"no {what}")


def units_section(model: libsbml.Model, findings: list[LibsbmlFinding]) -> Section:
    checks = [
        _model_units(model),
        _parameter_units(model),
        _derived("units.species", "species units", list(model.getListOfSpecies()), "species"),
        _derived("units.compartments", "compartment units", list(model.getListOfCompartments()), "compartments"),
        findings_check(
            "units.libsbml", "libsbml unit findings", [f for f in findings if f.section == "units"], weight=2.0
        ),
    ]
    return section("units", checks, "declared units and libsbml's unit consistency checks")
