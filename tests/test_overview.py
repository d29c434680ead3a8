"""The activity-flow overview claims only links the integrated model has, and cites real claims.

An influence A -> B of the overview must follow a directed path in the integrated SBML model, from
the element that carries A to the one that carries B, through reactions (a reactant or modifier ->
every other reactant and product it changes) and phenotype rules (a variable read by the rule -> the
phenotype). The graph
is read from the committed SBML file, not from the declarations.
"""

from __future__ import annotations

import re
from collections import defaultdict

import libsbml
import pytest

from pipeline.build import project_root
from pipeline.evidence import claims
from pipeline.mechanisms import registry
from pipeline.mechanisms.overview import ACTIVITIES, INFLUENCES
from pipeline.model import Phenotype


def _influence_graph() -> tuple[dict[str, set[str]], set[str]]:
    doc = libsbml.readSBMLFromFile(str(project_root() / "models" / "sbml" / "integrated.xml"))
    model = doc.getModel()
    ids = {e.getId() for e in model.getListOfAllElements() if e.isSetId()}
    graph: dict[str, set[str]] = defaultdict(set)
    for r in model.getListOfReactions():  # what a reaction changes: its reactants and products
        reactants = {x.getSpecies() for x in r.getListOfReactants()}
        changed = reactants | {p.getSpecies() for p in r.getListOfProducts()}
        for source in reactants | {m.getSpecies() for m in r.getListOfModifiers()}:
            graph[source].update(changed - {source})
    for rule in model.getListOfRules():
        formula = libsbml.formulaToL3String(rule.getMath())
        for name in set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", formula)) & ids:
            if model.getSpecies(name) is not None or model.getRule(name) is not None:
                graph[name].add(rule.getVariable())
    return graph, ids


GRAPH, IDS = _influence_graph()


def _reaches(source: str, target: str) -> bool:
    seen, stack = {source}, [source]
    while stack:
        node = stack.pop()
        if node == target:
            return True
        for nxt in GRAPH[node] - seen:
            seen.add(nxt)
            stack.append(nxt)
    return False


def test_every_activity_is_carried_by_an_element_of_the_integrated_model() -> None:
    assert [a.ref for a in ACTIVITIES if a.ref not in IDS] == []


@pytest.mark.parametrize("influence", INFLUENCES, ids=[f"{i.source}->{i.target}" for i in INFLUENCES])
def test_influence_follows_a_path_in_the_integrated_model(influence) -> None:
    refs = {a.id: a.ref for a in ACTIVITIES}
    assert _reaches(refs[influence.source], refs[influence.target])


def test_the_path_check_can_fail() -> None:
    """Nothing downstream reads L-type vessels (claim C39), so no path may leave them."""
    assert not _reaches("L_type_vessels", "bone_formation")


def test_influences_cite_claims_of_the_review() -> None:
    known = set(claims())
    assert all(i.claims and set(i.claims) <= known for i in INFLUENCES)


def test_overview_covers_the_phenotypes_the_review_names() -> None:
    phenotypes = {a.label for a in ACTIVITIES if a.kind == "phenotype"}
    for name in (
        "osteoblast proliferation",
        "osteoblast migration",
        "osteoblast differentiation",
        "angiogenesis",
        "stromal-cell recruitment",
        "bone formation",
    ):
        assert name in phenotypes


def _phenotypes() -> list[tuple[str, Phenotype, set[str]]]:
    from pipeline.assemble import content_of

    out = []
    for mid, mechanism in registry().items():
        content = content_of(mechanism)
        readable = {s.id for s in content.species} | {p.id for p in content.phenotypes}
        for p in content.phenotypes:
            out.append((mid, p, readable))
    return out


@pytest.mark.parametrize(("mid", "phenotype", "readable"), _phenotypes(), ids=lambda v: getattr(v, "id", str(v)))
def test_phenotype_influences_name_exactly_what_its_math_reads(mid: str, phenotype: Phenotype, readable) -> None:
    """The maps draw a phenotype's influences; they must be the species and phenotypes its rule reads."""
    read = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", phenotype.math)) & readable - {phenotype.id}
    assert {m.species for m in phenotype.influences} == read, (mid, phenotype.id)
