"""COPASI: import of the SBML models, the messages COPASI logs, and a ``.cps`` file per model.

COPASI (python-copasi through basico) reads each SBML model; the test suite compares its time
courses and steady states with libRoadRunner's. The ``.cps`` text is made reproducible: COPASI
stamps the time of writing and orders RDF bag items and some annotation triples differently from
run to run, so the stamp is pinned to the models' fixed date and the RDF is put in a canonical
order. ``urn:miriam:unknown:`` resources, which COPASI invents (sometimes) when its MIRIAM registry
does not know a resource, are dropped: they carry nothing the SBML annotations do not.

The MIRIAM registry bundled with python-copasi is empty (``CRootContainer.getMiriamResources()``
lists 0 resources), so COPASI warns that every annotation URI "is unknown to COPASI" on any
element that carries an SBO term, whatever the URI form (identifiers.org CURIE, legacy
identifiers.org path or urn:miriam; tested). Those warnings say nothing about the model;
``model_messages`` separates them from the rest.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass

import basico
import COPASI
from lxml import etree

from pipeline.sbml.build import CREATED

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
REGISTRY_WARNING = re.compile(r"The MIRIAM resource '[^']*' is unknown to COPASI")
_STAMP = re.compile(r"(<!-- generated with COPASI [^>]*? at )\S+( -->)")
_SEVERITY = re.compile(r"^>(\w+) [^<]*<$")


@dataclass(frozen=True)
class Message:
    severity: str  # COPASI's: WARNING, ERROR, EXCEPTION, ...
    text: str


class CopasiImportError(RuntimeError):
    """COPASI could not read a model."""


def _messages(log: str) -> list[Message]:
    messages: list[Message] = []
    severity, lines = "", []
    for line in log.splitlines():
        match = _SEVERITY.match(line.strip())
        if match:
            if severity:
                messages.append(Message(severity, " ".join(lines).strip()))
            severity, lines = match.group(1), []
        elif line.strip():
            lines.append(line.strip())
    if severity:
        messages.append(Message(severity, " ".join(lines).strip()))
    return messages


def load(sbml_text: str) -> tuple[COPASI.CDataModel, list[Message]]:
    """COPASI's data model of an SBML text and every message COPASI logged while reading it."""
    COPASI.CCopasiMessage.clearDeque()
    data_model = basico.load_model_from_string(sbml_text)
    log = COPASI.CCopasiMessage.getAllMessageText()
    if data_model is None:
        raise CopasiImportError(f"COPASI could not read the model: {log.strip()}")
    return data_model, _messages(log)


def model_messages(messages: list[Message]) -> list[Message]:
    """The messages that are about the model, i.e. all but the empty-registry warnings."""
    return [m for m in messages if not REGISTRY_WARNING.search(m.text)]


def canonical_cps(text: str) -> str:
    """Pin the time stamp and order the RDF of a COPASI file so that rebuilds are byte-identical."""
    text = _STAMP.sub(lambda m: f"{m.group(1)}{CREATED}{m.group(2)}", text, count=1)
    root = etree.fromstring(text.encode("utf-8"), etree.XMLParser(remove_blank_text=False))
    for element in list(root.iter()):
        resource = element.get(f"{{{RDF}}}resource", "")
        if resource.startswith("urn:miriam:unknown:"):
            parent = element.getparent()
            parent.remove(element)
    for annotation in root.iter("{*}MiriamAnnotation"):
        rdf = [child for child in annotation if isinstance(child.tag, str)]
        for element in annotation.iter():
            if element.text is not None and not element.text.strip():
                element.text = None
            if element is not annotation and element.tail is not None and not element.tail.strip():
                element.tail = None
        groups = list(annotation.iter(f"{{{RDF}}}Bag", f"{{{RDF}}}Description", f"{{{RDF}}}RDF"))
        for group in reversed(groups):  # innermost first, so that outer keys see sorted contents
            children = sorted(group, key=lambda c: etree.tostring(c, with_tail=False))
            for child in children:
                group.remove(child)
                group.append(child)
        for child in rdf:
            etree.indent(child, space="  ")
    head = text[: text.index("<COPASI")]
    return head + etree.tostring(root, encoding="unicode") + "\n"


def _cps_here(sbml_text: str) -> str:
    data_model, _ = load(sbml_text)
    try:
        return canonical_cps(data_model.saveModelToString())
    finally:
        basico.remove_datamodel(data_model)


def cps_text(sbml_text: str) -> str:
    """The COPASI file of an SBML model, reproducible byte for byte.

    COPASI numbers its object keys (``Function_45``, ``Metabolite_3``) with counters that run on
    across every model loaded in a process, and python-copasi sometimes crashes on odd input; so the
    file is written by a fresh Python process, which also keeps such a crash out of the build.
    """
    command = [sys.executable, "-m", "pipeline.exports.copasi"]
    result = subprocess.run(command, input=sbml_text.encode("utf-8"), capture_output=True, timeout=600, check=False)
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise CopasiImportError(f"COPASI could not write the model (exit {result.returncode}): {detail[0]}")
    return result.stdout.decode("utf-8")


if __name__ == "__main__":
    sys.stdout.buffer.write(_cps_here(sys.stdin.buffer.read().decode("utf-8")).encode("utf-8"))
