"""A logical (SBML Level 3 Version 1 ``qual``) version of the integrated model, derived from its influences.

Qualitative species are the activities and phenotypes of the review's overview
(``pipeline.mechanisms.overview``) plus two intermediate phenotypes of the integrated model
(``osteogenesis``, ``bone_formation_coupled``) through which bone formation reads its inputs. Each one
carries the identifiers.org annotations (CV terms) of the integrated-model element it stands for
(the activity's ``ref``). Transitions follow ``RULES``; every regulator there is an influence of the
overview or of an integrated-model phenotype rule with the same sign (``tests/test_export_qual.py``
checks this), and each transition's notes cite the claims of those influences.

Function terms: a target is ON (level 1) when all its *necessary* activators are on, at least one of
its other activators is on (when it has any), and none of its inhibitors is on. Necessary activators
are those the ODE multiplies in (essential activators and factors of a product): RUNX2/Osterix for
ALP, ALP for mineralisation, VEGF signalling for angiogenesis, recruitment and differentiation for
osteogenesis, and the three factors of bone formation.

Extracellular Mg2+ (``mg_ext``) is a multivalued input, maxLevel 2:

- level 0: deficient (below 0.5 mM; claim C15), ODE test dose 0.3 mM;
- level 1: optimal, the review's window 2.5-10 mM (claims C05, C06); its activating effects
  (TRPM7 influx, Wnt, HIF-2alpha/PGC-1alpha, angiogenesis, recruitment) act from level 1 on;
- level 2: excessive (20 mM): the activating effects remain and Mg2+ inhibits mineral deposition
  (``mineralisation``: Ki 25 mM in the ODE; claims C05, C06), so mineralisation and bone formation fall.

The physiological 0.8 mM baseline lies between levels 0 and 1 and is not a level of its own.

Choices forced by Boolean resolution (each stated in the notes of the file):

- the implant is not a species: it acts only through the Mg2+ level it produces;
- DKK1 is an input (0 = endogenous, 1 = overexpressed, blocking Wnt): the Wnt -> DKK1 -| Wnt
  negative feedback of the overview has no stable state in a Boolean network (it oscillates),
  whereas in the ODE it only damps beta-catenin:TCF (which still rises with Mg2+, claim C42);
- SDF-1alpha/CXCR4 and PDGF-BB/PDGFRbeta are inputs (0 = no added chemokine / growth factor, as
  in the ODE's control).

Tools for Boolean networks (biodivine_aeon) accept only maxLevel 1; ``boolean_encoding`` rewrites the
multivalued input explicitly as one Boolean species per threshold (``mg_ext_ge1`` = Mg2+ at least
optimal, ``mg_ext_ge2`` = Mg2+ excessive; ``mg_ext_ge2`` implies ``mg_ext_ge1``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

import libsbml

from pipeline.assemble import content_of
from pipeline.evidence import claim_statement
from pipeline.mechanisms import registry
from pipeline.mechanisms.overview import ACTIVITIES, INFLUENCES
from pipeline.model import Activity
from pipeline.sbml.build import LICENCE, build_document, check, model_history

LEVEL, VERSION, QUAL_VERSION = 3, 1, 1
MODEL_ID = "integrated_qual"
SBO_LOGICAL_FRAMEWORK = "SBO:0000234"
TISSUE = "tissue"  # compartment of the cell- and tissue-level phenotypes
# An ODE readout counts as high (Boolean 1) at >= this fraction of its steady state at the optimal dose:
# a drop of 10% or more is 'lower', as in the integrated model's dose-window behaviour (end_drop 0.9).
HIGH_FRACTION = 0.9

MG = "mg_ext"
MG_LEVELS: dict[int, str] = {
    0: "deficient (below 0.5 mM; ODE test dose 0.3 mM; claim C15)",
    1: "optimal (the review's window 2.5-10 mM; claims C05, C06)",
    2: "excessive (20 mM: mineral deposition inhibited; claims C05, C06)",
}


@dataclass(frozen=True)
class Regulator:
    """One input of a transition: ``source`` acts when at or above ``threshold``."""

    source: str
    sign: str  # "positive" | "negative"
    threshold: int = 1
    necessary: bool = False  # an activator that must be on (AND) rather than one of several (OR)


@dataclass(frozen=True)
class LogicalRule:
    """How one qualitative species is set from its regulators; ``basis`` names the ODE element(s)."""

    target: str
    regulators: tuple[Regulator, ...]
    basis: str


def _on(source: str, threshold: int = 1, necessary: bool = False) -> Regulator:
    return Regulator(source, "positive", threshold, necessary)


def _off(source: str, threshold: int = 1) -> Regulator:
    return Regulator(source, "negative", threshold)


# Integrated-model phenotypes that are not overview activities but carry bone formation's inputs.
EXTRA_NODES: tuple[Activity, ...] = (
    Activity("osteogenesis", "osteogenesis (recruited cells that differentiate)", "phenotype", "osteogenesis"),
    Activity("bone_formation_coupled", "vessel-coupled bone formation", "phenotype", "bone_formation_coupled", ""),
)

# Inputs: constant qualitative species without a transition (default level in the ODE's control).
INPUTS: dict[str, tuple[int, int, str]] = {
    MG: (2, 1, "Extracellular Mg2+ set by the experiment or the implant. Levels: "),
    "pdgf": (1, 0, "PDGF-BB bound to PDGFRbeta: 0 = no added PDGF-BB (ODE control), 1 = PDGF-BB added."),
    "cxcr4": (1, 0, "SDF-1alpha bound to CXCR4: 0 = no added SDF-1alpha (ODE control), 1 = SDF-1alpha added."),
    "dkk1": (
        1,
        0,
        "DKK1 at a Wnt-blocking level: 0 = endogenous DKK1, 1 = DKK1 overexpressed (ODE DKK1_expression 10)."
        " The Wnt-induced rise of DKK1 (overview: Wnt -> DKK1, claim C42) is not a transition: a Boolean"
        " negative feedback Wnt -> DKK1 -| Wnt has no stable state (it oscillates), whereas in the ODE the"
        " feedback only damps beta-catenin:TCF, which still rises with Mg2+ ('despite DKK1 feedback,"
        " beta-catenin:TCF ends above baseline', wnt_beta_catenin behaviour).",
    ),
}

RULES: tuple[LogicalRule, ...] = (
    LogicalRule("trpm7", (_on("pdgf"),), "TRPM7_activation (catalysed by PDGF_PDGFRB)"),
    LogicalRule(
        "mg_cyt",
        (_on(MG), _on("trpm7")),
        "Mg_influx_TRPM7 (resting channel, extracellular Mg2+) and Mg_influx_TRPM7_a (PDGF-activated channel)",
    ),
    LogicalRule(
        "wnt",
        (_on(MG), _on("cxcr4"), _off("dkk1")),
        "GSK3B_inactivation_Mg and GSK3B_inactivation_CXCR4 free beta-catenin from destruction; DKK1 takes LRP6",
    ),
    LogicalRule("runx2", (_on("mg_cyt"), _on("wnt")), "RUNX2_synthesis_Mg, RUNX2_synthesis_TCF; SP7_synthesis"),
    LogicalRule("alp", (_on("runx2", necessary=True),), "ALPL_synthesis (RUNX2 and Osterix essential)"),
    LogicalRule(
        "mineralisation",
        (_on("alp", necessary=True), _off(MG, 2)),
        "mineralisation = ALP term * 1/(1 + (Mg_ext/Ki_Mg_mineral)^2), Ki 25 mM",
    ),
    LogicalRule("differentiation", (_on("runx2"),), "osteoblast_differentiation = SP7/(SP7 + K_SP7)"),
    LogicalRule("proliferation", (_on("mg_cyt"),), "osteoblast_proliferation: Hill function of Mg_cyt"),
    LogicalRule("migration", (_on("mg_cyt"),), "osteoblast_migration: Hill function of Mg_cyt"),
    LogicalRule("recruitment", (_on("cxcr4"), _on(MG)), "BMSC_recruitment: CXCR4 occupancy and Mg_ext terms"),
    LogicalRule("hif2a", (_on(MG),), "EPAS1_synthesis stimulated by Mg_ext"),
    LogicalRule("pgc1a", (_on(MG),), "PPARGC1A_synthesis stimulated by Mg_ext"),
    LogicalRule("vegf", (_on("hif2a"), _on("pgc1a")), "VEGFA_transcription_HIF2A, VEGFA_transcription_PGC1A"),
    LogicalRule("collagen_x", (_on("hif2a"),), "COL10A1_transcription_HIF2A"),
    LogicalRule(
        "angiogenesis",
        (_on("vegf", necessary=True), _on(MG)),
        "angiogenesis = VEGFA_KDR term (essential) * (f_Mg_EC + (1 - f_Mg_EC) * Mg_ext term)",
    ),
    LogicalRule("h_type", (_on("angiogenesis"),), "H_type_vessels: rate rule driven by angiogenesis"),
    LogicalRule("progenitors", (_on("h_type"),), "osteoprogenitor_recruitment: rate rule driven by H_type_vessels"),
    LogicalRule(
        "osteogenesis",
        (_on("recruitment", necessary=True), _on("differentiation", necessary=True)),
        "osteogenesis = BMSC_recruitment * osteoblast_differentiation",
    ),
    LogicalRule(
        "bone_formation_coupled",
        (_on("progenitors"),),
        "bone_formation_coupled rises with osteoprogenitor_recruitment",
    ),
    LogicalRule(
        "bone_formation",
        (
            _on("mineralisation", necessary=True),
            _on("osteogenesis", necessary=True),
            _on("bone_formation_coupled", necessary=True),
        ),
        "bone_formation = mineralisation * osteogenesis * bone_formation_coupled",
    ),
)

# Overview influences that are not regulators of RULES, and why.
NOT_DIRECT: dict[tuple[str, str], str] = {
    ("implant", MG): "the implant acts only through the Mg2+ level it produces (an input here)",
    ("wnt", "dkk1"): "DKK1 is an input: a Boolean negative feedback has no stable state (see the dkk1 notes)",
    ("vegf", "h_type"): "through angiogenesis, as in the integrated model (H_type_vessels reads angiogenesis)",
    ("progenitors", "bone_formation"): "through bone_formation_coupled",
    ("runx2", "bone_formation"): "through differentiation and osteogenesis",
    ("cxcr4", "bone_formation"): "through recruitment and osteogenesis",
    ("alp", "bone_formation"): "through mineralisation",
}


def nodes() -> tuple[Activity, ...]:
    """Every qualitative species: the overview's activities (less the implant) and ``EXTRA_NODES``."""
    return tuple(a for a in ACTIVITIES if a.id != "implant") + EXTRA_NODES


def _cv_terms(element: libsbml.SBase) -> list[libsbml.CVTerm]:
    return [element.getCVTerm(i) for i in range(element.getNumCVTerms())]


def _notes(sbase: libsbml.SBase, paragraphs: list[str]) -> None:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs if p)
    check(sbase.setNotes(f'<body xmlns="http://www.w3.org/1999/xhtml">{body}</body>'), f"notes of {sbase.getId()}")


def _math_literal(source: str, threshold: int) -> str:
    return f"({source} >= {threshold})"


def _readable_literal(source: str, threshold: int) -> str:
    return source if threshold == 1 and source != MG else f"{source} >= {threshold}"


def rule_formula(rule: LogicalRule, literal: Callable[[str, int], str] = _math_literal) -> str:
    """The rule as an L3 formula: AND(necessary) && OR(other activators) && !inhibitors."""
    positive = [r for r in rule.regulators if r.sign == "positive"]
    necessary = [literal(r.source, r.threshold) for r in positive if r.necessary]
    others = [literal(r.source, r.threshold) for r in positive if not r.necessary]
    inhibitors = [f"!({literal(r.source, r.threshold)})" for r in rule.regulators if r.sign == "negative"]
    terms = necessary + ([others[0] if len(others) == 1 else "(" + " || ".join(others) + ")"] if others else [])
    terms += inhibitors
    if not terms:
        raise ValueError(f"rule for {rule.target} has no regulators")
    return " && ".join(terms)


def readable_formula(rule: LogicalRule) -> str:
    """The rule as written in the transition's notes, e.g. ``alp && !(mg_ext >= 2)``."""
    return rule_formula(rule, _readable_literal).replace("!(dkk1)", "!dkk1")


def _claims_of(rule: LogicalRule, phenotype_claims: dict[str, tuple[str, ...]], refs: dict[str, str]) -> list[str]:
    sources = {r.source for r in rule.regulators}
    found = [c for i in INFLUENCES if i.target == rule.target and i.source in sources for c in i.claims]
    found += list(phenotype_claims.get(refs[rule.target], ()))
    return sorted(set(found))


def qual_document(rules: tuple[LogicalRule, ...] = RULES) -> libsbml.SBMLDocument:
    """The SBML-qual document of the integrated model's logic (``rules`` may be varied for tests)."""
    mechanism = registry()["integrated"]
    integrated = build_document(mechanism)
    source = integrated.getModel()
    phenotype_claims = {p.id: p.claims for p in content_of(mechanism).phenotypes}
    refs = {a.id: a.ref for a in nodes()}

    doc = libsbml.SBMLDocument(libsbml.SBMLNamespaces(LEVEL, VERSION, "qual", QUAL_VERSION))
    check(doc.setPackageRequired("qual", True), "qual required")
    model = doc.createModel()
    check(model.setId(MODEL_ID), "model id")
    check(model.setName("Logical model of Mg2+ and bone formation (from the integrated model)"), "model name")
    check(model.setMetaId(f"meta_{MODEL_ID}"), "model metaid")
    check(model.setSBOTerm(SBO_LOGICAL_FRAMEWORK), "model SBO")
    _notes(
        model,
        [
            "Logical (SBML-qual) abstraction of the integrated ODE model (models/sbml/integrated.xml): the"
            " activities and phenotypes of the review's overview, with transitions derived from the signed"
            " influences of the overview and of the integrated model's phenotype rules.",
            "Function terms: a target is on when all its necessary activators are on, at least one of its other"
            " activators is on, and none of its inhibitors is on.",
            "Extracellular Mg2+ (mg_ext) is a multivalued input: "
            + "; ".join(f"{k} = {v}" for k, v in MG_LEVELS.items())
            + ". Optimal Mg2+ promotes osteogenesis, deficiency lowers it, and excessive Mg2+ inhibits"
            " mineralisation so that bone formation drops (the review's dose window; mechanism mg_dose_window).",
            "The implant is not a species: it acts through the Mg2+ level it produces.",
            "Generated by pipeline.exports.qual from the mgbone model package. " + LICENCE,
        ],
    )
    check(model.setModelHistory(model_history()), "model history")
    for term in _cv_terms(source):
        check(model.addCVTerm(term), "model annotation")

    used = []
    for activity in nodes():
        sp = source.getSpecies(activity.ref)
        compartment = sp.getCompartment() if sp is not None else TISSUE
        if compartment not in used:
            used.append(compartment)
    for cid in used:
        comp = model.createCompartment()
        check(comp.setId(cid), cid)
        check(comp.setConstant(True), cid)
        check(comp.setSpatialDimensions(3), cid)
        check(comp.setSize(1.0), cid)
        check(comp.setUnits("dimensionless"), cid)
        original = source.getCompartment(cid)
        check(comp.setMetaId(f"meta_{cid}"), cid)
        if original is not None:
            check(comp.setName(original.getName()), cid)
            for term in _cv_terms(original):
                check(comp.addCVTerm(term), cid)
        else:
            check(comp.setName("peri-implant bone tissue (cell- and tissue-level phenotypes)"), cid)
        _notes(comp, ["Compartment of the qualitative species; its size has no meaning in a logical model."])

    qual = model.getPlugin("qual")
    for activity in nodes():
        element = source.getElementBySId(activity.ref)
        sp = source.getSpecies(activity.ref)
        q = qual.createQualitativeSpecies()
        check(q.setId(activity.id), activity.id)
        check(q.setName(activity.label), activity.id)
        check(q.setMetaId(f"meta_{activity.id}"), activity.id)
        check(q.setCompartment(sp.getCompartment() if sp is not None else TISSUE), activity.id)
        if element.isSetSBOTerm():
            check(q.setSBOTerm(element.getSBOTermID()), activity.id)
        terms = _cv_terms(element)
        for term in terms:
            check(q.addCVTerm(term), activity.id)
        kind = "species" if sp is not None else "phenotype (parameter)"
        paragraphs = [
            f"Stands for {kind} {activity.ref} of the integrated model ({element.getName()})"
            + ("; annotated with its identifiers.org terms." if terms else "; that element has no annotation.")
        ]
        if activity.id in INPUTS:
            max_level, initial, text = INPUTS[activity.id]
            check(q.setConstant(True), activity.id)
            check(q.setMaxLevel(max_level), activity.id)
            check(q.setInitialLevel(initial), activity.id)
            if activity.id == MG:
                text += "; ".join(f"{k} = {v}" for k, v in MG_LEVELS.items()) + ". Default level 1 (optimal)."
            paragraphs.append("Input (constant). " + text)
        else:
            check(q.setConstant(False), activity.id)
            check(q.setMaxLevel(1), activity.id)
            paragraphs.append(
                "Boolean: 1 = active/high, 0 = inactive/low. Compared with the ODE, high means at least"
                f" {HIGH_FRACTION:.0%} of the steady state at the optimal Mg2+ dose."
            )
        _notes(q, paragraphs)

    for rule in rules:
        _transition(qual, rule, _claims_of(rule, phenotype_claims, refs))
    return doc


def _transition(qual: libsbml.QualModelPlugin, rule: LogicalRule, claims: list[str]) -> None:
    t = qual.createTransition()
    check(t.setId(f"tr_{rule.target}"), rule.target)
    check(t.setMetaId(f"meta_tr_{rule.target}"), rule.target)
    for r in rule.regulators:
        i = t.createInput()
        check(i.setId(f"in_{rule.target}_{r.source}_{r.threshold}"), rule.target)
        check(i.setQualitativeSpecies(r.source), rule.target)
        check(i.setTransitionEffect(libsbml.INPUT_TRANSITION_EFFECT_NONE), rule.target)
        sign = libsbml.INPUT_SIGN_POSITIVE if r.sign == "positive" else libsbml.INPUT_SIGN_NEGATIVE
        check(i.setSign(sign), rule.target)
        check(i.setThresholdLevel(r.threshold), rule.target)
    o = t.createOutput()
    check(o.setId(f"out_{rule.target}"), rule.target)
    check(o.setQualitativeSpecies(rule.target), rule.target)
    check(o.setTransitionEffect(libsbml.OUTPUT_TRANSITION_EFFECT_ASSIGNMENT_LEVEL), rule.target)
    check(t.createDefaultTerm().setResultLevel(0), rule.target)
    term = t.createFunctionTerm()
    check(term.setResultLevel(1), rule.target)
    formula = rule_formula(rule)
    math = libsbml.parseL3Formula(formula)
    if math is None:
        raise ValueError(f"{rule.target}: cannot parse {formula!r}")
    check(term.setMath(math), rule.target)
    _notes(
        t,
        [f"{rule.target} = {readable_formula(rule)}", f"ODE: {rule.basis}."]
        + [f"Claim {c}: {claim_statement(c)}" for c in claims],
    )


def qual_text() -> str:
    """The SBML-qual (L3V1 qual v1) text of the integrated model's logic."""
    text = libsbml.writeSBMLToString(qual_document())
    if not text:
        raise RuntimeError("libsbml returned an empty document")
    return text


# ------------------------------------------------------------ Boolean encoding of multivalued species


def _threshold_id(species: str, level: int) -> str:
    return f"{species}_ge{level}"


def _rewrite(node: libsbml.ASTNode, multivalued: dict[str, int]) -> None:
    """Replace ``x >= k`` (x multivalued, 1 <= k <= max) by ``x_gek >= 1`` in place."""
    if node.getType() == libsbml.AST_RELATIONAL_GEQ:
        left, right = node.getLeftChild(), node.getRightChild()
        if left.isName() and left.getName() in multivalued:
            if not right.isInteger():
                raise ValueError(f"threshold of {left.getName()} must be an integer")
            level = right.getInteger()
            if not 1 <= level <= multivalued[left.getName()]:
                raise ValueError(f"{left.getName()} >= {level} is outside its levels")
            left.setName(_threshold_id(left.getName(), level))
            right.setValue(1)
            return
    elif node.isName() and node.getName() in multivalued:
        raise ValueError(f"{node.getName()} is multivalued and used outside 'x >= k'")
    for i in range(node.getNumChildren()):
        _rewrite(node.getChild(i), multivalued)


def boolean_encoding(qual: str, names: bool = True) -> str:
    """The qual document with each multivalued constant input x (maxLevel m) as Boolean x_ge1 ... x_gem.

    ``x_gek`` is 1 when x is at least k, so the valid input combinations are those where x_ge(k+1)
    implies x_gek (``boolean_levels`` gives them). Only constant (input) species may be multivalued.
    ``names=False`` drops the species' names: biodivine_aeon names its variables after the SBML
    name when there is one, and after the id otherwise.
    """
    doc = libsbml.readSBMLFromString(qual)
    model = doc.getModel()
    plugin = model.getPlugin("qual")
    multivalued: dict[str, int] = {}
    for i in reversed(range(plugin.getNumQualitativeSpecies())):
        q = plugin.getQualitativeSpecies(i)
        if q.getMaxLevel() <= 1:
            continue
        if not q.getConstant():
            raise ValueError(f"{q.getId()}: only constant inputs can be Boolean-encoded")
        multivalued[q.getId()] = q.getMaxLevel()
        for level in range(1, q.getMaxLevel() + 1):
            b = plugin.createQualitativeSpecies()
            check(b.setId(_threshold_id(q.getId(), level)), q.getId())
            check(b.setName(f"{q.getName()} at least level {level}"), q.getId())
            check(b.setCompartment(q.getCompartment()), q.getId())
            check(b.setConstant(True), q.getId())
            check(b.setMaxLevel(1), q.getId())
            if q.isSetInitialLevel():
                check(b.setInitialLevel(int(q.getInitialLevel() >= level)), q.getId())
            check(b.setMetaId(f"meta_{b.getId()}"), q.getId())
            for term in _cv_terms(q):
                check(b.addCVTerm(term), q.getId())
            _notes(b, [f"Boolean encoding of {q.getId()}: 1 when {q.getId()} >= {level}."])
        plugin.removeQualitativeSpecies(i)
    for t in plugin.getListOfTransitions():
        for inp in t.getListOfInputs():
            name = inp.getQualitativeSpecies()
            if name in multivalued:
                check(inp.setQualitativeSpecies(_threshold_id(name, inp.getThresholdLevel())), t.getId())
                check(inp.setThresholdLevel(1), t.getId())
        for term in t.getListOfFunctionTerms():
            if term.getMath() is not None:
                math = term.getMath().deepCopy()
                _rewrite(math, multivalued)
                check(term.setMath(math), t.getId())
    if not names:
        for q in plugin.getListOfQualitativeSpecies():
            check(q.unsetName(), q.getId())
    return libsbml.writeSBMLToString(doc)


def boolean_levels(species: str, level: int, max_level: int) -> dict[str, bool]:
    """Values of the Boolean threshold species that encode ``species`` at ``level``."""
    return {_threshold_id(species, k): level >= k for k in range(1, max_level + 1)}
