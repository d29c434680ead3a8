"""SED-ML (Level 1 Version 3) of a mechanism's standard experiments, for COMBINE archives.

The document re-states, in a simulator-independent way, the three experiments whose
numbers the pipeline writes to ``results/<id>/*.csv`` (see ``pipeline.simulate``):

* ``time_course``: a uniform time course from 0 to ``time_course_hours`` with 96
  intervals (97 points), under the mechanism's time-course condition, written as
  ``changeAttribute`` model changes;
* ``dose_scan``: a repeated task over ``scan_doses`` that sets ``scan_input`` (a
  ``setValue`` per iteration, model reset between iterations); each iteration is a
  uniform time course to ``STEADY_STATE_HOURS`` whose last point is the steady state;
* ``knockdowns``: the control and each knock-down as a model with changes, each run
  to the same horizon.

Steady states are long time courses rather than SED-ML ``steadyState`` simulations, as
in the pipeline (``Simulator.steady_state``): pools that decay to zero are no problem
for them, and BioSimulators-tellurium and BioSimulators-COPASI both run them. The
horizon is 2000 h, not the pipeline's 20000 h: BioSimulators-COPASI sizes its output
buffer as if it stored a point every 0.01 h (COPASI's default step), so a 20000 h run
reserves about 2.5 GB of address space per iteration and a dose scan exhausts the
machine. At 2000 h every readout of every mechanism, dose and knock-down is within
3e-8 (relative) of its 20000 h value, except pools that decay to zero, which are below
5e-9 of their column's largest value (H_type_vessels of angiogenesis_coupling under the
KDR block: 2e-9 at 2000 h). ``scripts/biosimulators_check.py`` compares with the CSV
files and would show any model whose dynamics become slower.

Every model restates each value that any of the experiments changes, the control's
own values included, so that no experiment depends on another having run before it:
BioSimulators-utils 0.2.3 running tellurium writes a model's changes back into the
SBML file of the archive, where the next model that reads the file would find them.

Every simulation asks for CVODE (KISAO:0000019) with the pipeline's tolerances as
algorithm parameters; a simulator without CVODE may substitute an equivalent ODE
solver: BioSimulators-COPASI runs LSODA, and drops the parameters when it substitutes
(COPASI's defaults, relative tolerance 1e-6, still give the CSV numbers within 1e-5).

The dose scan's ``setValue`` targets the species or parameter element itself, as in the
SED-ML specification's examples, not its ``initialConcentration`` attribute: given the
attribute, BioSimulators-tellurium sets the species' amount instead of its concentration.

Each experiment has one report whose data sets carry the CSV column names as labels;
knock-down data sets are ``kd<i>_<readout>`` with ``i`` the CSV row (0 = control).
Time-course and dose-scan data sets are ``tc_<id>`` and ``ds_<id>``.
"""

from __future__ import annotations

from html import escape

import libsedml

from pipeline.assemble import content_of
from pipeline.model import Condition, Mechanism
from pipeline.simulate.engine import ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE

LEVEL, VERSION = 1, 3
SBML_NS = "http://www.sbml.org/sbml/level3/version2/core"
SBML_LANGUAGE = "urn:sedml:language:sbml.level-3.version-2"
TIME_SYMBOL = "urn:sedml:symbol:time"
TIME_COURSE_INTERVALS = 96  # the pipeline's time courses have 97 points
STEADY_STATE_HOURS = 2000.0  # see the module docstring
STEADY_STATE_INTERVALS = 10  # points along the steady-state run; only the last one is compared
MAXIMUM_STEPS = 200000  # as set on the integrator in pipeline.simulate.engine.Simulator

KISAO_CVODE = "KISAO:0000019"
KISAO_RELATIVE_TOLERANCE = "KISAO:0000209"
KISAO_ABSOLUTE_TOLERANCE = "KISAO:0000211"
KISAO_MAXIMUM_STEPS = "KISAO:0000415"

# Ids of the elements the document defines (the BioSimulators check reads the reports by these).
REPORT_TIME_COURSE = "report_time_course"
REPORT_DOSE_SCAN = "report_dose_scan"
REPORT_KNOCKDOWNS = "report_knockdowns"
TIME_COLUMN = "time_h"


class SedmlError(RuntimeError):
    """libsedml refused a value or the written document has errors."""


def model_source(mechanism: Mechanism) -> str:
    """Path of the SBML file relative to the SED-ML file (both sit in one folder of the archive)."""
    return f"{mechanism.id}.xml"


def sedml_filename(mechanism: Mechanism) -> str:
    return f"{mechanism.id}.sedml"


def _ok(code: int, what: str) -> None:
    if code != libsedml.LIBSEDML_OPERATION_SUCCESS:
        raise SedmlError(f"{what}: {libsedml.OperationReturnValue_toString(code)}")


class _Targets:
    """XPath targets of a mechanism's species and parameters (phenotypes are SBML parameters)."""

    def __init__(self, mechanism: Mechanism) -> None:
        content = content_of(mechanism)
        self.species = {s.id for s in content.species}
        self.parameters = {p.id for p in content.parameters} | {p.id for p in content.phenotypes}
        # the model's own values: species' initial concentrations, parameters' values
        self.defaults = {s.id: s.initial_mM for s in content.species} | {p.id: p.value for p in content.parameters}
        self.defaults |= {p.id: p.initial for p in content.phenotypes}

    def element(self, ident: str) -> str:
        if ident in self.species:
            return f"/sbml:sbml/sbml:model/sbml:listOfSpecies/sbml:species[@id='{ident}']"
        if ident in self.parameters:
            return f"/sbml:sbml/sbml:model/sbml:listOfParameters/sbml:parameter[@id='{ident}']"
        raise SedmlError(f"{ident!r} is neither a species nor a global parameter of the model")

    def attribute(self, ident: str) -> str:
        """The attribute an experiment sets: a species' initial concentration (mM) or a parameter's value."""
        return self.element(ident) + ("/@initialConcentration" if ident in self.species else "/@value")


def _number(value: float) -> str:
    """Shortest text that reads back as the same float."""
    return repr(float(value))


def _notes(element: libsedml.SedBase, paragraphs: list[str]) -> None:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    _ok(element.setNotes(f'<body xmlns="http://www.w3.org/1999/xhtml">{body}</body>'), "notes")


def _model(
    doc: libsedml.SedDocument,
    mechanism: Mechanism,
    targets: _Targets,
    ident: str,
    condition: Condition,
    restated: list[str],
) -> None:
    """A model under ``condition``, with a change for each id in ``restated`` (its value or the model's own)."""
    model = doc.createModel()
    _ok(model.setId(ident), f"model {ident}")
    _ok(model.setName(condition.name), f"model {ident} name")
    _ok(model.setLanguage(SBML_LANGUAGE), "model language")
    _ok(model.setSource(model_source(mechanism)), "model source")
    values = dict(condition.changes)
    for key in values:
        targets.attribute(key)  # raises for an unknown id
    for key in restated:
        change = model.createChangeAttribute()
        _ok(change.setTarget(targets.attribute(key)), f"change of {key}")
        _ok(change.setNewValue(_number(values.get(key, targets.defaults[key]))), f"change of {key}")


def _time_course(doc: libsedml.SedDocument, ident: str, end: float, intervals: int, name: str) -> None:
    sim = doc.createUniformTimeCourse()
    _ok(sim.setId(ident), ident)
    _ok(sim.setName(name), ident)
    _ok(sim.setInitialTime(0.0), ident)
    _ok(sim.setOutputStartTime(0.0), ident)
    _ok(sim.setOutputEndTime(float(end)), ident)
    _ok(sim.setNumberOfPoints(intervals), ident)  # L1V3 "numberOfPoints" counts intervals
    algorithm = sim.createAlgorithm()
    _ok(algorithm.setKisaoID(KISAO_CVODE), "algorithm")
    for kisao, value in (
        (KISAO_RELATIVE_TOLERANCE, RELATIVE_TOLERANCE),
        (KISAO_ABSOLUTE_TOLERANCE, ABSOLUTE_TOLERANCE),
        (KISAO_MAXIMUM_STEPS, MAXIMUM_STEPS),
    ):
        parameter = algorithm.createAlgorithmParameter()
        _ok(parameter.setKisaoID(kisao), kisao)
        _ok(parameter.setValue(str(value)), kisao)


def _task(doc: libsedml.SedDocument, ident: str, model: str, simulation: str) -> None:
    task = doc.createTask()
    _ok(task.setId(ident), ident)
    _ok(task.setModelReference(model), ident)
    _ok(task.setSimulationReference(simulation), ident)


def _data_generator(doc: libsedml.SedDocument, key: str, task: str, target: str = "", symbol: str = "") -> None:
    """Data generator ``dg_<key>``: one variable of ``task``, unchanged."""
    ident = f"dg_{key}"
    generator = doc.createDataGenerator()
    _ok(generator.setId(ident), ident)
    variable = generator.createVariable()
    _ok(variable.setId(f"{ident}_var"), ident)
    _ok(variable.setTaskReference(task), ident)
    if symbol:
        _ok(variable.setSymbol(symbol), ident)
    else:
        _ok(variable.setTarget(target), ident)
    _ok(generator.setMath(libsedml.parseL3Formula(f"{ident}_var")), ident)


def _data_set(report: libsedml.SedReport, key: str, label: str) -> None:
    """Data set ``key`` of the report, showing data generator ``dg_<key>``."""
    data_set = report.createDataSet()
    _ok(data_set.setId(key), key)
    _ok(data_set.setLabel(label), key)
    _ok(data_set.setDataReference(f"dg_{key}"), key)


def _report(doc: libsedml.SedDocument, ident: str, name: str) -> libsedml.SedReport:
    report = doc.createReport()
    _ok(report.setId(ident), ident)
    _ok(report.setName(name), ident)
    return report


def sedml_document(mechanism: Mechanism) -> libsedml.SedDocument:
    """The SED-ML document of one mechanism (see the module docstring)."""
    targets = _Targets(mechanism)
    doc = libsedml.SedDocument(LEVEL, VERSION)
    _ok(doc.getNamespaces().add(SBML_NS, "sbml"), "sbml namespace")
    _notes(
        doc,
        [
            f"{mechanism.name}: the experiments of the mgbone pipeline (results/{mechanism.id}/*.csv).",
            "Concentrations in mM, time in hours. A steady state is the last point of a "
            f"{STEADY_STATE_HOURS:g} h time course from the model's initial state under the condition.",
        ],
    )

    # Models: the control (model as published), the time-course condition, each knock-down.
    # Every model restates each value that any condition changes (see the module docstring).
    conditions = (mechanism.time_course_condition,) + mechanism.knockdowns
    restated = sorted({key for condition in conditions for key, _ in condition.changes})
    _model(doc, mechanism, targets, "model", Condition("control"), restated)
    tc_model = "model"
    if mechanism.time_course_condition.changes:
        tc_model = "model_time_course"
        _model(doc, mechanism, targets, tc_model, mechanism.time_course_condition, restated)
    kd_models = ["model"]
    for number, condition in enumerate(mechanism.knockdowns, 1):
        kd_models.append(f"model_knockdown_{number}")
        _model(doc, mechanism, targets, kd_models[-1], condition, restated)

    _time_course(
        doc,
        "sim_time_course",
        mechanism.time_course_hours,
        TIME_COURSE_INTERVALS,
        f"time course, 0-{mechanism.time_course_hours:g} h",
    )
    _time_course(
        doc,
        "sim_steady_state",
        STEADY_STATE_HOURS,
        STEADY_STATE_INTERVALS,
        f"steady state: the last point of a {STEADY_STATE_HOURS:g} h run",
    )

    # (a) time course
    _task(doc, "task_time_course", tc_model, "sim_time_course")
    # (b) dose scan: a repeated task over the doses, resetting the model each time
    _task(doc, "task_dose_steady_state", "model", "sim_steady_state")
    scan = doc.createRepeatedTask()
    _ok(scan.setId("task_dose_scan"), "repeated task")
    _ok(scan.setName(f"steady states over {mechanism.scan_input}"), "repeated task")
    _ok(scan.setRangeId("doses"), "repeated task range")
    _ok(scan.setResetModel(True), "repeated task reset")
    doses = scan.createVectorRange()
    _ok(doses.setId("doses"), "range")
    for dose in mechanism.scan_doses:
        _ok(doses.addValue(float(dose)), "dose")
    set_value = scan.createTaskChange()
    _ok(set_value.setModelReference("model"), "setValue")
    # The element itself, not its attribute (see the module docstring).
    _ok(set_value.setTarget(targets.element(mechanism.scan_input)), "setValue")
    _ok(set_value.setRange("doses"), "setValue")
    _ok(set_value.setMath(libsedml.parseL3Formula("doses")), "setValue")
    sub_task = scan.createSubTask()
    _ok(sub_task.setTask("task_dose_steady_state"), "subTask")
    _ok(sub_task.setOrder(1), "subTask")
    # (c) knock-downs
    for number, model in enumerate(kd_models):
        _task(doc, f"task_knockdown_{number}", model, "sim_steady_state")

    # Data generators and reports, one report per experiment.
    report = _report(doc, REPORT_TIME_COURSE, f"time course ({mechanism.time_course_condition.name})")
    _data_generator(doc, "tc_time", "task_time_course", symbol=TIME_SYMBOL)
    _data_set(report, "tc_time", TIME_COLUMN)
    for readout in mechanism.readouts:
        _data_generator(doc, f"tc_{readout}", "task_time_course", target=targets.element(readout))
        _data_set(report, f"tc_{readout}", readout)

    report = _report(doc, REPORT_DOSE_SCAN, f"dose scan of {mechanism.scan_input}: steady states (last time point)")
    for ident in (mechanism.scan_input,) + tuple(r for r in mechanism.readouts if r != mechanism.scan_input):
        _data_generator(doc, f"ds_{ident}", "task_dose_scan", target=targets.element(ident))
        _data_set(report, f"ds_{ident}", ident)

    report = _report(doc, REPORT_KNOCKDOWNS, "control and knock-downs: steady states (last time point)")
    names = ["control"] + [c.name for c in mechanism.knockdowns]
    for number, name in enumerate(names):
        for readout in mechanism.readouts:
            ident = f"kd{number}_{readout}"
            _data_generator(doc, ident, f"task_knockdown_{number}", target=targets.element(readout))
            _data_set(report, ident, f"{name}: {readout}")
    return doc


def sedml_text(mechanism: Mechanism) -> str:
    """The SED-ML L1V3 text of one mechanism; raises SedmlError if libsedml finds errors reading it back."""
    doc = sedml_document(mechanism)
    text = libsedml.writeSedMLToString(doc)
    check = libsedml.readSedMLFromString(text)  # reading records libsedml's checks in the error log
    errors = [
        check.getError(i).getMessage()
        for i in range(check.getNumErrors())
        if check.getError(i).getSeverity() >= libsedml.LIBSEDML_SEV_ERROR
    ]
    if errors:
        raise SedmlError(f"{mechanism.id}: SED-ML errors: " + "; ".join(errors))
    return text
