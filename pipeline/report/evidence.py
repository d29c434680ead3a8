"""Evidence coverage and parameter provenance, read from the notes this package writes into its models.

``pipeline.sbml.build`` writes, into each reaction's and each cell-level readout's notes, one
paragraph "Encodes claim Cxx: <statement>" per claim of the review it encodes; and into each
constant parameter's notes a paragraph "Source: ..." or "Assumption: ...". These sections read
those notes back from the SBML (not from the declarations), so a model edited after the build is
judged as it is. Foreign models carry no such notes: both sections are then not applicable.
"""

from __future__ import annotations

import re

import libsbml

from pipeline.evidence import claims, is_verified
from pipeline.report.checks import Section, check, fraction_check, not_applicable, section
from pipeline.report.elements import label, listed, notes_text, parameters

CLAIM = re.compile(r"\bEncodes claim ([A-Z]\d+)\b")
PROVENANCE = re.compile(r"^(Source|Assumption)\s*:\s*\S", re.IGNORECASE | re.MULTILINE)
FOREIGN = "not applicable: the model is not one of this package's mechanisms, so it carries no claims of the review"


def cited_claims(element: libsbml.SBase) -> list[str]:
    """Claim ids cited in the element's notes, in order of appearance."""
    return CLAIM.findall(notes_text(element))


def provenance_of(element: libsbml.SBase) -> str | None:
    """ "source" or "assumption" when the notes state where the value comes from, else None."""
    match = PROVENANCE.search(notes_text(element))
    return match.group(1).lower() if match else None


def _readouts(model: libsbml.Model) -> list[libsbml.Parameter]:
    """Non-constant parameters set by rules: the package's cell-level readouts (phenotypes)."""
    ruled = {r.getVariable() for r in model.getListOfRules() if r.isSetVariable()}
    return [p for p in model.getListOfParameters() if not p.getConstant() and p.getId() in ruled]


def evidence_section(model: libsbml.Model, package: bool) -> Section:
    if not package:
        return not_applicable("evidence", FOREIGN)
    reactions = list(model.getListOfReactions())
    uncited = [label(r) for r in reactions if not cited_claims(r)]
    readouts = _readouts(model)
    uncited_readouts = [label(p) for p in readouts if not cited_claims(p)]
    cited = sorted({c for e in reactions + readouts for c in cited_claims(e)})
    known = claims()
    unknown = [c for c in cited if c not in known]
    verified = [c for c in cited if c in known and is_verified(c)]
    checks = [
        fraction_check(
            "evidence.reactions",
            "reactions citing a claim",
            len(reactions) - len(uncited),
            len(reactions),
            'reactions whose notes cite a claim ("Encodes claim Cxx")',
            listed(uncited),
            weight=2.0,
            empty="no reactions",
        ),
        fraction_check(
            "evidence.readouts",
            "cell-level readouts citing a claim",
            len(readouts) - len(uncited_readouts),
            len(readouts),
            "rule-defined readouts whose notes cite a claim",
            listed(uncited_readouts),
            empty="no rule-defined readouts",
        ),
        fraction_check(
            "evidence.known",
            "cited claims exist",
            len(cited) - len(unknown),
            len(cited),
            "distinct cited claims found in pipeline/evidence/claims.yaml",
            listed(unknown),
            empty="no claims cited",
        ),
        check(
            "evidence.verified",
            "cited works confirmed (information)",
            len(verified) / len(cited) if cited else None,
            f"{len(verified)} of {len(cited)} cited claims have a cited work confirmed by a public source"
            if cited
            else "no claims cited",
            weight=0.0,
            details=listed([c for c in cited if c in known and c not in verified]),
        ),
    ]
    return section("evidence", checks, "claims of the review cited in reaction and readout notes")


def provenance_section(model: libsbml.Model, package: bool) -> Section:
    if not package:
        return not_applicable("provenance", FOREIGN.replace("claims of the review", "parameter provenance notes"))
    constants = [p for p in parameters(model) if p.getElementName() == "localParameter" or p.getConstant()]
    kinds = {label(p): provenance_of(p) for p in constants}
    missing = [pid for pid, kind in kinds.items() if kind is None]
    sourced = [pid for pid, kind in kinds.items() if kind == "source"]
    stated = len(constants) - len(missing)
    checks = [
        fraction_check(
            "provenance.parameters",
            "parameters stating source or assumption",
            stated,
            len(constants),
            'constant parameters whose notes state "Source: ..." or "Assumption: ..."',
            listed(missing),
            empty="no constant parameters",
        ),
        check(
            "provenance.sourced",
            "values from a cited source (information)",
            len(sourced) / stated if stated else None,
            f"{len(sourced)} of {stated} stated values come from a source, {stated - len(sourced)} are assumptions"
            if stated
            else "no parameter states its provenance",
            weight=0.0,
            details=listed(sorted(pid for pid, kind in kinds.items() if kind == "assumption")),
        ),
    ]
    return section("provenance", checks, "provenance notes of constant parameters (rule-defined readouts excluded)")
