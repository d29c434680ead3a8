"""COMBINE archives: contents and manifest formats, metadata, SED-ML validity and targets, determinism,
and the SED-ML experiments re-run with the project's own engine giving the numbers of ``results/``.

The BioSimulators tools (tellurium and COPASI) run the same archives in ``scripts/biosimulators_check.py``,
which needs its own environment; here a small interpreter of the SED-ML subset the exports use reads every
model change, simulation, repeated task, data generator and report from the SED-ML itself.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from functools import cache
from pathlib import Path

import libcombine
import libsedml
import numpy as np
import pytest
from conftest import sbml_text, simulator
from lxml import etree

from pipeline.build import project_root
from pipeline.exports.omex import (
    FORMAT_MANIFEST,
    FORMAT_METADATA,
    FORMAT_OMEX,
    FORMAT_PNG,
    FORMAT_SBML,
    FORMAT_SEDML,
    FORMAT_SVG,
    LICENCE_URL,
    ZIP_DATE,
    omex_bytes,
    package_omex_bytes,
)
from pipeline.exports.sedml import REPORT_DOSE_SCAN, REPORT_KNOCKDOWNS, REPORT_TIME_COURSE, SBML_NS, sedml_text
from pipeline.mechanisms import PART_MECHANISMS, registry
from pipeline.sbgn.maps import MAPS_DIR, OVERVIEW, mechanism_map, overview_map
from pipeline.sbml.build import CREATED, CREATOR
from pipeline.sbml.comp import comp_text

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS = {
    "rdf": RDF,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "vCard": "http://www.w3.org/2006/vcard/ns#",
    "bqbiol": "http://biomodels.net/biology-qualifiers/",
    "bqmodel": "http://biomodels.net/model-qualifiers/",
    "omex": "http://identifiers.org/combine.specifications/omex-manifest",
}
SBML_XPATH_NS = {"sbml": SBML_NS}
RTOL, FLOOR, TINY = 1e-3, 1e-4, 1e-15  # as in scripts/biosimulators_check.py


@cache
def built(mechanism_id: str) -> dict[str, bytes]:
    """The build's outputs that an archive holds (SBML and map files), keyed by project path."""
    files, _ = mechanism_map(registry()[mechanism_id])
    return files | {f"models/sbml/{mechanism_id}.xml": sbml_text(mechanism_id).encode()}


@cache
def archive(mechanism_id: str) -> bytes:
    return omex_bytes(registry()[mechanism_id], built(mechanism_id))


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def manifest(files: dict[str, bytes]) -> dict[str, tuple[str, bool]]:
    root = etree.fromstring(files["manifest.xml"])
    return {c.get("location"): (c.get("format"), c.get("master") == "true") for c in root.findall("omex:content", NS)}


# ---------------------------------------------------------------- contents and manifest
def test_archive_contents_and_formats(mechanism_id: str) -> None:
    files = members(archive(mechanism_id))
    stems = {f"{mechanism_id}.{ext}" for ext in ("xml", "sedml", "sbgn", "svg", "png")}
    assert sorted(files) == sorted(stems | {"manifest.xml", "metadata.rdf"})
    assert files[f"{mechanism_id}.xml"] == sbml_text(mechanism_id).encode()
    for ext in ("sbgn", "svg", "png"):
        assert files[f"{mechanism_id}.{ext}"] == built(mechanism_id)[f"{MAPS_DIR}/{mechanism_id}.{ext}"]
    entries = manifest(files)
    expected = {
        ".": (FORMAT_OMEX, False),
        "./manifest.xml": (FORMAT_MANIFEST, False),
        "./metadata.rdf": (FORMAT_METADATA, False),
        f"./{mechanism_id}.xml": (FORMAT_SBML, False),
        f"./{mechanism_id}.sedml": (FORMAT_SEDML, True),
        f"./{mechanism_id}.svg": (FORMAT_SVG, False),
        f"./{mechanism_id}.png": (FORMAT_PNG, False),
        f"./{mechanism_id}.sbgn": ("http://identifiers.org/combine.specifications/sbgn.pd.level-1.version-2.0", False),
    }
    assert entries == expected
    assert FORMAT_SBML.endswith("sbml.level-3.version-2") and FORMAT_SEDML.endswith("sed-ml.level-1.version-3")


def test_libcombine_reads_the_archive(mechanism_id: str, tmp_path: Path) -> None:
    """libCombine (the COMBINE reference library) finds the master SED-ML and the archive's metadata."""
    path = tmp_path / f"{mechanism_id}.omex"
    path.write_bytes(archive(mechanism_id))
    combine = libcombine.CombineArchive()
    assert combine.initializeFromArchive(str(path))
    assert combine.getMasterFile().getLocation() == f"./{mechanism_id}.sedml"
    description = combine.getMetadataForLocation(".")
    assert not description.isEmpty()
    assert description.getDescription() == registry()[mechanism_id].summary
    assert description.getCreated().getDateAsString() == CREATED
    creator = description.getCreator(0)
    assert (creator.getGivenName(), creator.getFamilyName()) == (CREATOR["given"], CREATOR["family"])
    assert creator.getOrganization() == CREATOR["organisation"]


def test_archives_are_deterministic() -> None:
    """Byte-identical whether the maps are made afresh or handed over by the build."""
    mechanism = registry()["trpm7_pdgf"]
    assert omex_bytes(mechanism) == archive("trpm7_pdgf")
    assert omex_bytes(mechanism, built("trpm7_pdgf")) == archive("trpm7_pdgf")
    with zipfile.ZipFile(io.BytesIO(archive("trpm7_pdgf"))) as z:
        infos = z.infolist()
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {ZIP_DATE}


# ---------------------------------------------------------------- metadata
def test_metadata_rdf(mechanism_id: str) -> None:
    mechanism = registry()[mechanism_id]
    root = etree.fromstring(members(archive(mechanism_id))["metadata.rdf"])
    assert root.tag == f"{{{RDF}}}RDF"
    base = root.get("{http://www.w3.org/XML/1998/namespace}base")
    assert base == f"http://omex-library.org/{mechanism_id}.omex/"
    about = {d.get(f"{{{RDF}}}about"): d for d in root.findall("rdf:Description", NS)}
    top = about["."]  # the archive itself: xml:base + "." is http://omex-library.org/<id>.omex/
    assert top.findtext("dc:title", namespaces=NS) == mechanism.name
    assert top.findtext("dc:description", namespaces=NS) == mechanism.summary
    for tag in ("dcterms:creator", "dc:creator"):
        creator = top.find(tag, NS)
        assert creator.get(f"{{{RDF}}}parseType") == "Resource"
        assert creator.findtext("vCard:hasName/vCard:family-name", namespaces=NS) == CREATOR["family"]
        assert creator.findtext("vCard:hasName/vCard:given-name", namespaces=NS) == CREATOR["given"]
        assert creator.findtext("rdfs:label", namespaces=NS)
    assert top.findtext("dcterms:created/dcterms:W3CDTF", namespaces=NS) == CREATED
    assert top.find("dcterms:license", NS).get(f"{{{RDF}}}resource") == LICENCE_URL
    taxa = [e.get(f"{{{RDF}}}resource") for e in top.findall("bqbiol:hasTaxon", NS)]
    assert taxa == ["https://identifiers.org/taxonomy:9606"]
    described = {e.get(f"{{{RDF}}}resource") for e in top.findall("bqmodel:isDescribedBy", NS)}
    dois = {x.url for x in mechanism.xrefs if x.qualifier == "bqmodel:isDescribedBy" and x.curie.startswith("doi:")}
    assert described == dois
    files = set(members(archive(mechanism_id))) - {"manifest.xml", "metadata.rdf"}
    assert {k for k in about if k.startswith("./")} == {f"./{f}" for f in files}


def test_metadata_as_an_rdf_graph(mechanism_id: str) -> None:
    """An RDF/XML parser resolves the subjects to the OMEX Metadata specification's URIs."""
    rdflib = pytest.importorskip("rdflib")
    graph = rdflib.Graph()
    graph.parse(data=members(archive(mechanism_id))["metadata.rdf"], format="xml")
    top = rdflib.URIRef(f"http://omex-library.org/{mechanism_id}.omex/")
    dc, dcterms = rdflib.Namespace(NS["dc"]), rdflib.Namespace(NS["dcterms"])
    assert str(graph.value(top, dc.title)) == registry()[mechanism_id].name
    assert graph.value(top, dcterms.license) == rdflib.URIRef(LICENCE_URL)
    assert graph.value(top, dcterms.creator) is not None
    model = rdflib.URIRef(f"http://omex-library.org/{mechanism_id}.omex/{mechanism_id}.xml")
    assert graph.value(model, dc.title) is not None


# ---------------------------------------------------------------- SED-ML
def _sedml(mechanism_id: str) -> libsedml.SedDocument:
    return libsedml.readSedMLFromString(members(archive(mechanism_id))[f"{mechanism_id}.sedml"].decode())


def test_sedml_has_no_errors_and_references_resolve(mechanism_id: str) -> None:
    text = members(archive(mechanism_id))[f"{mechanism_id}.sedml"].decode()
    assert text == sedml_text(registry()[mechanism_id])
    doc = libsedml.readSedMLFromString(text)
    errors = [doc.getError(i) for i in range(doc.getNumErrors())]
    assert not [e.getMessage() for e in errors if e.getSeverity() >= libsedml.LIBSEDML_SEV_ERROR]
    assert (doc.getLevel(), doc.getVersion()) == (1, 3)
    sbml = etree.fromstring(sbml_text(mechanism_id).encode())

    def resolves(target: str) -> None:
        element, _, attribute = target.partition("/@")
        found = sbml.xpath(element, namespaces=SBML_XPATH_NS)
        assert len(found) == 1, target
        if attribute:
            assert found[0].get(attribute) is not None, target

    models = {m.getId(): m for m in doc.getListOfModels()}
    for model in models.values():
        assert model.getSource() == f"{mechanism_id}.xml"
        for change in model.getListOfChanges():
            assert change.getTarget().endswith(("/@initialConcentration", "/@value"))
            resolves(change.getTarget())
    simulations = {s.getId() for s in doc.getListOfSimulations()}
    for simulation in doc.getListOfSimulations():
        assert simulation.getAlgorithm().getKisaoID() == "KISAO:0000019"
        kisao = {p.getKisaoID(): p.getValue() for p in simulation.getAlgorithm().getListOfAlgorithmParameters()}
        assert kisao == {"KISAO:0000209": "1e-08", "KISAO:0000211": "1e-16", "KISAO:0000415": "200000"}
    tasks = {t.getId(): t for t in doc.getListOfTasks()}
    for task in tasks.values():
        if task.getTypeCode() == libsedml.SEDML_TASK_REPEATEDTASK:
            assert task.getResetModel()
            for sub in task.getListOfSubTasks():
                assert sub.getTask() in tasks
            for change in task.getListOfTaskChanges():
                assert change.getModelReference() in models
                resolves(change.getTarget())
        else:
            assert task.getModelReference() in models and task.getSimulationReference() in simulations
    generators = {g.getId(): g for g in doc.getListOfDataGenerators()}
    for generator in generators.values():
        for variable in generator.getListOfVariables():
            assert variable.getTaskReference() in tasks
            if variable.isSetTarget():
                resolves(variable.getTarget())
            else:
                assert variable.getSymbol() == "urn:sedml:symbol:time"
    reports = {o.getId(): o for o in doc.getListOfOutputs()}
    assert set(reports) == {REPORT_TIME_COURSE, REPORT_DOSE_SCAN, REPORT_KNOCKDOWNS}
    for report in reports.values():
        for data_set in report.getListOfDataSets():
            assert data_set.getDataReference() in generators


# ---------------------------------------------------------------- the numbers
def _id(target: str) -> str:
    match = re.search(r"@id='([^']+)'", target)
    assert match, target
    return match.group(1)


def run_sedml(mechanism_id: str) -> dict[str, dict[str, np.ndarray]]:
    """Every report of the SED-ML, computed with the pipeline's Simulator: data set id -> values.

    A task gives one array per variable over its time points; a repeated task one row per
    iteration (its model reset, the setValue applied, the sub-task run).
    """
    doc = _sedml(mechanism_id)
    sim = simulator(mechanism_id)
    models = {
        m.getId(): {_id(c.getTarget()): float(c.getNewValue()) for c in m.getListOfChanges()}
        for m in doc.getListOfModels()
    }
    simulations = {
        s.getId(): (s.getInitialTime(), s.getOutputStartTime(), s.getOutputEndTime(), s.getNumberOfPoints())
        for s in doc.getListOfSimulations()
    }
    tasks = {t.getId(): t for t in doc.getListOfTasks()}
    variables: dict[str, list[tuple[str, str]]] = {}  # task -> (variable id, model id or "time")
    for generator in doc.getListOfDataGenerators():
        for v in generator.getListOfVariables():
            variables.setdefault(v.getTaskReference(), []).append(
                (v.getId(), _id(v.getTarget()) if v.isSetTarget() else "time")
            )

    def run(task_id: str, extra: dict[str, float], wanted: list[str]) -> dict[str, np.ndarray]:
        task = tasks[task_id]
        if task.getTypeCode() == libsedml.SEDML_TASK_REPEATEDTASK:
            ranges = {r.getId(): [float(v) for v in r.getValues()] for r in task.getListOfRanges()}
            rows: list[dict[str, np.ndarray]] = []
            for i in range(len(ranges[task.getRangeId()])):
                changes = {}
                for change in task.getListOfTaskChanges():
                    assert libsedml.formulaToL3String(change.getMath()) == change.getRange()
                    changes[_id(change.getTarget())] = ranges[change.getRange()][i]
                (sub,) = task.getListOfSubTasks()
                rows.append(run(sub.getTask(), extra | changes, wanted))
            return {key: np.array([row[key] for row in rows]) for key in wanted}
        start, output_start, end, intervals = simulations[task.getSimulationReference()]
        assert start == output_start == 0.0
        condition = models[task.getModelReference()] | extra
        readouts = [k for k in wanted if k != "time"]
        table = sim.time_course(condition, end, readouts, points=intervals + 1)
        return {"time": table[:, 0]} | {k: table[:, i + 1] for i, k in enumerate(readouts)}

    values: dict[str, np.ndarray] = {}
    for task_id, pairs in variables.items():
        result = run(task_id, {}, sorted({key for _, key in pairs}))
        values |= {vid: result[key] for vid, key in pairs}
    generators = {g.getId(): g for g in doc.getListOfDataGenerators()}
    reports: dict[str, dict[str, np.ndarray]] = {}
    for report in doc.getListOfOutputs():
        reports[report.getId()] = {}
        for data_set in report.getListOfDataSets():
            generator = generators[data_set.getDataReference()]
            (variable,) = generator.getListOfVariables()
            assert libsedml.formulaToL3String(generator.getMath()) == variable.getId()
            reports[report.getId()][data_set.getId()] = values[variable.getId()]
    return reports


def _csv(mechanism_id: str, name: str) -> tuple[list[str], list[list[str]]]:
    with (project_root() / "results" / mechanism_id / f"{name}.csv").open(newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def _check(label: str, simulated: np.ndarray, expected: np.ndarray, scale: float) -> None:
    error = np.abs(simulated - expected) / np.maximum(np.abs(expected), max(FLOOR * scale, TINY))
    worst = int(np.argmax(error))
    assert error[worst] <= RTOL, f"{label}[{worst}]: SED-ML {simulated[worst]:.9g}, CSV {expected[worst]:.6g}"


def test_sedml_experiments_give_the_csv_numbers(mechanism_id: str) -> None:
    mechanism = registry()[mechanism_id]
    reports = run_sedml(mechanism_id)
    doc = _sedml(mechanism_id)
    labels = {d.getId(): d.getLabel() for o in doc.getListOfOutputs() for d in o.getListOfDataSets()}

    header, rows = _csv(mechanism_id, "time_course")
    assert len(reports[REPORT_TIME_COURSE]) == len(header)
    for key, series in reports[REPORT_TIME_COURSE].items():
        column = [float(r[header.index(labels[key])]) for r in rows]
        assert len(series) == len(column) == 97
        _check(f"time course {labels[key]}", series, np.array(column), max(abs(v) for v in column))

    header, rows = _csv(mechanism_id, "dose_scan")
    assert [labels[k] for k in reports[REPORT_DOSE_SCAN]] == header
    for key, series in reports[REPORT_DOSE_SCAN].items():
        column = [float(r[header.index(labels[key])]) for r in rows]
        _check(f"dose scan {labels[key]}", series[:, -1], np.array(column), max(abs(v) for v in column))

    header, rows = _csv(mechanism_id, "knockdowns")
    assert [r[0] for r in rows] == ["control"] + [c.name for c in mechanism.knockdowns]
    for key, series in reports[REPORT_KNOCKDOWNS].items():
        row, _, readout = key.partition("_")
        number = int(row[2:])
        assert labels[key] == f"{rows[number][0]}: {readout}"
        column = [float(r[header.index(readout)]) for r in rows]
        _check(f"knockdown {labels[key]}", series[-1:], np.array(column[number : number + 1]), max(map(abs, column)))


# ---------------------------------------------------------------- the package archive
def test_package_archive() -> None:
    ids = list(registry())
    overview, _ = overview_map()
    given: dict[str, bytes] = {}
    for mid in ids:
        given |= built(mid)
    given |= overview | {
        "models/sbml/integrated_comp.xml": comp_text(PART_MECHANISMS(), registry()["integrated"]).encode()
    }
    data = package_omex_bytes(given)
    assert package_omex_bytes(given) == data
    files = members(data)
    for mid in ids:
        for ext in ("xml", "sedml", "sbgn", "svg", "png"):
            assert files[f"{mid}/{mid}.{ext}"] == members(archive(mid))[f"{mid}.{ext}"], f"{mid}.{ext}"
    for ext in ("sbgn", "svg", "png"):
        assert files[f"{OVERVIEW}.{ext}"] == overview[f"{MAPS_DIR}/{OVERVIEW}.{ext}"]
    assert "integrated/integrated_comp.xml" in files
    entries = manifest(files)
    assert set(entries) == {"."} | {f"./{name}" for name in files}
    assert not any(master for _, master in entries.values())  # every SED-ML file is run
    assert entries[f"./{OVERVIEW}.sbgn"][0].endswith("sbgn.af.level-1.version-1.2")
    root = etree.fromstring(files["metadata.rdf"])
    assert root.get("{http://www.w3.org/XML/1998/namespace}base") == "http://omex-library.org/mgbone.omex/"
    described = {e.get(f"{{{RDF}}}resource") for e in root.iterfind(".//bqmodel:isDescribedBy", NS)}
    assert described == {x.url for m in registry().values() for x in m.xrefs if x.qualifier == "bqmodel:isDescribedBy"}
