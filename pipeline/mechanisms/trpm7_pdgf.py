"""Mechanism 1: TRPM7-mediated Mg2+ influx and PDGF signalling in osteoblasts.

PDGF-BB binds PDGFR-beta; the ligand-bound receptor activates TRPM7, which carries
extracellular Mg2+ into the cytosol and is inhibited by cytosolic Mg2+. Cytosolic
Mg2+ is the mitogenic signal for proliferation and migration ("membrane-magnesium-
mitosis", C24) and supports RUNX2 expression, hence ALP and osteocalcin.
"""

from __future__ import annotations

from pipeline.mechanisms.common import (
    BIMOLECULAR_RATE,
    COMPLEX,
    EXTRACELLULAR,
    HALF_ACTIVATION,
    HILL,
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
from pipeline.mechanisms.osteogenic_core import CELL, MATURATION, MG_HANDLING, MG_RUNX2, MG_TRANSPORT, RUNX2_CORE
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
from pipeline.ratelaws import SBO_BIOCHEMICAL, binding, conversion, degradation, synthesis, transport
from pipeline.units import half_life_hours_to_rate, nM

PDGF_SIGNALLING = go("0048008")  # platelet-derived growth factor receptor signaling pathway

PDGF_MODULE = Module(
    "pdgf_trpm7",
    compartments=(EXTRACELLULAR,),
    species=(
        Species(
            "PDGF_BB",
            "PDGF-BB (extracellular)",
            "extracellular",
            0.0,
            PROTEIN,
            (uniprot("P01127"),),
            "Platelet-derived growth factor BB homodimer added to the medium (input; 0 = none).",
            boundary=True,
        ),
        Species(
            "PDGFRB",
            "PDGF receptor beta (free)",
            "cytosol",
            nM(250),
            PROTEIN,
            (uniprot("P09619"),),
            "Unliganded PDGFR-beta at the plasma membrane.",
            at_membrane=True,
            label="PDGFRβ",
        ),
        Species(
            "PDGF_PDGFRB",
            "PDGF-BB:PDGFR-beta (active receptor)",
            "cytosol",
            0.0,
            COMPLEX,
            has_parts("P01127", "P09619"),
            "Ligand-bound, signalling PDGF receptor.",
            at_membrane=True,
            label="PDGF-BB:PDGFRβ",
        ),
        Species(
            "TRPM7_a",
            "TRPM7 (PDGF-activated)",
            "cytosol",
            0.0,
            PROTEIN,
            (uniprot("Q96QT4", "bqbiol:isVersionOf"),),
            "TRPM7 in the state activated downstream of PDGFR-beta, with higher Mg2+ conductance.",
            at_membrane=True,
            label="TRPM7",
            states=("active",),
        ),
    ),
    parameters=(
        Parameter(
            "k_syn_PDGFRB",
            "PDGFR-beta synthesis",
            nM(250) * half_life_hours_to_rate(12.0),
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="Keeps 250 nM free receptor without ligand, i.e. about 3e5 receptors in a 2 pL cell,"
            " the number Heldin et al. 1981 (PNAS; journal details unverified) found on connective-tissue"
            " cells.",
        ),
        Parameter(
            "kon_PDGF",
            "PDGF-BB association to PDGFR-beta",
            6.0e6,
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            assumption="kon = koff / Kd with Kd = 1 nM (Heldin et al. 1981, 125I-PDGF Scatchard on human"
            " fibroblasts; journal details unverified) and the assumed koff.",
        ),
        Parameter(
            "koff_PDGF",
            "PDGF-BB dissociation from PDGFR-beta",
            6.0,
            "per_hour",
            RATE_CONSTANT,
            assumption="Complex half-life about 7 min; no measured value in osteoblasts.",
        ),
        Parameter(
            "k_int_PDGFRB",
            "ligand-induced PDGFR-beta internalisation",
            1.0,
            "per_hour",
            RATE_CONSTANT,
            assumption="Receptor down-regulation within about an hour of stimulation (typical of receptor"
            " tyrosine kinases); sets the sustained level of active receptor.",
        ),
        Parameter(
            "k_act_TRPM7",
            "TRPM7 activation by active PDGFR-beta",
            4.0e4,
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            assumption="About half of TRPM7 becomes activated at 1 nM PDGF-BB, giving a clear but sub-maximal"
            " rise in cytosolic Mg2+.",
        ),
        Parameter(
            "k_inact_TRPM7",
            "TRPM7 return to the resting state",
            2.0,
            "per_hour",
            RATE_CONSTANT,
            assumption="Activation decays within about 30 min once the receptor signal stops.",
        ),
        Parameter(
            "kcat_TRPM7_a",
            "Mg2+ conductance of activated TRPM7 per channel",
            1.5e7,
            "per_hour",
            RATE_CONSTANT,
            assumption="Ten times the resting conductance: PDGF raises TRPM7 currents in osteoblasts"
            " (Abed & Moreau 2009, doi:10.1152/ajpcell.00614.2008) without a stated fold.",
        ),
        Parameter(
            "K_Mg_mitogenic",
            "cytosolic Mg2+ for half-maximal mitogenic response",
            0.55,
            "mM",
            HALF_ACTIVATION,
            assumption="Just above resting free Mg2+, so that the PDGF-induced rise drives proliferation"
            " and migration (membrane-magnesium-mitosis model, C24).",
        ),
        Parameter(
            "n_four",
            "Hill coefficient 4",
            4.0,
            "dimensionless",
            HILL,
            assumption="Switch-like dependence of mitogenesis on cytosolic Mg2+ (C24 describes a threshold"
            " 'optimal for initiating protein synthesis').",
        ),
    ),
    reactions=(
        synthesis(
            "PDGFRB_synthesis",
            "PDGFR-beta expression",
            "PDGFRB",
            "cytosol",
            "k_syn_PDGFRB",
            ("C10",),
            "Constitutive receptor expression.",
        ),
        degradation(
            "PDGFRB_degradation",
            "PDGFR-beta turnover",
            "PDGFRB",
            "cytosol",
            "k_deg_protein",
            ("C10",),
            "Constitutive receptor turnover.",
        ),
        binding(
            "PDGF_binding",
            "PDGF-BB binds PDGFR-beta",
            "PDGFRB",
            "PDGF_BB",
            "PDGF_PDGFRB",
            "cytosol",
            "kon_PDGF",
            "koff_PDGF",
            ("C10", "C29"),
            "Ligand binding activates the receptor; the extracellular PDGF-BB pool is held by the experiment.",
            xrefs=(PDGF_SIGNALLING,),
        ),
        degradation(
            "PDGFRB_internalisation",
            "internalisation of active PDGFR-beta",
            "PDGF_PDGFRB",
            "cytosol",
            "k_int_PDGFRB",
            ("C29",),
            "Ligand-induced receptor down-regulation.",
            xrefs=(go("0031623"),),
        ),
        conversion(
            "TRPM7_activation",
            "PDGFR-beta activates TRPM7",
            "TRPM7",
            "TRPM7_a",
            "cytosol",
            "k_act_TRPM7",
            ("C28", "C29"),
            "PDGF activates plasma-membrane TRPM7 channels (Abed & Moreau 2009); the signalling steps between"
            " the receptor and the channel are lumped into one catalysed activation.",
            catalyst="PDGF_PDGFRB",
            sbo=SBO_BIOCHEMICAL,
            xrefs=(PDGF_SIGNALLING,),
        ),
        conversion(
            "TRPM7_inactivation",
            "TRPM7 returns to rest",
            "TRPM7_a",
            "TRPM7",
            "cytosol",
            "k_inact_TRPM7",
            ("C28",),
            "Loss of the PDGF-induced activation.",
            xrefs=(PDGF_SIGNALLING,),
        ),
        degradation(
            "TRPM7_a_degradation",
            "activated TRPM7 turnover",
            "TRPM7_a",
            "cytosol",
            "k_deg_protein",
            ("C21",),
            "Activated channels are turned over like resting ones.",
        ),
        transport(
            "Mg_influx_TRPM7_a",
            "Mg2+ influx through PDGF-activated TRPM7",
            "Mg_ext",
            "Mg_cyt",
            "cytosol",
            "kcat_TRPM7_a",
            "Km_TRPM7_ext",
            ("C28", "C29", "C30"),
            "PDGF-activated TRPM7 carries the PDGF-induced Mg2+ influx; also inhibited by cytosolic Mg2+.",
            carrier="TRPM7_a",
            inhibitors=(("Mg_cyt", "Ki_TRPM7_Mg", "n_one"),),
            xrefs=(MG_TRANSPORT,),
        ),
    ),
    phenotypes=(
        Phenotype(
            "osteoblast_proliferation",
            "osteoblast proliferation (index 0-1)",
            "assignment",
            "Mg_cyt^n_four/(K_Mg_mitogenic^n_four + Mg_cyt^n_four)",
            0.4,
            (Modifier("Mg_cyt", "stimulator"),),
            ("C10", "C11", "C16", "C24", "C29", "C30"),
            (go("0033687"),),
            "Proliferation follows cytosolic free Mg2+ (membrane-magnesium-mitosis, C24): PDGF acts through"
            " TRPM7-mediated Mg2+ influx, so without extracellular Mg2+ or TRPM7 it has no effect.",
        ),
        Phenotype(
            "osteoblast_migration",
            "osteoblast migration (index 0-1)",
            "assignment",
            "Mg_cyt^n_four/(K_Mg_mitogenic^n_four + Mg_cyt^n_four)",
            0.4,
            (Modifier("Mg_cyt", "stimulator"),),
            ("C10", "C11", "C16", "C29", "C30"),
            (go("0016477"),),
            "Migration needs the same TRPM7-mediated rise in cytosolic Mg2+ as proliferation (Abed & Moreau"
            " 2009 title: proliferation and migration); no separate parameters are known.",
        ),
    ),
)

CONTROL = Condition("control (0.8 mM Mg2+)")
PDGF = CONTROL.with_changes("PDGF-BB 1 nM", PDGF_BB=nM(1))
KNOCKDOWN = CONTROL.with_changes("TRPM7 siRNA (10%)", TRPM7_expression=0.1)
PDGF_KNOCKDOWN = PDGF.with_changes("PDGF-BB 1 nM + TRPM7 siRNA", TRPM7_expression=0.1)
LOW_MG = CONTROL.with_changes("Mg2+ 0.2 mM", Mg_ext=0.2)

MECHANISM = Mechanism(
    id="trpm7_pdgf",
    name="TRPM7-mediated Mg2+ influx and PDGF signalling in osteoblasts",
    summary=(
        "PDGF-BB binds PDGFR-beta; the active receptor opens TRPM7, which carries extracellular Mg2+ into the"
        " cytosol and is inhibited by cytosolic Mg2+. Cytosolic Mg2+ gates proliferation and migration and"
        " supports RUNX2, hence ALP and osteocalcin. Claims C10-C30 of the source review."
    ),
    modules=(MG_MODULE, CELL, MG_HANDLING, RUNX2_CORE, MG_RUNX2, MATURATION, PDGF_MODULE),
    xrefs=(
        HUMAN,
        go("0048008", "bqbiol:isVersionOf"),
        go("1903830", "bqbiol:isVersionOf"),
        cl("0000062", "bqbiol:occursIn"),
        doi("10.1152/ajpcell.00614.2008"),
    ),
    behaviours=(
        Compare(
            ("C19", "C28"),
            "TRPM7 knock-down lowers cytosolic Mg2+",
            "Mg_cyt",
            CONTROL,
            KNOCKDOWN,
            "down",
            max_ratio=0.9,
        ),
        Compare(("C28",), "PDGF-BB raises cytosolic Mg2+", "Mg_cyt", CONTROL, PDGF, "up", min_ratio=1.1),
        Blunted(
            ("C28",),
            "with TRPM7 knocked down, PDGF no longer raises cytosolic Mg2+",
            "Mg_cyt",
            CONTROL,
            PDGF.changes,
            KNOCKDOWN.changes,
            max_fraction=0.25,
        ),
        Compare(
            ("C10", "C11"),
            "PDGF-BB raises osteoblast proliferation",
            "osteoblast_proliferation",
            CONTROL,
            PDGF,
            "up",
            min_ratio=1.2,
        ),
        Compare(
            ("C10", "C11"),
            "PDGF-BB raises osteoblast migration",
            "osteoblast_migration",
            CONTROL,
            PDGF,
            "up",
            min_ratio=1.2,
        ),
        Blunted(
            ("C29", "C30"),
            "TRPM7 knock-down blunts PDGF-stimulated proliferation by more than half",
            "osteoblast_proliferation",
            CONTROL,
            PDGF.changes,
            KNOCKDOWN.changes,
            max_fraction=0.5,
        ),
        Blunted(
            ("C16",),
            "without extracellular Mg2+ PDGF-BB no longer stimulates proliferation",
            "osteoblast_proliferation",
            CONTROL,
            PDGF.changes,
            (("Mg_ext", 0.02),),
            max_fraction=0.1,
        ),
        Compare(("C26",), "TRPM7 knock-down lowers RUNX2", "RUNX2", CONTROL, KNOCKDOWN, "down", max_ratio=0.9),
        Compare(("C26",), "low extracellular Mg2+ lowers RUNX2", "RUNX2", CONTROL, LOW_MG, "down", max_ratio=0.9),
        Compare(("C25",), "TRPM7 knock-down lowers ALP", "ALPL", CONTROL, KNOCKDOWN, "down", max_ratio=0.9),
        Compare(("C25",), "TRPM7 knock-down lowers osteocalcin", "BGLAP", CONTROL, KNOCKDOWN, "down", max_ratio=0.9),
        Compare(("C15",), "Mg2+ deficiency lowers ALP", "ALPL", CONTROL, LOW_MG, "down", max_ratio=0.9),
        Compare(("C15",), "Mg2+ deficiency lowers osteocalcin", "BGLAP", CONTROL, LOW_MG, "down", max_ratio=0.9),
        DoseResponse(
            ("C24",),
            "proliferation rises with extracellular Mg2+ up to the culture baseline",
            "osteoblast_proliferation",
            "Mg_ext",
            (0.05, 0.2, 0.4, 0.8),
            "increasing",
        ),
    ),
    readouts=("Mg_cyt", "TRPM7_a", "PDGF_PDGFRB", "RUNX2", "ALPL", "BGLAP", "osteoblast_proliferation"),
    scan_input="Mg_ext",
    scan_doses=(0.05, 0.1, 0.2, 0.4, 0.8, 1.5, 2.5, 5.0, 10.0, 20.0),
    knockdowns=(KNOCKDOWN,),
    time_course_hours=48.0,
    claims_not_encoded=(
        ("C12", "Collagen synthesis is not modelled; the DNA-synthesis part is the proliferation index."),
        ("C13", "Matrix deposition by PDGF is not modelled separately from differentiation."),
        ("C14", "In vivo PDGF effect: the verified abstract (Tanaka 2002) shows only osteopontin mRNA rising."),
        ("C17", "Ca2+ influx is not modelled; only the Mg2+ arm of TRPM7 is."),
        ("C18", "Non-selective permeability to Na+, Ca2+, Zn2+ is not modelled; only Mg2+ flux is."),
        ("C22", "Contested (kinase-dead TRPM7 keeps channel activity, Kaitsuka 2014); kinase not modelled."),
        ("C23", "Nuclear TRPM7 kinase fragment and histone phosphorylation are not modelled."),
    ),
)
