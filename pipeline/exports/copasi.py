"""COPASI: import of the SBML models, the messages COPASI logs, and a ``.cps`` file per model.

COPASI (python-copasi through basico) reads each SBML model; the test suite compares its time
courses and steady states with libRoadRunner's. The ``.cps`` text is made reproducible: COPASI
stamps the time of writing and orders RDF bag items and some annotation triples differently from
run to run, so the stamp is pinned to the models' fixed date and the RDF is put in a canonical
order. ``urn:miriam:unknown:`` resources, which COPASI invents (sometimes) when its MIRIAM registry
does not know a resource, are dropped: they carry nothing the SBML annotations do not.

The MIRIAM registry bundled with python-copasi is empty (``CRootContainer.getMiriamResources()``
lists 0 resources), so a bare COPASI warns that every annotation URI "is unknown to COPASI" on any
element that carries an SBO term, whatever the URI form (tested). COPASI reads its registry only
when it starts, from ``$HOME/.copasi/copasi.miriam``; desktop COPASI ships one. So COPASI runs here
in a child process whose home holds a registry written from bioregistry (offline) for the
namespaces the model uses: ``import_messages`` and ``cps_text`` then see COPASI as a configured
installation does, and any remaining message is about the model.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

import basico
import bioregistry
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


_IDENTIFIERS_URL = re.compile(r"https?://identifiers\.org/([A-Za-z0-9._]+)[:/]")
# COPASI keeps the MIRIAM namespaces of its time where identifiers.org has since renamed them
_COPASI_NAMESPACE = {"go": "obo.go", "sbo": "biomodels.sbo"}


def miriam_registry(sbml_text: str) -> str:
    """A COPASI MIRIAM registry (``copasi.miriam``) covering every namespace the model's annotations use."""
    prefixes = sorted({bioregistry.normalize_prefix(p) or p for p in _IDENTIFIERS_URL.findall(sbml_text)} | {"sbo"})
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<ParameterGroup name="MIRIAM Resources">',
        '  <Parameter name="LastUpdateDate" type="unsignedInteger" value="1795737600"/>',
        '  <Parameter name="Frequency" type="unsignedInteger" value="315360000"/>',
        '  <ParameterGroup name="Resources">',
    ]
    for prefix in prefixes:
        if bioregistry.get_resource(prefix) is None:
            continue  # unknown namespaces stay unknown, and COPASI says so
        namespace = _COPASI_NAMESPACE.get(prefix, bioregistry.get_mappings(prefix).get("miriam", prefix))
        pattern = bioregistry.get_pattern(prefix) or "^.+$"
        embedded = bool(bioregistry.get_namespace_in_lui(prefix)) and bioregistry.get_banana(prefix) is not None
        if embedded:
            pattern = f"^{bioregistry.get_banana(prefix)}:{pattern.removeprefix('^')}"
        name = bioregistry.get_name(prefix) or prefix
        lines += [
            f"    <ParameterGroup name={quoteattr(name)}>",
            f'      <Parameter name="DisplayName" type="string" value={quoteattr(name)}/>',
            f'      <Parameter name="URI" type="string" value={quoteattr("urn:miriam:" + namespace)}/>',
            f'      <Parameter name="Pattern" type="string" value={quoteattr(pattern)}/>',
            '      <Parameter name="Citation" type="bool" value="0"/>',
            f'      <Parameter name="NamespaceEmbeddedInPattern" type="bool" value="{int(embedded)}"/>',
            '      <ParameterGroup name="Deprecated">',
            "      </ParameterGroup>",
            "    </ParameterGroup>",
        ]
    return "\n".join([*lines, "  </ParameterGroup>", "</ParameterGroup>", ""])


def _in_configured_copasi(mode: str, sbml_text: str) -> str:
    """Run this module in a child process whose COPASI starts with a registry for the model."""
    with tempfile.TemporaryDirectory(prefix="mgbone-copasi-") as home:
        config = Path(home) / ".copasi"
        config.mkdir()
        (config / "copasi.miriam").write_text(miriam_registry(sbml_text), encoding="utf-8")
        env = {**__import__("os").environ, "HOME": home}
        command = [sys.executable, "-m", "pipeline.exports.copasi", mode]
        result = subprocess.run(
            command, input=sbml_text.encode("utf-8"), capture_output=True, timeout=600, check=False, env=env
        )
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise CopasiImportError(f"COPASI failed (exit {result.returncode}): {detail[0]}")
    return result.stdout.decode("utf-8")


def import_messages(sbml_text: str) -> list[Message]:
    """Every message a configured COPASI logs while importing the model (empty for a clean model)."""
    return [Message(**m) for m in json.loads(_in_configured_copasi("--messages", sbml_text))]


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
    file is written by a fresh, configured COPASI process, which also keeps such a crash out of the build.
    """
    return _in_configured_copasi("--cps", sbml_text)


def _main(mode: str) -> None:
    sbml_text = sys.stdin.buffer.read().decode("utf-8")
    if mode == "--cps":
        sys.stdout.buffer.write(_cps_here(sbml_text).encode("utf-8"))
        return
    data_model, messages = load(sbml_text)
    basico.remove_datamodel(data_model)
    sys.stdout.write(json.dumps([asdict(m) for m in messages]))


if __name__ == "__main__":
    _main(sys.argv[1] if len(sys.argv) > 1 else "--cps")
