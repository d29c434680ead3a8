"""Mechanism: VEGF-driven angiogenesis, H-type vessels and osteoprogenitor coupling.

VEGF-A secreted by bone cells binds VEGFR2 (KDR) of endothelial cells; ligated
receptor drives sprouting angiogenesis, which Mg2+ amplifies (Maier 2004). New
vessels build the H-type (CD31hi Endomucin-hi) population that Osterix+
osteoprogenitors accompany; L-type vessels do not carry them. Bone formation
coupled to vessels follows the osteoprogenitors. In this standalone model the
ions of a degrading Mg-Ca-Zn implant are represented by raising Mg_ext, and
VEGF-A is held fixed at the resting output of the HIF/PGC-1alpha mechanism.
"""

from __future__ import annotations

import dataclasses

from pipeline.mechanisms.common import (
    BIMOLECULAR_RATE,
    COMPLEX,
    EC_CYTOSOL,
    EXTRACELLULAR,
    FRACTION,
    HALF_ACTIVATION,
    HILL_ONE,
    HUMAN,
    MG_MODULE,
    PROTEIN,
    RATE_CONSTANT,
    ZERO_ORDER_RATE,
    cl,
    doi,
    go,
    has_parts,
    uniprot,
)
from pipeline.mechanisms.hif_pgc1a_vegf import VEGFA, VEGFA_0, VEGFA_POOL
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
    Species,
)
from pipeline.ratelaws import binding, degradation, synthesis
from pipeline.units import nM, per_s

ANGIOGENESIS = go("0001525")  # angiogenesis
VEGFR_SIGNALLING = go("0048010")  # vascular endothelial growth factor receptor signaling pathway
INTERNALISATION = go("0031623")  # receptor internalization

AVOGADRO = 6.02214076e23
EC_L = 1e-12  # ec_cytosol volume (common.py)

KON = 1.0e7 * 3600.0 / 1e3  # 1e7 /M/s -> 1/(mM*h)
KOFF = per_s(1.0e-3)
K_INT_FREE = per_s(2.3e-4)
K_INT_BOUND = per_s(6.9e-4)
KDR_PROD = 1.114 * 3600.0 / AVOGADRO / EC_L * 1e3  # receptors/cell/s -> mM/h in 1 pL
K_SIGNAL = nM(0.5)
F_MG_EC = 0.5
K_MG_EC = 5.0


def _complex(vegf: float) -> float:
    """Steady-state VEGFA:KDR (mM) at a fixed VEGF-A concentration."""
    bind = KON * vegf / (KOFF + K_INT_BOUND)
    free = KDR_PROD / (K_INT_FREE + K_INT_BOUND * bind)
    return bind * free


C_0 = _complex(VEGFA_0)
ANGIO_0 = C_0 / (C_0 + K_SIGNAL) * (F_MG_EC + (1 - F_MG_EC) * 0.8 / (K_MG_EC + 0.8))
KDR_0 = KDR_PROD / (K_INT_FREE + K_INT_BOUND * KON * VEGFA_0 / (KOFF + K_INT_BOUND))

KDR_CARRIER = Species(
    "KDR",
    "VEGFR2 (KDR, free, endothelial surface)",
    "ec_cytosol",
    KDR_0,
    PROTEIN,
    (uniprot("P35968"),),
    "Unliganded VEGF receptor 2 on the endothelial plasma membrane; about 4,900 surface receptors per HUVEC"
    " (Imoukhuede & Popel 2011 Exp Cell Res, as cited in SSarabipour/VEGFR-Trafficking-Projects code), i.e."
    " about 8 nM in the 1 pL endothelial compartment.",
    at_membrane=True,
    label="VEGFR2",
)
COMPLEX_SPECIES = Species(
    "VEGFA_KDR",
    "VEGF-A:VEGFR2 (ligated receptor)",
    "ec_cytosol",
    C_0,
    COMPLEX,
    has_parts("P15692", "P35968"),
    "Ligand-bound, signalling VEGFR2 (no dedicated identifier; annotated with both parts).",
    at_membrane=True,
)

ANGIO_MODULE = Module(
    "angiogenesis_coupling",
    compartments=(EXTRACELLULAR, EC_CYTOSOL),
    species=(KDR_CARRIER, COMPLEX_SPECIES),
    parameters=(
        Parameter(
            "KDR_expression",
            "VEGFR2 expression / signalling factor (1 = control; 0 = VEGF signalling blocked)",
            1.0,
            "dimensionless",
            FRACTION,
            assumption="Experimental handle for blocking VEGF signalling (receptor blockade or knockout),"
            " the C31 / C36 model tests.",
        ),
        Parameter(
            "k_syn_KDR",
            "VEGFR2 production",
            KDR_PROD,
            "mM_per_hour",
            ZERO_ORDER_RATE,
            source="Sarabipour HUVEC trafficking model parameter kR2prod, 1.114 receptors/cell/s (github"
            " SSarabipour/VEGFR-Trafficking-Projects base_parameters.m), converted for a 1 pL cell",
        ),
        Parameter(
            "k_int_KDR",
            "internalisation of unliganded VEGFR2",
            K_INT_FREE,
            "per_hour",
            RATE_CONSTANT,
            source="Sarabipour HUVEC trafficking model parameter kR2Rab5a, 2.3e-4 /s (github"
            " SSarabipour/VEGFR-Trafficking-Projects base_parameters.m); recycling is not modelled, so"
            " internalisation is treated as loss",
        ),
        Parameter(
            "k_int_VEGFA_KDR",
            "internalisation of ligated VEGFR2",
            K_INT_BOUND,
            "per_hour",
            RATE_CONSTANT,
            source="Sarabipour HUVEC trafficking model parameter kVegfR2Rab5a, 6.9e-4 /s (three times the"
            " unliganded rate; github SSarabipour/VEGFR-Trafficking-Projects base_parameters.m). The"
            " Gastonguay/Clegg code uses a tenfold faster 3.12e-2 /s",
        ),
        Parameter(
            "kon_VEGFA_KDR",
            "VEGF-A association to VEGFR2",
            KON,
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            source="Clegg & Mac Gabhann 2017 PLoS Comput Biol 13:e1005445 as cited in the code of"
            " MadeleineGastonguay/VEGF_metastasis_model (declareParams_multi_tissue_VEGF.m): kon 1.0e7 /M/s"
            " for VEGF-A165",
        ),
        Parameter(
            "koff_VEGFA_KDR",
            "VEGF-A dissociation from VEGFR2",
            KOFF,
            "per_hour",
            RATE_CONSTANT,
            source="Clegg & Mac Gabhann 2017 PLoS Comput Biol 13:e1005445 as cited in the code of"
            " MadeleineGastonguay/VEGF_metastasis_model: koff 1.0e-3 /s (Kd 100 pM derived)",
        ),
        Parameter(
            "K_KDR_signal",
            "ligated VEGFR2 for half-maximal sprouting",
            K_SIGNAL,
            "mM",
            HALF_ACTIVATION,
            assumption="About 300 ligated receptors per endothelial cell (6% of surface VEGFR2); places the"
            " resting VEGF-A output of bone cells in the sensitive, nearly linear range.",
        ),
        Parameter(
            "f_Mg_EC",
            "Mg2+-independent fraction of endothelial responsiveness",
            F_MG_EC,
            "dimensionless",
            FRACTION,
            assumption="Half of the endothelial response to VEGF does not depend on extracellular Mg2+; fold"
            " changes of Maier 2004 are not in the abstract.",
        ),
        Parameter(
            "K_Mg_EC",
            "extracellular Mg2+ for half-maximal enhancement of endothelial responses",
            K_MG_EC,
            "mM",
            HALF_ACTIVATION,
            assumption="Maier et al. 2004 (Biochim Biophys Acta 1689:6, PMID 15158908) found HUVEC"
            " proliferation and the motogenic response to angiogenic factors enhanced at 2-10 mM versus 1 mM"
            " with no decline reported; half-maximal at 5 mM places the rise across that range.",
        ),
        Parameter(
            "angiogenesis_ref",
            "sprouting index in the reference condition",
            ANGIO_0,
            "dimensionless",
            FRACTION,
            assumption="Resting angiogenesis index (0.8 mM Mg2+, resting VEGF-A); normalises H-type vessel"
            " abundance to 1 in the reference condition.",
        ),
        Parameter(
            "k_vessel",
            "H-type vessel formation/regression rate",
            0.01,
            "per_hour",
            RATE_CONSTANT,
            assumption="Vessel networks remodel over days (time constant about 4 days); sets only the"
            " speed of approach to steady state.",
        ),
        Parameter(
            "H_type_expansion",
            "H-type vessel formation factor (1 = control)",
            1.0,
            "dimensionless",
            FRACTION,
            assumption="Experimental handle to expand H-type vessels independently of VEGF (C39 test).",
        ),
        Parameter(
            "L_type_expansion",
            "L-type vessel abundance factor (1 = control)",
            1.0,
            "dimensionless",
            FRACTION,
            assumption="Experimental handle for L-type (sinusoidal, CD31lo Emcnlo) vessel abundance, held"
            " fixed by the experiment (C39 test).",
        ),
        Parameter(
            "k_progenitor",
            "osteoprogenitor recruitment/turnover rate",
            0.02,
            "per_hour",
            RATE_CONSTANT,
            assumption="Osterix+ progenitors near vessels turn over (differentiate or leave) in about 2 days;"
            " sets only the speed of approach to steady state.",
        ),
        Parameter(
            "K_progenitor_bone",
            "osteoprogenitors for half-maximal coupled bone formation",
            1.0,
            "dimensionless",
            HALF_ACTIVATION,
            assumption="Centred on the reference progenitor abundance (1).",
        ),
        Parameter(
            "f_bone_vessel_independent",
            "vessel-independent fraction of bone formation",
            0.3,
            "dimensionless",
            FRACTION,
            assumption="Osteoblasts already present keep forming some bone when angiogenesis is blocked"
            " (30%); blocking angiogenesis lowers but does not abolish bone formation.",
        ),
        HILL_ONE,
    ),
    reactions=(
        synthesis(
            "KDR_synthesis",
            "VEGFR2 expression",
            "KDR",
            "ec_cytosol",
            "k_syn_KDR",
            ("C32",),
            "Constitutive endothelial VEGFR2 delivery to the surface; the expression factor blocks VEGF signalling.",
            scale="KDR_expression",
        ),
        degradation(
            "KDR_internalisation",
            "internalisation of unliganded VEGFR2",
            "KDR",
            "ec_cytosol",
            "k_int_KDR",
            ("C32",),
            "Constitutive receptor internalisation (recycling not modelled).",
            xrefs=(INTERNALISATION,),
        ),
        binding(
            "VEGFA_KDR_binding",
            "VEGF-A binds VEGFR2",
            "VEGFA",
            "KDR",
            "VEGFA_KDR",
            "ec_cytosol",
            "kon_VEGFA_KDR",
            "koff_VEGFA_KDR",
            ("C32",),
            "VEGF secreted by bone cells activates VEGF receptors on endothelial cells (C32). Rate per"
            " endothelial volume; VEGF-A is extracellular (fixed in this standalone model, depleted in the"
            " integrated model). VEGFR1 and neuropilin-1 are not modelled.",
            xrefs=(VEGFR_SIGNALLING,),
        ),
        degradation(
            "VEGFA_KDR_internalisation",
            "internalisation of ligated VEGFR2",
            "VEGFA_KDR",
            "ec_cytosol",
            "k_int_VEGFA_KDR",
            ("C32",),
            "Ligand-induced internalisation and down-regulation of VEGFR2.",
            xrefs=(INTERNALISATION,),
        ),
    ),
    phenotypes=(
        Phenotype(
            "angiogenesis",
            "sprouting angiogenesis (index 0-1)",
            "assignment",
            "VEGFA_KDR/(VEGFA_KDR + K_KDR_signal) * (f_Mg_EC + (1 dimensionless - f_Mg_EC) * Mg_ext/(K_Mg_EC"
            " + Mg_ext))",
            ANGIO_0,
            (Modifier("VEGFA_KDR", "essential_activator"), Modifier("Mg_ext", "stimulator")),
            ("C31", "C32", "C34"),
            (ANGIOGENESIS,),
            "Endothelial sprouting (proliferation and migration) driven by ligated VEGFR2 and amplified by"
            " extracellular Mg2+: Maier 2004 (observations O25) found HUVEC proliferation stimulated and the"
            " motogenic response to angiogenic factors enhanced at 2-10 mM Mg2+; the amplification is therefore"
            " written as multiplying the VEGF response (assumption on the form). In this standalone model Mg_ext"
            " also stands for the ions of a degrading Mg5Ca1Zn implant (C34; Lee 2016 PNAS,"
            " doi:10.1073/pnas.1518238113); Ca2+ and Zn2+ are not modelled separately.",
            label="angiogenesis",
        ),
        Phenotype(
            "H_type_vessels",
            "H-type (CD31hi Endomucin-hi) vessel abundance (1 = reference)",
            "rate",
            "k_vessel * (H_type_expansion * angiogenesis/angiogenesis_ref - H_type_vessels)",
            1.0,
            (Modifier("angiogenesis", "stimulator"),),
            ("C32", "C35", "C38"),
            (ANGIOGENESIS, uniprot("P16284", "bqbiol:hasProperty"), uniprot("Q9ULC0", "bqbiol:hasProperty")),
            "Abundance of H-type capillaries, which express high PECAM-1 (CD31, UniProt P16284) and Endomucin"
            " (EMCN, UniProt Q9ULC0) and sit at sites of active bone formation (C38). Formed in proportion to"
            " sprouting angiogenesis and regressing first-order (assumption), so it settles at"
            " H_type_expansion * angiogenesis/angiogenesis_ref. H-type biology is from mouse long bone (Kusumbe,"
            " Ramasamy & Adams 2014 Nature, doi:10.1038/nature13145, an inferred identity for the review's"
            " reference [26]).",
            label="H-type vessels",
        ),
        Phenotype(
            "L_type_vessels",
            "L-type (sinusoidal) vessel abundance (1 = reference)",
            "assignment",
            "L_type_expansion",
            1.0,
            (),
            ("C39",),
            (ANGIOGENESIS,),
            "Abundance of L-type (CD31lo Endomucin-lo, sinusoidal) marrow vessels, set by the experiment. They do"
            " not carry Osterix+ osteoprogenitors (C39), so nothing downstream reads them.",
            label="L-type vessels",
        ),
        Phenotype(
            "osteoprogenitor_recruitment",
            "Osterix+ osteoprogenitors near vessels (1 = reference)",
            "rate",
            "k_progenitor * (H_type_vessels - osteoprogenitor_recruitment)",
            1.0,
            (Modifier("H_type_vessels", "stimulator"),),
            ("C35", "C37", "C39"),
            (go("0016477"), cl("0000062", "bqbiol:isPropertyOf")),
            "Osterix+ osteoprogenitors are recruited in proportion to H-type vessel abundance only (C35, C39;"
            " Kusumbe 2014, inferred identity) and leave the pool first-order by differentiation or migration"
            " (assumption); L-type vessels do not enter. Implant ions raise recruitment through H-type vessels"
            " (C37).",
            label="Osterix+ progenitor recruitment",
        ),
        Phenotype(
            "bone_formation_coupled",
            "vessel-coupled bone formation (index 0-1)",
            "assignment",
            "f_bone_vessel_independent + (1 dimensionless - f_bone_vessel_independent) *"
            " osteoprogenitor_recruitment/(osteoprogenitor_recruitment + K_progenitor_bone)",
            0.65,
            (Modifier("osteoprogenitor_recruitment", "stimulator"),),
            ("C31", "C33", "C36"),
            (go("0001503"),),
            "Bone formation with a vessel-independent part and a part that follows the Osterix+ osteoprogenitors"
            " supplied by H-type vessels (assumption on the form). Blocking angiogenesis lowers it (C31, C33)"
            " and removes the Mg2+/implant benefit that acts through vessels (C36).",
        ),
    ),
)

VEGFA_FIXED = dataclasses.replace(VEGFA, boundary=True, initial_mM=VEGFA_0)

CONTROL = Condition("control (0.8 mM Mg2+, resting VEGF-A)")
MG10 = CONTROL.with_changes("10 mM Mg2+ (implant ions)", Mg_ext=10.0)
VEGF = CONTROL.with_changes("VEGF-A 1 nM", VEGFA=nM(1))
BLOCK = CONTROL.with_changes("VEGF signalling blocked (KDR_expression 0)", KDR_expression=0.0)
L_UP = CONTROL.with_changes("L-type vessels doubled", L_type_expansion=2.0)
H_UP = CONTROL.with_changes("H-type vessel formation doubled", H_type_expansion=2.0)
UP = "(>= 1.25-fold)"

MECHANISM = Mechanism(
    id="angiogenesis_coupling",
    name="VEGF-driven angiogenesis, H-type vessels and osteoprogenitor coupling",
    summary=(
        "VEGF-A from bone cells binds VEGFR2 (KDR) on endothelial cells; ligated receptor drives sprouting"
        " angiogenesis, amplified by extracellular Mg2+ (Maier 2004). Angiogenesis builds H-type (CD31hi"
        " Endomucin-hi) vessels, which recruit Osterix+ osteoprogenitors; L-type vessels do not. Coupled bone"
        " formation follows the osteoprogenitors. Raised Mg_ext stands for the ions of a degrading Mg5Ca1Zn"
        " implant; VEGF-A is held at the resting output of the HIF/PGC-1alpha mechanism. Claims C31-C39."
    ),
    modules=(MG_MODULE, VEGFA_POOL, ANGIO_MODULE),
    xrefs=(
        HUMAN,
        go("0001525", "bqbiol:isVersionOf"),
        go("0048010", "bqbiol:isVersionOf"),
        cl("0000115", "bqbiol:occursIn"),
        doi("10.1038/nature13145"),
        doi("10.1073/pnas.1518238113"),
    ),
    behaviours=(
        Compare(("C32",), f"VEGF-A raises angiogenesis {UP}", "angiogenesis", CONTROL, VEGF, "up", min_ratio=1.25),
        Compare(("C32",), f"VEGF-A raises H-type vessels {UP}", "H_type_vessels", CONTROL, VEGF, "up", min_ratio=1.25),
        Compare(
            ("C34",),
            f"10 mM Mg2+ (implant ions) raises angiogenesis {UP}",
            "angiogenesis",
            CONTROL,
            MG10,
            "up",
            min_ratio=1.25,
        ),
        Compare(
            ("C37",),
            f"10 mM Mg2+ (implant ions) raises osteoprogenitor recruitment {UP}",
            "osteoprogenitor_recruitment",
            CONTROL,
            MG10,
            "up",
            min_ratio=1.25,
        ),
        Compare(
            ("C31", "C33"),
            "blocking VEGF signalling lowers coupled bone formation",
            "bone_formation_coupled",
            CONTROL,
            BLOCK,
            "down",
            max_ratio=0.8,
        ),
        Compare(
            ("C39",),
            "more L-type vessels do not raise osteoprogenitor recruitment",
            "osteoprogenitor_recruitment",
            CONTROL,
            L_UP,
            "near",
            min_ratio=0.95,
            max_ratio=1.05,
        ),
        Compare(
            ("C39", "C35"),
            f"more H-type vessels raise osteoprogenitor recruitment {UP}",
            "osteoprogenitor_recruitment",
            CONTROL,
            H_UP,
            "up",
            min_ratio=1.25,
        ),
        Blunted(
            ("C36",),
            "blocking angiogenesis removes most of the Mg2+ benefit on coupled bone formation",
            "bone_formation_coupled",
            CONTROL,
            MG10.changes,
            BLOCK.changes,
            max_fraction=0.5,
        ),
        DoseResponse(
            ("C34", "C36"),
            "angiogenesis rises with extracellular Mg2+ over 0.8-20 mM (no decline reported up to 10 mM, Maier 2004)",
            "angiogenesis",
            "Mg_ext",
            (0.8, 2.5, 5.0, 10.0, 20.0),
            "increasing",
        ),
    ),
    readouts=(
        "VEGFA_KDR",
        "KDR",
        "angiogenesis",
        "H_type_vessels",
        "osteoprogenitor_recruitment",
        "bone_formation_coupled",
    ),
    scan_input="Mg_ext",
    scan_doses=(0.2, 0.8, 2.5, 5.0, 10.0, 20.0),
    knockdowns=(BLOCK,),
    time_course_hours=500.0,
    claims_not_encoded=(),
    overrides=(VEGFA_FIXED,),
)
