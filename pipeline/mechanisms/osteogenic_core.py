"""Modules of the osteogenic cell shared by several mechanisms.

- ``CELL``: cytosol and nucleus of the BMSC/osteoblast lineage.
- ``MG_HANDLING``: TRPM7-mediated Mg2+ entry, its inhibition by cytosolic Mg2+, and efflux.
- ``RUNX2_CORE``: RUNX2 protein turnover; other modules add regulated synthesis.
- ``MG_RUNX2``: RUNX2 expression supported by cytosolic Mg2+ (Abed 2011).
- ``MATURATION``: RUNX2 -> Osterix (SP7) -> ALP and osteocalcin; differentiation index.
"""

from __future__ import annotations

from pipeline.mechanisms.common import (
    CYTOSOL,
    FRACTION,
    HALF_ACTIVATION,
    HILL_ONE,
    HILL_TWO,
    INHIBITORY,
    ION,
    MICHAELIS,
    NUCLEUS,
    PROTEIN,
    RATE_CONSTANT,
    VMAX,
    ZERO_ORDER_RATE,
    chebi,
    go,
    uniprot,
)
from pipeline.model import Modifier, Module, Parameter, Phenotype, Species
from pipeline.ratelaws import degradation, synthesis, transport
from pipeline.units import half_life_hours_to_rate, nM, uM

MG_TRANSPORT = go("1903830")  # magnesium ion transmembrane transport

CELL = Module("osteogenic_cell", compartments=(CYTOSOL, NUCLEUS))

PROTEIN_HALF_LIFE = Parameter(
    "k_deg_protein",
    "first-order turnover of regulated proteins",
    half_life_hours_to_rate(12.0),
    "per_hour",
    RATE_CONSTANT,
    assumption="Half-life 12 h for signalling and marker proteins without a measured value in BMSCs; "
    "it sets how fast steady states are reached, not their ratios.",
)

# ------------------------------------------------------------------ Mg2+ handling
MG_CYT = Species(
    "Mg_cyt",
    "Mg2+ (cytosolic, free)",
    "cytosol",
    0.5,
    ION,
    (chebi(18420),),
    "Free cytosolic magnesium. Resting free Mg2+ of mammalian cells is 0.5-1.0 mM (J Bone Miner Res"
    " 1998;13(4):749); bound Mg (5-20 mM total) is not modelled as a separate pool.",
    label="Mg2+",
)
TRPM7 = Species(
    "TRPM7",
    "TRPM7 channel-kinase (resting)",
    "cytosol",
    nM(10),
    PROTEIN,
    (uniprot("Q96QT4"),),
    "Plasma-membrane TRPM7 in its resting state; conducts Mg2+ with a low open probability."
    " Its level (10 nM in cell volume) is an assumption; only ratios matter for the claims.",
    at_membrane=True,
    label="TRPM7",
    states=("rest",),
)
MG_HANDLING_PARAMETERS = (
    Parameter(
        "k_syn_TRPM7",
        "TRPM7 synthesis rate",
        nM(10) * half_life_hours_to_rate(12.0),
        "mM_per_hour",
        ZERO_ORDER_RATE,
        assumption="Chosen so that resting TRPM7 is 10 nM with the 12 h protein half-life.",
    ),
    Parameter(
        "TRPM7_expression",
        "TRPM7 expression factor (1 = control; siRNA knock-down 0.1)",
        1.0,
        "dimensionless",
        FRACTION,
        assumption="Experimental handle: siRNA knock-down to 10% as in the claims' suggested tests (C25, C29).",
    ),
    Parameter(
        "kcat_TRPM7",
        "Mg2+ conductance of resting TRPM7 per channel",
        1.5e6,
        "per_hour",
        RATE_CONSTANT,
        assumption="Chosen so that resting cytosolic free Mg2+ is about 0.5 mM at 0.8 mM extracellular Mg2+"
        " (J Bone Miner Res 1998;13(4):749 range 0.5-1.0 mM).",
    ),
    Parameter(
        "Km_TRPM7_ext",
        "extracellular Mg2+ for half-maximal TRPM7 influx",
        5.0,
        "mM",
        MICHAELIS,
        assumption="Influx rises over the whole 0.8-10 mM range used in the studies (Yoshizawa 2014 effects"
        " at 5-10 mM), so saturation is placed above the physiological range.",
    ),
    Parameter(
        "Ki_TRPM7_Mg",
        "cytosolic free Mg2+ inhibiting TRPM7 by half",
        uM(165),
        "mM",
        INHIBITORY,
        source="Chokshi R, Matsushita M, Kozak JA 2012 Am J Physiol Cell Physiol 302:C1004,"
        " doi:10.1152/ajpcell.00422.2011 (low-affinity IC50 ~165 uM of native TRPM7)",
    ),
    Parameter(
        "Vmax_Mg_efflux",
        "maximal Mg2+ efflux (Na+/Mg2+ exchange, SLC41A1)",
        1.5,
        "mM_per_hour",
        VMAX,
        assumption="Gives the free cytosolic pool a turnover time of about 1 h at rest.",
    ),
    Parameter(
        "Km_Mg_efflux",
        "cytosolic Mg2+ for half-maximal efflux",
        1.0,
        "mM",
        MICHAELIS,
        assumption="Efflux nearly linear over the resting range 0.5-1 mM.",
    ),
    PROTEIN_HALF_LIFE,
    HILL_ONE,
    HILL_TWO,
)
MG_HANDLING = Module(
    "mg_handling",
    species=(MG_CYT, TRPM7),
    parameters=MG_HANDLING_PARAMETERS,
    reactions=(
        synthesis(
            "TRPM7_synthesis",
            "TRPM7 expression",
            "TRPM7",
            "cytosol",
            "k_syn_TRPM7",
            ("C21",),
            "TRPM7 is expressed by osteogenic cells; the expression factor implements siRNA knock-down.",
            scale="TRPM7_expression",
        ),
        degradation(
            "TRPM7_degradation",
            "TRPM7 turnover",
            "TRPM7",
            "cytosol",
            "k_deg_protein",
            ("C21",),
            "Turnover of the channel protein.",
        ),
        transport(
            "Mg_influx_TRPM7",
            "Mg2+ influx through resting TRPM7",
            "Mg_ext",
            "Mg_cyt",
            "cytosol",
            "kcat_TRPM7",
            "Km_TRPM7_ext",
            ("C19", "C20", "C28"),
            "TRPM7 carries extracellular Mg2+ into the cytosol and is inhibited by cytosolic free Mg2+"
            " (negative feedback; C20). Saturable in extracellular Mg2+.",
            carrier="TRPM7",
            inhibitors=(("Mg_cyt", "Ki_TRPM7_Mg", "n_one"),),
            xrefs=(MG_TRANSPORT,),
        ),
        transport(
            "Mg_efflux",
            "Mg2+ efflux (Na+/Mg2+ exchange)",
            "Mg_cyt",
            "Mg_ext",
            "cytosol",
            "Vmax_Mg_efflux",
            "Km_Mg_efflux",
            ("C19",),
            "Extrusion of cytosolic Mg2+, attributed to the Na+/Mg2+ exchanger SLC41A1 (Tsao 2017,"
            " observations O13); the carrier is not modelled as a species.",
            xrefs=(MG_TRANSPORT,),
        ),
    ),
)

# ------------------------------------------------------------------ RUNX2
RUNX2 = Species(
    "RUNX2",
    "RUNX2 (nuclear)",
    "nucleus",
    nM(10),
    PROTEIN,
    (uniprot("Q13950"),),
    "Runt-related transcription factor 2, the master osteoblast transcription factor.",
)
RUNX2_CORE = Module(
    "runx2_core",
    species=(RUNX2,),
    parameters=(
        Parameter(
            "k_syn_RUNX2_basal",
            "basal RUNX2 synthesis",
            nM(2) * half_life_hours_to_rate(12.0),
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="Basal expression 2 nM at steady state (one fifth of the resting level), so that the"
            " regulated inputs dominate.",
        ),
        PROTEIN_HALF_LIFE,
    ),
    reactions=(
        synthesis(
            "RUNX2_basal_synthesis",
            "basal RUNX2 expression",
            "RUNX2",
            "nucleus",
            "k_syn_RUNX2_basal",
            ("C64",),
            "Constitutive RUNX2 expression in osteogenic cells.",
        ),
        degradation(
            "RUNX2_degradation",
            "RUNX2 turnover",
            "RUNX2",
            "nucleus",
            "k_deg_protein",
            ("C64",),
            "Proteasomal turnover of RUNX2.",
        ),
    ),
)

MG_RUNX2 = Module(
    "mg_runx2",
    parameters=(
        Parameter(
            "k_syn_RUNX2_Mg",
            "maximal Mg2+-supported RUNX2 synthesis",
            nM(16) * half_life_hours_to_rate(12.0),
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="Gives RUNX2 about 10 nM at resting cytosolic Mg2+ together with basal expression.",
        ),
        Parameter(
            "K_Mg_RUNX2",
            "cytosolic Mg2+ for half-maximal RUNX2 support",
            0.5,
            "mM",
            HALF_ACTIVATION,
            assumption="Centred on resting free Mg2+ (0.5 mM) so that both deficiency and TRPM7 knock-down"
            " lower RUNX2, as Abed 2011 observed (observations O17).",
        ),
    ),
    reactions=(
        synthesis(
            "RUNX2_synthesis_Mg",
            "RUNX2 expression supported by cytosolic Mg2+",
            "RUNX2",
            "nucleus",
            "k_syn_RUNX2_Mg",
            ("C26", "C27"),
            "RUNX2 expression falls at low extracellular Mg2+ and with TRPM7 silencing (Abed 2011, MC3T3"
            " cells); the intracellular route is represented as a Hill dependence on cytosolic free Mg2+.",
            activators=(("Mg_cyt", "K_Mg_RUNX2", "n_two"),),
        ),
    ),
)

# ------------------------------------------------------------------ maturation
SP7 = Species(
    "SP7",
    "Osterix (SP7, nuclear)",
    "nucleus",
    nM(5),
    PROTEIN,
    (uniprot("Q8TDD2"),),
    "Osterix, the osteoblast-specific transcription factor downstream of RUNX2.",
)
ALPL = Species(
    "ALPL",
    "alkaline phosphatase, tissue-nonspecific (bone ALP)",
    "cytosol",
    nM(5),
    PROTEIN,
    (uniprot("P05186"),),
    "Early osteoblast marker; a membrane-anchored ectoenzyme.",
    at_membrane=True,
    label="ALP",
)
BGLAP = Species(
    "BGLAP",
    "osteocalcin (BGLAP)",
    "cytosol",
    nM(5),
    PROTEIN,
    (uniprot("P02818"),),
    "Late osteoblast marker (cell-associated pool before secretion).",
)
MATURATION = Module(
    "maturation",
    species=(SP7, ALPL, BGLAP),
    parameters=(
        Parameter(
            "k_syn_SP7",
            "maximal RUNX2-driven Osterix synthesis",
            nM(10) * half_life_hours_to_rate(12.0),
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="Osterix reaches about 5 nM when RUNX2 is at its resting level.",
        ),
        Parameter(
            "K_RUNX2",
            "RUNX2 for half-maximal target activation",
            nM(10),
            "mM",
            HALF_ACTIVATION,
            assumption="Centred on the resting RUNX2 level so targets respond in both directions.",
        ),
        Parameter(
            "k_syn_marker",
            "maximal synthesis of ALP and osteocalcin",
            nM(20) * half_life_hours_to_rate(12.0),
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="Markers reach about 5 nM at resting RUNX2 and Osterix.",
        ),
        Parameter(
            "K_SP7",
            "Osterix for half-maximal target activation",
            nM(5),
            "mM",
            HALF_ACTIVATION,
            assumption="Centred on the resting Osterix level.",
        ),
        PROTEIN_HALF_LIFE,
        HILL_ONE,
    ),
    reactions=(
        synthesis(
            "SP7_synthesis",
            "Osterix expression driven by RUNX2",
            "SP7",
            "nucleus",
            "k_syn_SP7",
            ("C64",),
            "RUNX2 is upstream of Osterix; without RUNX2 there is no Osterix.",
            activators=(("RUNX2", "K_RUNX2", "n_one"),),
            essential=("RUNX2",),
        ),
        degradation(
            "SP7_degradation", "Osterix turnover", "SP7", "nucleus", "k_deg_protein", ("C64",), "Turnover of Osterix."
        ),
        synthesis(
            "ALPL_synthesis",
            "ALP expression driven by RUNX2 and Osterix",
            "ALPL",
            "cytosol",
            "k_syn_marker",
            ("C15", "C25", "C64"),
            "Bone ALP expression requires RUNX2 and Osterix (both essential activators).",
            activators=(("RUNX2", "K_RUNX2", "n_one"), ("SP7", "K_SP7", "n_one")),
            essential=("RUNX2", "SP7"),
        ),
        degradation(
            "ALPL_degradation", "ALP turnover", "ALPL", "cytosol", "k_deg_protein", ("C15",), "Turnover of ALP."
        ),
        synthesis(
            "BGLAP_synthesis",
            "osteocalcin expression driven by RUNX2 and Osterix",
            "BGLAP",
            "cytosol",
            "k_syn_marker",
            ("C15", "C25", "C64"),
            "Osteocalcin expression requires RUNX2 and Osterix (both essential activators).",
            activators=(("RUNX2", "K_RUNX2", "n_one"), ("SP7", "K_SP7", "n_one")),
            essential=("RUNX2", "SP7"),
        ),
        degradation(
            "BGLAP_degradation",
            "osteocalcin turnover",
            "BGLAP",
            "cytosol",
            "k_deg_protein",
            ("C15",),
            "Turnover and secretion of cell-associated osteocalcin.",
        ),
    ),
    phenotypes=(
        Phenotype(
            "osteoblast_differentiation",
            "osteoblast differentiation (index 0-1)",
            "assignment",
            "SP7/(SP7 + K_SP7)",
            0.5,
            (Modifier("SP7", "stimulator"),),
            ("C64", "C09"),
            (go("0001649"),),
            "Fraction of maximal osteoblast commitment, read from Osterix (the lineage-committing factor).",
        ),
    ),
)
