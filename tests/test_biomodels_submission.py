"""The MIRIAM/BioModels checklist of the committed models, its failure modes, and the submission command."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import libsbml
import pytest

from pipeline.build import project_root
from pipeline.cli import main
from pipeline.exports.submission import SubmissionError, parse_creator, submission_files
from pipeline.mechanisms import registry
from pipeline.validate.biomodels_checklist import checklist

CONTACT = "creator contact (e-mail)"


def _doc(mechanism_id: str) -> libsbml.SBMLDocument:
    return libsbml.readSBMLFromFile(str(project_root() / "models" / "sbml" / f"{mechanism_id}.xml"))


def _failed(doc: libsbml.SBMLDocument) -> dict[str, str]:
    return {i.name: i.detail for i in checklist(doc, simulate=False) if not i.passed}


@pytest.mark.parametrize("mechanism_id", list(registry()))
def test_committed_model_meets_the_checklist_but_for_a_submitter_contact(mechanism_id: str) -> None:
    items = checklist(_doc(mechanism_id))
    assert {i.name for i in items if not i.passed} == {CONTACT}
    assert len(items) == 13


def test_checklist_catches_a_missing_reference() -> None:
    text = (project_root() / "models" / "sbml" / "wnt_beta_catenin.xml").read_text(encoding="utf-8")
    text = re.sub(r"<bqmodel:isDescribedBy>.*?</bqmodel:isDescribedBy>", "", text, flags=re.S)
    assert "reference description (bqmodel:isDescribedBy)" in _failed(libsbml.readSBMLFromString(text))


def test_checklist_names_an_unannotated_species() -> None:
    doc = _doc("trpm7_pdgf")
    doc.getModel().getSpecies("Mg_cyt").unsetCVTerms()
    assert "Mg_cyt" in _failed(doc)["species annotated with identifiers.org"]


def test_checklist_catches_an_invalid_identifier() -> None:
    text = (
        (project_root() / "models" / "sbml" / "trpm7_pdgf.xml")
        .read_text(encoding="utf-8")
        .replace("uniprot:Q96QT4", "uniprot:!!")
    )
    assert "invalid" in _failed(libsbml.readSBMLFromString(text))["species annotated with identifiers.org"]


def test_checklist_catches_missing_terms_of_distribution_and_taxon() -> None:
    doc = _doc("mg_dose_window")
    model = doc.getModel()
    model.unsetNotes()
    model.unsetCVTerms()
    failed = _failed(doc)
    assert "terms of distribution" in failed and "taxon (bqbiol:hasTaxon)" in failed


def test_checklist_catches_invalid_sbml() -> None:
    text = (
        (project_root() / "models" / "sbml" / "trpm7_pdgf.xml")
        .read_text(encoding="utf-8")
        .replace('units="litre"', 'units="nounit"')
    )
    assert "valid SBML" in _failed(libsbml.readSBMLFromString(text))


def test_creator_is_parsed_or_refused_with_the_expected_form() -> None:
    creator = parse_creator("Ada Lovelace <ada@example.org> (Analytical Engines)")
    assert (creator.given, creator.family, creator.email, creator.organisation) == (
        "Ada",
        "Lovelace",
        "ada@example.org",
        "Analytical Engines",
    )
    with pytest.raises(SubmissionError, match="expected 'Given Family <e-mail>"):
        parse_creator("Ada Lovelace ada@example.org")


def test_submission_with_a_creator_passes_every_item_and_ships_that_model() -> None:
    files, items = submission_files("mg_dose_window", parse_creator("Ada Lovelace <ada@example.org>"))
    assert all(i.passed for i in items)
    sbml = files["mg_dose_window.xml"].decode()
    assert "ada@example.org" in sbml
    with zipfile.ZipFile(io.BytesIO(files["mg_dose_window.omex"])) as archive:
        assert archive.read("mg_dose_window.xml").decode() == sbml
    assert all(entry["passed"] for entry in json.loads(files["checklist.json"]))
    assert "| attribution | creator contact (e-mail) | yes |" in files["SUBMISSION.md"].decode()
    assert {"mg_dose_window.cps", "mg_dose_window.sbgn", "mg_dose_window.svg", "mg_dose_window.png"} <= set(files)


def test_submission_command_writes_the_folder_and_reports_what_is_missing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "submission"
    assert main(["submission", "angiogenesis_coupling", "--out", str(out)]) == 1  # no contact given
    assert (out / "SUBMISSION.md").is_file() and (out / "angiogenesis_coupling.omex").is_file()
    assert CONTACT in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["submission", "no_such_model", "--out", "{tmp}/a"], "unknown model 'no_such_model'"),
        (["submission", "trpm7_pdgf", "--out", "{tmp}/b", "--creator", "nobody"], "expected 'Given Family"),
        (["submission", "trpm7_pdgf", "--out", "{tmp}/full"], "is not an empty folder"),
    ],
)
def test_submission_command_refuses_bad_input(arguments: list[str], message: str, tmp_path: Path, capsys) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("x", encoding="utf-8")
    assert main([a.replace("{tmp}", str(tmp_path)) for a in arguments]) == 2
    assert message in capsys.readouterr().err
