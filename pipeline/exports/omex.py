"""COMBINE archives (OMEX) of the models: SBML, SED-ML, SBGN maps and their pictures, with metadata.

``omex_bytes(mechanism)`` packs one mechanism: its SBML model, the SED-ML of its
experiments (the master file; ``pipeline.exports.sedml``), its SBGN-ML map with the
SVG and PNG pictures, ``metadata.rdf`` and ``manifest.xml``. ``package_omex_bytes()``
packs the whole package: one folder per mechanism holding the same files, the SBML
``comp`` version of the integrated model and the Activity Flow overview map.

Archives are byte-identical across runs: entries are sorted and stored with the
models' fixed date, fixed permissions and a fixed compression level (deflate, level 9,
by Python's zlib; another zlib build, such as zlib-ng, may compress differently, as it
may for the committed PNG pictures).

Metadata follow the OMEX Metadata specification (RDF/XML). ``xml:base`` is the archive's
``http://omex-library.org/<archive>.omex/``, so the subjects written ``.`` and ``./<file>``
are, for an RDF reader, the specification's URIs, and libCombine (which matches the
``rdf:about`` text) finds them too. The archive is described with both Dublin Core
vocabularies where readers differ: ``dcterms:`` (creator as a vCard 4, created, modified,
description, licence: what libCombine reads and writes) and ``dc:`` elements (title,
description, creator with a label: what BioSimulations reads and requires), plus BioModels
qualifiers (``bqbiol:hasTaxon``, ``bqmodel:isDescribedBy`` for each DOI of the mechanisms).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from pipeline.exports.sedml import sedml_filename, sedml_text
from pipeline.mechanisms import PART_MECHANISMS, registry
from pipeline.model import Mechanism
from pipeline.sbgn.maps import MAPS_DIR, OVERVIEW, OVERVIEW_DESCRIPTION, mechanism_map, overview_map
from pipeline.sbml.build import CREATED, CREATOR, MODIFIED, build_document, to_string
from pipeline.sbml.comp import comp_text

SPEC = "http://identifiers.org/combine.specifications/"
FORMAT_OMEX = SPEC + "omex"
FORMAT_MANIFEST = SPEC + "omex-manifest"
FORMAT_METADATA = SPEC + "omex-metadata"
FORMAT_SBML = SPEC + "sbml.level-3.version-2"
FORMAT_SEDML = SPEC + "sed-ml.level-1.version-3"
FORMAT_SBGN = SPEC + "sbgn"  # refined by the map's own version, e.g. sbgn.pd.level-1.version-2.0
FORMAT_SVG = "http://purl.org/NET/mediatypes/image/svg+xml"  # BioSimulators rejects https here
FORMAT_PNG = "http://purl.org/NET/mediatypes/image/png"

LIBRARY = "http://omex-library.org/"
PACKAGE = "mgbone"
PACKAGE_TITLE = "mgbone: how Mg2+ from biodegradable implants promotes bone formation (models, simulations, maps)"
PACKAGE_DESCRIPTION = (
    "Mechanism models (SBML Level 3 Version 2) of how Mg2+ released by biodegradable implants promotes bone"
    " formation, the simulation experiments of each model (SED-ML: time course, Mg2+/input dose scan, knock-downs),"
    " their SBGN Process Description maps and an SBGN Activity Flow overview of the review."
)
LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
TAXON = "https://identifiers.org/taxonomy:9606"
TAXON_NAME = "Homo sapiens"
SBML_DIR = "models/sbml"
COMP_MODEL = "integrated_comp"
# Every entry's date: the models' fixed creation date (zip stores local time without zone).
ZIP_DATE = (int(CREATED[0:4]), int(CREATED[5:7]), int(CREATED[8:10]), 0, 0, 0)
COMPRESS_LEVEL = 9

NAMESPACES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "vCard": "http://www.w3.org/2006/vcard/ns#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "bqbiol": "http://biomodels.net/biology-qualifiers/",
    "bqmodel": "http://biomodels.net/model-qualifiers/",
    "collex": "http://www.collex.org/schema#",
}


class OmexError(RuntimeError):
    """An archive could not be assembled."""


# ---------------------------------------------------------------- contents
def sbgn_format(sbgn: bytes) -> str:
    """The COMBINE format of an SBGN-ML file: the map's language and version if it names one."""
    root = etree.fromstring(sbgn)
    the_map = next((e for e in root if etree.QName(e).localname == "map"), None)
    version = the_map.get("version", "") if the_map is not None else ""
    return version if version.startswith(FORMAT_SBGN + ".") else FORMAT_SBGN


def _format(location: str, data: bytes) -> str:
    suffix = location.rsplit(".", 1)[-1]
    formats = {"xml": FORMAT_SBML, "sedml": FORMAT_SEDML, "svg": FORMAT_SVG, "png": FORMAT_PNG}
    if suffix == "sbgn":
        return sbgn_format(data)
    if suffix not in formats:
        raise OmexError(f"no COMBINE format known for {location}")
    return formats[suffix]


def _mechanism_files(mechanism: Mechanism, built: Mapping[str, bytes]) -> dict[str, bytes]:
    """SBML, SED-ML and map files of one mechanism, named as in a single-mechanism archive."""
    mid = mechanism.id
    sbml = built.get(f"{SBML_DIR}/{mid}.xml")
    if sbml is None:
        sbml = to_string(build_document(mechanism)).encode()
    maps = {ext: built.get(f"{MAPS_DIR}/{mid}.{ext}") for ext in ("sbgn", "svg", "png")}
    if any(data is None for data in maps.values()):
        fresh, _ = mechanism_map(mechanism)
        maps = {ext: fresh[f"{MAPS_DIR}/{mid}.{ext}"] for ext in maps}
    files = {f"{mid}.xml": sbml, sedml_filename(mechanism): sedml_text(mechanism).encode()}
    files |= {f"{mid}.{ext}": data for ext, data in maps.items() if data is not None}
    return files


# ---------------------------------------------------------------- manifest
def manifest_text(formats: Mapping[str, str], master: str | None = None) -> str:
    """``manifest.xml``: the archive, the manifest, the metadata and each file with its format."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<omexManifest xmlns="http://identifiers.org/combine.specifications/omex-manifest">',
        f'  <content location="." format="{FORMAT_OMEX}"/>',
        f'  <content location="./manifest.xml" format="{FORMAT_MANIFEST}"/>',
        f'  <content location="./metadata.rdf" format="{FORMAT_METADATA}"/>',
    ]
    for location in sorted(formats):
        flag = ' master="true"' if location == master else ""
        lines.append(f"  <content location={quoteattr('./' + location)} format={quoteattr(formats[location])}{flag}/>")
    lines.append("</omexManifest>")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- metadata
def _literal(tag: str, text: str, indent: str = "    ") -> str:
    return f"{indent}<{tag}>{escape(text)}</{tag}>"


def _resource(tag: str, uri: str, indent: str = "    ") -> str:
    return f"{indent}<{tag} rdf:resource={quoteattr(uri)}/>"


def _creator(tag: str) -> list[str]:
    """The creator, inline: a vCard 4 name and organisation (libCombine's form) with a FOAF name
    and an ``rdfs:label`` (what BioSimulations reads)."""
    full = f"{CREATOR['given']} {CREATOR['family']}"
    return [
        f'    <{tag} rdf:parseType="Resource">',
        '      <vCard:hasName rdf:parseType="Resource">',
        _literal("vCard:family-name", CREATOR["family"], "        "),
        _literal("vCard:given-name", CREATOR["given"], "        "),
        "      </vCard:hasName>",
        _literal("vCard:organization-name", CREATOR["organisation"], "      "),
        _literal("foaf:name", full, "      "),
        _literal("rdfs:label", f"{full} ({CREATOR['organisation']})", "      "),
        f"    </{tag}>",
    ]


def _dois(mechanisms: list[Mechanism]) -> list[str]:
    found: list[str] = []
    for mechanism in mechanisms:
        for x in mechanism.xrefs:
            if x.qualifier == "bqmodel:isDescribedBy" and x.curie.startswith("doi:") and x.url not in found:
                found.append(x.url)
    return found


def metadata_text(
    archive: str,
    title: str,
    description: str,
    mechanisms: list[Mechanism],
    files: Mapping[str, str],
    thumbnail: str | None = None,
) -> str:
    """``metadata.rdf`` of archive ``<archive>.omex``; ``files`` gives a title for some of its files,
    ``thumbnail`` the location of a picture that shows the archive."""
    base = f"{LIBRARY}{archive}.omex"
    declarations = "\n".join(f'  xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<rdf:RDF\n{declarations}\n  xml:base="{base}/">']
    lines.append('  <rdf:Description rdf:about=".">')
    lines += [_literal("dc:title", title), _literal("dc:description", description)]
    lines.append(_literal("dcterms:description", description))
    lines += _creator("dcterms:creator") + _creator("dc:creator")  # libCombine lists both: the same person
    for tag, date in (("dcterms:created", CREATED), ("dcterms:modified", MODIFIED)):
        lines.append(f'    <{tag} rdf:parseType="Resource">{_literal("dcterms:W3CDTF", date, "")}</{tag}>')
    lines.append(_resource("dcterms:license", LICENCE_URL))
    lines.append(_resource("bqbiol:hasTaxon", TAXON))
    for doi in _dois(mechanisms):
        lines.append(_resource("bqmodel:isDescribedBy", doi))
    if thumbnail:
        lines.append(_resource("collex:thumbnail", f"./{thumbnail}"))
    lines.append("  </rdf:Description>")
    lines.append(f"  <rdf:Description rdf:about={quoteattr(TAXON)}>")
    lines.append(_literal("rdfs:label", TAXON_NAME))
    lines.append("  </rdf:Description>")
    for location, file_title in sorted(files.items()):
        lines.append(f"  <rdf:Description rdf:about={quoteattr('./' + location)}>")
        lines.append(_literal("dc:title", file_title))
        lines.append("  </rdf:Description>")
    lines.append("</rdf:RDF>")
    return "\n".join(lines) + "\n"


def _titles(mechanism: Mechanism, prefix: str = "") -> dict[str, str]:
    mid, name = mechanism.id, mechanism.name
    return {
        f"{prefix}{mid}.xml": f"{name} (SBML model)",
        f"{prefix}{sedml_filename(mechanism)}": f"{name}: time course, dose scan and knock-downs (SED-ML)",
        f"{prefix}{mid}.sbgn": f"{name} (SBGN Process Description map)",
        f"{prefix}{mid}.svg": f"{name}: map picture (SVG)",
        f"{prefix}{mid}.png": f"{name}: map picture (PNG)",
    }


# ---------------------------------------------------------------- zip
def zip_bytes(files: Mapping[str, bytes]) -> bytes:
    """A deterministic zip: sorted entries, fixed dates and permissions, fixed compression."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that the permissions below are read
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=COMPRESS_LEVEL)
    return buffer.getvalue()


def _archive(files: dict[str, bytes], master: str | None, metadata: str) -> bytes:
    formats = {location: _format(location, data) for location, data in files.items()}
    contents = dict(files)
    contents["manifest.xml"] = manifest_text(formats, master).encode()
    contents["metadata.rdf"] = metadata.encode()
    return zip_bytes(contents)


def omex_bytes(mechanism: Mechanism, built: Mapping[str, bytes] | None = None) -> bytes:
    """The COMBINE archive of one mechanism, with its SED-ML as the master file.

    ``built`` may hold this build's outputs keyed by project path (``models/sbml/<id>.xml``,
    ``maps/sbgn/<id>.sbgn`` ...) to avoid making them again; missing ones are made here.
    """
    files = _mechanism_files(mechanism, built or {})
    metadata = metadata_text(
        mechanism.id, mechanism.name, mechanism.summary, [mechanism], _titles(mechanism), f"{mechanism.id}.png"
    )
    return _archive(files, sedml_filename(mechanism), metadata)


def package_omex_bytes(built: Mapping[str, bytes] | None = None) -> bytes:
    """One archive of the whole package: a folder per mechanism (model, SED-ML, map), the comp model, the overview.

    No SED-ML file is the master: each folder's experiments stand on their own, and
    simulators then run every SED-ML file of the archive.
    """
    built = built or {}
    mechanisms = list(registry().values())
    files: dict[str, bytes] = {}
    titles: dict[str, str] = {}
    for mechanism in mechanisms:
        for location, data in _mechanism_files(mechanism, built).items():
            files[f"{mechanism.id}/{location}"] = data
        titles |= _titles(mechanism, f"{mechanism.id}/")
    integrated = registry()["integrated"]
    comp = built.get(f"{SBML_DIR}/{COMP_MODEL}.xml")
    if comp is None:
        comp = comp_text(PART_MECHANISMS(), integrated).encode()
    files[f"integrated/{COMP_MODEL}.xml"] = comp
    titles[f"integrated/{COMP_MODEL}.xml"] = f"{integrated.name} (SBML comp: one submodel per mechanism)"
    overview = {ext: built.get(f"{MAPS_DIR}/{OVERVIEW}.{ext}") for ext in ("sbgn", "svg", "png")}
    if any(data is None for data in overview.values()):
        fresh, _ = overview_map()
        overview = {ext: fresh[f"{MAPS_DIR}/{OVERVIEW}.{ext}"] for ext in overview}
    for ext, data in overview.items():
        files[f"{OVERVIEW}.{ext}"] = data
    titles[f"{OVERVIEW}.sbgn"] = "Overview of the review (SBGN Activity Flow map)"
    titles[f"{OVERVIEW}.svg"] = "Overview map picture (SVG)"
    titles[f"{OVERVIEW}.png"] = "Overview map picture (PNG)"
    description = f"{PACKAGE_DESCRIPTION} {OVERVIEW_DESCRIPTION}"
    metadata = metadata_text(PACKAGE, PACKAGE_TITLE, description, mechanisms, titles, f"{OVERVIEW}.png")
    return _archive(files, None, metadata)
