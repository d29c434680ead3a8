"""The review in one page: Mg2+ and each mechanism's activities with their influences on the phenotypes.

An SBGN Activity Flow map is drawn from these declarations. Every activity names the element of the
integrated model that carries it (``ref``), and a test checks that each influence follows a path
through the integrated model's reactions, modifiers and phenotype rules, so the overview cannot
claim a link the models lack. Cell-level steps that are both driven and driving (H-type vessels,
Osterix+ progenitors) are activities, since SBGN AF lets only activities and perturbations
influence. The implant is an activity marked with a perturbation unit of information.
"""

from __future__ import annotations

from pipeline.mechanisms.common import chebi, go, uniprot
from pipeline.model import Activity, Influence

ACTIVITIES: tuple[Activity, ...] = (
    Activity("implant", "biodegradable Mg implant", "activity", "Mg_alloy", "mt:pert"),
    Activity("mg_ext", "extracellular Mg2+", "activity", "Mg_ext", "mt:simplechem", (chebi(18420),)),
    Activity(
        "pdgf",
        "PDGF-BB / PDGFRβ",
        "activity",
        "PDGF_PDGFRB",
        "mt:complex",
        (uniprot("P01127", "bqbiol:hasPart"), uniprot("P09619", "bqbiol:hasPart")),
    ),
    Activity("trpm7", "TRPM7 channel", "activity", "TRPM7_a", "mt:prot", (uniprot("Q96QT4"),)),
    Activity("mg_cyt", "cytosolic Mg2+", "activity", "Mg_cyt", "mt:simplechem", (chebi(18420),)),
    Activity("wnt", "β-catenin / TCF", "activity", "CTNNB1_TCF", "mt:complex", (uniprot("P35222", "bqbiol:hasPart"),)),
    Activity("dkk1", "DKK1", "activity", "DKK1", "mt:prot", (uniprot("O94907"),)),
    Activity(
        "cxcr4",
        "SDF-1α / CXCR4",
        "activity",
        "CXCL12_CXCR4",
        "mt:complex",
        (uniprot("P48061", "bqbiol:hasPart"), uniprot("P61073", "bqbiol:hasPart")),
    ),
    Activity(
        "runx2",
        "RUNX2 / Osterix",
        "activity",
        "SP7",
        "mt:prot",
        (uniprot("Q13950", "bqbiol:hasPart"), uniprot("Q8TDD2", "bqbiol:hasPart")),
    ),
    Activity("alp", "alkaline phosphatase", "activity", "ALPL", "mt:prot", (uniprot("P05186"),)),
    Activity("hif2a", "HIF-2α", "activity", "EPAS1", "mt:prot", (uniprot("Q99814"),)),
    Activity("pgc1a", "PGC-1α", "activity", "PPARGC1A", "mt:prot", (uniprot("Q9UBK2"),)),
    Activity("vegf", "VEGF-A", "activity", "VEGFA", "mt:prot", (uniprot("P15692"),)),
    Activity("h_type", "H-type endothelium", "activity", "H_type_vessels", "", (go("0001525"),)),
    Activity("progenitors", "Osterix+ progenitors", "activity", "osteoprogenitor_recruitment", ""),
    Activity(
        "proliferation", "osteoblast proliferation", "phenotype", "osteoblast_proliferation", "", (go("0033687"),)
    ),
    Activity("migration", "osteoblast migration", "phenotype", "osteoblast_migration", "", (go("0016477"),)),
    Activity(
        "differentiation", "osteoblast differentiation", "phenotype", "osteoblast_differentiation", "", (go("0001649"),)
    ),
    Activity("recruitment", "stromal-cell recruitment", "phenotype", "BMSC_recruitment", ""),
    Activity("collagen_x", "collagen X production", "phenotype", "COL10A1", ""),
    Activity("angiogenesis", "angiogenesis", "phenotype", "angiogenesis", "", (go("0001525"),)),
    Activity("mineralisation", "matrix mineralisation", "phenotype", "mineralisation", "", (go("0030282"),)),
    Activity("bone_formation", "bone formation", "phenotype", "bone_formation", "", (go("1990523"),)),
)

INFLUENCES: tuple[Influence, ...] = (
    Influence("implant", "mg_ext", "positive", ("C34", "C36")),
    Influence("pdgf", "trpm7", "positive", ("C28", "C29")),
    Influence("mg_ext", "mg_cyt", "positive", ("C16", "C30")),
    Influence("trpm7", "mg_cyt", "positive", ("C28", "C30")),
    Influence("mg_cyt", "proliferation", "positive", ("C24", "C29", "C30")),
    Influence("mg_cyt", "migration", "positive", ("C16", "C30")),
    Influence("mg_cyt", "runx2", "positive", ("C26", "C27")),
    Influence("mg_ext", "wnt", "positive", ("C40", "C41", "C42")),
    Influence("wnt", "dkk1", "positive", ("C42",)),
    Influence("dkk1", "wnt", "negative", ("C42",)),
    Influence("wnt", "runx2", "positive", ("C43", "C65")),
    Influence("cxcr4", "wnt", "positive", ("C44",)),
    Influence("cxcr4", "recruitment", "positive", ("C46", "C48")),
    Influence("mg_ext", "recruitment", "positive", ("C50", "C51")),
    Influence("runx2", "differentiation", "positive", ("C64",)),
    Influence("runx2", "alp", "positive", ("C15", "C64")),
    Influence("alp", "mineralisation", "positive", ("C15", "C25")),
    Influence("mg_ext", "mineralisation", "negative", ("C05", "C06")),
    Influence("mg_ext", "hif2a", "positive", ("C60",)),
    Influence("mg_ext", "pgc1a", "positive", ("C60",)),
    Influence("hif2a", "vegf", "positive", ("C54",)),
    Influence("pgc1a", "vegf", "positive", ("C55",)),
    Influence("hif2a", "collagen_x", "positive", ("C53", "C57")),
    Influence("vegf", "angiogenesis", "positive", ("C32",)),
    Influence("mg_ext", "angiogenesis", "positive", ("C34",)),
    Influence("vegf", "h_type", "positive", ("C32", "C38")),
    Influence("h_type", "progenitors", "positive", ("C35", "C39")),
    Influence("progenitors", "bone_formation", "positive", ("C35", "C37")),
    Influence("runx2", "bone_formation", "positive", ("C43", "C65")),
    Influence("cxcr4", "bone_formation", "positive", ("C49", "C51")),
    Influence("alp", "bone_formation", "positive", ("C04",)),
)
