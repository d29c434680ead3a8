"""The committed SBGN maps: valid, laid out, readable by a second tool, and pictured.

Every check reads the committed files (as a user would), not the builder's objects; the drift test
in test_build.py ties the files to a fresh build.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

import libsbgnpy as sbgn
import momapy.io.core as momapy_io
import pytest

from pipeline.build import project_root
from pipeline.mechanisms import registry
from pipeline.validate.sbgn_checks import check_file, layout_metrics

MAPS = project_root() / "maps" / "sbgn"
MAP_NAMES = [*registry(), "overview_af"]


def map_path(name: str) -> Path:
    return MAPS / f"{name}.sbgn"


@pytest.fixture(params=MAP_NAMES)
def map_name(request: pytest.FixtureRequest) -> str:
    return request.param


def test_every_mechanism_and_the_overview_has_a_map() -> None:
    assert sorted(p.stem for p in MAPS.glob("*.sbgn")) == sorted(MAP_NAMES)


def test_map_passes_libsbgnpy_validation_with_zero_issues(map_name: str) -> None:
    path = map_path(map_name)
    assert sbgn.validate_xsd(path) == []
    assert sbgn.validate(path) == []
    assert [(i.rule_id, i.element_id) for i in sbgn.validate_schematron(path)] == []


def test_map_passes_layout_and_identifier_checks(map_name: str) -> None:
    assert [f.line() for f in check_file(map_path(map_name))] == []


def test_map_declares_its_language(map_name: str) -> None:
    the_map = sbgn.read_sbgn_from_file(map_path(map_name)).map[0]
    expected = sbgn.MapLanguage.ACTIVITY_FLOW if map_name == "overview_af" else sbgn.MapLanguage.PROCESS_DESCRIPTION
    assert the_map.language == expected
    assert "level-1.version-2.0" in the_map.version.value or map_name == "overview_af"


def test_layout_has_no_overlaps_and_everything_inside_its_compartment(map_name: str) -> None:
    metrics = layout_metrics(sbgn.read_sbgn_from_file(map_path(map_name)).map[0])
    assert metrics.overlaps == 0
    assert metrics.outside == 0


def test_compartments_nest_in_reading_order() -> None:
    """Outside -> membrane -> cytosol -> nucleus: the nucleus lies in the cytosol, which lies in the
    extracellular space, and membrane proteins sit in the cytosol's first rows, above the nucleus."""
    the_map = sbgn.read_sbgn_from_file(map_path("wnt_beta_catenin")).map[0]
    box = {g.id: g.bbox for g in the_map.glyph}

    def inside(inner: str, outer: str) -> bool:
        a, b = box[inner], box[outer]
        return a.x >= b.x and a.y >= b.y and a.x + a.w <= b.x + b.w and a.y + a.h <= b.y + b.h

    assert inside("nucleus", "cytosol") and inside("cytosol", "extracellular")
    assert box["LRP6"].y < box["GSK3B"].y < box["nucleus"].y  # membrane row, cytosol, then nucleus
    assert box["WNT3A"].y < box["cytosol"].y  # extracellular ligand above the cell


def test_momapy_reads_every_map_without_error(map_name: str) -> None:
    """A second, independent reader understands the maps: every glyph becomes an element there,
    clones of one species are recognised as one entity pool, and annotations survive."""
    result = momapy_io.read(str(map_path(map_name)))
    the_map = sbgn.read_sbgn_from_file(map_path(map_name)).map[0]
    ids = {g.id for g in the_map.glyph}
    assert ids <= set(result.source_id_to_model_element) | set(result.source_id_to_layout_element)
    annotated = [g.id for g in the_map.glyph if g.extension is not None and "rdf" in str(g.extension).lower()]
    assert all(result.source_id_to_annotations.get(i) for i in annotated)
    if map_name != "overview_af":
        refs = {ref for ref in _links(map_path(map_name)).values()}
        species = {g.id for g in the_map.glyph if _class(g) in EPN_CLASSES and "__clone_" not in g.id}
        assert len(result.obj.model.entity_pools) == len(species)
        assert species <= refs


EPN_CLASSES = {"macromolecule", "simple chemical", "complex", "nucleic acid feature", "unspecified entity"}


def _class(g: sbgn.Glyph) -> str:
    return g.class_value.value


def _links(path: Path) -> dict[str, str]:
    """glyph id -> SBML element id, from the mg:sbml links in the file."""
    text = path.read_text(encoding="utf-8")
    links = {}
    for glyph in sbgn.read_sbgn_from_file(path).map[0].glyph:
        if glyph.extension is None:
            continue
        raw = "".join(sbgn.element_to_string(e) for e in glyph.extension.any_element)
        match = re.search(r'element="([^"]+)"', raw)
        if match:
            links[glyph.id] = match.group(1)
    assert text  # the file was read
    return links


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_pictures_are_committed_legible_and_show_every_label(map_name: str) -> None:
    """SVG and PNG beside each map; the PNG has at least 1.5 pixels per map point (10-pt labels are
    15 px tall) and the SVG carries every glyph label as text."""
    the_map = sbgn.read_sbgn_from_file(map_path(map_name)).map[0]
    svg = (MAPS / f"{map_name}.svg").read_text(encoding="utf-8")
    width, height = _png_size((MAPS / f"{map_name}.png").read_bytes())
    assert width >= 1.5 * the_map.bbox.w and height >= 1.5 * the_map.bbox.h
    labels = set()
    for g in the_map.glyph:
        for item in [g, *g.glyph]:
            if item.label is not None and item.label.text:
                labels.add(item.label.text)
    escaped = {t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for t in labels}
    missing = [t for t in escaped if t not in svg]
    complexes_only = [t for t in missing if ":" in t]  # complexes show their subunits, not their own name
    assert missing == complexes_only


def test_pictures_are_shown_in_the_readme_and_docs() -> None:
    readme = (project_root() / "README.md").read_text(encoding="utf-8")
    maps_doc = (project_root() / "docs" / "maps.md").read_text(encoding="utf-8")
    assert "maps/sbgn/overview_af.svg" in readme
    for name in MAP_NAMES:
        assert f"maps/sbgn/{name}.svg" in maps_doc
