"""Deliberately broken maps: each kind of fault is caught, named, and located.

Every case starts from a committed valid map, breaks one thing with lxml, and expects the finding
of exactly that rule, so a check that stopped working would fail here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from pipeline.build import project_root
from pipeline.validate.sbgn_checks import check_file

NS = {"s": "http://sbgn.org/libsbgn/0.3"}
VALID = project_root() / "maps" / "sbgn" / "trpm7_pdgf.sbgn"
VALID_AF = project_root() / "maps" / "sbgn" / "overview_af.sbgn"


def _one(tree: etree._ElementTree, xpath: str) -> etree._Element:
    found = tree.xpath(xpath, namespaces=NS)
    assert found, xpath
    return found[0]


def _bbox(tree: etree._ElementTree, glyph_id: str) -> etree._Element:
    return _one(tree, f"//s:glyph[@id='{glyph_id}']/s:bbox")


def drop_bbox(tree: etree._ElementTree) -> None:
    box = _bbox(tree, "Mg_cyt")
    box.getparent().remove(box)


def reverse_consumption(tree: etree._ElementTree) -> None:
    arc = _one(tree, "//s:arc[@class='consumption' and @source='TRPM7']")
    arc.set("source", arc.get("target"))
    arc.set("target", "TRPM7")


def orphan_species(tree: etree._ElementTree) -> None:
    for arc in tree.xpath("//s:arc[@source='BGLAP' or @target='BGLAP']", namespaces=NS):
        arc.getparent().remove(arc)


def af_class_in_pd(tree: etree._ElementTree) -> None:
    _one(tree, "//s:glyph[@id='TRPM7']").set("class", "biological activity")


def overlap(tree: etree._ElementTree) -> None:
    a, b = _bbox(tree, "RUNX2"), _bbox(tree, "SP7")
    b.set("x", str(float(a.get("x")) + 5))
    b.set("y", str(float(a.get("y")) + 5))


def outside_compartment(tree: etree._ElementTree) -> None:
    _bbox(tree, "SP7").set("y", "21")  # the nuclear Osterix moved into the extracellular band


def compartments_cross(tree: etree._ElementTree) -> None:
    nucleus = _bbox(tree, "nucleus")
    nucleus.set("h", str(float(nucleus.get("h")) + 400))  # the nucleus now pokes out of the cell


def arc_off_border(tree: etree._ElementTree) -> None:
    arc = _one(tree, "//s:arc[@class='catalysis']")
    box = _bbox(tree, arc.get("source"))  # the arc now starts at the centre of its glyph
    start = arc.find("s:start", NS)
    start.set("x", str(float(box.get("x")) + float(box.get("w")) / 2))
    start.set("y", str(float(box.get("y")) + float(box.get("h")) / 2))


def outside_map(tree: etree._ElementTree) -> None:
    box = _one(tree, "/s:sbgn/s:map/s:bbox")
    box.set("w", "100")


def bad_identifier(tree: etree._ElementTree) -> None:
    for li in tree.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li"):
        if "uniprot" in li.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource", ""):
            li.set("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}resource", "https://identifiers.org/uniprot:NOT-AN-ID")
            return


def phenotype_as_af_source(tree: etree._ElementTree) -> None:
    arc = _one(tree, "//s:arc[@class='positive influence']")
    arc.set("source", "bone_formation")


CASES: list[tuple[str, Path, Callable[[etree._ElementTree], None], str]] = [
    ("glyph without a bounding box", VALID, drop_bbox, "sbgn-xsd"),
    ("consumption arc reversed", VALID, reverse_consumption, "pd10101"),
    ("entity pool with no arc", VALID, orphan_species, "pd10131"),
    ("activity-flow class in a PD map", VALID, af_class_in_pd, "sbgn-spec"),
    ("phenotype as the source of an influence", VALID_AF, phenotype_as_af_source, "af10101"),
    ("two glyphs overlap", VALID, overlap, "layout-overlap"),
    ("glyph outside its compartment", VALID, outside_compartment, "layout-containment"),
    ("compartments overlap partially", VALID, compartments_cross, "layout-nesting"),
    ("arc does not end on its glyph", VALID, arc_off_border, "layout-arc-end"),
    ("glyph outside the map's bounding box", VALID, outside_map, "layout-extent"),
    ("malformed identifiers.org reference", VALID, bad_identifier, "identifiers-org"),
]


@pytest.mark.parametrize(("fault", "source", "breaker", "rule"), CASES, ids=[c[0] for c in CASES])
def test_fault_is_caught(fault: str, source: Path, breaker: Callable, rule: str, tmp_path: Path) -> None:
    tree = etree.parse(str(source))
    breaker(tree)
    broken = tmp_path / "broken.sbgn"
    tree.write(str(broken), xml_declaration=True, encoding="UTF-8")
    findings = check_file(broken)
    assert rule in {f.rule for f in findings}, [f.line() for f in findings]
    assert all(f.file == str(broken) for f in findings)


def test_the_unbroken_source_maps_have_no_findings() -> None:
    assert check_file(VALID) == [] and check_file(VALID_AF) == []


def test_not_xml_is_one_finding_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sbgn"
    path.write_text("this is not <xml", encoding="utf-8")
    findings = check_file(path)
    assert [f.rule for f in findings] == ["sbgn-xsd"]


def test_missing_file_is_one_finding(tmp_path: Path) -> None:
    findings = check_file(tmp_path / "absent.sbgn")
    assert [f.rule for f in findings] == ["read"]
    assert "absent.sbgn" in findings[0].file
