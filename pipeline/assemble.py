"""Merge a mechanism's modules into one flat set of elements (the model's content)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from pipeline.model import Compartment, Mechanism, Module, Parameter, Phenotype, Reaction, Species

T = TypeVar("T", Compartment, Species, Parameter, Reaction, Phenotype)


@dataclass(frozen=True)
class Content:
    """All elements of one model, each id once, in declaration order."""

    compartments: tuple[Compartment, ...]
    species: tuple[Species, ...]
    parameters: tuple[Parameter, ...]
    reactions: tuple[Reaction, ...]
    phenotypes: tuple[Phenotype, ...]

    def ids(self) -> set[str]:
        groups = (self.compartments, self.species, self.parameters, self.reactions, self.phenotypes)
        return {e.id for group in groups for e in group}


def _merge(groups: list[tuple[T, ...]], kind: str) -> tuple[T, ...]:
    seen: dict[str, T] = {}
    for group in groups:
        for element in group:
            previous = seen.get(element.id)
            if previous is None:
                seen[element.id] = element
            elif previous != element:
                raise ValueError(f"{kind} {element.id!r} is declared twice with different content")
    return tuple(seen.values())


def merge_modules(modules: tuple[Module, ...], overrides: tuple[Species, ...] = ()) -> Content:
    """Union of modules; the same id must mean the same element. ``overrides``
    replace species of the same id (e.g. an input made dynamic)."""
    replaced = {s.id: s for s in overrides}
    species = _merge([m.species for m in modules], "species")
    species = tuple(replaced.get(s.id, s) for s in species)
    content = Content(
        _merge([m.compartments for m in modules], "compartment"),
        species,
        _merge([m.parameters for m in modules], "parameter"),
        _merge([m.reactions for m in modules], "reaction"),
        _merge([m.phenotypes for m in modules], "phenotype"),
    )
    clash = _duplicate_ids(content)
    if clash:
        raise ValueError(f"ids used by more than one kind of element: {sorted(clash)}")
    return content


def _duplicate_ids(content: Content) -> set[str]:
    counts: dict[str, int] = {}
    for group in (content.compartments, content.species, content.parameters, content.reactions, content.phenotypes):
        for e in group:
            counts[e.id] = counts.get(e.id, 0) + 1
    return {k for k, v in counts.items() if v > 1}


def content_of(mechanism: Mechanism) -> Content:
    return merge_modules(mechanism.modules, mechanism.overrides)
