"""Mechanism: Mg2+ raises HIF-2alpha and PGC-1alpha, which drive COL10A1 and VEGF-A in BMSCs.

Yoshizawa et al. 2014 (Acta Biomater, and Connect Tissue Res) cultured human BMSCs
in 10 mM versus 0.8 mM MgSO4: COL10A1 and VEGF rose, with HIF-2alpha and PGC-1alpha
(not HIF-1alpha) raised; IGF2 mRNA rose and ITGA3 mRNA fell. The verified abstract
places the VEGF rise "possibly via HIF-2alpha in undifferentiated hBMSCs and via
PGC-1alpha in osteogenic cells"; here a parameter ``osteogenic_induction`` (0/1)
switches on PGC-1alpha coactivation of VEGFA transcription.

``VEGFA`` (secreted VEGF-A in the extracellular pool) and its clearance form the
``VEGFA_POOL`` module shared with the angiogenesis mechanism.
"""

from __future__ import annotations

from pipeline.mechanisms.common import (
    EXTRACELLULAR,
    FRACTION,
    HALF_ACTIVATION,
    HILL_ONE,
    HILL_TWO,
    HUMAN,
    INHIBITORY,
    MG_MODULE,
    PROTEIN,
    RATE_CONSTANT,
    ZERO_ORDER_RATE,
    cl,
    doi,
    go,
    hgnc,
    uniprot,
)
from pipeline.mechanisms.osteogenic_core import CELL
from pipeline.model import (
    Blunted,
    Compare,
    Condition,
    Mechanism,
    Modifier,
    Module,
    Parameter,
    RateLaw,
    Reaction,
    Species,
    Xref,
)
from pipeline.ratelaws import SBO_MASS_ACTION, SBO_TRANSCRIPTION, SBO_TRANSLATION, degradation, synthesis
from pipeline.units import half_life_hours_to_rate, nM

TRANSCRIPTION = go("0006366")  # transcription by RNA polymerase II
TRANSLATION = go("0006412")  # translation
SECRETION = go("0009306")  # protein secretion
MRNA_DECAY = go("0006402")  # mRNA catabolic process

AVOGADRO = 6.02214076e23

# mRNA species use SBO:0000250 (ribonucleic acid), the parent of SBO:0000278 (messenger RNA): libsbml 5.21
# does not place SBO:0000278 under "material entity" and warns (10713) on species carrying it.
RNA = "SBO:0000250"

# ------------------------------------------------------------------ design values (baseline: 0.8 mM Mg2+,
# undifferentiated cells, no knock-down). Rates below are derived from these so that they are the steady state.
HIF_ALPHA_0 = nM(1.0)  # nuclear HIF-1alpha and HIF-2alpha under normoxia
PGC1A_0 = nM(1.0)  # nuclear PGC-1alpha
MRNA_0 = nM(0.02)  # about 24 copies in a 2 pL cell
COL10A1_0 = nM(5.0)  # cell-associated collagen X chains
K_HRE = 3.0 * HIF_ALPHA_0
K_PGC1A = 3.0 * PGC1A_0
F_BASAL_MG = 0.3
K_MG = 10.0
VEGFA_BASAL_SHARE = 0.2  # HIF-independent share of VEGFA transcription at baseline
COL10A1_HIF1A_SHARE = 0.3  # HIF-1alpha share of COL10A1 transcription at baseline
PGC1A_ARM_WEIGHT = 4.0  # PGC-1alpha-coactivated VEGFA transcription relative to the HIF-2alpha arm (osteogenic)

CYTOSOL_L, EXTRACELLULAR_L = 2e-12, 1e-9  # compartment sizes (common.py)

K_DEG_HIF = half_life_hours_to_rate(10.0 / 60.0)
K_DEG_PGC1A = half_life_hours_to_rate(0.3)
K_DEG_VEGFA_MRNA = half_life_hours_to_rate(40.0 / 60.0)
K_DEG_MRNA_MEDIAN = half_life_hours_to_rate(9.0)
K_DEG_COL10A1 = half_life_hours_to_rate(46.0)
K_CLEAR_VEGFA = 0.1

# VEGF-A secretion 0.027 molecules/cell/s (Bender 2015 as cited in code) -> mmol/h per cell
VEGFA_SECRETION_MMOL_H = 0.027 * 3600.0 / AVOGADRO * 1e3
K_SEC_VEGFA = VEGFA_SECRETION_MMOL_H / (CYTOSOL_L * MRNA_0)
VEGFA_0 = VEGFA_SECRETION_MMOL_H / EXTRACELLULAR_L / K_CLEAR_VEGFA  # about 1.6 pM


def _mg_activation(mg: float) -> float:
    return F_BASAL_MG + (1.0 - F_BASAL_MG) * mg**2 / (K_MG**2 + mg**2)


def _occupancy(x: float, k: float) -> float:
    return x / (k + x)


G0 = _mg_activation(0.8)
OCC_HIF_0 = _occupancy(HIF_ALPHA_0, K_HRE)
OCC_PGC_0 = _occupancy(PGC1A_0, K_PGC1A)

# ------------------------------------------------------------------ shared VEGF-A pool
VEGFA = Species(
    "VEGFA",
    "VEGF-A (secreted, extracellular)",
    "extracellular",
    VEGFA_0,
    PROTEIN,
    (uniprot("P15692"),),
    "Vascular endothelial growth factor A secreted by osteogenic cells into the peri-implant fluid / medium;"
    " it acts in a paracrine way on VEGFR2 (KDR) of endothelial cells (C32). Baseline about 1.6 pM, the"
    " steady state of the secretion and clearance below (the same order as the 61.6 pg/mL, about 1.5 pM, of"
    " human platelet-rich plasma, J Orthop Res 2010;28(8):1107). The isoform (VEGF165 in the receptor"
    " kinetics used) is not resolved.",
    label="VEGF-A",
)
VEGFA_POOL = Module(
    "vegfa_pool",
    compartments=(EXTRACELLULAR,),
    species=(VEGFA,),
    parameters=(
        Parameter(
            "k_clear_VEGFA",
            "clearance of extracellular VEGF-A",
            K_CLEAR_VEGFA,
            "per_hour",
            RATE_CONSTANT,
            assumption="Half-life about 7 h in the peri-implant fluid / medium (uptake by cells, proteolysis,"
            " drainage). A local tissue value was not found; the plasma clearance of whole-body VEGF models"
            " (1.08e-3 /s) describes a blood sink, not the pericellular pool.",
        ),
    ),
    reactions=(
        degradation(
            "VEGFA_clearance",
            "clearance of extracellular VEGF-A",
            "VEGFA",
            "extracellular",
            "k_clear_VEGFA",
            ("C32",),
            "First-order loss of secreted VEGF-A from the extracellular pool (lumped uptake and"
            " proteolysis; assumption).",
        ),
    ),
)

# ------------------------------------------------------------------ HIF-2alpha / PGC-1alpha module
SPECIES = (
    Species(
        "EPAS1",
        "HIF-2alpha (EPAS1, nuclear)",
        "nucleus",
        HIF_ALPHA_0,
        PROTEIN,
        (uniprot("Q99814"),),
        "Hypoxia-inducible factor 2 alpha. Under normoxia it is hydroxylated and degraded within minutes;"
        " 10 mM Mg2+ raised its protein level in hBMSCs (Yoshizawa 2014, C60). The dimerisation partner"
        " ARNT is not in the evidence and is not modelled. Baseline 1 nM is an assumption.",
        label="HIF-2α",
    ),
    Species(
        "HIF1A",
        "HIF-1alpha (nuclear)",
        "nucleus",
        HIF_ALPHA_0,
        PROTEIN,
        (uniprot("Q16665"),),
        "Hypoxia-inducible factor 1 alpha. Analysed by Yoshizawa 2014 but not reported to change with Mg2+,"
        " so it is not Mg2+-responsive here; it contributes to COL10A1 transcription (C53).",
        label="HIF-1α",
    ),
    Species(
        "PPARGC1A",
        "PGC-1alpha (PPARGC1A, nuclear)",
        "nucleus",
        PGC1A_0,
        PROTEIN,
        (uniprot("Q9UBK2"),),
        "Peroxisome proliferator-activated receptor gamma coactivator 1-alpha, a transcriptional coactivator"
        " of VEGF (C55); raised by 10 mM Mg2+ (C60). Baseline 1 nM is an assumption.",
        label="PGC-1α",
    ),
    Species(
        "COL10A1_mRNA",
        "COL10A1 mRNA (collagen X alpha-1)",
        "cytosol",
        MRNA_0,
        RNA,
        (hgnc(2185),),
        "Messenger RNA of collagen type X alpha-1; raised by 10 mM Mg2+ (C53, C57). Level in copies per"
        " cell is an assumption (about 24 copies); only ratios are claimed.",
        label="COL10A1",
    ),
    Species(
        "COL10A1",
        "collagen X alpha-1 chain (COL10A1)",
        "cytosol",
        COL10A1_0,
        PROTEIN,
        (uniprot("Q03692"),),
        "Newly made, cell-associated collagen type X (Western blot readout of Yoshizawa 2014, C56/C60);"
        " secretion into the matrix is lumped into its turnover.",
        label="collagen X",
    ),
    Species(
        "VEGFA_mRNA",
        "VEGFA mRNA",
        "cytosol",
        MRNA_0,
        RNA,
        (hgnc(12680),),
        "Messenger RNA of VEGF-A; short-lived under normoxia. Target of HIF-2alpha (C54) and of"
        " PGC-1alpha coactivation (C55).",
        label="VEGFA",
    ),
    Species(
        "IGF2_mRNA",
        "IGF2 mRNA",
        "cytosol",
        MRNA_0,
        RNA,
        (hgnc(5466),),
        "Messenger RNA of insulin-like growth factor 2; up with 10 mM Mg2+ in a qPCR array (C58).",
        label="IGF2",
    ),
    Species(
        "ITGA3_mRNA",
        "ITGA3 mRNA (integrin alpha-3)",
        "cytosol",
        MRNA_0,
        RNA,
        (uniprot("P26006", "bqbiol:isVersionOf"),),
        "Messenger RNA of integrin alpha-3; down with 10 mM Mg2+ in a qPCR array (C59). The HGNC number of"
        " ITGA3 is not verified in entities.tsv, so this mRNA is annotated with the verified protein"
        " accession (UniProt P26006) under bqbiol:isVersionOf, meaning 'a form of the ITGA3 gene product';"
        " bqbiol:encodes would be exact but the SBML writer does not offer it. The Ensembl gene"
        " ENSG00000005884 is verified only in the notes column of entities.tsv.",
        label="ITGA3",
    ),
)

PARAMETERS = (
    Parameter(
        "EPAS1_expression",
        "HIF-2alpha expression factor (1 = control; siRNA knock-down 0.1)",
        1.0,
        "dimensionless",
        FRACTION,
        assumption="Experimental handle for EPAS1 knock-down (C53, C54 model tests).",
    ),
    Parameter(
        "PPARGC1A_expression",
        "PGC-1alpha expression factor (1 = control; siRNA knock-down 0.1)",
        1.0,
        "dimensionless",
        FRACTION,
        assumption="Experimental handle for PPARGC1A knock-down (C55 model test).",
    ),
    Parameter(
        "osteogenic_induction",
        "osteogenic medium (0 = undifferentiated hBMSCs, 1 = osteogenic cells)",
        0.0,
        "dimensionless",
        FRACTION,
        assumption="Switch for the culture state: the verified Yoshizawa 2014 abstract attributes the VEGF"
        " rise to HIF-2alpha in undifferentiated and to PGC-1alpha in osteogenic cells; here osteogenic"
        " induction switches on PGC-1alpha coactivation of VEGFA transcription.",
    ),
    Parameter(
        "k_deg_HIFa",
        "normoxic HIF-alpha degradation",
        K_DEG_HIF,
        "per_hour",
        RATE_CONSTANT,
        assumption="Half-life 10 min under normoxia (PHD/VHL-dependent), the HIF-1alpha value of <5-10 min"
        " (Salceda & Caro 1997 JBC 272:22642 and others; number from memory, details unverified) assumed"
        " for HIF-2alpha too; no direct HIF-2alpha value was found.",
    ),
    Parameter(
        "k_syn_EPAS1",
        "maximal HIF-2alpha synthesis",
        HIF_ALPHA_0 * K_DEG_HIF / G0,
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="Chosen so that HIF-2alpha is 1 nM at 0.8 mM Mg2+ with the 10 min half-life.",
    ),
    Parameter(
        "k_syn_HIF1A",
        "HIF-1alpha synthesis",
        HIF_ALPHA_0 * K_DEG_HIF,
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="Chosen so that HIF-1alpha is 1 nM (same as HIF-2alpha) with the 10 min half-life.",
    ),
    Parameter(
        "f_basal_Mg",
        "Mg2+-independent fraction of Mg2+-induced expression",
        F_BASAL_MG,
        "dimensionless",
        FRACTION,
        assumption="Expression without Mg2+ stimulation is 30% of maximal, giving about a two-fold rise at"
        " 10 mM; the fold-changes are not visible in the Yoshizawa abstracts.",
    ),
    Parameter(
        "K_Mg_BMSC",
        "extracellular Mg2+ for half-maximal gene response in hBMSCs",
        K_MG,
        "mM",
        HALF_ACTIVATION,
        assumption="Centred on 10 mM, the dose at which Yoshizawa 2014 reported the COL10A1, VEGF, HIF-2alpha"
        " and PGC-1alpha rises (5 mM raised mineralisation only); with Hill coefficient 2 the response at"
        " 0.8 mM is negligible. The intracellular route from Mg2+ to these genes is unknown, so the"
        " extracellular concentration is used directly.",
    ),
    Parameter(
        "Ki_Mg_ITGA3",
        "extracellular Mg2+ for half-maximal ITGA3 repression",
        K_MG,
        "mM",
        INHIBITORY,
        assumption="Same 10 mM scale as the induced genes (the qPCR array used only 10 mM).",
    ),
    Parameter(
        "k_deg_PGC1A",
        "PGC-1alpha degradation",
        K_DEG_PGC1A,
        "per_hour",
        RATE_CONSTANT,
        source="Trausch-Azar J et al. 2010 J Biol Chem 285:40192 (PMID 20713359): nuclear full-length"
        " PGC-1alpha half-life 0.3 h",
    ),
    Parameter(
        "k_syn_PPARGC1A",
        "maximal PGC-1alpha synthesis",
        PGC1A_0 * K_DEG_PGC1A / G0,
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="Chosen so that PGC-1alpha is 1 nM at 0.8 mM Mg2+ with the 0.3 h half-life.",
    ),
    Parameter(
        "K_HRE",
        "HIF-alpha for half-maximal occupancy of target promoters",
        K_HRE,
        "mM",
        HALF_ACTIVATION,
        assumption="Three times the normoxic HIF-alpha level, so that target promoters are sub-maximally"
        " occupied and a rise in HIF-2alpha is passed on almost proportionally. Not derived from"
        " BIOMD0000000300 (whose scaled KdHRE needs its oxygen-sensing model).",
    ),
    Parameter(
        "K_PGC1A",
        "PGC-1alpha for half-maximal coactivation",
        K_PGC1A,
        "mM",
        HALF_ACTIVATION,
        assumption="Three times the resting PGC-1alpha level (sub-maximal coactivation).",
    ),
    Parameter(
        "k_deg_VEGFA_mRNA",
        "VEGFA mRNA decay (normoxia)",
        K_DEG_VEGFA_MRNA,
        "per_hour",
        RATE_CONSTANT,
        source="Ikeda E et al. 1995 FEBS Lett 370:203 (PMID 7656977): VEGF mRNA half-life 30-45 min in"
        " normoxia (40 min used)",
    ),
    Parameter(
        "k_deg_COL10A1_mRNA",
        "COL10A1 mRNA decay",
        K_DEG_MRNA_MEDIAN,
        "per_hour",
        RATE_CONSTANT,
        source="Schwanhausser B et al. 2011 Nature 473:337 (PMID 21593866): median mRNA half-life 9 h"
        " (NIH3T3; BioNumbers BNID 106378); no COL10A1-specific value found",
    ),
    Parameter(
        "k_deg_IGF2_mRNA",
        "IGF2 mRNA decay",
        K_DEG_MRNA_MEDIAN,
        "per_hour",
        RATE_CONSTANT,
        source="Schwanhausser B et al. 2011 Nature 473:337 (PMID 21593866): median mRNA half-life 9 h"
        " (NIH3T3; BioNumbers BNID 106378); no IGF2-specific value found",
    ),
    Parameter(
        "k_deg_ITGA3_mRNA",
        "ITGA3 mRNA decay",
        K_DEG_MRNA_MEDIAN,
        "per_hour",
        RATE_CONSTANT,
        source="Schwanhausser B et al. 2011 Nature 473:337 (PMID 21593866): median mRNA half-life 9 h"
        " (NIH3T3; BioNumbers BNID 106378); no ITGA3-specific value found",
    ),
    Parameter(
        "k_tx_VEGFA_basal",
        "HIF-independent VEGFA transcription",
        VEGFA_BASAL_SHARE * MRNA_0 * K_DEG_VEGFA_MRNA,
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="20% of resting VEGFA transcription is independent of HIF-2alpha and PGC-1alpha.",
    ),
    Parameter(
        "k_tx_VEGFA_HIF2",
        "maximal HIF-2alpha-driven VEGFA transcription",
        (1 - VEGFA_BASAL_SHARE) * MRNA_0 * K_DEG_VEGFA_MRNA / OCC_HIF_0,
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="With basal transcription, gives about 24 VEGFA mRNA copies per cell at rest.",
    ),
    Parameter(
        "k_tx_VEGFA_PGC1A",
        "maximal PGC-1alpha-coactivated VEGFA transcription (osteogenic cells)",
        PGC1A_ARM_WEIGHT * (1 - VEGFA_BASAL_SHARE) * MRNA_0 * K_DEG_VEGFA_MRNA / OCC_PGC_0,
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="In osteogenic cells the PGC-1alpha-coactivated arm carries four times the resting"
        " HIF-2alpha-driven transcription, so that PGC-1alpha knock-down removes most of the Mg2+-induced"
        " VEGF rise there (C55); no measured value.",
    ),
    Parameter(
        "k_tx_COL10A1_HIF2",
        "maximal HIF-2alpha-driven COL10A1 transcription",
        (1 - COL10A1_HIF1A_SHARE) * MRNA_0 * K_DEG_MRNA_MEDIAN / OCC_HIF_0,
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="HIF-2alpha carries 70% of resting COL10A1 transcription (C53 names both HIF-alphas as"
        " COL10A1 transcription factors; only HIF-2alpha responds to Mg2+).",
    ),
    Parameter(
        "k_tx_COL10A1_HIF1A",
        "maximal HIF-1alpha-driven COL10A1 transcription",
        COL10A1_HIF1A_SHARE * MRNA_0 * K_DEG_MRNA_MEDIAN / OCC_HIF_0,
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="HIF-1alpha carries the remaining 30% of resting COL10A1 transcription.",
    ),
    Parameter(
        "k_tl_COL10A1",
        "collagen X translation per mRNA",
        COL10A1_0 * K_DEG_COL10A1 / MRNA_0,
        "per_hour",
        RATE_CONSTANT,
        assumption="Chosen so that cell-associated collagen X is 5 nM at rest.",
    ),
    Parameter(
        "k_deg_COL10A1",
        "collagen X turnover and secretion",
        K_DEG_COL10A1,
        "per_hour",
        RATE_CONSTANT,
        source="Schwanhausser B et al. 2011 Nature 473:337: median protein half-life 46 h in NIH3T3"
        " (BNID 106377; details unverified), used for the stable matrix protein",
    ),
    Parameter(
        "k_sec_VEGFA",
        "VEGF-A translation and secretion per mRNA",
        K_SEC_VEGFA,
        "per_hour",
        RATE_CONSTANT,
        assumption="Chosen so that resting cells secrete 0.027 VEGF molecules/cell/s, the parenchymal-cell"
        " rate of a tissue-level VEGF model (Bender 2015 as cited in the code of"
        " MadeleineGastonguay/VEGF_metastasis_model); no bone-cell value was found.",
    ),
    Parameter(
        "k_tx_IGF2",
        "maximal Mg2+-induced IGF2 transcription",
        MRNA_0 * K_DEG_MRNA_MEDIAN / G0,
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="Chosen so that IGF2 mRNA is about 24 copies per cell at 0.8 mM Mg2+.",
    ),
    Parameter(
        "k_tx_ITGA3",
        "maximal ITGA3 transcription",
        MRNA_0 * K_DEG_MRNA_MEDIAN * (1 + (0.8 / K_MG) ** 2),
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="Chosen so that ITGA3 mRNA is about 24 copies per cell at 0.8 mM Mg2+.",
    ),
    HILL_ONE,
    HILL_TWO,
)

MG_REG = ("Mg_ext", "K_Mg_BMSC", "n_two")


def _template_reaction(
    rid: str, name: str, product: str, mrna: str, k: str, claims: tuple[str, ...], notes: str, xrefs: tuple[Xref, ...]
) -> Reaction:
    """Translation (and, for VEGF-A, secretion) at a rate proportional to the mRNA, which is not consumed."""
    return Reaction(
        rid,
        name,
        SBO_TRANSLATION,
        (),
        ((product, 1.0),),
        (Modifier(mrna, "stimulator"),),
        RateLaw(f"cytosol * {k} * {mrna}", SBO_MASS_ACTION, "mass action (template-driven)"),
        claims,
        notes,
        xrefs,
    )


REACTIONS = (
    # HIF-alphas and PGC-1alpha
    synthesis(
        "EPAS1_synthesis",
        "HIF-2alpha expression, raised by Mg2+",
        "EPAS1",
        "nucleus",
        "k_syn_EPAS1",
        ("C53", "C60"),
        "Mg2+ raises HIF-2alpha by raising its synthesis (assumption). The evidence only says that Mg2+ must"
        " either lower the effective degradation or raise synthesis (protein up under normoxia). Synthesis"
        " was chosen because HIF-1alpha, which shares the PHD/VHL degradation machinery, did not rise: a"
        " general block of normoxic degradation would have raised both. The Mg2+ dependence is a"
        " phenomenological Hill function of extracellular Mg2+.",
        activators=(MG_REG,),
        basal="f_basal_Mg",
        scale="EPAS1_expression",
    ),
    degradation(
        "EPAS1_degradation",
        "normoxic HIF-2alpha degradation",
        "EPAS1",
        "nucleus",
        "k_deg_HIFa",
        ("C53",),
        "Oxygen-dependent (PHD/VHL) proteasomal degradation under normoxia, not changed by Mg2+.",
    ),
    synthesis(
        "HIF1A_synthesis",
        "HIF-1alpha expression (not Mg2+-responsive)",
        "HIF1A",
        "nucleus",
        "k_syn_HIF1A",
        ("C53",),
        "Constitutive HIF-1alpha synthesis; Yoshizawa 2014 analysed HIF-1alpha but reported only"
        " HIF-2alpha as increased, so Mg2+ does not act here.",
    ),
    degradation(
        "HIF1A_degradation",
        "normoxic HIF-1alpha degradation",
        "HIF1A",
        "nucleus",
        "k_deg_HIFa",
        ("C53",),
        "Oxygen-dependent (PHD/VHL) proteasomal degradation under normoxia.",
    ),
    synthesis(
        "PPARGC1A_synthesis",
        "PGC-1alpha expression, raised by Mg2+",
        "PPARGC1A",
        "nucleus",
        "k_syn_PPARGC1A",
        ("C55", "C60"),
        "Mg2+ raises PGC-1alpha protein (Western blot, C60); as for HIF-2alpha the route is unknown and is"
        " written as Mg2+-stimulated synthesis (assumption).",
        activators=(MG_REG,),
        basal="f_basal_Mg",
        scale="PPARGC1A_expression",
    ),
    degradation(
        "PPARGC1A_degradation",
        "PGC-1alpha degradation",
        "PPARGC1A",
        "nucleus",
        "k_deg_PGC1A",
        ("C55",),
        "Fast proteasomal turnover of nuclear PGC-1alpha, so it tracks its synthesis.",
    ),
    # COL10A1
    synthesis(
        "COL10A1_transcription_HIF2A",
        "HIF-2alpha drives COL10A1 transcription",
        "COL10A1_mRNA",
        "cytosol",
        "k_tx_COL10A1_HIF2",
        ("C53", "C57"),
        "HIF-2alpha is a COL10A1 transcription factor (C53); promoter occupancy is hyperbolic in nuclear"
        " HIF-2alpha (assumption: no cooperativity). The mRNA is counted in the cytosol.",
        activators=(("EPAS1", "K_HRE", "n_one"),),
        essential=("EPAS1",),
        sbo=SBO_TRANSCRIPTION,
        xrefs=(TRANSCRIPTION,),
    ),
    synthesis(
        "COL10A1_transcription_HIF1A",
        "HIF-1alpha drives COL10A1 transcription",
        "COL10A1_mRNA",
        "cytosol",
        "k_tx_COL10A1_HIF1A",
        ("C53",),
        "HIF-1alpha is also described as a COL10A1 transcription factor (C53); it does not change with"
        " Mg2+, so this arm sets part of the resting level only.",
        activators=(("HIF1A", "K_HRE", "n_one"),),
        essential=("HIF1A",),
        sbo=SBO_TRANSCRIPTION,
        xrefs=(TRANSCRIPTION,),
    ),
    degradation(
        "COL10A1_mRNA_decay",
        "COL10A1 mRNA decay",
        "COL10A1_mRNA",
        "cytosol",
        "k_deg_COL10A1_mRNA",
        ("C57",),
        "First-order mRNA decay (median half-life).",
        xrefs=(MRNA_DECAY,),
    ),
    _template_reaction(
        "COL10A1_translation",
        "collagen X translation",
        "COL10A1",
        "COL10A1_mRNA",
        "k_tl_COL10A1",
        ("C60", "C61"),
        "Collagen X made in proportion to its mRNA (Western blot rise with Mg2+).",
        (TRANSLATION,),
    ),
    degradation(
        "COL10A1_turnover",
        "collagen X turnover and deposition",
        "COL10A1",
        "cytosol",
        "k_deg_COL10A1",
        ("C61",),
        "Loss of the cell-associated pool by secretion into the matrix and degradation.",
    ),
    # VEGFA
    synthesis(
        "VEGFA_transcription_basal",
        "HIF-independent VEGFA transcription",
        "VEGFA_mRNA",
        "cytosol",
        "k_tx_VEGFA_basal",
        ("C54",),
        "Resting VEGFA transcription by other factors (assumption).",
        sbo=SBO_TRANSCRIPTION,
        xrefs=(TRANSCRIPTION,),
    ),
    synthesis(
        "VEGFA_transcription_HIF2A",
        "HIF-2alpha drives VEGFA transcription",
        "VEGFA_mRNA",
        "cytosol",
        "k_tx_VEGFA_HIF2",
        ("C54",),
        "VEGF is activated by HIF-2alpha (C54); hyperbolic in nuclear HIF-2alpha like COL10A1. This is the"
        " route of the Mg2+-induced VEGF rise in undifferentiated hBMSCs.",
        activators=(("EPAS1", "K_HRE", "n_one"),),
        essential=("EPAS1",),
        sbo=SBO_TRANSCRIPTION,
        xrefs=(TRANSCRIPTION,),
    ),
    synthesis(
        "VEGFA_transcription_PGC1A",
        "PGC-1alpha coactivates VEGFA transcription (osteogenic cells)",
        "VEGFA_mRNA",
        "cytosol",
        "k_tx_VEGFA_PGC1A",
        ("C55",),
        "PGC-1alpha is a transcriptional coactivator of VEGF (C55). Its DNA-binding partner is not named in"
        " the evidence and is lumped. Assumption: the coactivation operates only in osteogenically induced"
        " cells (scaled by osteogenic_induction), matching the verified abstract's 'via PGC-1alpha in"
        " osteogenic cells'; it is independent of HIF-2alpha.",
        activators=(("PPARGC1A", "K_PGC1A", "n_one"),),
        essential=("PPARGC1A",),
        scale="osteogenic_induction",
        sbo=SBO_TRANSCRIPTION,
        xrefs=(TRANSCRIPTION,),
    ),
    degradation(
        "VEGFA_mRNA_decay",
        "VEGFA mRNA decay (normoxia)",
        "VEGFA_mRNA",
        "cytosol",
        "k_deg_VEGFA_mRNA",
        ("C54",),
        "Fast normoxic decay of VEGF mRNA; hypoxic stabilisation is not modelled.",
        xrefs=(MRNA_DECAY,),
    ),
    Reaction(
        "VEGFA_secretion",
        "VEGF-A translation and secretion",
        SBO_TRANSLATION,
        (),
        (("VEGFA", 1.0),),
        (Modifier("VEGFA_mRNA", "stimulator"),),
        RateLaw("cytosol * k_sec_VEGFA * VEGFA_mRNA", SBO_MASS_ACTION, "mass action (template-driven)"),
        ("C32", "C60", "C61"),
        "VEGF-A made in proportion to its mRNA and released into the extracellular pool (translation and"
        " secretion lumped). Rate in amount per time from the cytosol volume; the extracellular concentration"
        " rises by that amount over the extracellular volume.",
        (TRANSLATION, SECRETION),
    ),
    # IGF2 and ITGA3 (phenomenological)
    synthesis(
        "IGF2_transcription",
        "Mg2+-induced IGF2 expression",
        "IGF2_mRNA",
        "cytosol",
        "k_tx_IGF2",
        ("C58",),
        "IGF2 mRNA rises with 10 mM Mg2+ (qPCR array); the regulator is unknown, so a phenomenological"
        " Hill stimulation by extracellular Mg2+ is used.",
        activators=(MG_REG,),
        basal="f_basal_Mg",
    ),
    degradation(
        "IGF2_mRNA_decay",
        "IGF2 mRNA decay",
        "IGF2_mRNA",
        "cytosol",
        "k_deg_IGF2_mRNA",
        ("C58",),
        "First-order mRNA decay (median half-life).",
        xrefs=(MRNA_DECAY,),
    ),
    synthesis(
        "ITGA3_transcription",
        "ITGA3 expression, repressed by Mg2+",
        "ITGA3_mRNA",
        "cytosol",
        "k_tx_ITGA3",
        ("C59",),
        "ITGA3 mRNA falls with 10 mM Mg2+ (qPCR array); the route is unknown, so a phenomenological Hill"
        " inhibition by extracellular Mg2+ is used.",
        inhibitors=(("Mg_ext", "Ki_Mg_ITGA3", "n_two"),),
    ),
    degradation(
        "ITGA3_mRNA_decay",
        "ITGA3 mRNA decay",
        "ITGA3_mRNA",
        "cytosol",
        "k_deg_ITGA3_mRNA",
        ("C59",),
        "First-order mRNA decay (median half-life).",
        xrefs=(MRNA_DECAY,),
    ),
)

HIF_PGC1A_MODULE = Module("hif_pgc1a", species=SPECIES, parameters=PARAMETERS, reactions=REACTIONS)

CONTROL = Condition("undifferentiated hBMSC, 0.8 mM Mg2+")
MG10 = CONTROL.with_changes("10 mM Mg2+", Mg_ext=10.0)
OSTEO = CONTROL.with_changes("osteogenic medium, 0.8 mM Mg2+", osteogenic_induction=1.0)
EPAS1_KD = CONTROL.with_changes("EPAS1 siRNA (10%)", EPAS1_expression=0.1)
PPARGC1A_KD = CONTROL.with_changes("PPARGC1A siRNA (10%)", PPARGC1A_expression=0.1)
MG10_UP = "(>= 1.25-fold, about the smallest change the cited qPCR/Western studies report as significant)"

MECHANISM = Mechanism(
    id="hif_pgc1a_vegf",
    name="Mg2+ raises HIF-2alpha and PGC-1alpha, driving COL10A1 and VEGF-A in bone-marrow stromal cells",
    summary=(
        "In human BMSCs 10 mM Mg2+ raises HIF-2alpha (not HIF-1alpha) and PGC-1alpha. HIF-2alpha drives COL10A1"
        " and VEGFA transcription; PGC-1alpha coactivates VEGFA in osteogenic cells. VEGF-A is secreted into the"
        " extracellular pool shared with the angiogenesis mechanism. IGF2 mRNA rises and ITGA3 mRNA falls"
        " (phenomenological). Claims C53-C61 (Yoshizawa et al. 2014, Acta Biomater and Connect Tissue Res)."
    ),
    modules=(MG_MODULE, CELL, VEGFA_POOL, HIF_PGC1A_MODULE),
    xrefs=(
        HUMAN,
        go("0010467", "bqbiol:isVersionOf"),
        go("0045766", "bqbiol:isVersionOf"),
        cl("0002540", "bqbiol:occursIn"),
        doi("10.1016/j.actbio.2014.02.002"),
    ),
    behaviours=(
        Compare(("C60",), f"10 mM Mg2+ raises HIF-2alpha {MG10_UP}", "EPAS1", CONTROL, MG10, "up", min_ratio=1.25),
        Compare(("C60",), f"10 mM Mg2+ raises PGC-1alpha {MG10_UP}", "PPARGC1A", CONTROL, MG10, "up", min_ratio=1.25),
        Compare(
            ("C60", "C54"), f"10 mM Mg2+ raises secreted VEGF-A {MG10_UP}", "VEGFA", CONTROL, MG10, "up", min_ratio=1.25
        ),
        Compare(
            ("C53", "C57"),
            f"10 mM Mg2+ raises COL10A1 mRNA {MG10_UP}",
            "COL10A1_mRNA",
            CONTROL,
            MG10,
            "up",
            min_ratio=1.25,
        ),
        Compare(
            ("C60",), f"10 mM Mg2+ raises collagen X protein {MG10_UP}", "COL10A1", CONTROL, MG10, "up", min_ratio=1.25
        ),
        Compare(
            ("C53", "C60"),
            "HIF-1alpha does not change with 10 mM Mg2+",
            "HIF1A",
            CONTROL,
            MG10,
            "near",
            min_ratio=0.95,
            max_ratio=1.05,
        ),
        Blunted(
            ("C53",),
            "EPAS1 knock-down blunts the Mg2+-induced rise of COL10A1 mRNA",
            "COL10A1_mRNA",
            CONTROL,
            MG10.changes,
            EPAS1_KD.changes,
            max_fraction=0.3,
        ),
        Blunted(
            ("C54",),
            "in undifferentiated hBMSCs EPAS1 knock-down blunts the Mg2+-induced VEGF-A rise",
            "VEGFA",
            CONTROL,
            MG10.changes,
            EPAS1_KD.changes,
            max_fraction=0.3,
        ),
        Blunted(
            ("C55",),
            "in osteogenic cells PPARGC1A knock-down removes most of the Mg2+-induced VEGF-A rise",
            "VEGFA",
            OSTEO,
            MG10.changes,
            PPARGC1A_KD.changes,
            max_fraction=0.5,
        ),
        Compare(("C58",), f"10 mM Mg2+ raises IGF2 mRNA {MG10_UP}", "IGF2_mRNA", CONTROL, MG10, "up", min_ratio=1.25),
        Compare(
            ("C59",),
            "10 mM Mg2+ lowers ITGA3 mRNA (<= 0.8-fold, the reciprocal of 1.25)",
            "ITGA3_mRNA",
            CONTROL,
            MG10,
            "down",
            max_ratio=0.8,
        ),
    ),
    readouts=(
        "EPAS1",
        "HIF1A",
        "PPARGC1A",
        "COL10A1_mRNA",
        "COL10A1",
        "VEGFA_mRNA",
        "VEGFA",
        "IGF2_mRNA",
        "ITGA3_mRNA",
    ),
    scan_input="Mg_ext",
    scan_doses=(0.2, 0.8, 2.5, 5.0, 10.0, 20.0),
    knockdowns=(EPAS1_KD, PPARGC1A_KD),
    time_course_hours=48.0,
    claims_not_encoded=(
        (
            "C56",
            "Osteogenic differentiation itself is encoded by the osteoblast-differentiation mechanism;"
            " here only the culture state (osteogenic_induction) is a parameter.",
        ),
    ),
)
