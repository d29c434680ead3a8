"""A BioModels submission folder for one model: files, the MIRIAM checklist, and the form's fields.

``mgbone submission <id> --out DIR --creator "Given Family <e-mail> (Organisation)"`` writes:
``<id>.xml`` (SBML, with the submitter added as a creator), ``<id>.omex`` (SBML, SED-ML, map and
metadata), ``<id>.sedml``, ``<id>.cps`` (COPASI), the SBGN map with its pictures,
``checklist.json`` and ``SUBMISSION.md`` (what to type into the BioModels submission form, and
the checklist with what is still missing). The committed models name the package maintainers
without an e-mail address; BioModels needs a reachable creator, which is why the submitter gives
one here. The COPASI file is made from the package model without the added creator: python-copasi
4.48 crashes now and then when it reads a model history with two creators (seen here: 3 crashes in
3 runs of 15 imports; none in 40 imports of the one-creator model).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

import libsbml

from pipeline.exports.copasi import cps_text
from pipeline.exports.omex import omex_bytes
from pipeline.exports.sedml import sedml_filename, sedml_text
from pipeline.mechanisms import registry
from pipeline.model import Mechanism
from pipeline.sbgn.maps import mechanism_map
from pipeline.sbml.build import build_document, check, to_string
from pipeline.validate.biomodels_checklist import ChecklistItem, checklist

_CREATOR = re.compile(
    r"^\s*(?P<given>[^<()]+?)\s+(?P<family>[^\s<()]+)\s*<(?P<email>[^>@\s]+@[^>\s]+)>\s*(\((?P<org>[^)]+)\))?\s*$"
)


class SubmissionError(ValueError):
    """The submission cannot be assembled (unknown model, malformed creator)."""


@dataclass(frozen=True)
class Creator:
    given: str
    family: str
    email: str
    organisation: str = ""


def parse_creator(text: str) -> Creator:
    """``"Given Family <name@host> (Organisation)"``; the organisation is optional."""
    match = _CREATOR.match(text)
    if match is None:
        raise SubmissionError(f"creator {text!r}: expected 'Given Family <e-mail> (Organisation)'")
    return Creator(match["given"], match["family"], match["email"], match["org"] or "")


def _with_creator(mechanism: Mechanism, creator: Creator | None) -> str:
    doc = build_document(mechanism)
    if creator is not None:
        model = doc.getModel()
        history = model.getModelHistory().clone()
        person = libsbml.ModelCreator()
        check(person.setGivenName(creator.given), "creator given name")
        check(person.setFamilyName(creator.family), "creator family name")
        check(person.setEmail(creator.email), "creator e-mail")
        if creator.organisation:
            check(person.setOrganization(creator.organisation), "creator organisation")
        check(history.addCreator(person), "add creator")
        check(model.setModelHistory(history), "model history")
    return to_string(doc)


def _form(mechanism: Mechanism, items: list[ChecklistItem], creator: Creator | None, files: list[str]) -> str:
    dois = [x.curie.removeprefix("doi:") for x in mechanism.xrefs if x.curie.startswith("doi:")]
    lines = [
        f"# BioModels submission: {mechanism.name}",
        "",
        "## Submission form",
        "",
        f"- **Model name**: {mechanism.name}",
        f"- **Model file**: `{mechanism.id}.xml` (SBML Level 3 Version 2); COMBINE archive `{mechanism.id}.omex`",
        f"- **Description**: {mechanism.summary}",
        "- **Publication**: the source review has no DOI in its text; the model is described by the primary"
        " studies it encodes" + (": " + ", ".join(f"doi:{d}" for d in dois) if dois else "") + ".",
        "- **Licence**: CC0 1.0 (public domain)",
        "- **Submitter / creator**: "
        + (f"{creator.given} {creator.family} <{creator.email}>" if creator else "(not given: pass --creator)"),
        "- **Curation**: the SED-ML in the archive reproduces the time course, the dose scan and the knock-downs"
        " in the package's `results/` folder.",
        "",
        "## MIRIAM checklist",
        "",
        "| group | item | passed | detail |",
        "|---|---|---|---|",
    ]
    lines += [f"| {i.group} | {i.name} | {'yes' if i.passed else '**no**'} | {i.detail} |" for i in items]
    lines += ["", "## Files", ""] + [f"- `{f}`" for f in files]
    return "\n".join(lines) + "\n"


def submission_files(mechanism_id: str, creator: Creator | None = None) -> tuple[dict[str, bytes], list[ChecklistItem]]:
    """Every file of the submission folder (name -> bytes) and the checklist of its SBML."""
    known = registry()
    if mechanism_id not in known:
        raise SubmissionError(f"unknown model {mechanism_id!r}; known: {', '.join(known)}")
    mechanism = known[mechanism_id]
    sbml = _with_creator(mechanism, creator)
    items = checklist(libsbml.readSBMLFromString(sbml))
    map_files, _ = mechanism_map(mechanism)
    built = {f"models/sbml/{mechanism.id}.xml": sbml.encode()} | map_files
    files = {
        f"{mechanism.id}.xml": sbml.encode(),
        f"{mechanism.id}.omex": omex_bytes(mechanism, built),
        sedml_filename(mechanism): sedml_text(mechanism).encode(),
        # from the package model: python-copasi 4.48 crashes (intermittently) reading a model history with two
        # creators, so the COPASI file keeps the package's single creator
        f"{mechanism.id}.cps": cps_text(to_string(build_document(mechanism))).encode(),
    }
    files |= {path.rsplit("/", 1)[1]: data for path, data in map_files.items()}
    files["checklist.json"] = (json.dumps([asdict(i) for i in items], indent=2) + "\n").encode()
    files["SUBMISSION.md"] = _form(mechanism, items, creator, sorted(files)).encode()
    return files, items
