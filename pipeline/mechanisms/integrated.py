"""Mechanism 7: the integrated model - every mechanism around one extracellular Mg2+.

It is the union of the mechanisms' modules (shared modules count once) plus:
- an implant: a degrading Mg alloy releasing Mg2+ into the peri-implant space over
  days, and exchange of peri-implant fluid with the surrounding supply, whose Mg2+
  concentration ``Mg_dose`` is the fixed dose of in vitro experiments;
- bone formation: the tissue-level osteogenic output.
The SBML ``comp`` version (models/sbml/integrated_comp.xml) has the mechanism
models as submodels; models/sbml/integrated.xml is the flat union for tools
without ``comp``.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.mechanisms import PART_MECHANISMS
from pipeline.mechanisms.common import (
    CONCENTRATION,
    HUMAN,
    MG_EXT,
    RATE_CONSTANT,
    UNSPECIFIED_ENTITY,
    cl,
    doi,
    go,
)
from pipeline.model import (
    Compare,
    Condition,
    DoseResponse,
    Mechanism,
    Modifier,
    Module,
    Parameter,
    Phenotype,
    RateLaw,
    Reaction,
    Species,
    Synergy,
    Xref,
)
from pipeline.ratelaws import SBO_TRANSPORT
from pipeline.units import half_life_hours_to_rate

MG_EXT_DYNAMIC = replace(
    MG_EXT,
    boundary=False,
    notes="Free peri-implant Mg2+: released by the degrading alloy, exchanged with the surrounding fluid whose"
    " Mg2+ is Mg_dose (0.8 mM culture baseline; serum 0.7-1.1 mM, claims X01).",
)

IMPLANT = Module(
    "implant",
    species=(
        Species(
            "Mg_alloy",
            "Mg-Ca-Zn alloy (undissolved, per peri-implant volume)",
            "extracellular",
            0.0,
            UNSPECIFIED_ENTITY,
            (
                Xref("bqbiol:hasPart", "CHEBI:18420"),
                Xref("bqbiol:hasPart", "CHEBI:29108"),
                Xref("bqbiol:hasPart", "CHEBI:29105"),
            ),
            "Magnesium of a biodegradable Mg-5wt%Ca-1wt%Zn implant (Lee 2016 PNAS,"
            " doi:10.1073/pnas.1518238113), expressed as the Mg2+ it can release per litre of peri-implant"
            " fluid. 0 = no implant (fixed-dose experiments); the implant scenario starts at 100 mM.",
            label="Mg alloy",
        ),
    ),
    parameters=(
        Parameter(
            "Mg_dose",
            "Mg2+ of the surrounding fluid (culture medium or serum)",
            0.8,
            "mM",
            CONCENTRATION,
            source="Culture-medium baseline 0.8 mM (Yoshizawa 2014 Acta Biomater 10:2834,"
            " doi:10.1016/j.actbio.2014.02.002); dose experiments set it to 0.1-20 mM.",
        ),
        Parameter(
            "k_exchange",
            "peri-implant fluid exchange with the surroundings",
            half_life_hours_to_rate(12.0),
            "per_hour",
            RATE_CONSTANT,
            assumption="Peri-implant Mg2+ relaxes to the surrounding level with a 12 h half-time; measured"
            " peri-implant clearance was not found (parameters.tsv: 'the main unknown').",
        ),
        Parameter(
            "k_corrosion",
            "alloy corrosion (first order)",
            half_life_hours_to_rate(24.0 * 7),
            "per_hour",
            RATE_CONSTANT,
            assumption="Half of the releasable Mg dissolves in one week, so release lasts 'over days';"
            " implants in vivo degrade over months to a year (Lee 2016), the local pool here is only the"
            " Mg facing the peri-implant fluid.",
        ),
    ),
    reactions=(
        Reaction(
            "alloy_corrosion",
            "corrosion of the Mg alloy releases Mg2+",
            SBO_TRANSPORT,
            (("Mg_alloy", 1.0),),
            (("Mg_ext", 1.0),),
            (),
            RateLaw("extracellular * k_corrosion * Mg_alloy", "SBO:0000049", "mass action (first order)"),
            ("C34", "C36"),
            "Mg + 2 H2O -> Mg2+ + 2 OH- + H2: the alloy dissolves and releases Mg2+ locally.",
            (go("1903830"),),
        ),
        Reaction(
            "Mg_exchange",
            "exchange of peri-implant Mg2+ with the surrounding fluid",
            SBO_TRANSPORT,
            (),
            (("Mg_ext", 1.0),),
            (),
            RateLaw("extracellular * k_exchange * (Mg_dose - Mg_ext)", "SBO:0000012", "mass action (reversible)"),
            ("X01",),
            "Perfusion/medium exchange pulls peri-implant Mg2+ back toward Mg_dose.",
            (go("1903830"),),
        ),
    ),
)

BONE_FORMATION = Module(
    "bone_formation",
    phenotypes=(
        Phenotype(
            "bone_formation",
            "new bone formation (index 0-1)",
            "assignment",
            "mineralisation * osteogenesis * bone_formation_coupled",
            0.1,
            (
                Modifier("mineralisation", "stimulator"),
                Modifier("osteogenesis", "stimulator"),
                Modifier("bone_formation_coupled", "stimulator"),
            ),
            ("C03", "C04", "C31", "C33", "C65"),
            (go("1990523"),),
            "Tissue-level osteogenic output: recruited stromal cells that differentiate (osteogenesis) and"
            " mineralise matrix (mineralisation), in a defect"
            " supplied by H-type vessels and the osteoprogenitors they bring (vessel-coupled bone formation).",
            label="bone formation",
        ),
    ),
)

CONTROL = Condition("control (0.8 mM Mg2+ supply)")
DOSES = (0.1, 0.3, 0.8, 1.5, 2.5, 4.0, 5.0, 6.0, 8.0, 10.0, 15.0, 20.0)
PARTS = PART_MECHANISMS()

MECHANISM = Mechanism(
    id="integrated",
    name="Integrated model: Mg2+ from a degrading implant and bone formation",
    summary=(
        "All mechanisms of the review around one shared extracellular Mg2+ pool, fed by a degrading Mg-Ca-Zn"
        " implant or held at a fixed dose: TRPM7/PDGF, Wnt/beta-catenin, SDF-1alpha/CXCR4, HIF-2alpha/"
        "PGC-1alpha/VEGF, osteogenesis-angiogenesis coupling and the Mg2+ dose window."
    ),
    modules=tuple(dict.fromkeys(mod for m in PARTS for mod in m.modules)) + (IMPLANT, BONE_FORMATION),
    xrefs=(
        HUMAN,
        go("1990523", "bqbiol:isVersionOf"),
        cl("0002540", "bqbiol:occursIn"),
        doi("10.1016/j.actbio.2014.02.002"),
        doi("10.1073/pnas.1518238113"),
    ),
    behaviours=(
        DoseResponse(
            ("C05", "C06"),
            "bone formation is biphasic in Mg2+: peak inside 2.5-10 mM, >=10% lower at 20",
            "bone_formation",
            "Mg_dose",
            DOSES,
            "peak",
            peak_window=(2.5, 10.0),
            end_drop=0.9,
        ),
        Compare(
            ("C15",),
            "deficiency (0.3 mM) lowers RUNX2",
            "RUNX2",
            CONTROL,
            CONTROL.with_changes("deficiency", Mg_dose=0.3),
            "down",
            max_ratio=0.9,
        ),
        Compare(
            ("C15",),
            "deficiency (0.3 mM) lowers ALP",
            "ALPL",
            CONTROL,
            CONTROL.with_changes("deficiency", Mg_dose=0.3),
            "down",
            max_ratio=0.9,
        ),
        Compare(
            ("C15",),
            "deficiency (0.3 mM) lowers osteocalcin",
            "BGLAP",
            CONTROL,
            CONTROL.with_changes("deficiency", Mg_dose=0.3),
            "down",
            max_ratio=0.9,
        ),
        Compare(
            ("C31", "C33"),
            "blocking VEGFR2 signalling lowers bone formation",
            "bone_formation",
            CONTROL,
            CONTROL.with_changes("KDR blocked", KDR_expression=0.0),
            "down",
            max_ratio=0.8,
        ),
        Compare(
            ("C61",),
            "10 mM Mg2+ raises VEGF-A in the integrated model",
            "VEGFA",
            CONTROL,
            CONTROL.with_changes("Mg2+ 10 mM", Mg_dose=10.0),
            "up",
            min_ratio=1.25,
        ),
        Synergy(
            ("C50", "C51"),
            "Mg2+ (10 mM) and SDF-1alpha (12.5 nM) together beat the sum of either alone",
            "bone_formation",
            CONTROL,
            CONTROL.with_changes("Mg2+ 10 mM", Mg_dose=10.0),
            CONTROL.with_changes("CXCL12 12.5 nM", CXCL12=1.25e-5),
            CONTROL.with_changes("both", Mg_dose=10.0, CXCL12=1.25e-5),
            margin=0.1,
        ),
    ),
    readouts=("Mg_ext", "Mg_cyt", "RUNX2", "ALPL", "VEGFA", "H_type_vessels", "mineralisation", "bone_formation"),
    scan_input="Mg_dose",
    scan_doses=DOSES,
    knockdowns=(CONTROL.with_changes("TRPM7 siRNA (10%)", TRPM7_expression=0.1),),
    time_course_hours=24.0 * 30,
    time_course_condition=Condition("fresh implant (100 mM releasable Mg2+)", (("Mg_alloy", 100.0),)),
    overrides=(MG_EXT_DYNAMIC,),
)
