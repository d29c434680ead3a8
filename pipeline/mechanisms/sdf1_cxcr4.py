"""Mechanism 3: SDF-1alpha (CXCL12)/CXCR4 recruitment of stromal cells and its synergy with Mg2+.

CXCL12 binds CXCR4; the ligand-bound receptor signals (PI3K/Akt, assumed) to inactivate GSK3-beta,
feeding the canonical Wnt/beta-catenin modules of ``wnt_beta_catenin`` (C44), and drives chemotactic
recruitment of bone-marrow stromal cells to the defect (C45-C48). Mg2+ promotes both migration and
osteoblast differentiation, and osteogenesis needs recruitment first and differentiation second (C49),
which makes the two inputs synergistic (C50, C51). Binding and trafficking values from Coggins et al. 2014
(BIOMD0000000599).
"""

from __future__ import annotations

from pipeline.mechanisms.common import (
    BIMOLECULAR_RATE,
    COMPLEX,
    CONCENTRATION,
    EXTRACELLULAR,
    FRACTION,
    HALF_ACTIVATION,
    HILL_ONE,
    HILL_TWO,
    HUMAN,
    MG_MODULE,
    PROTEIN,
    RATE_CONSTANT,
    ZERO_ORDER_RATE,
    biomodels,
    cl,
    doi,
    go,
    has_parts,
    uniprot,
)
from pipeline.mechanisms.osteogenic_core import CELL, MATURATION, PROTEIN_HALF_LIFE, RUNX2_CORE
from pipeline.mechanisms.wnt_beta_catenin import CANONICAL_WNT, WNT_MODULES
from pipeline.model import (
    Blunted,
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
)
from pipeline.ratelaws import SBO_BIOCHEMICAL, activation_term, binding, conversion, degradation, synthesis
from pipeline.units import half_life_hours_to_rate, ng_per_ml_to_nM, nM, per_nM_per_s, per_s

CHEMOKINE_SIGNALLING = go("0070098")  # chemokine-mediated signaling pathway
CELL_CHEMOTAXIS = go("0060326")  # cell chemotaxis
COGGINS = "Coggins et al. 2014 PLoS One 9:e98328 (PMID 24896823); BioModels BIOMD0000000599"
K_DEG = half_life_hours_to_rate(12.0)
CXCL12_KDA = 8.0  # approximate mass of CXCL12 (from memory, not in the evidence files)

SDF1_MODULE = Module(
    "sdf1_cxcr4",
    compartments=(EXTRACELLULAR,),
    species=(
        Species(
            "CXCL12",
            "SDF-1alpha / CXCL12 (extracellular)",
            "extracellular",
            0.0,
            PROTEIN,
            (uniprot("P48061"),),
            "Chemokine SDF-1alpha in the medium or released at the defect (input; 0 = none, as in"
            " serum-free culture; plasma background ~1-3 ng/mL, about 0.25 nM for an ~8 kDa protein, MW"
            " from memory). Held by the experiment.",
            boundary=True,
            label="SDF-1α",
        ),
        Species(
            "CXCR4",
            "CXCR4 (surface, free)",
            "cytosol",
            nM(10.0),
            PROTEIN,
            (uniprot("P61073"),),
            "Unliganded CXCR4 on the stromal-cell surface. 10 nM in cell volume (about 12,000 per 2 pL"
            " cell) is an assumption: BMSCs express far less than the engineered cells of Coggins 2014"
            " (6e5 per cell).",
            at_membrane=True,
            label="CXCR4",
            states=("surface",),
        ),
        Species(
            "CXCL12_CXCR4",
            "CXCL12:CXCR4 (signalling receptor)",
            "cytosol",
            0.0,
            COMPLEX,
            has_parts("P48061", "P61073"),
            "Ligand-bound surface CXCR4, the signalling form (G-protein and beta-arrestin signalling lumped).",
            at_membrane=True,
        ),
        Species(
            "CXCR4_i",
            "CXCR4 (internalised)",
            "cytosol",
            0.0,
            PROTEIN,
            (uniprot("P61073", "bqbiol:isVersionOf"),),
            "Endocytosed CXCR4 after ligand-induced internalisation (ligand released and degraded),"
            " recycled to the surface or degraded.",
            label="CXCR4",
            states=("endosomal",),
        ),
    ),
    parameters=(
        Parameter(
            "k_syn_CXCR4",
            "CXCR4 synthesis",
            nM(10.0) * K_DEG,
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="Keeps 10 nM surface CXCR4 without ligand with the 12 h protein half-life.",
        ),
        Parameter(
            "CXCR4_expression",
            "CXCR4 expression factor (1 = control; knockout 0)",
            1.0,
            "dimensionless",
            FRACTION,
            assumption="Experimental handle for the CXCR4 knockout/blockade tests (C45, C46).",
        ),
        Parameter(
            "kon_CXCL12",
            "CXCL12 association to CXCR4",
            per_nM_per_s(2.1e-3),
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            source=COGGINS + ", parameter_1 kf,L12,4 = 2.1e-3 /(nM s) (model fit)",
        ),
        Parameter(
            "koff_CXCL12",
            "CXCL12 dissociation from CXCR4",
            per_s(2.1e-3 * 40.0),
            "per_hour",
            RATE_CONSTANT,
            source=COGGINS + ": koff = kon x KD = 2.1e-3 /(nM s) x 40 nM (parameter_5 KD,R4,L12, model fit) = 0.084 /s",
        ),
        Parameter(
            "k_int_CXCR4",
            "internalisation of CXCL12-bound CXCR4",
            per_s(4.7e-3),
            "per_hour",
            RATE_CONSTANT,
            source=COGGINS + ", parameter_23 ke,C4B = 4.7e-3 /s",
        ),
        Parameter(
            "CXCR4_internalisation",
            "internalisation switch (1 = on; 0 = blocked)",
            1.0,
            "dimensionless",
            FRACTION,
            assumption="Experimental handle: 0 blocks endocytosis so that binding alone can be compared"
            " with the published Kd.",
        ),
        Parameter(
            "k_rec_CXCR4",
            "CXCR4 recycling to the surface",
            per_s(6.9e-5),
            "per_hour",
            RATE_CONSTANT,
            source=COGGINS + ", parameter_16 krec,R4Bi = 6.9e-5 /s",
        ),
        Parameter(
            "k_deg_CXCR4_i",
            "degradation of internalised CXCR4",
            per_s(1.0e-4),
            "per_hour",
            RATE_CONSTANT,
            source=COGGINS + ", parameter_19 = 1.0e-4 /s (weakly identified per the paper)",
        ),
        Parameter(
            "k_GSK3_CXCR4",
            "GSK3-beta inactivation per CXCL12:CXCR4",
            1.5e7,
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            assumption="Chosen so that 12.5 nM CXCL12 (100 ng/mL) raises active beta-catenin about"
            " 1.5-fold at steady state despite receptor internalisation; no measured value.",
        ),
        Parameter(
            "CXCR4_floor",
            "surface-receptor floor in the occupancy readout",
            nM(0.001),
            "mM",
            CONCENTRATION,
            assumption="1 pM, far below surface CXCR4 under any dose (>= 0.05 nM); keeps the occupied"
            " fraction defined (zero) when CXCR4 is knocked out.",
        ),
        Parameter(
            "K_CXCR4_chemotaxis",
            "occupied fraction of surface CXCR4 for half-maximal recruitment",
            0.1,
            "dimensionless",
            FRACTION,
            assumption="Puts the half-maximal CXCL12 dose near 35 ng/mL (about 4.5 nM), within the"
            " 10-50 ng/mL EC50 range suggested by MSC chemoinvasion at 20 vs 100 ng/mL (Marquez-Curtis &"
            " Janowska-Wieczorek 2013 BioMed Res Int 2013:561098, Fig. 2).",
        ),
        Parameter(
            "f_recruit_basal",
            "CXCL12-independent recruitment (fraction of maximum)",
            0.1,
            "dimensionless",
            FRACTION,
            assumption="Some stromal cells reach the defect without exogenous SDF-1alpha (random"
            " migration, other chemoattractants).",
        ),
        Parameter(
            "K_Mg_migration",
            "extracellular Mg2+ for half-maximal migration support",
            5.0,
            "mM",
            HALF_ACTIVATION,
            assumption="Same range as the Wnt effect (little at 0.8 mM, strong at 10 mM); Mg2+ induced"
            " migration of human osteoblasts toward high Mg2+ (observations O42).",
        ),
        Parameter(
            "a_Mg_migration",
            "maximal relative increase of recruitment by Mg2+",
            0.5,
            "dimensionless",
            FRACTION,
            assumption="Mg2+ raises recruitment by up to 50%; the review says only that Mg2+ matters for"
            " recruitment (C50) and acts mainly through early recruitment with SDF-1alpha (C51).",
        ),
        PROTEIN_HALF_LIFE,
        HILL_ONE,
        HILL_TWO,
    ),
    reactions=(
        synthesis(
            "CXCR4_synthesis",
            "CXCR4 expression",
            "CXCR4",
            "cytosol",
            "k_syn_CXCR4",
            ("C45",),
            "Constitutive receptor expression; the expression factor implements knockout.",
            scale="CXCR4_expression",
        ),
        degradation(
            "CXCR4_degradation",
            "surface CXCR4 turnover",
            "CXCR4",
            "cytosol",
            "k_deg_protein",
            ("C45",),
            "Constitutive turnover of unliganded receptor (ligand-independent endocytosis lumped).",
        ),
        binding(
            "CXCL12_binding",
            "CXCL12 binds CXCR4",
            "CXCR4",
            "CXCL12",
            "CXCL12_CXCR4",
            "cytosol",
            "kon_CXCL12",
            "koff_CXCL12",
            ("C45",),
            "SDF-1alpha binds specifically to CXCR4 (C45); values from Coggins 2014. The extracellular"
            " ligand is held by the experiment, so binding does not deplete it.",
            xrefs=(CHEMOKINE_SIGNALLING,),
        ),
        degradation(
            "CXCL12_CXCR4_degradation",
            "turnover of ligand-bound CXCR4",
            "CXCL12_CXCR4",
            "cytosol",
            "k_deg_protein",
            ("C45",),
            "Basal turnover of the bound receptor at the free-receptor rate, so that without"
            " internalisation total receptor is unchanged by ligand.",
        ),
        Reaction(
            "CXCR4_internalisation_step",
            "ligand-induced CXCR4 internalisation",
            "SBO:0000185",
            (("CXCL12_CXCR4", 1.0),),
            (("CXCR4_i", 1.0),),
            (),
            RateLaw(
                "cytosol * k_int_CXCR4 * CXCR4_internalisation * CXCL12_CXCR4",
                "SBO:0000049",
                "mass action (first order)",
            ),
            ("C45",),
            "Beta-arrestin-mediated endocytosis of the ligand-bound receptor (Coggins 2014); the ligand is"
            " taken up and degraded (not modelled, the medium pool is held). Desensitises CXCL12 signalling.",
            (go("0031623"),),
        ),
        conversion(
            "CXCR4_recycling",
            "CXCR4 recycling",
            "CXCR4_i",
            "CXCR4",
            "cytosol",
            "k_rec_CXCR4",
            ("C45",),
            "Slow return of internalised receptor to the surface (Coggins 2014).",
            xrefs=(CHEMOKINE_SIGNALLING,),
        ),
        degradation(
            "CXCR4_i_degradation",
            "degradation of internalised CXCR4",
            "CXCR4_i",
            "cytosol",
            "k_deg_CXCR4_i",
            ("C45",),
            "Lysosomal degradation of internalised receptor.",
        ),
        conversion(
            "GSK3B_inactivation_CXCR4",
            "CXCR4-stimulated Ser9 phosphorylation of GSK3-beta",
            "GSK3B",
            "GSK3B_p",
            "cytosol",
            "k_GSK3_CXCR4",
            ("C44",),
            "SDF-1alpha acts through Wnt/beta-catenin (C44). Assumption: CXCR4 activates PI3K/Akt, which"
            " inactivates GSK3-beta, so beta-catenin rises; the review does not say how. Proportional to the"
            " ligand-bound receptor; unlike the Mg2+ route it does not need LRP6.",
            catalyst="CXCL12_CXCR4",
            sbo=SBO_BIOCHEMICAL,
            xrefs=(CHEMOKINE_SIGNALLING, CANONICAL_WNT),
        ),
    ),
    phenotypes=(
        Phenotype(
            "BMSC_recruitment",
            "stromal-cell recruitment to the defect (index 0-1)",
            "assignment",
            "(f_recruit_basal + (1 dimensionless - f_recruit_basal) * "
            + activation_term("(CXCL12_CXCR4/(CXCR4 + CXCL12_CXCR4 + CXCR4_floor))", "K_CXCR4_chemotaxis", "n_one")
            + ") * (1 dimensionless + a_Mg_migration * "
            + activation_term("Mg_ext", "K_Mg_migration", "n_two")
            + ")/(1 dimensionless + a_Mg_migration)",
            0.07,
            (Modifier("CXCL12_CXCR4", "stimulator"), Modifier("CXCR4", "inhibitor"), Modifier("Mg_ext", "stimulator")),
            ("C46", "C48", "C50", "C51"),
            (CELL_CHEMOTAXIS,),
            "Fraction of the maximal stromal-cell influx into the defect. Chemotaxis rises with the occupied"
            " fraction of surface CXCR4 (dose-dependent, hyperbolic; C46, C48). Assumption: directional sensing"
            " compares receptor occupancy across the cell, so it follows the occupied fraction, which keeps"
            " tracking CXCL12/(CXCL12 + KD) although sustained ligand internalises most receptors; PI3K"
            " signalling to GSK3-beta instead follows the number of bound receptors. Above a small basal"
            " influx, Mg2+ multiplies it by up to 1.5 (assumption: Mg2+ promotes migration, C50/C51, O42)."
            " Without CXCR4 only the basal term remains.",
            label="stromal-cell recruitment",
        ),
        Phenotype(
            "osteogenesis",
            "osteogenic output at the defect (index 0-1)",
            "assignment",
            "BMSC_recruitment * osteoblast_differentiation",
            0.03,
            (Modifier("BMSC_recruitment", "stimulator"), Modifier("osteoblast_differentiation", "stimulator")),
            ("C49", "C51"),
            (go("0001649"),),
            "Recruited cells times their osteoblast commitment: recruitment is the first step and"
            " differentiation must then be steered (C49). The product makes inputs that act on both steps"
            " synergistic (C51).",
            label="osteogenesis at the defect",
        ),
    ),
)

CONTROL = Condition("control (0.8 mM Mg2+)")
MG10 = CONTROL.with_changes("Mg2+ 10 mM", Mg_ext=10.0)
SDF1 = CONTROL.with_changes("CXCL12 12.5 nM (100 ng/mL)", CXCL12=nM(ng_per_ml_to_nM(100.0, CXCL12_KDA)))
BOTH = MG10.with_changes("Mg2+ 10 mM + CXCL12 12.5 nM", CXCL12=nM(ng_per_ml_to_nM(100.0, CXCL12_KDA)))
KNOCKOUT = CONTROL.with_changes("CXCR4 knockout", CXCR4_expression=0.0)
NO_INTERNALISATION = CONTROL.with_changes("internalisation blocked", CXCR4_internalisation=0.0)

MECHANISM = Mechanism(
    id="sdf1_cxcr4",
    name="SDF-1alpha/CXCR4 recruitment of stromal cells and its synergy with Mg2+",
    summary=(
        "CXCL12 (SDF-1alpha) binds CXCR4 (Coggins 2014 kinetics: binding, ligand-induced internalisation,"
        " recycling). The ligand-bound receptor drives chemotactic recruitment of bone-marrow stromal cells to"
        " the defect and, assumed via PI3K/Akt, inactivates GSK3-beta so that beta-catenin rises in the reused"
        " Wnt modules. Mg2+ supports migration and, through Wnt, osteoblast commitment; osteogenesis is"
        " recruitment times differentiation, so Mg2+ and SDF-1alpha act synergistically. Claims C44-C52."
    ),
    modules=(MG_MODULE, CELL, RUNX2_CORE, MATURATION) + WNT_MODULES + (SDF1_MODULE,),
    xrefs=(
        HUMAN,
        CHEMOKINE_SIGNALLING,
        CELL_CHEMOTAXIS,
        CANONICAL_WNT,
        cl("0002540", "bqbiol:occursIn"),
        biomodels("BIOMD0000000599"),
        biomodels("BIOMD0000000658"),
        doi("10.3390/polym14142872"),
    ),
    behaviours=(
        Compare(
            ("C45",),
            "reused Coggins 2014 binding: with internalisation blocked, complex at CXCL12 = KD"
            " (40 nM) is half of that at a saturating 4 uM dose (ratio 0.45-0.55)",
            "CXCL12_CXCR4",
            NO_INTERNALISATION.with_changes("CXCL12 4 uM, no internalisation", CXCL12=nM(4000.0)),
            NO_INTERNALISATION.with_changes("CXCL12 40 nM, no internalisation", CXCL12=nM(40.0)),
            "near",
            min_ratio=0.45,
            max_ratio=0.55,
        ),
        DoseResponse(
            ("C46", "C48"),
            "stromal-cell recruitment rises with CXCL12 dose",
            "BMSC_recruitment",
            "CXCL12",
            (0.0, nM(1.0), nM(5.0), nM(12.5), nM(50.0)),
            "increasing",
        ),
        Compare(
            ("C46", "C48"),
            "100 ng/mL CXCL12 raises recruitment",
            "BMSC_recruitment",
            CONTROL,
            SDF1,
            "up",
            min_ratio=1.25,
        ),
        Compare(
            ("C44",), "CXCL12 raises active (nuclear) beta-catenin", "CTNNB1_nuc", CONTROL, SDF1, "up", min_ratio=1.25
        ),
        Compare(
            ("C44",),
            "CXCL12 raises RUNX2 (osteoblast commitment through beta-catenin)",
            "RUNX2",
            CONTROL,
            SDF1,
            "up",
            min_ratio=1.25,
        ),
        Compare(
            ("C44",),
            "CXCL12 raises the osteoblast differentiation index by at least 10% (tolerance below"
            " 1.25 because the 0-1 index is compressed by two saturating steps after RUNX2)",
            "osteoblast_differentiation",
            CONTROL,
            SDF1,
            "up",
            min_ratio=1.1,
        ),
        Blunted(
            ("C45", "C46"),
            "CXCR4 knockout abolishes the CXCL12 effect on recruitment (at most 10% left)",
            "BMSC_recruitment",
            CONTROL,
            SDF1.changes,
            KNOCKOUT.changes,
            max_fraction=0.1,
        ),
        Blunted(
            ("C44", "C45"),
            "CXCR4 knockout abolishes the CXCL12 effect on beta-catenin (at most 10% left)",
            "CTNNB1_nuc",
            CONTROL,
            SDF1.changes,
            KNOCKOUT.changes,
            max_fraction=0.1,
        ),
        Compare(("C50",), "10 mM Mg2+ raises recruitment", "BMSC_recruitment", CONTROL, MG10, "up", min_ratio=1.25),
        Synergy(
            ("C50", "C51"),
            "Mg2+ (10 mM) and CXCL12 (100 ng/mL) act synergistically on osteogenesis"
            " (gain of both > 1.1 x sum of single gains)",
            "osteogenesis",
            CONTROL,
            MG10,
            SDF1,
            BOTH,
            margin=0.1,
        ),
    ),
    readouts=(
        "CXCR4",
        "CXCL12_CXCR4",
        "CXCR4_i",
        "GSK3B",
        "CTNNB1_nuc",
        "RUNX2",
        "osteoblast_differentiation",
        "BMSC_recruitment",
        "osteogenesis",
    ),
    scan_input="CXCL12",
    scan_doses=(0.0, nM(0.25), nM(1.0), nM(2.5), nM(5.0), nM(12.5), nM(25.0), nM(50.0), nM(100.0)),
    knockdowns=(KNOCKOUT, NO_INTERNALISATION),
    time_course_hours=48.0,
    claims_not_encoded=(
        (
            "C47",
            "No injury/inflammation phase is modelled: CXCL12 is an experimental input, not a transient"
            " source secreted early after injury, so the early peak of recruitment is not represented.",
        ),
        (
            "C52",
            "Sequential release (early SDF-1alpha, sustained Mg2+) and the order effect need time-dependent"
            " inputs and a defect-scale cell population; steady-state behaviours cannot test it."
            " Endothelial-progenitor recruitment and angiogenesis are not modelled here.",
        ),
    ),
)
