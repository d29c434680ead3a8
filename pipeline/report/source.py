"""Reading the report's input: an SBML file path or SBML text, checked to be usable.

Usable means: readable, well-formed XML, an SBML document, and holding a ``<model>``. Anything
else raises ``ReportInputError`` with a message that names the input; documents with SBML errors
but a model are usable (the report scores those errors).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import libsbml  # pipeline/__init__.py, always imported first, has loaded libsedml before it

# libsbml error ids of documents that are no SBML: not XML, or XML of another kind.
_NOT_SBML = {
    libsbml.NotSchemaConformant,
    libsbml.InvalidNamespaceOnSBML,
    libsbml.MissingOrInconsistentLevel,
    libsbml.MissingOrInconsistentVersion,
    libsbml.InvalidSBMLLevelVersion,
}
# XML findings that do not stop libsbml reading the document.
_BENIGN_XML = {libsbml.MissingXMLEncoding}


class ReportInputError(ValueError):
    """The input cannot be reported on; the message names it and says why."""


@dataclass(frozen=True)
class Source:
    """An SBML text, its parsed document and the name shown in reports and messages.

    ``flat`` is the document whose model the element checks and the simulations use: ``doc``
    itself, or for a hierarchical model (SBML ``comp`` with submodels) its libsbml flattening.
    ``flat_note`` says which, and why flattening failed if it did.
    """

    name: str
    text: str
    doc: libsbml.SBMLDocument
    flat: libsbml.SBMLDocument
    flat_text: str
    flat_note: str = ""


def _looks_like_text(value: str) -> bool:
    return value.lstrip().startswith("<")


def read_source(sbml_path_or_text: str | Path, name: str | None = None) -> Source:
    """Parse a path or SBML text (a string starting with "<"); ``ReportInputError`` when it is not usable.

    ``name`` is what the report calls the input (default: the file name, or "<text>"); messages
    name a file by the path as given.
    """
    if isinstance(sbml_path_or_text, str) and _looks_like_text(sbml_path_or_text):
        text = sbml_path_or_text
        shown = where = name or "<text>"
    else:
        path = Path(sbml_path_or_text)
        shown, where = name or path.name, str(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ReportInputError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise ReportInputError(f"{path}: is a directory, not an SBML file") from None
        except OSError as exc:
            raise ReportInputError(f"{path}: cannot read: {exc.strerror or exc}") from None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ReportInputError(f"{path}: not UTF-8 text, so not an SBML file") from None
        if not text.strip():
            raise ReportInputError(f"{path}: the file is empty")
    doc = parse(text, where)
    flat, note = flattened(doc)
    return Source(shown, text, doc, flat or doc, libsbml.writeSBMLToString(flat) if flat else text, note)


def flattened(doc: libsbml.SBMLDocument) -> tuple[libsbml.SBMLDocument | None, str]:
    """The libsbml flattening of a ``comp`` model with submodels (None for other models), and a note."""
    plugin = doc.getModel().getPlugin("comp") if doc.isPackageEnabled("comp") else None
    if plugin is None or plugin.getNumSubmodels() == 0:
        return None, ""
    flat = doc.clone()
    props = libsbml.ConversionProperties()
    props.addOption("flatten comp", True)
    props.addOption("leave_ports", False)
    if flat.convert(props) != libsbml.LIBSBML_OPERATION_SUCCESS:
        return None, "hierarchical (comp) model; libsbml could not flatten it, so its top model is checked as it is"
    return flat, f"hierarchical (comp) model with {plugin.getNumSubmodels()} submodels, checked as flattened by libsbml"


def parse(text: str, shown: str) -> libsbml.SBMLDocument:
    """The libsbml document of ``text``; ``ReportInputError`` unless it is SBML with a model.

    Read errors of a document that still has a model (an XML declaration without encoding, schema
    slips) do not make it unusable: the consistency section scores them.
    """
    if not text.strip():
        raise ReportInputError(f"{shown}: empty input")
    doc = libsbml.readSBMLFromString(text)
    if doc.getModel() is not None:
        return doc
    errors = [doc.getError(i) for i in range(doc.getNumErrors())]
    xml = [e for e in errors if e.getCategory() == libsbml.LIBSBML_CAT_XML and e.getErrorId() not in _BENIGN_XML]
    other = [e for e in errors if e.getErrorId() in _NOT_SBML]
    if xml:
        kind, first = "not well-formed XML", xml[0]
    elif other:
        kind, first = "not an SBML document", other[0]
    else:
        raise ReportInputError(f"{shown}: the SBML document holds no <model>")
    message = " ".join(first.getMessage().split())
    line = f" (line {first.getLine()})" if first.getLine() else ""
    raise ReportInputError(f"{shown}: {kind}{line}: {message[:300]}")
