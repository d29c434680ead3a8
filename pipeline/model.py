"""Declarative types for mechanism models: biology as data, no libsbml here.

A mechanism is assembled from modules. A module holds compartments, species,
parameters, reactions and phenotype variables; modules shared by several
mechanisms are the same Python objects, so the integrated model is their union.
Concentrations are in mM (ions and molecules alike; see ``pipeline.units``),
time in hours.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# SBO terms of modifier roles, keyed by the role names used in declarations.
MODIFIER_ROLE_SBO: dict[str, str] = {
    "stimulator": "SBO:0000459",
    "inhibitor": "SBO:0000020",
    "essential_activator": "SBO:0000461",
    "catalyst": "SBO:0000013",
}


@dataclass(frozen=True)
class Xref:
    """A MIRIAM cross-reference: a BioModels qualifier and a CURIE (``uniprot:Q96QT4``)."""

    qualifier: str  # e.g. "bqbiol:is", "bqbiol:hasPart", "bqmodel:isDerivedFrom"
    curie: str

    @property
    def url(self) -> str:
        return f"https://identifiers.org/{self.curie}"


@dataclass(frozen=True)
class Compartment:
    id: str
    name: str
    size_litre: float
    xrefs: tuple[Xref, ...]
    notes: str
    outside: str | None = None
    sbo: str = "SBO:0000290"


@dataclass(frozen=True)
class Species:
    """A pool of one molecular entity in one compartment (concentration in mM)."""

    id: str
    name: str
    compartment: str
    initial_mM: float
    sbo: str
    xrefs: tuple[Xref, ...]
    notes: str
    boundary: bool = False  # held fixed by the experiment (an input), not by reactions
    at_membrane: bool = False  # drawn on the plasma membrane in maps
    label: str = ""  # short name drawn in maps; default: the name without its parenthesis
    states: tuple[str, ...] = ()  # SBGN state variables drawn on the glyph ("P@S9", "active")

    @property
    def map_label(self) -> str:
        """The label drawn in maps: ``label`` if given, else the name up to its first parenthesis."""
        return self.label or self.name.split(" (")[0]


@dataclass(frozen=True)
class Parameter:
    """A constant with its unit and provenance: exactly one of ``source`` or ``assumption``."""

    id: str
    name: str
    value: float
    unit: str  # an id from pipeline.units.UNITS
    sbo: str
    source: str = ""
    assumption: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        if bool(self.source) == bool(self.assumption):
            raise ValueError(f"parameter {self.id}: give exactly one of source or assumption")


@dataclass(frozen=True)
class Modifier:
    species: str
    role: str  # a key of MODIFIER_ROLE_SBO

    def __post_init__(self) -> None:
        if self.role not in MODIFIER_ROLE_SBO:
            raise ValueError(f"modifier {self.species}: unknown role {self.role!r}")


@dataclass(frozen=True)
class RateLaw:
    """A kinetic law in amount per time (mmol/h): formula, SBO term and family name."""

    formula: str
    sbo: str
    family: str


@dataclass(frozen=True)
class Reaction:
    id: str
    name: str
    sbo: str
    reactants: tuple[tuple[str, float], ...]
    products: tuple[tuple[str, float], ...]
    modifiers: tuple[Modifier, ...]
    law: RateLaw
    claims: tuple[str, ...]
    notes: str
    xrefs: tuple[Xref, ...] = ()


@dataclass(frozen=True)
class Phenotype:
    """A cell-level readout (dimensionless, 1 = reference level) driven by molecular species.

    ``kind`` is "rate" (an ODE: ``math`` is d(value)/dt in 1/h) or "assignment"
    (``math`` is the value itself). ``influences`` name what the math reads and
    with which sign, for maps and traceability.
    """

    id: str
    name: str
    kind: str
    math: str
    initial: float
    influences: tuple[Modifier, ...]
    claims: tuple[str, ...]
    xrefs: tuple[Xref, ...]
    notes: str
    label: str = ""  # short name drawn in maps; default: the name without its parenthesis

    @property
    def map_label(self) -> str:
        return self.label or self.name.split(" (")[0]


@dataclass(frozen=True)
class Module:
    """A reusable piece of biology; mechanisms share modules by reference."""

    id: str
    compartments: tuple[Compartment, ...] = ()
    species: tuple[Species, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    phenotypes: tuple[Phenotype, ...] = ()


# ---------------------------------------------------------------- behaviours
@dataclass(frozen=True)
class Condition:
    """An experiment: values to set before simulating (parameters or input species, mM)."""

    name: str
    changes: tuple[tuple[str, float], ...] = ()

    def with_changes(self, name: str, **changes: float) -> Condition:
        merged = dict(self.changes) | changes
        return Condition(name, tuple(sorted(merged.items())))


@dataclass(frozen=True)
class Compare:
    """``readout`` under ``test`` relative to ``reference`` at steady state.

    relation "up": ratio >= min_ratio; "down": ratio <= max_ratio;
    "near": min_ratio <= ratio <= max_ratio.
    """

    claims: tuple[str, ...]
    statement: str
    readout: str
    reference: Condition
    test: Condition
    relation: str
    min_ratio: float = 1.0
    max_ratio: float = 1.0


@dataclass(frozen=True)
class Synergy:
    """(both - none) > (a - none) + (b - none) for ``readout``, by ``margin`` (relative)."""

    claims: tuple[str, ...]
    statement: str
    readout: str
    none: Condition
    a: Condition
    b: Condition
    both: Condition
    margin: float = 0.1


@dataclass(frozen=True)
class DoseResponse:
    """Scan ``input`` over ``doses`` (mM or nM as stored): monotone, or peaked in a window."""

    claims: tuple[str, ...]
    statement: str
    readout: str
    input: str
    doses: tuple[float, ...]
    shape: str  # "increasing" | "peak"
    peak_window: tuple[float, float] = (0.0, 0.0)
    base: Condition = Condition("baseline")
    end_drop: float = 0.9  # peak shape: value at the last dose <= end_drop * peak


@dataclass(frozen=True)
class Blunted:
    """The effect of ``stimulus`` on ``readout`` (stimulated minus unstimulated) under
    ``perturbation`` is at most ``max_fraction`` of the effect in the control."""

    claims: tuple[str, ...]
    statement: str
    readout: str
    control: Condition
    stimulus: tuple[tuple[str, float], ...]
    perturbation: tuple[tuple[str, float], ...]
    max_fraction: float = 0.5


Behaviour = Compare | Synergy | DoseResponse | Blunted


@dataclass(frozen=True)
class Mechanism:
    id: str
    name: str
    summary: str
    modules: tuple[Module, ...]
    xrefs: tuple[Xref, ...]
    behaviours: tuple[Behaviour, ...]
    readouts: tuple[str, ...]  # ids plotted in time courses
    scan_input: str  # the dose-scan input (species or parameter id)
    scan_doses: tuple[float, ...]
    knockdowns: tuple[Condition, ...] = ()
    time_course_hours: float = 96.0
    time_course_condition: Condition = Condition("control")
    claims_not_encoded: tuple[tuple[str, str], ...] = ()
    overrides: tuple[Species, ...] = field(default=())  # species redefined for this model


# ---------------------------------------------------------------- overview (activity flow)
@dataclass(frozen=True)
class Activity:
    """A node of the review's activity-flow overview.

    ``kind`` is "activity" (a molecular activity), "perturbation" or "phenotype"; ``unit`` the
    SBGN AF unit of information ("mt:prot", "mt:simplechem", "mt:complex"); ``ref`` the id of the
    species or phenotype of the integrated model that carries this activity there.
    """

    id: str
    label: str
    kind: str
    ref: str
    unit: str = ""
    xrefs: tuple[Xref, ...] = ()


@dataclass(frozen=True)
class Influence:
    """A signed influence of the overview (sign "positive", "negative", "unknown" or "necessary")."""

    source: str
    target: str
    sign: str
    claims: tuple[str, ...]
