"""Mechanism 2: Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells.

Extracellular Mg2+ (10 mM; Hung 2019 as cited by the review, C40-C43) inactivates GSK3-beta,
the kinase of the beta-catenin destruction complex. Beta-catenin escapes degradation, enters the
nucleus, binds TCF/LEF and switches on its targets LEF1, DKK1 and RUNX2. DKK1 is secreted and
blocks the Wnt co-receptor LRP6 (negative feedback); RUNX2 commits stromal cells to the
osteoblast lineage. The beta-catenin core is a reduction of Lee et al. 2003 (BIOMD0000000658).
"""

from __future__ import annotations

from pipeline.mechanisms.common import (
    BIMOLECULAR_RATE,
    COMPLEX,
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
    biomodels,
    cl,
    doi,
    go,
    has_parts,
    uniprot,
)
from pipeline.mechanisms.osteogenic_core import CELL, MATURATION, PROTEIN_HALF_LIFE, RUNX2_CORE
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
)
from pipeline.ratelaws import (
    SBO_DEGRADATION,
    SBO_HILL,
    SBO_TRANSLOCATION,
    binding,
    conversion,
    degradation,
    inhibition_term,
    synthesis,
)
from pipeline.units import half_life_hours_to_rate, nM, nM_per_min, per_min, per_nM_per_s

CANONICAL_WNT = go("0060070")  # canonical Wnt signaling pathway
PROTEIN_CATABOLISM = go("0030163")  # protein catabolic process

LEE = "Lee E et al. 2003 PLoS Biol 1:E10 (PMID 14551908); BioModels BIOMD0000000658"
K_DEG = half_life_hours_to_rate(12.0)  # value of PROTEIN_HALF_LIFE (k_deg_protein)

# Resting (no Wnt, 0.8 mM Mg2+) values used for calibration.
LEE_FREE_BCAT_NM = 25.1  # free beta-catenin, Lee 2003 reference state
LEE_TCF_BOUND_NM = 6.83  # beta-catenin:TCF, Lee 2003 reference state (of 15 nM TCF)
LEE_TCF_FREE_NM = 8.17
REST_GSK3B_ACTIVE_NM = 42.1  # active GSK3-beta at rest in this model (of 50 nM; computed, see k_dc_CTNNB1)

# ------------------------------------------------------------------ Wnt receptor level
WNT_RECEPTOR = Module(
    "wnt_receptor",
    compartments=(EXTRACELLULAR,),
    species=(
        Species(
            "WNT3A",
            "Wnt3a (extracellular)",
            "extracellular",
            0.0,
            PROTEIN,
            (uniprot("P56704"),),
            "Recombinant Wnt3a added to the medium (input; 0 = none). The review names no Wnt ligand;"
            " Wnt3a stands for canonical Wnt ligands and is the positive control of C41.",
            boundary=True,
        ),
        Species(
            "LRP6",
            "LRP6 (free Wnt co-receptor)",
            "cytosol",
            nM(3.3),
            PROTEIN,
            (uniprot("O75581"),),
            "Unliganded LRP6 (standing for LRP5/6) at the plasma membrane. Total receptor 10 nM in cell"
            " volume (about 12,000 per 2 pL cell) is an assumption; only ratios matter.",
            at_membrane=True,
        ),
        Species(
            "WNT3A_LRP6",
            "Wnt3a:LRP6 (active co-receptor)",
            "cytosol",
            0.0,
            COMPLEX,
            has_parts("P56704", "O75581"),
            "Ligand-bound LRP6 (with Frizzled, not modelled): the signalosome that inhibits the"
            " beta-catenin destruction complex.",
            at_membrane=True,
        ),
        Species(
            "DKK1",
            "Dickkopf-1 (extracellular)",
            "extracellular",
            nM(0.8),
            PROTEIN,
            (uniprot("O94907"),),
            "Secreted DKK1, a beta-catenin/TCF target that binds LRP6 and blocks Wnt signalling.",
            label="DKK1",
        ),
        Species(
            "DKK1_LRP6",
            "DKK1:LRP6 (blocked co-receptor)",
            "cytosol",
            nM(6.7),
            COMPLEX,
            has_parts("O94907", "O75581"),
            "LRP6 occupied by DKK1; it cannot bind Wnt and is internalised.",
            at_membrane=True,
        ),
    ),
    parameters=(
        Parameter(
            "k_syn_LRP6",
            "LRP6 synthesis",
            nM(10) * K_DEG,
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="Keeps total LRP6 at 10 nM (free + complexes) with the 12 h protein half-life.",
        ),
        Parameter(
            "kon_WNT3A",
            "Wnt3a association to LRP6",
            per_nM_per_s(1e-3),
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            assumption="Typical protein-protein association rate 1e6 /(M s); no measured value in the evidence files.",
        ),
        Parameter(
            "koff_WNT3A",
            "Wnt3a dissociation from LRP6",
            per_nM_per_s(1e-3) * nM(1.0),
            "per_hour",
            RATE_CONSTANT,
            assumption="koff = kon x Kd with an assumed apparent Kd of 1 nM (nanomolar Wnt3a doses are"
            " effective in culture); not in the evidence files.",
        ),
        Parameter(
            "kon_DKK1",
            "DKK1 association to LRP6",
            per_nM_per_s(1e-3),
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            assumption="Typical protein-protein association rate 1e6 /(M s); Bafico 2001 reports only Kd.",
        ),
        Parameter(
            "koff_DKK1",
            "DKK1 dissociation from LRP6",
            per_nM_per_s(1e-3) * nM(0.39),
            "per_hour",
            RATE_CONSTANT,
            assumption="koff = kon x Kd with Kd = 0.39 nM (Bafico A et al. 2001 Nat Cell Biol 3:683,"
            " PMID 11433302; human DKK1 on 293T cells overexpressing LRP6) and the assumed kon.",
        ),
        Parameter(
            "k_deg_DKK1",
            "DKK1 clearance from the medium",
            K_DEG,
            "per_hour",
            RATE_CONSTANT,
            assumption="Half-life 12 h like other proteins without a measured value.",
        ),
        PROTEIN_HALF_LIFE,
    ),
    reactions=(
        synthesis(
            "LRP6_synthesis",
            "LRP6 expression",
            "LRP6",
            "cytosol",
            "k_syn_LRP6",
            ("C42",),
            "Constitutive co-receptor expression.",
        ),
        degradation(
            "LRP6_degradation",
            "LRP6 turnover",
            "LRP6",
            "cytosol",
            "k_deg_protein",
            ("C42",),
            "Constitutive co-receptor turnover.",
        ),
        binding(
            "WNT3A_binding",
            "Wnt3a binds LRP6",
            "LRP6",
            "WNT3A",
            "WNT3A_LRP6",
            "cytosol",
            "kon_WNT3A",
            "koff_WNT3A",
            ("C41",),
            "Wnt binding to the LRP6/Frizzled pair forms the signalling receptor; the extracellular Wnt3a"
            " pool is held by the experiment.",
            xrefs=(CANONICAL_WNT,),
        ),
        degradation(
            "WNT3A_LRP6_degradation",
            "turnover of Wnt3a-bound LRP6",
            "WNT3A_LRP6",
            "cytosol",
            "k_deg_protein",
            ("C41",),
            "The signalosome is turned over like free receptor.",
            xrefs=(go("0031623"),),
        ),
        binding(
            "DKK1_binding",
            "DKK1 binds LRP6",
            "LRP6",
            "DKK1",
            "DKK1_LRP6",
            "cytosol",
            "kon_DKK1",
            "koff_DKK1",
            ("C42", "C43"),
            "DKK1 occupies LRP6 so that it can neither bind Wnt nor relay the Mg2+ signal (negative"
            " feedback, C42). DKK1 binds the receptor from the medium; the rate is counted in cell volume.",
            xrefs=(CANONICAL_WNT,),
        ),
        degradation(
            "DKK1_LRP6_internalisation",
            "internalisation of DKK1-bound LRP6",
            "DKK1_LRP6",
            "cytosol",
            "k_deg_protein",
            ("C42",),
            "DKK1-bound LRP6 is removed from the surface (with Kremen, not modelled) at the protein"
            " turnover rate (assumption).",
            xrefs=(go("0031623"),),
        ),
        degradation(
            "DKK1_degradation",
            "DKK1 clearance",
            "DKK1",
            "extracellular",
            "k_deg_DKK1",
            ("C42",),
            "Clearance of secreted DKK1 from the medium.",
        ),
    ),
)

# ------------------------------------------------------------------ GSK3-beta
GSK3 = Module(
    "gsk3b",
    species=(
        Species(
            "GSK3B",
            "GSK3-beta (active)",
            "cytosol",
            nM(REST_GSK3B_ACTIVE_NM),
            PROTEIN,
            (uniprot("P49841"),),
            "Active GSK3-beta, the kinase that marks beta-catenin for degradation in the destruction"
            " complex. Total 50 nM (active + Ser9-phosphorylated) as GSK3 in Lee et al. 2003.",
            label="GSK3β",
            states=("@S9",),
        ),
        Species(
            "GSK3B_p",
            "GSK3-beta (Ser9-phosphorylated, inactive)",
            "cytosol",
            nM(50 - REST_GSK3B_ACTIVE_NM),
            PROTEIN,
            (uniprot("P49841", "bqbiol:isVersionOf"),),
            "GSK3-beta inhibited by N-terminal Ser9 phosphorylation (e.g. by Akt downstream of PI3K).",
            label="GSK3β",
            states=("P@S9",),
        ),
    ),
    parameters=(
        Parameter(
            "k_GSK3_Mg",
            "maximal Mg2+-stimulated GSK3-beta inactivation per LRP6",
            2.2e6,
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            assumption="Chosen so that 10 mM Mg2+ lowers active GSK3-beta about five-fold, giving an"
            " active beta-catenin rise (about 4.5-fold) comparable to a saturating Wnt3a dose (C41).",
        ),
        Parameter(
            "K_Mg_GSK3",
            "extracellular Mg2+ for half-maximal GSK3-beta inactivation",
            5.0,
            "mM",
            HALF_ACTIVATION,
            assumption="Little effect at the 0.8 mM culture baseline, strong at 10 mM (Hung 2019 dose,"
            " C40); placed between them.",
        ),
        Parameter(
            "k_GSK3_react",
            "GSK3-beta reactivation (Ser9 dephosphorylation)",
            1.0,
            "per_hour",
            RATE_CONSTANT,
            assumption="Phosphatase-mediated recovery within about an hour; sets timing, not steady ratios"
            " (they depend on k_GSK3_Mg / k_GSK3_react).",
        ),
        Parameter(
            "GSK3_inhibitor",
            "fraction of GSK3 activity blocked by a drug (CHIR99021 / LiCl)",
            0.0,
            "dimensionless",
            FRACTION,
            assumption="Experimental handle (0 = no inhibitor, 1 = complete block); a standard positive"
            " control of canonical Wnt activation.",
        ),
        HILL_TWO,
    ),
    reactions=(
        conversion(
            "GSK3B_inactivation_Mg",
            "Mg2+-stimulated Ser9 phosphorylation of GSK3-beta",
            "GSK3B",
            "GSK3B_p",
            "cytosol",
            "k_GSK3_Mg",
            ("C40", "C41", "C43"),
            "Assumption: extracellular Mg2+ acts through PI3K/Akt, which phosphorylates GSK3-beta on Ser9."
            " The review states only that 10 mM Mg2+ activates canonical Wnt signalling in BMSCs (Hung 2019);"
            " support: Mg2+ acts via TRPM7/PI3K in human hFOB osteoblasts (observations O42) and a Mg implant"
            " enhanced Wnt/beta-catenin in bone (Xu et al. 2021 Bioact Mater, doi 10.1016/j.bioactmat.2021.06.034;"
            " O41). Second assumption: the step needs free LRP6 (catalyst), i.e. Mg2+ acts on the GSK3 pool"
            " recruited to the Wnt co-receptor. Without it DKK1, an LRP5/6 antagonist, could not abolish the"
            " Mg2+ effect as C43 states; the molecular link is not known. Hill (n = 2) in extracellular Mg2+.",
            catalyst="LRP6",
            activators=(("Mg_ext", "K_Mg_GSK3", "n_two"),),
            xrefs=(CANONICAL_WNT,),
        ),
        conversion(
            "GSK3B_reactivation",
            "GSK3-beta Ser9 dephosphorylation",
            "GSK3B_p",
            "GSK3B",
            "cytosol",
            "k_GSK3_react",
            ("C40",),
            "Phosphatases (not modelled) restore GSK3-beta activity; first order.",
            xrefs=(CANONICAL_WNT,),
        ),
    ),
)

# ------------------------------------------------------------------ beta-catenin core (reduced Lee 2003)
DESTRUCTION = Reaction(
    "CTNNB1_destruction",
    "destruction-complex-dependent beta-catenin degradation",
    SBO_DEGRADATION,
    (("CTNNB1", 1.0),),
    (),
    (Modifier("GSK3B", "catalyst"), Modifier("WNT3A_LRP6", "inhibitor")),
    RateLaw(
        "cytosol * k_dc_CTNNB1 * (1 dimensionless - GSK3_inhibitor) * GSK3B * CTNNB1 * "
        + inhibition_term("WNT3A_LRP6", "K_WNT_destruction", "n_one"),
        SBO_HILL,
        "Hill",
    ),
    ("C40", "C41"),
    "Reduction of Lee et al. 2003: the APC/axin/GSK3 destruction complex, beta-catenin phosphorylation and"
    " proteasomal degradation (Lee v4-v11) are lumped into one step proportional to active GSK3-beta."
    " Wnt-bound LRP6 inhibits the complex (Lee: via Dishevelled) and a GSK3 inhibitor removes it. APC"
    " buffering (2 nM bound in Lee's reference state) is neglected.",
    (PROTEIN_CATABOLISM, CANONICAL_WNT),
)

BETA_CATENIN = Module(
    "beta_catenin_core",
    species=(
        Species(
            "CTNNB1",
            "beta-catenin (cytosolic, free)",
            "cytosol",
            nM(LEE_FREE_BCAT_NM),
            PROTEIN,
            (uniprot("P35222"),),
            "Free non-phosphorylated cytosolic beta-catenin. Lee et al. 2003 reference state: 25.1 nM.",
            label="β-catenin",
        ),
        Species(
            "CTNNB1_nuc",
            "beta-catenin (nuclear, free; active)",
            "nucleus",
            nM(LEE_FREE_BCAT_NM),
            PROTEIN,
            (uniprot("P35222", "bqbiol:isVersionOf"),),
            "Active (non-phosphorylated) beta-catenin in the nucleus, the readout of C40/C41.",
            label="β-catenin",
        ),
        Species(
            "TCF",
            "TCF/LEF transcription factors (free)",
            "nucleus",
            nM(LEE_TCF_FREE_NM),
            PROTEIN,
            (uniprot("Q9UJU2", "bqbiol:isVersionOf"),),
            "Pool of DNA-bound TCF/LEF factors (LEF1 is the family member with a confirmed identifier)."
            " Total 15 nM and constant as in Lee et al. 2003; newly made LEF1 is a separate readout.",
            label="TCF/LEF",
        ),
        Species(
            "CTNNB1_TCF",
            "beta-catenin:TCF/LEF (transcription complex)",
            "nucleus",
            nM(LEE_TCF_BOUND_NM),
            COMPLEX,
            has_parts("P35222", "Q9UJU2"),
            "The transcriptionally active complex that switches on LEF1, DKK1 and RUNX2.",
            label="β-catenin:TCF/LEF",
        ),
    ),
    parameters=(
        Parameter(
            "k_syn_CTNNB1",
            "beta-catenin synthesis",
            nM_per_min(0.423),
            "mM_per_hour",
            ZERO_ORDER_RATE,
            source=LEE + ", parameter k12 (0.423 nM/min)",
        ),
        Parameter(
            "k_deg_CTNNB1",
            "axin-independent beta-catenin degradation",
            per_min(0.000257),
            "per_hour",
            RATE_CONSTANT,
            source=LEE + ", parameter k13 (2.57e-4 /min)",
        ),
        Parameter(
            "k_dc_CTNNB1",
            "destruction-complex degradation per active GSK3-beta",
            (nM_per_min(0.423) / nM(LEE_FREE_BCAT_NM) - per_min(0.000257)) / nM(REST_GSK3B_ACTIVE_NM),
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            assumption="Calibrated so that the resting state (no Wnt, 0.8 mM Mg2+, 42.1 nM active"
            " GSK3-beta) has Lee et al. 2003's free beta-catenin of 25.1 nM: (k12/25.1 nM - k13) /"
            " 42.1 nM, i.e. Lee's destruction flux of 0.417 nM/min in one step.",
        ),
        Parameter(
            "K_WNT_destruction",
            "Wnt3a:LRP6 for half-maximal inhibition of the destruction complex",
            nM(2.0),
            "mM",
            INHIBITORY,
            assumption="Chosen so that a saturating Wnt3a dose (10 nM LRP6 bound) lowers destruction"
            " about 5-fold, i.e. the active beta-catenin rise of the positive control is similar to"
            " that of 10 mM Mg2+ (C41).",
        ),
        Parameter(
            "k_shuttle_CTNNB1",
            "beta-catenin nucleo-cytoplasmic shuttling",
            6.0,
            "per_hour",
            RATE_CONSTANT,
            assumption="Equilibration within about 10 min, fast compared with turnover; Lee's model has"
            " a single free pool, so import and export share one constant (equal free concentrations"
            " at steady state).",
        ),
        Parameter(
            "kon_TCF",
            "beta-catenin binding to TCF",
            per_min(500) / 1e-6,
            "per_mM_per_hour",
            BIMOLECULAR_RATE,
            source=LEE + ", parameter k16 (500 /(nM min), fast equilibrium)",
        ),
        Parameter(
            "koff_TCF",
            "beta-catenin dissociation from TCF",
            per_min(15000),
            "per_hour",
            RATE_CONSTANT,
            source=LEE + ", k_16 = k16 x K_16 with K_16 = 30 nM (15000 /min)",
        ),
        HILL_ONE,
    ),
    reactions=(
        synthesis(
            "CTNNB1_synthesis",
            "beta-catenin synthesis",
            "CTNNB1",
            "cytosol",
            "k_syn_CTNNB1",
            ("C40",),
            "Constitutive zero-order synthesis (Lee v12).",
        ),
        degradation(
            "CTNNB1_degradation",
            "axin-independent beta-catenin degradation",
            "CTNNB1",
            "cytosol",
            "k_deg_CTNNB1",
            ("C40",),
            "Slow degradation that remains when the destruction complex is inactive (Lee v13); it sets"
            " the ceiling k12/k13 = 1646 nM.",
        ),
        DESTRUCTION,
        Reaction(
            "CTNNB1_import",
            "beta-catenin nuclear import",
            SBO_TRANSLOCATION,
            (("CTNNB1", 1.0),),
            (("CTNNB1_nuc", 1.0),),
            (),
            RateLaw("cytosol * k_shuttle_CTNNB1 * CTNNB1", "SBO:0000049", "mass action (first order)"),
            ("C42",),
            "Stabilised beta-catenin enters the nucleus (C42: nuclear translocation). Flux counted in"
            " cytosolic volume, so import and export balance at equal concentrations.",
            (CANONICAL_WNT,),
        ),
        Reaction(
            "CTNNB1_export",
            "beta-catenin nuclear export",
            SBO_TRANSLOCATION,
            (("CTNNB1_nuc", 1.0),),
            (("CTNNB1", 1.0),),
            (),
            RateLaw("cytosol * k_shuttle_CTNNB1 * CTNNB1_nuc", "SBO:0000049", "mass action (first order)"),
            ("C42",),
            "Return of free nuclear beta-catenin to the cytosol, where it can be degraded.",
            (CANONICAL_WNT,),
        ),
        binding(
            "CTNNB1_TCF_binding",
            "beta-catenin binds TCF/LEF",
            "CTNNB1_nuc",
            "TCF",
            "CTNNB1_TCF",
            "nucleus",
            "kon_TCF",
            "koff_TCF",
            ("C42",),
            "Nuclear beta-catenin binds TCF/LEF factors (Lee v16; Kd 30 nM).",
            xrefs=(CANONICAL_WNT,),
        ),
    ),
)

# ------------------------------------------------------------------ TCF/LEF targets
TCF_TARGETS = Module(
    "tcf_targets",
    species=(
        Species(
            "LEF1",
            "LEF1 (newly expressed protein)",
            "nucleus",
            nM(5.0),
            PROTEIN,
            (uniprot("Q9UJU2"),),
            "LEF1 made in response to beta-catenin:TCF (a direct target, C42); readout of transcriptional"
            " activation. Resting level 5 nM is an assumption.",
        ),
    ),
    parameters=(
        Parameter(
            "K_TCF_target",
            "beta-catenin:TCF for half-maximal target-gene activation",
            nM(60.0),
            "mM",
            HALF_ACTIVATION,
            assumption="Set above the 15 nM TCF pool so that target expression stays nearly"
            " proportional to TCF occupancy (6.83 nM at rest); promoters are not saturated.",
        ),
        Parameter(
            "f_basal_TCF_target",
            "TCF-independent expression of LEF1 and DKK1 (fraction)",
            0.05,
            "dimensionless",
            FRACTION,
            assumption="Some expression without beta-catenin; keeps target levels positive.",
        ),
        Parameter(
            "k_syn_LEF1",
            "maximal LEF1 synthesis",
            nM(5.0) * K_DEG / 0.15,
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="LEF1 about 5 nM at rest (regulation factor 0.15 at the resting TCF occupancy).",
        ),
        Parameter(
            "k_syn_DKK1",
            "maximal DKK1 secretion (per medium volume)",
            nM(0.8) * K_DEG / 0.15,
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="Gives about 0.8 nM DKK1 in the medium at rest, twice its LRP6 Kd (0.39 nM), so"
            " that about two thirds of LRP6 is occupied by endogenous DKK1 in BMSC culture.",
        ),
        Parameter(
            "DKK1_expression",
            "DKK1 expression factor (1 = control; overexpression 10)",
            1.0,
            "dimensionless",
            FRACTION,
            assumption="Experimental handle for the DKK1 overexpression test of C43.",
        ),
        Parameter(
            "k_syn_RUNX2_TCF",
            "maximal beta-catenin:TCF-driven RUNX2 synthesis",
            nM(180.0) * K_DEG,
            "mM_per_hour",
            ZERO_ORDER_RATE,
            assumption="Undifferentiated stromal cells: about 2 nM TCF-driven RUNX2 at rest on top of"
            " 2 nM basal (below the 10 nM of committed osteoblasts), rising steeply with Wnt activity.",
        ),
        Parameter(
            "K_TCF_RUNX2",
            "beta-catenin:TCF for half-maximal RUNX2 activation",
            nM(60.0),
            "mM",
            HALF_ACTIVATION,
            assumption="Above the 15 nM TCF pool: RUNX2 expression rises about with the square of"
            " TCF occupancy (Hill n = 2 far below half-saturation), a cooperative response assumed for"
            " commitment to sustained Wnt activity.",
        ),
        PROTEIN_HALF_LIFE,
        HILL_ONE,
        HILL_TWO,
    ),
    reactions=(
        synthesis(
            "LEF1_synthesis",
            "LEF1 expression driven by beta-catenin:TCF",
            "LEF1",
            "nucleus",
            "k_syn_LEF1",
            ("C42",),
            "LEF1 is a direct target of active beta-catenin (C42).",
            activators=(("CTNNB1_TCF", "K_TCF_target", "n_one"),),
            basal="f_basal_TCF_target",
            sbo="SBO:0000589",
            xrefs=(go("0010467"), CANONICAL_WNT),
        ),
        degradation(
            "LEF1_degradation", "LEF1 turnover", "LEF1", "nucleus", "k_deg_protein", ("C42",), "Turnover of LEF1."
        ),
        synthesis(
            "DKK1_synthesis",
            "DKK1 expression and secretion driven by beta-catenin:TCF",
            "DKK1",
            "extracellular",
            "k_syn_DKK1",
            ("C42", "C43"),
            "DKK1 is a direct beta-catenin target (C42) secreted into the medium (rate per medium volume);"
            " the expression factor implements overexpression (C43).",
            activators=(("CTNNB1_TCF", "K_TCF_target", "n_one"),),
            basal="f_basal_TCF_target",
            scale="DKK1_expression",
            xrefs=(go("0010467"), CANONICAL_WNT),
        ),
        synthesis(
            "RUNX2_synthesis_TCF",
            "RUNX2 expression driven by beta-catenin:TCF",
            "RUNX2",
            "nucleus",
            "k_syn_RUNX2_TCF",
            ("C43", "C65"),
            "Canonical Wnt signalling drives BMSCs toward the osteoblast lineage (C43); represented as"
            " beta-catenin:TCF-activated RUNX2 expression (Hill n = 2).",
            activators=(("CTNNB1_TCF", "K_TCF_RUNX2", "n_two"),),
            xrefs=(go("0010467"), go("0045669")),
        ),
    ),
)

WNT_MODULES = (WNT_RECEPTOR, GSK3, BETA_CATENIN, TCF_TARGETS)

# ------------------------------------------------------------------ experiments
CONTROL = Condition("control (0.8 mM Mg2+)")
MG10 = CONTROL.with_changes("Mg2+ 10 mM", Mg_ext=10.0)
WNT3A_SAT = CONTROL.with_changes("Wnt3a 20 nM (saturating; positive control)", WNT3A=nM(20.0))
GSK3_BLOCK = CONTROL.with_changes("complete GSK3 block (destruction-free ceiling)", GSK3_inhibitor=1.0)
DKK1_OE = CONTROL.with_changes("DKK1 overexpression (10x)", DKK1_expression=10.0)

MECHANISM = Mechanism(
    id="wnt_beta_catenin",
    name="Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells",
    summary=(
        "Extracellular Mg2+ inactivates GSK3-beta (assumed PI3K/Akt route, acting on the LRP6-associated pool),"
        " so beta-catenin escapes the destruction complex, enters the nucleus and binds TCF/LEF. The complex"
        " switches on LEF1, DKK1 and RUNX2; secreted DKK1 blocks LRP6 (negative feedback) and RUNX2 drives"
        " osteoblast commitment. The beta-catenin core is a reduction of Lee et al. 2003 (BIOMD0000000658)"
        " calibrated to its no-Wnt reference state. Claims C40-C43 and C65 of the source review."
    ),
    modules=(MG_MODULE, CELL, RUNX2_CORE, MATURATION) + WNT_MODULES,
    xrefs=(
        HUMAN,
        CANONICAL_WNT,
        go("0045669", "bqbiol:isVersionOf"),
        cl("0002540", "bqbiol:occursIn"),
        biomodels("BIOMD0000000658"),
        # Hung 2019 (the review's source for C40-C43) is unverified; Xu 2021 (observations O41)
        # independently reports Mg2+-enhanced Wnt/beta-catenin signalling in bone.
        doi("10.1016/j.bioactmat.2021.06.034"),
    ),
    behaviours=(
        Compare(
            ("C40",),
            "reduced Lee 2003 core: the resting state has Lee's free beta-catenin (25.1 nM), shown"
            " as the fold rise to the destruction-free ceiling k12/k13 (65.6 = 1646/25.1, +-10%)",
            "CTNNB1",
            CONTROL,
            GSK3_BLOCK,
            "near",
            min_ratio=0.9 * 1645.9 / 25.1,
            max_ratio=1.1 * 1645.9 / 25.1,
        ),
        Compare(
            ("C42",),
            "reduced Lee 2003 core: 6.83 of 15 nM TCF bound at rest, shown as the fold rise to"
            " near-saturation at the ceiling (15 x 1646/1676 / 6.83 = 2.16; accepted 1.98-2.42, +-10% of"
            " 15/6.83)",
            "CTNNB1_TCF",
            CONTROL,
            GSK3_BLOCK,
            "near",
            min_ratio=0.9 * 15 / 6.83,
            max_ratio=1.1 * 15 / 6.83,
        ),
        Compare(
            ("C40",),
            "10 mM Mg2+ raises active (nuclear) beta-catenin",
            "CTNNB1_nuc",
            CONTROL,
            MG10,
            "up",
            min_ratio=1.25,
        ),
        Compare(
            ("C41",),
            "10 mM Mg2+ brings active beta-catenin near the positive control (saturating Wnt3a); ratio within 0.7-1.3",
            "CTNNB1_nuc",
            WNT3A_SAT,
            MG10,
            "near",
            min_ratio=0.7,
            max_ratio=1.3,
        ),
        Compare(("C42",), "10 mM Mg2+ raises LEF1", "LEF1", CONTROL, MG10, "up", min_ratio=1.25),
        Compare(("C42",), "10 mM Mg2+ raises DKK1", "DKK1", CONTROL, MG10, "up", min_ratio=1.25),
        Compare(
            ("C42",),
            "despite DKK1 feedback, beta-catenin:TCF ends above baseline with 10 mM Mg2+",
            "CTNNB1_TCF",
            CONTROL,
            MG10,
            "up",
            min_ratio=1.25,
        ),
        Compare(("C43", "C65"), "10 mM Mg2+ raises RUNX2", "RUNX2", CONTROL, MG10, "up", min_ratio=1.25),
        Compare(
            ("C43", "C65"),
            "10 mM Mg2+ raises osteoblast differentiation",
            "osteoblast_differentiation",
            CONTROL,
            MG10,
            "up",
            min_ratio=1.25,
        ),
        Blunted(
            ("C43",),
            "DKK1 overexpression blunts the Mg2+-induced rise in osteoblast differentiation by more than half",
            "osteoblast_differentiation",
            CONTROL,
            MG10.changes,
            DKK1_OE.changes,
            max_fraction=0.5,
        ),
    ),
    readouts=("GSK3B", "CTNNB1", "CTNNB1_nuc", "CTNNB1_TCF", "LEF1", "DKK1", "RUNX2", "osteoblast_differentiation"),
    scan_input="Mg_ext",
    scan_doses=(0.1, 0.4, 0.8, 1.5, 2.5, 5.0, 10.0, 20.0),
    knockdowns=(DKK1_OE, GSK3_BLOCK),
    time_course_hours=96.0,
    claims_not_encoded=(
        (
            "C44",
            "SDF-1alpha acting through beta-catenin is encoded in the sdf1_cxcr4 mechanism, which reuses"
            " these modules.",
        ),
        ("C64", "RUNX2 -> Osterix dependence comes from the shared maturation module, not tested here."),
    ),
)
