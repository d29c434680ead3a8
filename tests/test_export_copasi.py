"""COPASI reads every model without complaint and computes the same numbers as libRoadRunner.

Tolerances: both simulators integrate with relative tolerance 1e-8 (COPASI set here, the project's
engine by default), so trajectories may differ by integration error only; 1e-4 relative (plus an
absolute floor of 1e-6 of the readout's range, for values crossing zero) leaves two orders of
magnitude of margin while still catching any changed rate law, unit or initial value (those move
readouts by percent). Steady states: COPASI's Newton/integration steady state against the
engine's long-run state, 1e-3 relative.
"""

from __future__ import annotations

from pathlib import Path

import basico
import numpy as np
import pytest

from pipeline.build import project_root
from pipeline.exports.copasi import REGISTRY_WARNING, canonical_cps, import_messages, load
from pipeline.mechanisms import registry
from pipeline.model import Condition, Mechanism
from pipeline.simulate.engine import Simulator

RTOL_TRAJECTORY = 1e-4
RTOL_STEADY = 1e-3
ABS_FLOOR = 1e-15  # mM, i.e. 1e-9 nM: integration noise around an exact zero


def _sbml(mechanism_id: str) -> str:
    return (project_root() / "models" / "sbml" / f"{mechanism_id}.xml").read_text(encoding="utf-8")


@pytest.fixture(params=list(registry()), scope="module")
def mechanism(request: pytest.FixtureRequest) -> Mechanism:
    return registry()[request.param]


def _apply(data_model, changes: tuple[tuple[str, float], ...]) -> None:
    species = basico.get_species(model=data_model)
    parameters = basico.get_parameters(model=data_model)
    for ident, value in changes:
        if ident in set(species["sbml_id"]):
            name = species.index[species["sbml_id"] == ident][0]
            basico.set_species(name, initial_concentration=value, model=data_model, exact=True)
        else:
            name = parameters.index[parameters["sbml_id"] == ident][0]
            basico.set_parameters(name, initial_value=value, model=data_model, exact=True)


def _values(data_model, readouts: tuple[str, ...]) -> dict[str, float]:
    species = basico.get_species(model=data_model).set_index("sbml_id")
    parameters = basico.get_parameters(model=data_model).set_index("sbml_id")
    return {
        r: float(species.loc[r, "concentration"]) if r in species.index else float(parameters.loc[r, "value"])
        for r in readouts
    }


def test_copasi_logs_no_error_and_no_warning(mechanism: Mechanism) -> None:
    """A COPASI configured like a desktop installation (MIRIAM registry present) imports in silence."""
    assert import_messages(_sbml(mechanism.id)) == []


def test_copasi_does_report_an_annotation_it_cannot_resolve() -> None:
    text = _sbml("mg_dose_window").replace("https://identifiers.org/CHEBI:18420", "https://identifiers.org/nosuchdb:1")
    messages = import_messages(text)
    assert any("nosuchdb" in m.text for m in messages)


def test_a_bare_copasi_warns_about_any_annotation_so_a_registry_is_needed() -> None:
    """python-copasi ships no MIRIAM registry: any annotated element with an SBO term draws the
    warning, even with a textbook URN; this is why COPASI runs here with a registry."""
    minimal = (
        '<?xml version="1.0" encoding="UTF-8"?><sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3"'
        ' version="2"><model id="m" substanceUnits="mole" timeUnits="second" volumeUnits="litre" extentUnits="mole"'
        ' areaUnits="dimensionless" lengthUnits="metre"><listOfCompartments><compartment metaid="c1" id="c" size="1"'
        ' constant="true" spatialDimensions="3" units="litre" sboTerm="SBO:0000290"><annotation><rdf:RDF'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/">'
        '<rdf:Description rdf:about="#c1"><bqbiol:is><rdf:Bag><rdf:li rdf:resource="urn:miriam:obo.go:GO%3A0005737"/>'
        "</rdf:Bag></bqbiol:is></rdf:Description></rdf:RDF></annotation></compartment></listOfCompartments></model></sbml>"
    )
    data_model, messages = load(minimal)
    basico.remove_datamodel(data_model)
    assert any(REGISTRY_WARNING.search(m.text) for m in messages)


def test_time_course_matches_libroadrunner(mechanism: Mechanism) -> None:
    data_model, _ = load(_sbml(mechanism.id))
    try:
        _apply(data_model, mechanism.time_course_condition.changes)
        table = basico.run_time_course(
            duration=mechanism.time_course_hours,
            intervals=96,
            model=data_model,
            use_sbml_id=True,
            r_tol=1e-8,
            a_tol=1e-16,
        )
    finally:
        basico.remove_datamodel(data_model)
    expected = np.array(
        Simulator(_sbml(mechanism.id)).time_course(
            mechanism.time_course_condition, mechanism.time_course_hours, list(mechanism.readouts), points=97
        )
    )
    assert np.allclose(table.index.to_numpy(), expected[:, 0])
    for column, readout in enumerate(mechanism.readouts, start=1):
        if readout not in table.columns:  # fixed inputs are not state variables in COPASI's output
            continue
        ours, theirs = expected[:, column], table[readout].to_numpy()
        floor = max(1e-6 * max(np.ptp(ours), np.max(np.abs(ours))), ABS_FLOOR)
        assert np.allclose(theirs, ours, rtol=RTOL_TRAJECTORY, atol=floor), readout


def test_steady_state_matches_libroadrunner(mechanism: Mechanism) -> None:
    data_model, _ = load(_sbml(mechanism.id))
    try:
        basico.run_steadystate(model=data_model)
        theirs = _values(data_model, mechanism.readouts)
    finally:
        basico.remove_datamodel(data_model)
    ours = Simulator(_sbml(mechanism.id)).steady_state(Condition("control"), mechanism.readouts)
    for readout in mechanism.readouts:
        assert theirs[readout] == pytest.approx(ours[readout], rel=RTOL_STEADY, abs=1e-12), readout


def test_committed_cps_opens_in_copasi_and_runs_like_the_sbml(mechanism: Mechanism, tmp_path: Path) -> None:
    cps = project_root() / "models" / "copasi" / f"{mechanism.id}.cps"
    data_model = basico.load_model(str(cps))
    assert data_model is not None
    try:
        from_cps = basico.run_time_course(duration=24, intervals=24, model=data_model, r_tol=1e-9)
    finally:
        basico.remove_datamodel(data_model)
    sbml_model, _ = load(_sbml(mechanism.id))
    try:
        from_sbml = basico.run_time_course(duration=24, intervals=24, model=sbml_model, r_tol=1e-9)
    finally:
        basico.remove_datamodel(sbml_model)
    assert list(from_cps.columns) == list(from_sbml.columns)
    # same model, same integrator at relative tolerance 1e-9: what differs is integration error (seen up to
    # 6e-8 relative at COPASI's default 1e-6), far below the percent-level change any model edit makes
    assert np.allclose(from_cps.to_numpy(), from_sbml.to_numpy(), rtol=1e-5, atol=ABS_FLOOR)


def test_canonical_cps_is_stable_under_copasi_s_reordering() -> None:
    a = (
        '<?xml version="1.0"?>\n'
        "<!-- generated with COPASI 4 (Source) (http://www.copasi.org) at 2020-01-01T00:00:00Z -->\n"
        '<COPASI xmlns="http://www.copasi.org/static/schema"><MiriamAnnotation><rdf:RDF'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Bag><rdf:li rdf:resource="b"/>'
        '<rdf:li rdf:resource="a"/><rdf:li rdf:resource="urn:miriam:unknown:SBO:1"/></rdf:Bag></rdf:RDF>'
        "</MiriamAnnotation></COPASI>"
    )
    b = a.replace(
        '<rdf:li rdf:resource="b"/><rdf:li rdf:resource="a"/>', '<rdf:li rdf:resource="a"/><rdf:li rdf:resource="b"/>'
    )
    assert canonical_cps(a) == canonical_cps(b)
    assert "2020-01-01" not in canonical_cps(a) and "urn:miriam:unknown" not in canonical_cps(a)
