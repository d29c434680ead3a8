"""Checks of any SBML document: pure functions returning lists of findings.

Nothing here imports a builder or trusts that a file came from this package.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import bioregistry
import libsbml

from pipeline.validate.findings import ERROR, INFO, WARNING, Finding

_IDENTIFIERS = re.compile(r"^https?://identifiers\.org/(?P<curie>.+)$")


def _where(element: libsbml.SBase) -> str:
    ident = element.getId() if element.isSetId() else element.getMetaId() if element.isSetMetaId() else ""
    return f"{element.getElementName()} {ident}".strip()


def consistency(doc: libsbml.SBMLDocument, file: str) -> list[Finding]:
    """libsbml's own validation with every category switched on (units, modelling practice too)."""
    for category in (
        libsbml.LIBSBML_CAT_GENERAL_CONSISTENCY,
        libsbml.LIBSBML_CAT_IDENTIFIER_CONSISTENCY,
        libsbml.LIBSBML_CAT_UNITS_CONSISTENCY,
        libsbml.LIBSBML_CAT_MATHML_CONSISTENCY,
        libsbml.LIBSBML_CAT_SBO_CONSISTENCY,
        libsbml.LIBSBML_CAT_OVERDETERMINED_MODEL,
        libsbml.LIBSBML_CAT_MODELING_PRACTICE,
    ):
        doc.setConsistencyChecks(category, True)
    doc.checkConsistency()
    findings = []
    for i in range(doc.getNumErrors()):
        err = doc.getError(i)
        severity = ERROR if err.isError() or err.isFatal() else WARNING if err.isWarning() else INFO
        location = f"line {err.getLine()}" if err.getLine() else "document"
        message = " ".join(err.getMessage().split())
        findings.append(Finding(file, location, f"libsbml-{err.getErrorId()}", severity, message))
    return findings


@cache
def _pattern(prefix: str) -> tuple[str | None, re.Pattern[str] | None]:
    """Normalised prefix and compiled local-id pattern from bioregistry (offline)."""
    norm = bioregistry.normalize_prefix(prefix)
    if norm is None:
        return None, None
    pattern = bioregistry.get_pattern(norm)
    return norm, re.compile(pattern) if pattern else None


def check_identifier(url: str) -> str | None:
    """None when ``url`` is a valid identifiers.org reference, else the reason."""
    match = _IDENTIFIERS.match(url)
    if not match:
        return f"not an identifiers.org URL: {url}"
    curie = match.group("curie")
    head = curie.split("/", 1)[0]
    if "/" in curie and ":" not in head:  # legacy form identifiers.org/prefix/id
        prefix, local = curie.split("/", 1)
    elif ":" in curie:
        prefix, local = curie.split(":", 1)
    else:
        return f"no prefix in {url}"
    norm, pattern = _pattern(prefix)
    if norm is None:
        return f"unknown namespace {prefix!r} in {url}"
    banana = bioregistry.get_banana(norm)
    candidates = [local]
    if banana and not local.startswith(f"{banana}:"):
        candidates.append(f"{banana}:{local}")
    if banana and local.startswith(f"{banana}:"):
        candidates.append(local[len(banana) + 1 :])
    if pattern is not None and not any(pattern.match(c) for c in candidates):
        return f"{local!r} does not match the {norm} pattern {pattern.pattern}"
    return None


def identifiers(doc: libsbml.SBMLDocument, file: str) -> list[Finding]:
    """Every annotation resource must be an identifiers.org URL whose id fits its namespace."""
    findings = []
    elements = [doc.getModel()] + list(doc.getModel().getListOfAllElements()) if doc.getModel() else []
    for element in elements:
        for k in range(element.getNumCVTerms()):
            term = element.getCVTerm(k)
            for j in range(term.getNumResources()):
                url = term.getResourceURI(j)
                problem = check_identifier(url)
                if problem:
                    findings.append(Finding(file, _where(element), "identifier-pattern", ERROR, problem))
    return findings


# element name -> (test of the SBO term, description of the expected branch)
_SBO_FITS: dict[str, tuple[Callable[[int], bool], str]] = {
    "species": (lambda t: libsbml.SBO.isPhysicalEntityRepresentation(t), "physical entity representation"),
    "compartment": (lambda t: libsbml.SBO.isPhysicalEntityRepresentation(t), "physical entity representation"),
    "reaction": (lambda t: libsbml.SBO.isOccurringEntityRepresentation(t), "occurring entity representation"),
    "parameter": (lambda t: libsbml.SBO.isQuantitativeParameter(t), "quantitative parameter"),
    "localParameter": (lambda t: libsbml.SBO.isQuantitativeParameter(t), "quantitative parameter"),
    "kineticLaw": (lambda t: libsbml.SBO.isRateLaw(t), "rate law"),
    "modifierSpeciesReference": (lambda t: libsbml.SBO.isModifier(t), "modifier role"),
    "speciesReference": (lambda t: libsbml.SBO.isParticipantRole(t), "participant role"),
    "assignmentRule": (lambda t: libsbml.SBO.isMathematicalExpression(t), "mathematical expression"),
    "rateRule": (lambda t: libsbml.SBO.isMathematicalExpression(t), "mathematical expression"),
}
# Elements a fully annotated model gives an SBO term.
SBO_EXPECTED = (
    "species",
    "compartment",
    "reaction",
    "parameter",
    "kineticLaw",
    "modifierSpeciesReference",
    "speciesReference",
)
ANNOTATION_EXPECTED = ("species", "compartment", "reaction")


def sbo_terms(doc: libsbml.SBMLDocument, file: str, require: bool = False) -> list[Finding]:
    """SBO terms must come from the branch that fits the element; with ``require``,
    elements of ``SBO_EXPECTED`` kinds without one are findings too."""
    findings = []
    model = doc.getModel()
    if model is None:
        return findings
    for element in model.getListOfAllElements():
        name = element.getElementName()
        if name not in _SBO_FITS:
            continue
        if not element.isSetSBOTerm():
            if require and name in SBO_EXPECTED:
                findings.append(Finding(file, _where(element), "sbo-missing", WARNING, f"{name} has no SBO term"))
            continue
        fits, branch = _SBO_FITS[name]
        term = element.getSBOTerm()
        if not fits(term):
            findings.append(
                Finding(
                    file,
                    _where(element),
                    "sbo-fit",
                    ERROR,
                    f"{element.getSBOTermID()} is not a {branch} term, as a {name} needs",
                )
            )
    return findings


def annotation_coverage(doc: libsbml.SBMLDocument, file: str) -> list[Finding]:
    """Compartments, species and reactions without any identifiers.org annotation."""
    findings = []
    model = doc.getModel()
    if model is None:
        return findings
    for element in model.getListOfAllElements():
        if element.getElementName() in ANNOTATION_EXPECTED and element.getNumCVTerms() == 0:
            findings.append(
                Finding(
                    file,
                    _where(element),
                    "annotation-missing",
                    WARNING,
                    f"{element.getElementName()} has no identifiers.org annotation",
                )
            )
    return findings


def check_document(doc: libsbml.SBMLDocument, file: str, strict: bool = True) -> list[Finding]:
    """All checks of one parsed document; ``strict`` also asks for full SBO and annotation coverage."""
    if doc.getModel() is None:
        return [Finding(file, "document", "no-model", ERROR, "the document holds no <model>")]
    findings = consistency(doc, file) + identifiers(doc, file) + sbo_terms(doc, file, require=strict)
    if strict:
        findings += annotation_coverage(doc, file)
    return findings
