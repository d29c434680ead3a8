"""Small readers of libsbml elements shared by the report's sections: labels, annotations, notes."""

from __future__ import annotations

import re
from html import unescape

import libsbml

SHOWN = 12  # offending elements listed per check

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|tr)>|<br\s*/?>", re.IGNORECASE)


def label(element: libsbml.SBase) -> str:
    """The element's id; a species reference's species and reaction; else its metaid, else its kind and
    the id of the nearest parent with one."""
    if element.isSetId():
        return element.getId()
    if element.getElementName() in ("speciesReference", "modifierSpeciesReference"):
        reaction = element.getParentSBMLObject().getParentSBMLObject()
        return f"{element.getElementName()} {element.getSpecies()} in reaction {reaction.getId()}"
    if element.isSetMetaId():
        return f"metaid {element.getMetaId()}"
    parent = element.getParentSBMLObject()
    while parent is not None and not parent.isSetId():
        parent = parent.getParentSBMLObject()
    where = f" in {parent.getElementName()} {parent.getId()}" if parent is not None else ""
    return f"{element.getElementName()}{where}"


def listed(labels: list[str]) -> list[str]:
    """At most ``SHOWN`` labels, and how many more there are."""
    return labels[:SHOWN] + ([f"... and {len(labels) - SHOWN} more"] if len(labels) > SHOWN else [])


def resources(element: libsbml.SBase) -> list[str]:
    """The resource URIs of every CV term (MIRIAM annotation) of ``element``."""
    out = []
    for k in range(element.getNumCVTerms()):
        term = element.getCVTerm(k)
        out += [term.getResourceURI(j) for j in range(term.getNumResources())]
    return out


def parameters(model: libsbml.Model) -> list[libsbml.SBase]:
    """Global parameters, then the local parameters of every kinetic law."""
    local = [
        law.getParameter(i)
        for r in model.getListOfReactions()
        if (law := r.getKineticLaw()) is not None
        for i in range(law.getNumParameters())
    ]
    return list(model.getListOfParameters()) + local


def notes_text(element: libsbml.SBase) -> str:
    """The plain text of an element's notes, one line per paragraph; "" without notes."""
    if not element.isSetNotes():
        return ""
    xhtml = element.getNotesString() or ""
    text = _TAG.sub("", _BLOCK_END.sub("\n", xhtml))
    lines = (" ".join(line.split()) for line in unescape(text).splitlines())
    return "\n".join(line for line in lines if line)
