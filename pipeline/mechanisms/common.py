"""Compartments, shared species and annotation helpers used by several mechanisms.

Identifiers come from pipeline/evidence/entities.tsv (each confirmed there);
SBO terms from the SBO ontology as checked by libsbml.
"""

from __future__ import annotations

from pipeline.model import Compartment, Module, Parameter, Species, Xref

# ------------------------------------------------------------ SBO terms
ION = "SBO:0000327"  # non-macromolecular ion
PROTEIN = "SBO:0000252"  # polypeptide chain
COMPLEX = "SBO:0000253"  # non-covalent complex
MRNA = "SBO:0000278"  # messenger RNA
PERTURBING_AGENT = "SBO:0000405"
UNSPECIFIED_ENTITY = "SBO:0000285"  # material entity of unspecified nature
SIMPLE_CHEMICAL = "SBO:0000247"

# parameter SBO terms
RATE_CONSTANT = "SBO:0000035"  # forward unimolecular rate constant
BIMOLECULAR_RATE = "SBO:0000036"  # forward bimolecular rate constant
ZERO_ORDER_RATE = "SBO:0000009"  # kinetic constant (zero-order production rate)
DISSOCIATION = "SBO:0000282"  # dissociation constant
HALF_ACTIVATION = "SBO:0000193"  # equilibrium constant used as half-maximal activation
INHIBITORY = "SBO:0000261"  # inhibitory constant
MICHAELIS = "SBO:0000027"
HILL = "SBO:0000190"
VMAX = "SBO:0000186"
FRACTION = "SBO:0000002"  # quantitative systems description parameter (fractions, factors)
CONCENTRATION = "SBO:0000196"  # concentration of an entity pool

HUMAN = Xref("bqbiol:hasTaxon", "taxonomy:9606")


def uniprot(acc: str, qualifier: str = "bqbiol:is") -> Xref:
    return Xref(qualifier, f"uniprot:{acc}")


def chebi(number: int) -> Xref:
    return Xref("bqbiol:is", f"CHEBI:{number}")


def go(term: str, qualifier: str = "bqbiol:isVersionOf") -> Xref:
    return Xref(qualifier, f"GO:{term}")


def cl(term: str, qualifier: str = "bqbiol:isPartOf") -> Xref:
    return Xref(qualifier, f"CL:{term}")


def hgnc(number: int) -> Xref:
    return Xref("bqbiol:isEncodedBy", f"hgnc:{number}")


def doi(value: str, qualifier: str = "bqmodel:isDescribedBy") -> Xref:
    return Xref(qualifier, f"doi:{value}")


def biomodels(model_id: str) -> Xref:
    return Xref("bqmodel:isDerivedFrom", f"biomodels.db:{model_id}")


def has_parts(*accessions: str) -> tuple[Xref, ...]:
    return tuple(uniprot(a, "bqbiol:hasPart") for a in accessions)


# ------------------------------------------------------------ compartments
EXTRACELLULAR = Compartment(
    "extracellular",
    "extracellular space (peri-implant / culture medium)",
    1e-9,
    (go("0005615", "bqbiol:is"),),
    "Extracellular fluid around the cells: culture medium in vitro, peri-implant fluid in vivo."
    " Volume per cell (1 nL, about 1 mL medium per 1e6 cells) is an assumption; inputs held here are"
    " boundary species, so the volume only scales the amounts of dynamic extracellular pools.",
)
CYTOSOL = Compartment(
    "cytosol",
    "cytosol of osteogenic cells (BMSC / osteoblast lineage)",
    2e-12,
    (go("0005829", "bqbiol:is"), cl("0002540"), cl("0000062")),
    "Cytosol of bone-marrow stromal cells and the osteoblasts they become (one lineage compartment)."
    " Volume 2 pL (assumption: a spread mesenchymal cell; Coggins 2014 used 8.4 pL for a 20 um sphere).",
    outside="extracellular",
)
NUCLEUS = Compartment(
    "nucleus",
    "nucleus of osteogenic cells",
    5e-13,
    (go("0005634", "bqbiol:is"), cl("0002540"), cl("0000062")),
    "Nucleus of the osteogenic lineage cells; volume one quarter of the cytosol (assumption).",
    outside="cytosol",
)
EC_CYTOSOL = Compartment(
    "ec_cytosol",
    "cytosol of endothelial cells",
    1e-12,
    (go("0005829", "bqbiol:is"), cl("0000115")),
    "Cytosol of bone endothelial cells (volume 1 pL, assumption).",
    outside="extracellular",
)

# ------------------------------------------------------------ shared species
MG_EXT = Species(
    "Mg_ext",
    "Mg2+ (extracellular)",
    "extracellular",
    0.8,
    ION,
    (chebi(18420),),
    "Free extracellular magnesium ion. Baseline 0.8 mM = standard culture medium (Yoshizawa 2014 control;"
    " claims X01); adult serum total Mg is 0.70-1.10 mM. Experiments set it (dose scans 0.1-20 mM).",
    boundary=True,
    label="Mg2+",
)

MG_MODULE = Module("extracellular_mg", compartments=(EXTRACELLULAR,), species=(MG_EXT,))

# Hill coefficient shared by phenomenological regulation terms.
HILL_ONE = Parameter(
    "n_one",
    "Hill coefficient 1",
    1.0,
    "dimensionless",
    HILL,
    assumption="Non-cooperative regulation (hyperbolic) where the mechanism gives no cooperativity.",
)
HILL_TWO = Parameter(
    "n_two",
    "Hill coefficient 2",
    2.0,
    "dimensionless",
    HILL,
    assumption="Mildly cooperative (sigmoidal) regulation, used where a threshold-like response is described.",
)
