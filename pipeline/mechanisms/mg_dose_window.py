"""Mechanism 6: the Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation.

Extracellular Mg2+ enters through TRPM7 and supports RUNX2, Osterix, ALP and
osteocalcin (rising, saturating limb); above the physiological range Mg2+ inhibits
mineral deposition (falling limb), so mineralisation is biphasic in Mg2+. Below
0.5 mM (deficiency) RUNX2, ALP and osteocalcin fall.

The review's own optimum is inconsistent (2.5-5 mM, C05; 6 and 10 mM, C06); the
model targets a peak inside 2.5-10 mM, the range both sources and Yoshizawa 2014
(mineralisation up at 5 and 10 mM, observations O01) bracket. It follows the
review where primary studies disagree: low Mg2+ or TRPM7 silencing *accelerated*
differentiation in human MSCs (Castiglioni 2018, O14/O15) and 5.8 mM *inhibited*
mineralisation (Tsao 2017, O11); the review's direction is kept because the
in vivo deficiency studies (Rude 1998, O29/O31: trabecular bone loss) and Abed
2011 (O16/O17) agree with it.
"""

from __future__ import annotations

from pipeline.mechanisms.common import HALF_ACTIVATION, HILL_TWO, HUMAN, INHIBITORY, MG_MODULE, cl, doi, go
from pipeline.mechanisms.osteogenic_core import CELL, MATURATION, MG_HANDLING, MG_RUNX2, RUNX2_CORE
from pipeline.model import Compare, Condition, DoseResponse, Mechanism, Modifier, Module, Parameter, Phenotype
from pipeline.units import nM

MINERALISATION = Module(
    "mineralisation",
    parameters=(
        Parameter(
            "K_ALP_mineral",
            "ALP for half-maximal mineral deposition",
            nM(20),
            "mM",
            HALF_ACTIVATION,
            assumption="Centred on the resting ALP level so mineralisation responds to ALP both ways.",
        ),
        Parameter(
            "Ki_Mg_mineral",
            "extracellular Mg2+ halving mineral deposition",
            25.0,
            "mM",
            INHIBITORY,
            assumption="Mg2+ competes with Ca2+ in forming hydroxyapatite and slows crystal growth"
            " (physicochemical effect, value not measured in these studies); 25 mM places a 14%"
            " inhibition at 10 mM and a 39% inhibition at 20 mM, matching the declining limb reported"
            " at high Mg2+ (observations O24, O48) while keeping the 5-10 mM gains of Yoshizawa 2014.",
        ),
        HILL_TWO,
    ),
    phenotypes=(
        Phenotype(
            "mineralisation",
            "matrix mineralisation (index 0-1)",
            "assignment",
            "ALPL/(ALPL + K_ALP_mineral) * 1 dimensionless/(1 dimensionless + (Mg_ext/Ki_Mg_mineral)^n_two)",
            0.5,
            (Modifier("ALPL", "essential_activator"), Modifier("Mg_ext", "inhibitor")),
            ("C04", "C05", "C06", "C15", "C25"),
            (go("0030282"),),
            "Mineral deposition needs ALP (phosphate supply) and is inhibited by high extracellular Mg2+;"
            " the product of the two gives the biphasic dose window.",
        ),
    ),
)

CONTROL = Condition("control (0.8 mM Mg2+)")
DEFICIENT = CONTROL.with_changes("deficiency (0.3 mM Mg2+)", Mg_ext=0.3)
DOSES = (0.1, 0.3, 0.8, 1.5, 2.5, 4.0, 5.0, 6.0, 8.0, 10.0, 15.0, 20.0)

MECHANISM = Mechanism(
    id="mg_dose_window",
    name="Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation",
    summary=(
        "Extracellular Mg2+ supports RUNX2, Osterix, ALP and osteocalcin through TRPM7-mediated entry; high"
        " Mg2+ inhibits mineral deposition, so mineralisation is biphasic with its optimum inside 2.5-10 mM;"
        " deficiency (below 0.5 mM) lowers RUNX2, ALP and osteocalcin. Claims C04-C07, C15 and X01."
    ),
    modules=(MG_MODULE, CELL, MG_HANDLING, RUNX2_CORE, MG_RUNX2, MATURATION, MINERALISATION),
    xrefs=(
        HUMAN,
        go("0030282", "bqbiol:isVersionOf"),
        go("0001649", "bqbiol:isVersionOf"),
        cl("0002540", "bqbiol:occursIn"),
        doi("10.1016/j.actbio.2014.02.002"),
    ),
    behaviours=(
        DoseResponse(
            ("C05", "C06"),
            "mineralisation peaks inside 2.5-10 mM Mg2+ and is >=10% lower at 20 mM",
            "mineralisation",
            "Mg_ext",
            DOSES,
            "peak",
            peak_window=(2.5, 10.0),
            end_drop=0.9,
        ),
        Compare(
            ("C04",),
            "raising Mg2+ from 0.8 to 5 mM raises mineralisation",
            "mineralisation",
            CONTROL,
            CONTROL.with_changes("Mg2+ 5 mM", Mg_ext=5.0),
            "up",
            min_ratio=1.1,
        ),
        Compare(("C15", "C26"), "deficiency lowers RUNX2", "RUNX2", CONTROL, DEFICIENT, "down", max_ratio=0.9),
        Compare(("C15",), "deficiency lowers ALP", "ALPL", CONTROL, DEFICIENT, "down", max_ratio=0.9),
        Compare(("C15",), "deficiency lowers osteocalcin", "BGLAP", CONTROL, DEFICIENT, "down", max_ratio=0.9),
        Compare(
            ("C15",),
            "deficiency lowers osteoblast differentiation",
            "osteoblast_differentiation",
            CONTROL,
            DEFICIENT,
            "down",
            max_ratio=0.95,
        ),
        Compare(
            ("C64",),
            "without RUNX2 expression there is no Osterix-driven differentiation",
            "osteoblast_differentiation",
            CONTROL,
            CONTROL.with_changes("RUNX2 knock-out", k_syn_RUNX2_basal=0.0, k_syn_RUNX2_Mg=0.0),
            "down",
            max_ratio=0.01,
        ),
    ),
    readouts=("Mg_cyt", "RUNX2", "SP7", "ALPL", "BGLAP", "mineralisation"),
    scan_input="Mg_ext",
    scan_doses=DOSES,
    knockdowns=(CONTROL.with_changes("TRPM7 siRNA (10%)", TRPM7_expression=0.1),),
    time_course_hours=96.0,
    claims_not_encoded=(
        ("C07", "'Mg2+ is a key factor' is a sensitivity statement, assessed by the robustness analysis."),
        ("X01", "Baseline value, used as the 0.8 mM control of every experiment rather than as a test."),
    ),
)
