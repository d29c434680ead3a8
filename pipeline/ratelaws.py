"""Recurring reaction motifs (synthesis, degradation, binding, activation, transport).

Each helper returns a ``Reaction`` whose kinetic law belongs to a recognised
family (mass action, Henri-Michaelis-Menten, Hill) and is written in amount per
time: concentration rates are multiplied by the volume of the compartment where
the reaction happens. Regulation terms are dimensionless Hill functions.
"""

from __future__ import annotations

from pipeline.model import Modifier, RateLaw, Reaction, Xref

SBO_MASS_ACTION = "SBO:0000012"
SBO_ZERO_ORDER = "SBO:0000047"
SBO_FIRST_ORDER = "SBO:0000049"
SBO_HMM = "SBO:0000029"
SBO_HILL = "SBO:0000192"

SBO_DEGRADATION = "SBO:0000179"
SBO_GENE_EXPRESSION = "SBO:0000589"  # genetic production
SBO_TRANSCRIPTION = "SBO:0000183"
SBO_TRANSLATION = "SBO:0000184"
SBO_BINDING = "SBO:0000177"
SBO_DISSOCIATION = "SBO:0000180"
SBO_TRANSPORT = "SBO:0000655"
SBO_TRANSLOCATION = "SBO:0000185"
SBO_BIOCHEMICAL = "SBO:0000176"


# GO processes annotating reactions whose SBO class says what they are; other
# reactions must name their process explicitly.
DEFAULT_PROCESS = {
    SBO_GENE_EXPRESSION: Xref("bqbiol:isVersionOf", "GO:0010467"),  # gene expression
    SBO_DEGRADATION: Xref("bqbiol:isVersionOf", "GO:0030163"),  # protein catabolic process
    SBO_BINDING: Xref("bqbiol:isVersionOf", "GO:0005515"),  # protein binding
}


def _process(sbo: str, xrefs: tuple[Xref, ...], rid: str) -> tuple[Xref, ...]:
    if xrefs:
        return xrefs
    if sbo in DEFAULT_PROCESS:
        return (DEFAULT_PROCESS[sbo],)
    raise ValueError(f"reaction {rid}: give xrefs naming its GO process")


def activation_term(species: str, k: str, n: str) -> str:
    """Dimensionless Hill activation (S/K)^n / (1 + (S/K)^n)."""
    return f"({species}/{k})^{n}/(1 dimensionless + ({species}/{k})^{n})"


def inhibition_term(species: str, k: str, n: str) -> str:
    """Dimensionless Hill inhibition 1 / (1 + (S/K)^n)."""
    return f"1 dimensionless/(1 dimensionless + ({species}/{k})^{n})"


Regulator = tuple[str, str, str]  # (species, half-maximal constant id, Hill coefficient id)


def regulated(
    basal: str | None,
    activators: tuple[Regulator, ...],
    inhibitors: tuple[Regulator, ...],
) -> str:
    """Product of regulation terms; with ``basal`` (a fraction id) activation is
    ``basal + (1 - basal) * prod(activation)``."""
    parts: list[str] = []
    if activators:
        act = " * ".join(activation_term(*a) for a in activators)
        parts.append(f"({basal} + (1 dimensionless - {basal}) * {act})" if basal else act)
    parts.extend(inhibition_term(*i) for i in inhibitors)
    return " * ".join(parts) if parts else "1"


def _modifiers(
    activators: tuple[Regulator, ...], inhibitors: tuple[Regulator, ...], essential: tuple[str, ...] = ()
) -> tuple[Modifier, ...]:
    mods = [Modifier(a[0], "essential_activator" if a[0] in essential else "stimulator") for a in activators]
    mods += [Modifier(i[0], "inhibitor") for i in inhibitors]
    return tuple(mods)


def synthesis(
    rid: str,
    name: str,
    product: str,
    compartment: str,
    k: str,
    claims: tuple[str, ...],
    notes: str,
    activators: tuple[Regulator, ...] = (),
    inhibitors: tuple[Regulator, ...] = (),
    basal: str | None = None,
    essential: tuple[str, ...] = (),
    scale: str | None = None,
    sbo: str = SBO_GENE_EXPRESSION,
    xrefs: tuple[Xref, ...] = (),
) -> Reaction:
    """Zero-order production of ``product`` at ``k`` (mM/h), optionally Hill-regulated
    and multiplied by an expression factor ``scale`` (knock-down parameter)."""
    factor = f" * {scale}" if scale else ""
    reg = regulated(basal, activators, inhibitors)
    formula = f"{compartment} * {k}{factor}" + ("" if reg == "1" else f" * {reg}")
    family = SBO_HILL if (activators or inhibitors) else SBO_ZERO_ORDER
    return Reaction(
        rid,
        name,
        sbo,
        (),
        ((product, 1.0),),
        _modifiers(activators, inhibitors, essential),
        RateLaw(formula, family, "Hill" if family == SBO_HILL else "mass action (zero order)"),
        claims,
        notes,
        _process(sbo, xrefs, rid),
    )


def degradation(
    rid: str,
    name: str,
    species: str,
    compartment: str,
    k: str,
    claims: tuple[str, ...],
    notes: str,
    xrefs: tuple[Xref, ...] = (),
) -> Reaction:
    """First-order removal of ``species`` at rate constant ``k`` (1/h)."""
    return Reaction(
        rid,
        name,
        SBO_DEGRADATION,
        ((species, 1.0),),
        (),
        (),
        RateLaw(f"{compartment} * {k} * {species}", SBO_FIRST_ORDER, "mass action (first order)"),
        claims,
        notes,
        _process(SBO_DEGRADATION, xrefs, rid),
    )


def conversion(
    rid: str,
    name: str,
    source: str,
    target: str,
    compartment: str,
    k: str,
    claims: tuple[str, ...],
    notes: str,
    activators: tuple[Regulator, ...] = (),
    inhibitors: tuple[Regulator, ...] = (),
    sbo: str = SBO_BIOCHEMICAL,
    catalyst: str | None = None,
    essential: tuple[str, ...] = (),
    xrefs: tuple[Xref, ...] = (),
) -> Reaction:
    """First-order conversion source -> target (1/h), optionally Hill-regulated or
    proportional to a catalyst concentration (then ``k`` is in 1/(mM*h))."""
    reg = regulated(None, activators, inhibitors)
    cat = f" * {catalyst}" if catalyst else ""
    formula = f"{compartment} * {k}{cat} * {source}" + ("" if reg == "1" else f" * {reg}")
    mods = _modifiers(activators, inhibitors, essential)
    if catalyst:
        mods = (Modifier(catalyst, "catalyst"),) + mods
    hill = bool(activators or inhibitors)
    return Reaction(
        rid,
        name,
        sbo,
        ((source, 1.0),),
        ((target, 1.0),),
        mods,
        RateLaw(formula, SBO_HILL if hill else SBO_MASS_ACTION, "Hill" if hill else "mass action"),
        claims,
        notes,
        _process(sbo, xrefs, rid),
    )


def binding(
    rid: str,
    name: str,
    a: str,
    b: str,
    complex_: str,
    compartment: str,
    kon: str,
    koff: str,
    claims: tuple[str, ...],
    notes: str,
    xrefs: tuple[Xref, ...] = (),
) -> Reaction:
    """Reversible association a + b <-> complex (kon in 1/(mM*h), koff in 1/h)."""
    reactants = ((a, 1.0), (b, 1.0))
    return Reaction(
        rid,
        name,
        SBO_BINDING,
        reactants,
        ((complex_, 1.0),),
        (),
        RateLaw(
            f"{compartment} * ({kon} * {a} * {b} - {koff} * {complex_})", SBO_MASS_ACTION, "mass action (reversible)"
        ),
        claims,
        notes,
        _process(SBO_BINDING, xrefs, rid),
    )


def transport(
    rid: str,
    name: str,
    source: str,
    target: str,
    compartment: str,
    vmax: str,
    km: str,
    claims: tuple[str, ...],
    notes: str,
    carrier: str | None = None,
    inhibitors: tuple[Regulator, ...] = (),
    activators: tuple[Regulator, ...] = (),
    xrefs: tuple[Xref, ...] = (),
) -> Reaction:
    """Saturable transport source -> target: Henri-Michaelis-Menten in the source
    concentration, scaled by a carrier (channel) concentration when given
    (then ``vmax`` is per mM of carrier), with optional Hill regulation."""
    car = f" * {carrier}" if carrier else ""
    reg = regulated(None, activators, inhibitors)
    formula = f"{compartment} * {vmax}{car} * {source}/({km} + {source})" + ("" if reg == "1" else f" * {reg}")
    mods = ((Modifier(carrier, "catalyst"),) if carrier else ()) + _modifiers(activators, inhibitors)
    hill = bool(activators or inhibitors)
    return Reaction(
        rid,
        name,
        SBO_TRANSPORT,
        ((source, 1.0),),
        ((target, 1.0),),
        mods,
        RateLaw(formula, SBO_HILL if hill else SBO_HMM, "Hill" if hill else "Henri-Michaelis-Menten"),
        claims,
        notes,
        _process(SBO_TRANSPORT, xrefs, rid),
    )
