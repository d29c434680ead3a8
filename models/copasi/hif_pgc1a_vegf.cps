<?xml version="1.0" encoding="UTF-8"?>
<!-- generated with COPASI 4.48.311 (Source) (http://www.copasi.org) at 2026-11-27T00:00:00Z -->
<?oxygen RNGSchema="http://www.copasi.org/static/schema/CopasiML.rng" type="xml"?>
<COPASI xmlns="http://www.copasi.org/static/schema" versionMajor="4" versionMinor="48" versionDevel="311" copasiSourcesModified="0">
  <ListOfFunctions>
    <Function key="Function_6" name="Constant flux (irreversible)" type="PreDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_6"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        v
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_49" name="v" order="0" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_13" name="Mass action (irreversible)" type="MassAction" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_13">
    <CopasiMT:is rdf:resource="urn:miriam:obo.sbo:SBO:0000163"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
      <Comment>
        <body xmlns="http://www.w3.org/1999/xhtml">
  <b>Mass action rate law for irreversible reactions</b>
  <p>
  Reaction scheme where the products are created from the reactants and the change of a product quantity is proportional to the product of reactant activities. The reaction scheme does not include any reverse process that creates the reactants from the products. The change of a product quantity is proportional to the quantity of one reactant.
  </p>
  </body>
      </Comment>
      <Expression>
        k1*PRODUCT&lt;substrate_i&gt;
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_80" name="k1" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_81" name="substrate" order="1" role="substrate"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_81" name="Function for HIF-2alpha expression, raised by Mg2+" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_81"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        nucleus*k_syn_EPAS1*EPAS1_expression*(f_basal_Mg+(1-f_basal_Mg)*(Mg_ext/K_Mg_BMSC)^n_two/(1+(Mg_ext/K_Mg_BMSC)^n_two))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_668" name="EPAS1_expression" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_678" name="K_Mg_BMSC" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_679" name="Mg_ext" order="2" role="modifier"/>
        <ParameterDescription key="FunctionParameter_680" name="f_basal_Mg" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_681" name="k_syn_EPAS1" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_682" name="n_two" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_683" name="nucleus" order="6" role="volume"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_82" name="Function for PGC-1alpha expression, raised by Mg2+" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_82"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        nucleus*k_syn_PPARGC1A*PPARGC1A_expression*(f_basal_Mg+(1-f_basal_Mg)*(Mg_ext/K_Mg_BMSC)^n_two/(1+(Mg_ext/K_Mg_BMSC)^n_two))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_696" name="K_Mg_BMSC" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_697" name="Mg_ext" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_698" name="PPARGC1A_expression" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_699" name="f_basal_Mg" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_700" name="k_syn_PPARGC1A" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_701" name="n_two" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_702" name="nucleus" order="6" role="volume"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_83" name="Function for HIF-2alpha drives COL10A1 transcription" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_83"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_COL10A1_HIF2*(EPAS1/K_HRE)^n_one/(1+(EPAS1/K_HRE)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_710" name="EPAS1" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_711" name="K_HRE" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_712" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_713" name="k_tx_COL10A1_HIF2" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_714" name="n_one" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_84" name="Function for HIF-1alpha drives COL10A1 transcription" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_84"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_COL10A1_HIF1A*(HIF1A/K_HRE)^n_one/(1+(HIF1A/K_HRE)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_720" name="HIF1A" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_721" name="K_HRE" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_722" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_723" name="k_tx_COL10A1_HIF1A" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_724" name="n_one" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_85" name="Function for collagen X translation" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_85"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_tl_COL10A1*COL10A1_mRNA
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_673" name="COL10A1_mRNA" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_730" name="k_tl_COL10A1" order="1" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_86" name="Function for HIF-2alpha drives VEGFA transcription" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_86"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_VEGFA_HIF2*(EPAS1/K_HRE)^n_one/(1+(EPAS1/K_HRE)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_739" name="EPAS1" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_740" name="K_HRE" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_741" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_742" name="k_tx_VEGFA_HIF2" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_743" name="n_one" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_87" name="Function for PGC-1alpha coactivates VEGFA transcription (osteogenic cells)" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_87"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_VEGFA_PGC1A*osteogenic_induction*(PPARGC1A/K_PGC1A)^n_one/(1+(PPARGC1A/K_PGC1A)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_750" name="K_PGC1A" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_751" name="PPARGC1A" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_752" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_753" name="k_tx_VEGFA_PGC1A" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_754" name="n_one" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_755" name="osteogenic_induction" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_88" name="Function for VEGF-A translation and secretion" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_88"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_sec_VEGFA*VEGFA_mRNA
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_736" name="VEGFA_mRNA" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_762" name="cytosol" order="1" role="volume"/>
        <ParameterDescription key="FunctionParameter_763" name="k_sec_VEGFA" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_89" name="Function for Mg2+-induced IGF2 expression" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_89"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_IGF2*(f_basal_Mg+(1-f_basal_Mg)*(Mg_ext/K_Mg_BMSC)^n_two/(1+(Mg_ext/K_Mg_BMSC)^n_two))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_770" name="K_Mg_BMSC" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_771" name="Mg_ext" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_772" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_773" name="f_basal_Mg" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_774" name="k_tx_IGF2" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_775" name="n_two" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_90" name="Function for ITGA3 expression, repressed by Mg2+" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_90"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_ITGA3*1/(1+(Mg_ext/Ki_Mg_ITGA3)^n_two)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_783" name="Ki_Mg_ITGA3" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_784" name="Mg_ext" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_785" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_786" name="k_tx_ITGA3" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_787" name="n_two" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
  </ListOfFunctions>
  <Model key="Model_1" name="Mg2+ raises HIF-2alpha and PGC-1alpha, driving COL10A1 and VEGF-A in bone-marrow stromal cells" simulationType="time" timeUnit="h" volumeUnit="l" areaUnit="m²" lengthUnit="m" quantityUnit="mmol" type="deterministic" avogadroConstant="6.0221417899999999e+23">
    <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Model_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000062"/>
    <CopasiMT:isDescribedBy>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/doi:10.1016/j.actbio.2014.02.002"/>
      </rdf:Bag>
    </CopasiMT:isDescribedBy>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0010467"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0045766"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
    <CopasiMT:occursIn>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/CL:0002540"/>
      </rdf:Bag>
    </CopasiMT:occursIn>
    <bqbiol:hasTaxon>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/taxonomy:9606"/>
      </rdf:Bag>
    </bqbiol:hasTaxon>
    <dcterms:created>
      <rdf:Description>
        <dcterms:W3CDTF>2026-11-27T00:00:00Z</dcterms:W3CDTF>
      </rdf:Description>
    </dcterms:created>
    <dcterms:creator>
      <rdf:Bag>
        <rdf:li>
          <rdf:Bag>
            <rdf:li rdf:resource="CopasiId2"/>
          </rdf:Bag>
        </rdf:li>
      </rdf:Bag>
    </dcterms:creator>
    <dcterms:modified>
      <rdf:Description>
        <dcterms:W3CDTF>2026-11-27T00:00:00Z</dcterms:W3CDTF>
      </rdf:Description>
    </dcterms:modified>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
    <Comment>
      
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>In human BMSCs 10 mM Mg2+ raises HIF-2alpha (not HIF-1alpha) and PGC-1alpha. HIF-2alpha drives COL10A1 and VEGFA transcription; PGC-1alpha coactivates VEGFA in osteogenic cells. VEGF-A is secreted into the extracellular pool shared with the angiogenesis mechanism. IGF2 mRNA rises and ITGA3 mRNA falls (phenomenological). Claims C53-C61 (Yoshizawa et al. 2014, Acta Biomater and Connect Tissue Res).</p>
    <p>This model is dedicated to the public domain under CC0 1.0 Universal (https://creativecommons.org/publicdomain/zero/1.0/).</p>
  </body>

    </Comment>
    <ListOfCompartments>
      <Compartment key="Compartment_0" name="extracellular space (peri-implant / culture medium)" simulationType="fixed" dimensionality="3" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Compartment_0">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000290"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0005615"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Extracellular fluid around the cells: culture medium in vitro, peri-implant fluid in vivo. Volume per cell (1 nL, about 1 mL medium per 1e6 cells) is an assumption; inputs held here are boundary species, so the volume only scales the amounts of dynamic extracellular pools.</p>
  </body>

        </Comment>
      </Compartment>
      <Compartment key="Compartment_1" name="cytosol of osteogenic cells (BMSC / osteoblast lineage)" simulationType="fixed" dimensionality="3" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Compartment_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000290"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0005829"/>
      </rdf:Bag>
    </CopasiMT:is>
    <CopasiMT:isPartOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/CL:0000062"/>
        <rdf:li rdf:resource="https://identifiers.org/CL:0002540"/>
      </rdf:Bag>
    </CopasiMT:isPartOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Cytosol of bone-marrow stromal cells and the osteoblasts they become (one lineage compartment). Volume 2 pL (assumption: a spread mesenchymal cell; Coggins 2014 used 8.4 pL for a 20 um sphere).</p>
  </body>

        </Comment>
      </Compartment>
      <Compartment key="Compartment_2" name="nucleus of osteogenic cells" simulationType="fixed" dimensionality="3" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Compartment_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000290"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0005634"/>
      </rdf:Bag>
    </CopasiMT:is>
    <CopasiMT:isPartOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/CL:0000062"/>
        <rdf:li rdf:resource="https://identifiers.org/CL:0002540"/>
      </rdf:Bag>
    </CopasiMT:isPartOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Nucleus of the osteogenic lineage cells; volume one quarter of the cytosol (assumption).</p>
  </body>

        </Comment>
      </Compartment>
    </ListOfCompartments>
    <ListOfMetabolites>
      <Metabolite key="Metabolite_0" name="Mg2+ (extracellular)" simulationType="fixed" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_0">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000327"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/CHEBI:18420"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Free extracellular magnesium ion. Baseline 0.8 mM = standard culture medium (Yoshizawa 2014 control; claims X01); adult serum total Mg is 0.70-1.10 mM. Experiments set it (dose scans 0.1-20 mM).</p>
    <p>Input held fixed by the experiment (boundary condition).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_1" name="VEGF-A (secreted, extracellular)" simulationType="reactions" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P15692"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Vascular endothelial growth factor A secreted by osteogenic cells into the peri-implant fluid / medium; it acts in a paracrine way on VEGFR2 (KDR) of endothelial cells (C32). Baseline about 1.6 pM, the steady state of the secretion and clearance below (the same order as the 61.6 pg/mL, about 1.5 pM, of human platelet-rich plasma, J Orthop Res 2010;28(8):1107). The isoform (VEGF165 in the receptor kinetics used) is not resolved.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_2" name="HIF-2alpha (EPAS1, nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q99814"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Hypoxia-inducible factor 2 alpha. Under normoxia it is hydroxylated and degraded within minutes; 10 mM Mg2+ raised its protein level in hBMSCs (Yoshizawa 2014, C60). The dimerisation partner ARNT is not in the evidence and is not modelled. Baseline 1 nM is an assumption.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_3" name="HIF-1alpha (nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_3">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q16665"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Hypoxia-inducible factor 1 alpha. Analysed by Yoshizawa 2014 but not reported to change with Mg2+, so it is not Mg2+-responsive here; it contributes to COL10A1 transcription (C53).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_4" name="PGC-1alpha (PPARGC1A, nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_4">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q9UBK2"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Peroxisome proliferator-activated receptor gamma coactivator 1-alpha, a transcriptional coactivator of VEGF (C55); raised by 10 mM Mg2+ (C60). Baseline 1 nM is an assumption.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_5" name="COL10A1 mRNA (collagen X alpha-1)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_5">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000250"/>
    <CopasiMT:isEncodedBy>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/hgnc:2185"/>
      </rdf:Bag>
    </CopasiMT:isEncodedBy>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Messenger RNA of collagen type X alpha-1; raised by 10 mM Mg2+ (C53, C57). Level in copies per cell is an assumption (about 24 copies); only ratios are claimed.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_6" name="collagen X alpha-1 chain (COL10A1)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_6">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q03692"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Newly made, cell-associated collagen type X (Western blot readout of Yoshizawa 2014, C56/C60); secretion into the matrix is lumped into its turnover.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_7" name="VEGFA mRNA" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_7">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000250"/>
    <CopasiMT:isEncodedBy>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/hgnc:12680"/>
      </rdf:Bag>
    </CopasiMT:isEncodedBy>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Messenger RNA of VEGF-A; short-lived under normoxia. Target of HIF-2alpha (C54) and of PGC-1alpha coactivation (C55).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_8" name="IGF2 mRNA" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_8">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000250"/>
    <CopasiMT:isEncodedBy>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/hgnc:5466"/>
      </rdf:Bag>
    </CopasiMT:isEncodedBy>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Messenger RNA of insulin-like growth factor 2; up with 10 mM Mg2+ in a qPCR array (C58).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_9" name="ITGA3 mRNA (integrin alpha-3)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_9">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000250"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P26006"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Messenger RNA of integrin alpha-3; down with 10 mM Mg2+ in a qPCR array (C59). The HGNC number of ITGA3 is not verified in entities.tsv, so this mRNA is annotated with the verified protein accession (UniProt P26006) under bqbiol:isVersionOf, meaning 'a form of the ITGA3 gene product'; bqbiol:encodes would be exact but the SBML writer does not offer it. The Ensembl gene ENSG00000005884 is verified only in the notes column of entities.tsv.</p>
  </body>

        </Comment>
      </Metabolite>
    </ListOfMetabolites>
    <ListOfModelValues>
      <ModelValue key="ModelValue_0" name="clearance of extracellular VEGF-A" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_0">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Half-life about 7 h in the peri-implant fluid / medium (uptake by cells, proteolysis, drainage). A local tissue value was not found; the plasma clearance of whole-body VEGF models (1.08e-3 /s) describes a blood sink, not the pericellular pool.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_1" name="HIF-2alpha expression factor (1 = control; siRNA knock-down 0.1)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle for EPAS1 knock-down (C53, C54 model tests).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_2" name="PGC-1alpha expression factor (1 = control; siRNA knock-down 0.1)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle for PPARGC1A knock-down (C55 model test).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_3" name="osteogenic medium (0 = undifferentiated hBMSCs, 1 = osteogenic cells)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_3">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Switch for the culture state: the verified Yoshizawa 2014 abstract attributes the VEGF rise to HIF-2alpha in undifferentiated and to PGC-1alpha in osteogenic cells; here osteogenic induction switches on PGC-1alpha coactivation of VEGFA transcription.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_4" name="normoxic HIF-alpha degradation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_4">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Half-life 10 min under normoxia (PHD/VHL-dependent), the HIF-1alpha value of &lt;5-10 min (Salceda &amp; Caro 1997 JBC 272:22642 and others; number from memory, details unverified) assumed for HIF-2alpha too; no direct HIF-2alpha value was found.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_5" name="maximal HIF-2alpha synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_5">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that HIF-2alpha is 1 nM at 0.8 mM Mg2+ with the 10 min half-life.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_6" name="HIF-1alpha synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_6">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that HIF-1alpha is 1 nM (same as HIF-2alpha) with the 10 min half-life.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_7" name="Mg2+-independent fraction of Mg2+-induced expression" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_7">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Expression without Mg2+ stimulation is 30% of maximal, giving about a two-fold rise at 10 mM; the fold-changes are not visible in the Yoshizawa abstracts.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_8" name="extracellular Mg2+ for half-maximal gene response in hBMSCs" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_8">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Centred on 10 mM, the dose at which Yoshizawa 2014 reported the COL10A1, VEGF, HIF-2alpha and PGC-1alpha rises (5 mM raised mineralisation only); with Hill coefficient 2 the response at 0.8 mM is negligible. The intracellular route from Mg2+ to these genes is unknown, so the extracellular concentration is used directly.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_9" name="extracellular Mg2+ for half-maximal ITGA3 repression" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_9">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000261"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Same 10 mM scale as the induced genes (the qPCR array used only 10 mM).</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_10" name="PGC-1alpha degradation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_10">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Trausch-Azar J et al. 2010 J Biol Chem 285:40192 (PMID 20713359): nuclear full-length PGC-1alpha half-life 0.3 h</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_11" name="maximal PGC-1alpha synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_11">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that PGC-1alpha is 1 nM at 0.8 mM Mg2+ with the 0.3 h half-life.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_12" name="HIF-alpha for half-maximal occupancy of target promoters" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_12">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Three times the normoxic HIF-alpha level, so that target promoters are sub-maximally occupied and a rise in HIF-2alpha is passed on almost proportionally. Not derived from BIOMD0000000300 (whose scaled KdHRE needs its oxygen-sensing model).</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_13" name="PGC-1alpha for half-maximal coactivation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_13">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Three times the resting PGC-1alpha level (sub-maximal coactivation).</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_14" name="VEGFA mRNA decay (normoxia)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_14">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Ikeda E et al. 1995 FEBS Lett 370:203 (PMID 7656977): VEGF mRNA half-life 30-45 min in normoxia (40 min used)</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_15" name="COL10A1 mRNA decay" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_15">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Schwanhausser B et al. 2011 Nature 473:337 (PMID 21593866): median mRNA half-life 9 h (NIH3T3; BioNumbers BNID 106378); no COL10A1-specific value found</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_16" name="IGF2 mRNA decay" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_16">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Schwanhausser B et al. 2011 Nature 473:337 (PMID 21593866): median mRNA half-life 9 h (NIH3T3; BioNumbers BNID 106378); no IGF2-specific value found</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_17" name="ITGA3 mRNA decay" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_17">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Schwanhausser B et al. 2011 Nature 473:337 (PMID 21593866): median mRNA half-life 9 h (NIH3T3; BioNumbers BNID 106378); no ITGA3-specific value found</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_18" name="HIF-independent VEGFA transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_18">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: 20% of resting VEGFA transcription is independent of HIF-2alpha and PGC-1alpha.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_19" name="maximal HIF-2alpha-driven VEGFA transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_19">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: With basal transcription, gives about 24 VEGFA mRNA copies per cell at rest.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_20" name="maximal PGC-1alpha-coactivated VEGFA transcription (osteogenic cells)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_20">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: In osteogenic cells the PGC-1alpha-coactivated arm carries four times the resting HIF-2alpha-driven transcription, so that PGC-1alpha knock-down removes most of the Mg2+-induced VEGF rise there (C55); no measured value.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_21" name="maximal HIF-2alpha-driven COL10A1 transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_21">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: HIF-2alpha carries 70% of resting COL10A1 transcription (C53 names both HIF-alphas as COL10A1 transcription factors; only HIF-2alpha responds to Mg2+).</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_22" name="maximal HIF-1alpha-driven COL10A1 transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_22">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: HIF-1alpha carries the remaining 30% of resting COL10A1 transcription.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_23" name="collagen X translation per mRNA" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_23">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that cell-associated collagen X is 5 nM at rest.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_24" name="collagen X turnover and secretion" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_24">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Schwanhausser B et al. 2011 Nature 473:337: median protein half-life 46 h in NIH3T3 (BNID 106377; details unverified), used for the stable matrix protein</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_25" name="VEGF-A translation and secretion per mRNA" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_25">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that resting cells secrete 0.027 VEGF molecules/cell/s, the parenchymal-cell rate of a tissue-level VEGF model (Bender 2015 as cited in the code of MadeleineGastonguay/VEGF_metastasis_model); no bone-cell value was found.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_26" name="maximal Mg2+-induced IGF2 transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_26">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that IGF2 mRNA is about 24 copies per cell at 0.8 mM Mg2+.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_27" name="maximal ITGA3 transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_27">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that ITGA3 mRNA is about 24 copies per cell at 0.8 mM Mg2+.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_28" name="Hill coefficient 1" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_28">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000190"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Non-cooperative regulation (hyperbolic) where the mechanism gives no cooperativity.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_29" name="Hill coefficient 2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_29">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000190"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Mildly cooperative (sigmoidal) regulation, used where a threshold-like response is described.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
    </ListOfModelValues>
    <ListOfReactions>
      <Reaction key="Reaction_0" name="clearance of extracellular VEGF-A" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_0">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0030163"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>First-order loss of secreted VEGF-A from the extracellular pool (lumped uptake and proteolysis; assumption).</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C32: Osteogenesis is coupled to vessel formation: VEGF secreted by bone cells activates VEGF receptors on endothelial and osteoprogenitor cells as well as chondrocytes, osteoblasts and osteoclasts.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_0" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[extracellular space (peri-implant / culture medium)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_1" name="HIF-2alpha expression, raised by Mg2+" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000589"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0010467"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Mg2+ raises HIF-2alpha by raising its synthesis (assumption). The evidence only says that Mg2+ must either lower the effective degradation or raise synthesis (protein up under normoxia). Synthesis was chosen because HIF-1alpha, which shares the PHD/VHL degradation machinery, did not rise: a general block of normoxic degradation would have raised both. The Mg2+ dependence is a phenomenological Hill function of extracellular Mg2+.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C53: Yoshizawa et al. analysed how Mg2+ affects hBMSC signaling, including HIF-1alpha and HIF-2alpha, described as transcription factors of COL10A1.</p>
    <p>Encodes claim C60: Mg2+ also increased expression of VEGF, HIF-2alpha and PGC-1alpha.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_1" name="EPAS1_expression" value="1"/>
          <Constant key="Parameter_2" name="K_Mg_BMSC" value="1"/>
          <Constant key="Parameter_3" name="f_basal_Mg" value="1"/>
          <Constant key="Parameter_4" name="k_syn_EPAS1" value="1"/>
          <Constant key="Parameter_5" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_81" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_668">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_678">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_679">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_680">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_681">
              <SourceParameter reference="ModelValue_5"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_682">
              <SourceParameter reference="ModelValue_29"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_683">
              <SourceParameter reference="Compartment_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_2" name="normoxic HIF-2alpha degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0030163"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Oxygen-dependent (PHD/VHL) proteasomal degradation under normoxia, not changed by Mg2+.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C53: Yoshizawa et al. analysed how Mg2+ affects hBMSC signaling, including HIF-1alpha and HIF-2alpha, described as transcription factors of COL10A1.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_6" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_4"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_3" name="HIF-1alpha expression (not Mg2+-responsive)" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_3">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000589"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0010467"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Constitutive HIF-1alpha synthesis; Yoshizawa 2014 analysed HIF-1alpha but reported only HIF-2alpha as increased, so Mg2+ does not act here.</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C53: Yoshizawa et al. analysed how Mg2+ affects hBMSC signaling, including HIF-1alpha and HIF-2alpha, described as transcription factors of COL10A1.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_7" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_6"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_4" name="normoxic HIF-1alpha degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_4">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0030163"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Oxygen-dependent (PHD/VHL) proteasomal degradation under normoxia.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C53: Yoshizawa et al. analysed how Mg2+ affects hBMSC signaling, including HIF-1alpha and HIF-2alpha, described as transcription factors of COL10A1.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_8" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_4"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_3"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_5" name="PGC-1alpha expression, raised by Mg2+" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_5">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000589"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0010467"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Mg2+ raises PGC-1alpha protein (Western blot, C60); as for HIF-2alpha the route is unknown and is written as Mg2+-stimulated synthesis (assumption).</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C55: PGC-1alpha is a transcriptional coactivator of VEGF (the seed's Russian garbles the PGC-1alpha name).</p>
    <p>Encodes claim C60: Mg2+ also increased expression of VEGF, HIF-2alpha and PGC-1alpha.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_4" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_9" name="K_Mg_BMSC" value="1"/>
          <Constant key="Parameter_10" name="PPARGC1A_expression" value="1"/>
          <Constant key="Parameter_11" name="f_basal_Mg" value="1"/>
          <Constant key="Parameter_12" name="k_syn_PPARGC1A" value="1"/>
          <Constant key="Parameter_13" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_82" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_696">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_697">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_698">
              <SourceParameter reference="ModelValue_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_699">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_700">
              <SourceParameter reference="ModelValue_11"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_701">
              <SourceParameter reference="ModelValue_29"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_702">
              <SourceParameter reference="Compartment_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_6" name="PGC-1alpha degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_6">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0030163"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Fast proteasomal turnover of nuclear PGC-1alpha, so it tracks its synthesis.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C55: PGC-1alpha is a transcriptional coactivator of VEGF (the seed's Russian garbles the PGC-1alpha name).</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_4" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_14" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_10"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_4"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_7" name="HIF-2alpha drives COL10A1 transcription" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_7">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000183"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006366"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>HIF-2alpha is a COL10A1 transcription factor (C53); promoter occupancy is hyperbolic in nuclear HIF-2alpha (assumption: no cooperativity). The mRNA is counted in the cytosol.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C53: Yoshizawa et al. analysed how Mg2+ affects hBMSC signaling, including HIF-1alpha and HIF-2alpha, described as transcription factors of COL10A1.</p>
    <p>Encodes claim C57: qPCR showed increased collagen type X (COL10A1) mRNA with Mg2+.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_5" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_15" name="K_HRE" value="1"/>
          <Constant key="Parameter_16" name="k_tx_COL10A1_HIF2" value="1"/>
          <Constant key="Parameter_17" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_83" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_710">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_711">
              <SourceParameter reference="ModelValue_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_712">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_713">
              <SourceParameter reference="ModelValue_21"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_714">
              <SourceParameter reference="ModelValue_28"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_8" name="HIF-1alpha drives COL10A1 transcription" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_8">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000183"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006366"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>HIF-1alpha is also described as a COL10A1 transcription factor (C53); it does not change with Mg2+, so this arm sets part of the resting level only.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C53: Yoshizawa et al. analysed how Mg2+ affects hBMSC signaling, including HIF-1alpha and HIF-2alpha, described as transcription factors of COL10A1.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_5" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_18" name="K_HRE" value="1"/>
          <Constant key="Parameter_19" name="k_tx_COL10A1_HIF1A" value="1"/>
          <Constant key="Parameter_20" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_84" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_720">
              <SourceParameter reference="Metabolite_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_721">
              <SourceParameter reference="ModelValue_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_722">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_723">
              <SourceParameter reference="ModelValue_22"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_724">
              <SourceParameter reference="ModelValue_28"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_9" name="COL10A1 mRNA decay" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_9">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006402"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>First-order mRNA decay (median half-life).</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C57: qPCR showed increased collagen type X (COL10A1) mRNA with Mg2+.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_5" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_21" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_15"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_5"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_10" name="collagen X translation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_10">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000184"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006412"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Collagen X made in proportion to its mRNA (Western blot rise with Mg2+).</p>
    <p>Rate law family: mass action (template-driven).</p>
    <p>Encodes claim C60: Mg2+ also increased expression of VEGF, HIF-2alpha and PGC-1alpha.</p>
    <p>Encodes claim C61: Mg2+ may promote bone regeneration by increasing collagen type X and VEGF production by osteogenic cells in bone.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_6" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_5" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_22" name="k_tl_COL10A1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_85" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_673">
              <SourceParameter reference="Metabolite_5"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_730">
              <SourceParameter reference="ModelValue_23"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_11" name="collagen X turnover and deposition" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_11">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0030163"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Loss of the cell-associated pool by secretion into the matrix and degradation.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C61: Mg2+ may promote bone regeneration by increasing collagen type X and VEGF production by osteogenic cells in bone.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_6" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_23" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_24"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_6"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_12" name="HIF-independent VEGFA transcription" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_12">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000183"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006366"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Resting VEGFA transcription by other factors (assumption).</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C54: VEGF is activated by HIF-2alpha.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_7" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_24" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_18"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_13" name="HIF-2alpha drives VEGFA transcription" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_13">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000183"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006366"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>VEGF is activated by HIF-2alpha (C54); hyperbolic in nuclear HIF-2alpha like COL10A1. This is the route of the Mg2+-induced VEGF rise in undifferentiated hBMSCs.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C54: VEGF is activated by HIF-2alpha.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_7" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_25" name="K_HRE" value="1"/>
          <Constant key="Parameter_26" name="k_tx_VEGFA_HIF2" value="1"/>
          <Constant key="Parameter_27" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_86" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_739">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_740">
              <SourceParameter reference="ModelValue_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_741">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_742">
              <SourceParameter reference="ModelValue_19"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_743">
              <SourceParameter reference="ModelValue_28"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_14" name="PGC-1alpha coactivates VEGFA transcription (osteogenic cells)" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_14">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000183"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006366"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>PGC-1alpha is a transcriptional coactivator of VEGF (C55). Its DNA-binding partner is not named in the evidence and is lumped. Assumption: the coactivation operates only in osteogenically induced cells (scaled by osteogenic_induction), matching the verified abstract's 'via PGC-1alpha in osteogenic cells'; it is independent of HIF-2alpha.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C55: PGC-1alpha is a transcriptional coactivator of VEGF (the seed's Russian garbles the PGC-1alpha name).</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_7" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_4" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_28" name="K_PGC1A" value="1"/>
          <Constant key="Parameter_29" name="k_tx_VEGFA_PGC1A" value="1"/>
          <Constant key="Parameter_30" name="n_one" value="1"/>
          <Constant key="Parameter_31" name="osteogenic_induction" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_87" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_750">
              <SourceParameter reference="ModelValue_13"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_751">
              <SourceParameter reference="Metabolite_4"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_752">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_753">
              <SourceParameter reference="ModelValue_20"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_754">
              <SourceParameter reference="ModelValue_28"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_755">
              <SourceParameter reference="ModelValue_3"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_15" name="VEGFA mRNA decay (normoxia)" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_15">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006402"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Fast normoxic decay of VEGF mRNA; hypoxic stabilisation is not modelled.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C54: VEGF is activated by HIF-2alpha.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_7" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_32" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_14"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_7"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_16" name="VEGF-A translation and secretion" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_16">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000184"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006412"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0009306"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>VEGF-A made in proportion to its mRNA and released into the extracellular pool (translation and secretion lumped). Rate in amount per time from the cytosol volume; the extracellular concentration rises by that amount over the extracellular volume.</p>
    <p>Rate law family: mass action (template-driven).</p>
    <p>Encodes claim C32: Osteogenesis is coupled to vessel formation: VEGF secreted by bone cells activates VEGF receptors on endothelial and osteoprogenitor cells as well as chondrocytes, osteoblasts and osteoclasts.</p>
    <p>Encodes claim C60: Mg2+ also increased expression of VEGF, HIF-2alpha and PGC-1alpha.</p>
    <p>Encodes claim C61: Mg2+ may promote bone regeneration by increasing collagen type X and VEGF production by osteogenic cells in bone.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_7" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_33" name="k_sec_VEGFA" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_88" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_736">
              <SourceParameter reference="Metabolite_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_762">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_763">
              <SourceParameter reference="ModelValue_25"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_17" name="Mg2+-induced IGF2 expression" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_17">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000589"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0010467"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>IGF2 mRNA rises with 10 mM Mg2+ (qPCR array); the regulator is unknown, so a phenomenological Hill stimulation by extracellular Mg2+ is used.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C58: qPCR showed increased insulin-like growth factor 2 (IGF2) mRNA with Mg2+.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_8" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_34" name="K_Mg_BMSC" value="1"/>
          <Constant key="Parameter_35" name="f_basal_Mg" value="1"/>
          <Constant key="Parameter_36" name="k_tx_IGF2" value="1"/>
          <Constant key="Parameter_37" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_89" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_770">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_771">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_772">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_773">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_774">
              <SourceParameter reference="ModelValue_26"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_775">
              <SourceParameter reference="ModelValue_29"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_18" name="IGF2 mRNA decay" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_18">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006402"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>First-order mRNA decay (median half-life).</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C58: qPCR showed increased insulin-like growth factor 2 (IGF2) mRNA with Mg2+.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_8" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_38" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_16"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_19" name="ITGA3 expression, repressed by Mg2+" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_19">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000589"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0010467"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>ITGA3 mRNA falls with 10 mM Mg2+ (qPCR array); the route is unknown, so a phenomenological Hill inhibition by extracellular Mg2+ is used.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C59: qPCR showed decreased integrin alpha 3 (ITGA3) mRNA with Mg2+.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_9" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_39" name="Ki_Mg_ITGA3" value="1"/>
          <Constant key="Parameter_40" name="k_tx_ITGA3" value="1"/>
          <Constant key="Parameter_41" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_90" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_783">
              <SourceParameter reference="ModelValue_9"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_784">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_785">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_786">
              <SourceParameter reference="ModelValue_27"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_787">
              <SourceParameter reference="ModelValue_29"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_20" name="ITGA3 mRNA decay" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_20">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0006402"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>First-order mRNA decay (median half-life).</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C59: qPCR showed decreased integrin alpha 3 (ITGA3) mRNA with Mg2+.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_9" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_42" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_17"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_9"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
    </ListOfReactions>
    <ListOfModelParameterSets activeSet="ModelParameterSet_1">
      <ModelParameterSet key="ModelParameterSet_1" name="Initial State">
        <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelParameterSet_1"/>
</rdf:RDF></MiriamAnnotation>
        <ModelParameterGroup cn="String=Initial Time" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells" value="0" type="Model" simulationType="time"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Compartment Sizes" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[extracellular space (peri-implant / culture medium)]" value="1.0000000000000001e-09" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]" value="2e-12" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]" value="4.9999999999999999e-13" type="Compartment" simulationType="fixed"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Species Values" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)]" value="481771343200.00012" type="Species" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[VEGF-A (secreted\, extracellular)]" value="972.00016624653006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[HIF-2alpha (EPAS1\, nuclear)]" value="301.10708949999997" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[HIF-1alpha (nuclear)]" value="301.10708949999997" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[PGC-1alpha (PPARGC1A\, nuclear)]" value="301.10708949999997" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[COL10A1 mRNA (collagen X alpha-1)]" value="24.08856716" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[collagen X alpha-1 chain (COL10A1)]" value="6022.1417900000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[VEGFA mRNA]" value="24.08856716" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[IGF2 mRNA]" value="24.08856716" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[ITGA3 mRNA (integrin alpha-3)]" value="24.08856716" type="Species" simulationType="reactions"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Global Quantities" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[clearance of extracellular VEGF-A]" value="0.10000000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-2alpha expression factor (1 \= control; siRNA knock-down 0.1)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[PGC-1alpha expression factor (1 \= control; siRNA knock-down 0.1)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[osteogenic medium (0 \= undifferentiated hBMSCs\, 1 \= osteogenic cells)]" value="0" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[normoxic HIF-alpha degradation]" value="4.1588830833596697" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal HIF-2alpha synthesis]" value="1.36602478299386e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-1alpha synthesis]" value="4.1588830833596704e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Mg2+-independent fraction of Mg2+-induced expression]" value="0.29999999999999999" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[extracellular Mg2+ for half-maximal gene response in hBMSCs]" value="10" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[extracellular Mg2+ for half-maximal ITGA3 repression]" value="10" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[PGC-1alpha degradation]" value="2.3104906018664799" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal PGC-1alpha synthesis]" value="7.5890265721880904e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-alpha for half-maximal occupancy of target promoters]" value="3.0000000000000001e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[PGC-1alpha for half-maximal coactivation]" value="3.0000000000000001e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[VEGFA mRNA decay (normoxia)]" value="1.0397207708399201" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[COL10A1 mRNA decay]" value="0.077016353395549506" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[IGF2 mRNA decay]" value="0.077016353395549506" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[ITGA3 mRNA decay]" value="0.077016353395549506" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-independent VEGFA transcription]" value="4.1588830833596698e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal HIF-2alpha-driven VEGFA transcription]" value="6.6542129333754797e-08" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal PGC-1alpha-coactivated VEGFA transcription (osteogenic cells)]" value="2.6616851733501898e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal HIF-2alpha-driven COL10A1 transcription]" value="4.3129157901507703e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal HIF-1alpha-driven COL10A1 transcription]" value="1.84839248149319e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[collagen X translation per mRNA]" value="3.7671042421736201" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[collagen X turnover and secretion]" value="0.015068416968694501" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[VEGF-A translation and secretion per mRNA]" value="4.0351099332324498" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal Mg2+-induced IGF2 transcription]" value="5.0593510481253898e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal ITGA3 transcription]" value="1.5501851611456201e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 1]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 2]" value="2" type="ModelValue" simulationType="fixed"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Kinetic Parameters" type="Group">
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[clearance of extracellular VEGF-A]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[clearance of extracellular VEGF-A],ParameterGroup=Parameters,Parameter=k1" value="0.10000000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[clearance of extracellular VEGF-A],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=EPAS1_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-2alpha expression factor (1 \= control; siRNA knock-down 0.1)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=K_Mg_BMSC" value="10" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[extracellular Mg2+ for half-maximal gene response in hBMSCs],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=f_basal_Mg" value="0.29999999999999999" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Mg2+-independent fraction of Mg2+-induced expression],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=k_syn_EPAS1" value="1.36602478299386e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal HIF-2alpha synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[normoxic HIF-2alpha degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[normoxic HIF-2alpha degradation],ParameterGroup=Parameters,Parameter=k1" value="4.1588830833596697" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[normoxic HIF-alpha degradation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-1alpha expression (not Mg2+-responsive)]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-1alpha expression (not Mg2+-responsive)],ParameterGroup=Parameters,Parameter=v" value="4.1588830833596704e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-1alpha synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[normoxic HIF-1alpha degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[normoxic HIF-1alpha degradation],ParameterGroup=Parameters,Parameter=k1" value="4.1588830833596697" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[normoxic HIF-alpha degradation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=K_Mg_BMSC" value="10" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[extracellular Mg2+ for half-maximal gene response in hBMSCs],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=PPARGC1A_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[PGC-1alpha expression factor (1 \= control; siRNA knock-down 0.1)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=f_basal_Mg" value="0.29999999999999999" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Mg2+-independent fraction of Mg2+-induced expression],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=k_syn_PPARGC1A" value="7.5890265721880904e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal PGC-1alpha synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha degradation],ParameterGroup=Parameters,Parameter=k1" value="2.3104906018664799" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[PGC-1alpha degradation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha drives COL10A1 transcription]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=K_HRE" value="3.0000000000000001e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-alpha for half-maximal occupancy of target promoters],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=k_tx_COL10A1_HIF2" value="4.3129157901507703e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal HIF-2alpha-driven COL10A1 transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-1alpha drives COL10A1 transcription]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-1alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=K_HRE" value="3.0000000000000001e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-alpha for half-maximal occupancy of target promoters],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-1alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=k_tx_COL10A1_HIF1A" value="1.84839248149319e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal HIF-1alpha-driven COL10A1 transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-1alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[COL10A1 mRNA decay]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[COL10A1 mRNA decay],ParameterGroup=Parameters,Parameter=k1" value="0.077016353395549506" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[COL10A1 mRNA decay],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[collagen X translation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[collagen X translation],ParameterGroup=Parameters,Parameter=k_tl_COL10A1" value="3.7671042421736201" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[collagen X translation per mRNA],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[collagen X turnover and deposition]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[collagen X turnover and deposition],ParameterGroup=Parameters,Parameter=k1" value="0.015068416968694501" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[collagen X turnover and secretion],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-independent VEGFA transcription]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-independent VEGFA transcription],ParameterGroup=Parameters,Parameter=v" value="4.1588830833596698e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-independent VEGFA transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha drives VEGFA transcription]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha drives VEGFA transcription],ParameterGroup=Parameters,Parameter=K_HRE" value="3.0000000000000001e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[HIF-alpha for half-maximal occupancy of target promoters],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha drives VEGFA transcription],ParameterGroup=Parameters,Parameter=k_tx_VEGFA_HIF2" value="6.6542129333754797e-08" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal HIF-2alpha-driven VEGFA transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[HIF-2alpha drives VEGFA transcription],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)],ParameterGroup=Parameters,Parameter=K_PGC1A" value="3.0000000000000001e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[PGC-1alpha for half-maximal coactivation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)],ParameterGroup=Parameters,Parameter=k_tx_VEGFA_PGC1A" value="2.6616851733501898e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal PGC-1alpha-coactivated VEGFA transcription (osteogenic cells)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)],ParameterGroup=Parameters,Parameter=osteogenic_induction" value="0" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[osteogenic medium (0 \= undifferentiated hBMSCs\, 1 \= osteogenic cells)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[VEGFA mRNA decay (normoxia)]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[VEGFA mRNA decay (normoxia)],ParameterGroup=Parameters,Parameter=k1" value="1.0397207708399201" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[VEGFA mRNA decay (normoxia)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[VEGF-A translation and secretion]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[VEGF-A translation and secretion],ParameterGroup=Parameters,Parameter=k_sec_VEGFA" value="4.0351099332324498" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[VEGF-A translation and secretion per mRNA],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[Mg2+-induced IGF2 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[Mg2+-induced IGF2 expression],ParameterGroup=Parameters,Parameter=K_Mg_BMSC" value="10" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[extracellular Mg2+ for half-maximal gene response in hBMSCs],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[Mg2+-induced IGF2 expression],ParameterGroup=Parameters,Parameter=f_basal_Mg" value="0.29999999999999999" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Mg2+-independent fraction of Mg2+-induced expression],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[Mg2+-induced IGF2 expression],ParameterGroup=Parameters,Parameter=k_tx_IGF2" value="5.0593510481253898e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal Mg2+-induced IGF2 transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[Mg2+-induced IGF2 expression],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[IGF2 mRNA decay]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[IGF2 mRNA decay],ParameterGroup=Parameters,Parameter=k1" value="0.077016353395549506" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[IGF2 mRNA decay],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[ITGA3 expression\, repressed by Mg2+]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[ITGA3 expression\, repressed by Mg2+],ParameterGroup=Parameters,Parameter=Ki_Mg_ITGA3" value="10" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[extracellular Mg2+ for half-maximal ITGA3 repression],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[ITGA3 expression\, repressed by Mg2+],ParameterGroup=Parameters,Parameter=k_tx_ITGA3" value="1.5501851611456201e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[maximal ITGA3 transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[ITGA3 expression\, repressed by Mg2+],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[ITGA3 mRNA decay]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Reactions[ITGA3 mRNA decay],ParameterGroup=Parameters,Parameter=k1" value="0.077016353395549506" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ raises HIF-2alpha and PGC-1alpha\, driving COL10A1 and VEGF-A in bone-marrow stromal cells,Vector=Values[ITGA3 mRNA decay],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
        </ModelParameterGroup>
      </ModelParameterSet>
    </ListOfModelParameterSets>
    <StateTemplate>
      <StateTemplateVariable objectReference="Model_1"/>
      <StateTemplateVariable objectReference="Metabolite_7"/>
      <StateTemplateVariable objectReference="Metabolite_5"/>
      <StateTemplateVariable objectReference="Metabolite_6"/>
      <StateTemplateVariable objectReference="Metabolite_1"/>
      <StateTemplateVariable objectReference="Metabolite_8"/>
      <StateTemplateVariable objectReference="Metabolite_9"/>
      <StateTemplateVariable objectReference="Metabolite_2"/>
      <StateTemplateVariable objectReference="Metabolite_3"/>
      <StateTemplateVariable objectReference="Metabolite_4"/>
      <StateTemplateVariable objectReference="Metabolite_0"/>
      <StateTemplateVariable objectReference="Compartment_0"/>
      <StateTemplateVariable objectReference="Compartment_1"/>
      <StateTemplateVariable objectReference="Compartment_2"/>
      <StateTemplateVariable objectReference="ModelValue_0"/>
      <StateTemplateVariable objectReference="ModelValue_1"/>
      <StateTemplateVariable objectReference="ModelValue_2"/>
      <StateTemplateVariable objectReference="ModelValue_3"/>
      <StateTemplateVariable objectReference="ModelValue_4"/>
      <StateTemplateVariable objectReference="ModelValue_5"/>
      <StateTemplateVariable objectReference="ModelValue_6"/>
      <StateTemplateVariable objectReference="ModelValue_7"/>
      <StateTemplateVariable objectReference="ModelValue_8"/>
      <StateTemplateVariable objectReference="ModelValue_9"/>
      <StateTemplateVariable objectReference="ModelValue_10"/>
      <StateTemplateVariable objectReference="ModelValue_11"/>
      <StateTemplateVariable objectReference="ModelValue_12"/>
      <StateTemplateVariable objectReference="ModelValue_13"/>
      <StateTemplateVariable objectReference="ModelValue_14"/>
      <StateTemplateVariable objectReference="ModelValue_15"/>
      <StateTemplateVariable objectReference="ModelValue_16"/>
      <StateTemplateVariable objectReference="ModelValue_17"/>
      <StateTemplateVariable objectReference="ModelValue_18"/>
      <StateTemplateVariable objectReference="ModelValue_19"/>
      <StateTemplateVariable objectReference="ModelValue_20"/>
      <StateTemplateVariable objectReference="ModelValue_21"/>
      <StateTemplateVariable objectReference="ModelValue_22"/>
      <StateTemplateVariable objectReference="ModelValue_23"/>
      <StateTemplateVariable objectReference="ModelValue_24"/>
      <StateTemplateVariable objectReference="ModelValue_25"/>
      <StateTemplateVariable objectReference="ModelValue_26"/>
      <StateTemplateVariable objectReference="ModelValue_27"/>
      <StateTemplateVariable objectReference="ModelValue_28"/>
      <StateTemplateVariable objectReference="ModelValue_29"/>
    </StateTemplate>
    <InitialState type="initialState">
      0 24.08856716 24.08856716 6022.1417900000006 972.00016624653006 24.08856716 24.08856716 301.10708949999997 301.10708949999997 301.10708949999997 481771343200.00012 1.0000000000000001e-09 2e-12 4.9999999999999999e-13 0.10000000000000001 1 1 0 4.1588830833596697 1.36602478299386e-05 4.1588830833596704e-06 0.29999999999999999 10 10 2.3104906018664799 7.5890265721880904e-06 3.0000000000000001e-06 3.0000000000000001e-06 1.0397207708399201 0.077016353395549506 0.077016353395549506 0.077016353395549506 4.1588830833596698e-09 6.6542129333754797e-08 2.6616851733501898e-07 4.3129157901507703e-09 1.84839248149319e-09 3.7671042421736201 0.015068416968694501 4.0351099332324498 5.0593510481253898e-09 1.5501851611456201e-09 1 2 
    </InitialState>
  </Model>
  <ListOfTasks>
    <Task key="Task_17" name="Steady-State" type="steadyState" scheduled="false" updateModel="false">
      <Report reference="Report_11" target="" append="1" confirmOverwrite="1"/>
      <Problem>
        <Parameter name="JacobianRequested" type="bool" value="1"/>
        <Parameter name="StabilityAnalysisRequested" type="bool" value="1"/>
      </Problem>
      <Method name="Enhanced Newton" type="EnhancedNewton">
        <Parameter name="Resolution" type="unsignedFloat" value="1.0000000000000001e-09"/>
        <Parameter name="Derivation Factor" type="unsignedFloat" value="0.001"/>
        <Parameter name="Use Newton" type="bool" value="1"/>
        <Parameter name="Use Integration" type="bool" value="1"/>
        <Parameter name="Use Back Integration" type="bool" value="0"/>
        <Parameter name="Accept Negative Concentrations" type="bool" value="0"/>
        <Parameter name="Iteration Limit" type="unsignedInteger" value="50"/>
        <Parameter name="Maximum duration for forward integration" type="unsignedFloat" value="1000000000"/>
        <Parameter name="Maximum duration for backward integration" type="unsignedFloat" value="1000000"/>
        <Parameter name="Target Criterion" type="string" value="Distance and Rate"/>
      </Method>
    </Task>
    <Task key="Task_18" name="Time-Course" type="timeCourse" scheduled="false" updateModel="false">
      <Report reference="Report_12" target="" append="1" confirmOverwrite="1"/>
      <Problem>
        <Parameter name="AutomaticStepSize" type="bool" value="0"/>
        <Parameter name="StepNumber" type="unsignedInteger" value="100"/>
        <Parameter name="StepSize" type="float" value="0.01"/>
        <Parameter name="Duration" type="float" value="1"/>
        <Parameter name="TimeSeriesRequested" type="bool" value="1"/>
        <Parameter name="OutputStartTime" type="float" value="0"/>
        <Parameter name="Output Event" type="bool" value="0"/>
        <Parameter name="Start in Steady State" type="bool" value="0"/>
        <Parameter name="Use Values" type="bool" value="0"/>
        <Parameter name="Values" type="string" value=""/>
      </Problem>
      <Method name="Deterministic (LSODA)" type="Deterministic(LSODA)">
        <Parameter name="Integrate Reduced Model" type="bool" value="0"/>
        <Parameter name="Relative Tolerance" type="unsignedFloat" value="9.9999999999999995e-07"/>
        <Parameter name="Absolute Tolerance" type="unsignedFloat" value="9.9999999999999998e-13"/>
        <Parameter name="Max Internal Steps" type="unsignedInteger" value="100000"/>
        <Parameter name="Max Internal Step Size" type="unsignedFloat" value="0"/>
      </Method>
    </Task>
    <Task key="Task_19" name="Scan" type="scan" scheduled="false" updateModel="false">
      <Problem>
        <Parameter name="Subtask" type="unsignedInteger" value="1"/>
        <ParameterGroup name="ScanItems">
        </ParameterGroup>
        <Parameter name="Subtask Output" type="string" value="subTaskDuring"/>
        <Parameter name="Adjust initial conditions" type="bool" value="0"/>
        <Parameter name="Continue on Error" type="bool" value="0"/>
      </Problem>
      <Method name="Scan Framework" type="ScanFramework">
      </Method>
    </Task>
    <Task key="Task_20" name="Elementary Flux Modes" type="fluxMode" scheduled="false" updateModel="false">
      <Report reference="Report_13" target="" append="1" confirmOverwrite="1"/>
      <Problem>
      </Problem>
      <Method name="EFM Algorithm" type="EFMAlgorithm">
      </Method>
    </Task>
    <Task key="Task_21" name="Optimization" type="optimization" scheduled="false" updateModel="false">
      <Report reference="Report_14" target="" append="1" confirmOverwrite="1"/>
      <Problem>
        <Parameter name="Subtask" type="cn" value="CN=Root,Vector=TaskList[Steady-State]"/>
        <ParameterText name="ObjectiveExpression" type="expression">
          
        </ParameterText>
        <Parameter name="Maximize" type="bool" value="0"/>
        <Parameter name="Randomize Start Values" type="bool" value="0"/>
        <Parameter name="Calculate Statistics" type="bool" value="1"/>
        <Parameter name="Create Parameter Sets" type="bool" value="0"/>
        <ParameterGroup name="OptimizationItemList">
        </ParameterGroup>
        <ParameterGroup name="OptimizationConstraintList">
        </ParameterGroup>
        <Parameter name="DisplayPopulations" type="bool" value="0"/>
      </Problem>
      <Method name="Random Search" type="RandomSearch">
        <Parameter name="Log Verbosity" type="unsignedInteger" value="0"/>
        <Parameter name="Number of Iterations" type="unsignedInteger" value="100000"/>
        <Parameter name="Random Number Generator" type="unsignedInteger" value="1"/>
        <Parameter name="Seed" type="unsignedInteger" value="0"/>
      </Method>
    </Task>
    <Task key="Task_22" name="Parameter Estimation" type="parameterFitting" scheduled="false" updateModel="false">
      <Report reference="Report_15" target="" append="1" confirmOverwrite="1"/>
      <Problem>
        <Parameter name="Maximize" type="bool" value="0"/>
        <Parameter name="Randomize Start Values" type="bool" value="0"/>
        <Parameter name="Calculate Statistics" type="bool" value="1"/>
        <Parameter name="Create Parameter Sets" type="bool" value="0"/>
        <ParameterGroup name="OptimizationItemList">
        </ParameterGroup>
        <ParameterGroup name="OptimizationConstraintList">
        </ParameterGroup>
        <Parameter name="DisplayPopulations" type="bool" value="0"/>
        <Parameter name="Steady-State" type="cn" value="CN=Root,Vector=TaskList[Steady-State]"/>
        <Parameter name="Time-Course" type="cn" value="CN=Root,Vector=TaskList[Time-Course]"/>
        <Parameter name="Use Time Sens" type="bool" value="0"/>
        <Parameter name="Time-Sens" type="cn" value=""/>
        <ParameterGroup name="Experiment Set">
        </ParameterGroup>
        <ParameterGroup name="Validation Set">
          <Parameter name="Weight" type="unsignedFloat" value="1"/>
          <Parameter name="Threshold" type="unsignedInteger" value="5"/>
        </ParameterGroup>
      </Problem>
      <Method name="Evolutionary Programming" type="EvolutionaryProgram">
        <Parameter name="Log Verbosity" type="unsignedInteger" value="0"/>
        <Parameter name="Number of Generations" type="unsignedInteger" value="200"/>
        <Parameter name="Population Size" type="unsignedInteger" value="20"/>
        <Parameter name="Random Number Generator" type="unsignedInteger" value="1"/>
        <Parameter name="Seed" type="unsignedInteger" value="0"/>
        <Parameter name="Stop after # Stalled Generations" type="unsignedInteger" value="0"/>
      </Method>
    </Task>
    <Task key="Task_23" name="Metabolic Control Analysis" type="metabolicControlAnalysis" scheduled="false" updateModel="false">
      <Report reference="Report_16" target="" append="1" confirmOverwrite="1"/>
      <Problem>
        <Parameter name="Steady-State" type="key" value="Task_17"/>
      </Problem>
      <Method name="MCA Method (Reder)" type="MCAMethod(Reder)">
        <Parameter name="Modulation Factor" type="unsignedFloat" value="1.0000000000000001e-09"/>
        <Parameter name="Use Reder" type="bool" value="1"/>
        <Parameter name="Use Smallbone" type="bool" value="1"/>
      </Method>
    </Task>
    <Task key="Task_24" name="Lyapunov Exponents" type="lyapunovExponents" scheduled="false" updateModel="false">
      <Report reference="Report_17" target="" append="1" confirmOverwrite="1"/>
      <Problem>
        <Parameter name="ExponentNumber" type="unsignedInteger" value="3"/>
        <Parameter name="DivergenceRequested" type="bool" value="1"/>
        <Parameter name="TransientTime" type="float" value="0"/>
      </Problem>
      <Method name="Wolf Method" type="WolfMethod">
        <Parameter name="Orthonormalization Interval" type="unsignedFloat" value="1"/>
        <Parameter name="Overall time" type="unsignedFloat" value="1000"/>
        <Parameter name="Relative Tolerance" type="unsignedFloat" value="9.9999999999999995e-07"/>
        <Parameter name="Absolute Tolerance" type="unsignedFloat" value="9.9999999999999998e-13"/>
        <Parameter name="Max Internal Steps" type="unsignedInteger" value="10000"/>
      </Method>
    </Task>
    <Task key="Task_25" name="Time Scale Separation Analysis" type="timeScaleSeparationAnalysis" scheduled="false" updateModel="false">
      <Report reference="Report_18" target="" append="1" confirmOverwrite="1"/>
      <Problem>
        <Parameter name="StepNumber" type="unsignedInteger" value="100"/>
        <Parameter name="StepSize" type="float" value="0.01"/>
        <Parameter name="Duration" type="float" value="1"/>
        <Parameter name="TimeSeriesRequested" type="bool" value="1"/>
        <Parameter name="OutputStartTime" type="float" value="0"/>
      </Problem>
      <Method name="ILDM (LSODA,Deuflhard)" type="TimeScaleSeparation(ILDM,Deuflhard)">
        <Parameter name="Deuflhard Tolerance" type="unsignedFloat" value="0.0001"/>
      </Method>
    </Task>
    <Task key="Task_26" name="Sensitivities" type="sensitivities" scheduled="false" updateModel="false">
      <Report reference="Report_19" target="" append="1" confirmOverwrite="1"/>
      <Problem>
        <Parameter name="SubtaskType" type="unsignedInteger" value="1"/>
        <ParameterGroup name="TargetFunctions">
          <Parameter name="SingleObject" type="cn" value=""/>
          <Parameter name="ObjectListType" type="unsignedInteger" value="7"/>
        </ParameterGroup>
        <ParameterGroup name="ListOfVariables">
          <ParameterGroup name="Variables">
            <Parameter name="SingleObject" type="cn" value=""/>
            <Parameter name="ObjectListType" type="unsignedInteger" value="41"/>
          </ParameterGroup>
          <ParameterGroup name="Variables">
            <Parameter name="SingleObject" type="cn" value=""/>
            <Parameter name="ObjectListType" type="unsignedInteger" value="0"/>
          </ParameterGroup>
        </ParameterGroup>
      </Problem>
      <Method name="Sensitivities Method" type="SensitivitiesMethod">
        <Parameter name="Delta factor" type="unsignedFloat" value="0.001"/>
        <Parameter name="Delta minimum" type="unsignedFloat" value="9.9999999999999998e-13"/>
      </Method>
    </Task>
    <Task key="Task_27" name="Moieties" type="moieties" scheduled="false" updateModel="false">
      <Report reference="Report_20" target="" append="1" confirmOverwrite="1"/>
      <Problem>
      </Problem>
      <Method name="Householder Reduction" type="Householder">
      </Method>
    </Task>
    <Task key="Task_28" name="Cross Section" type="crosssection" scheduled="false" updateModel="false">
      <Problem>
        <Parameter name="AutomaticStepSize" type="bool" value="0"/>
        <Parameter name="StepNumber" type="unsignedInteger" value="100"/>
        <Parameter name="StepSize" type="float" value="0.01"/>
        <Parameter name="Duration" type="float" value="1"/>
        <Parameter name="TimeSeriesRequested" type="bool" value="1"/>
        <Parameter name="OutputStartTime" type="float" value="0"/>
        <Parameter name="Output Event" type="bool" value="0"/>
        <Parameter name="Start in Steady State" type="bool" value="0"/>
        <Parameter name="Use Values" type="bool" value="0"/>
        <Parameter name="Values" type="string" value=""/>
        <Parameter name="LimitCrossings" type="bool" value="0"/>
        <Parameter name="NumCrossingsLimit" type="unsignedInteger" value="0"/>
        <Parameter name="LimitOutTime" type="bool" value="0"/>
        <Parameter name="LimitOutCrossings" type="bool" value="0"/>
        <Parameter name="PositiveDirection" type="bool" value="1"/>
        <Parameter name="NumOutCrossingsLimit" type="unsignedInteger" value="0"/>
        <Parameter name="LimitUntilConvergence" type="bool" value="0"/>
        <Parameter name="ConvergenceTolerance" type="float" value="9.9999999999999995e-07"/>
        <Parameter name="Threshold" type="float" value="0"/>
        <Parameter name="DelayOutputUntilConvergence" type="bool" value="0"/>
        <Parameter name="OutputConvergenceTolerance" type="float" value="9.9999999999999995e-07"/>
        <ParameterText name="TriggerExpression" type="expression">
          
        </ParameterText>
        <Parameter name="SingleVariable" type="cn" value=""/>
      </Problem>
      <Method name="Deterministic (LSODA)" type="Deterministic(LSODA)">
        <Parameter name="Integrate Reduced Model" type="bool" value="0"/>
        <Parameter name="Relative Tolerance" type="unsignedFloat" value="9.9999999999999995e-07"/>
        <Parameter name="Absolute Tolerance" type="unsignedFloat" value="9.9999999999999998e-13"/>
        <Parameter name="Max Internal Steps" type="unsignedInteger" value="100000"/>
        <Parameter name="Max Internal Step Size" type="unsignedFloat" value="0"/>
      </Method>
    </Task>
    <Task key="Task_29" name="Linear Noise Approximation" type="linearNoiseApproximation" scheduled="false" updateModel="false">
      <Report reference="Report_21" target="" append="1" confirmOverwrite="1"/>
      <Problem>
        <Parameter name="Steady-State" type="key" value="Task_17"/>
      </Problem>
      <Method name="Linear Noise Approximation" type="LinearNoiseApproximation">
      </Method>
    </Task>
    <Task key="Task_30" name="Time-Course Sensitivities" type="timeSensitivities" scheduled="false" updateModel="false">
      <Problem>
        <Parameter name="AutomaticStepSize" type="bool" value="0"/>
        <Parameter name="StepNumber" type="unsignedInteger" value="100"/>
        <Parameter name="StepSize" type="float" value="0.01"/>
        <Parameter name="Duration" type="float" value="1"/>
        <Parameter name="TimeSeriesRequested" type="bool" value="1"/>
        <Parameter name="OutputStartTime" type="float" value="0"/>
        <Parameter name="Output Event" type="bool" value="0"/>
        <Parameter name="Start in Steady State" type="bool" value="0"/>
        <Parameter name="Use Values" type="bool" value="0"/>
        <Parameter name="Values" type="string" value=""/>
        <ParameterGroup name="ListOfParameters">
        </ParameterGroup>
        <ParameterGroup name="ListOfTargets">
        </ParameterGroup>
      </Problem>
      <Method name="LSODA Sensitivities" type="Sensitivities(LSODA)">
        <Parameter name="Integrate Reduced Model" type="bool" value="0"/>
        <Parameter name="Relative Tolerance" type="unsignedFloat" value="9.9999999999999995e-07"/>
        <Parameter name="Absolute Tolerance" type="unsignedFloat" value="9.9999999999999998e-13"/>
        <Parameter name="Max Internal Steps" type="unsignedInteger" value="10000"/>
        <Parameter name="Max Internal Step Size" type="unsignedFloat" value="0"/>
      </Method>
    </Task>
  </ListOfTasks>
  <ListOfReports>
    <Report key="Report_11" name="Steady-State" taskType="steadyState" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Footer>
        <Object cn="CN=Root,Vector=TaskList[Steady-State]"/>
      </Footer>
    </Report>
    <Report key="Report_12" name="Time-Course" taskType="timeCourse" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Header>
        <Object cn="CN=Root,Vector=TaskList[Time-Course],Object=Description"/>
      </Header>
      <Footer>
        <Object cn="CN=Root,Vector=TaskList[Time-Course],Object=Result"/>
      </Footer>
    </Report>
    <Report key="Report_13" name="Elementary Flux Modes" taskType="fluxMode" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Footer>
        <Object cn="CN=Root,Vector=TaskList[Elementary Flux Modes],Object=Result"/>
      </Footer>
    </Report>
    <Report key="Report_14" name="Optimization" taskType="optimization" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Header>
        <Object cn="CN=Root,Vector=TaskList[Optimization],Object=Description"/>
        <Object cn="String=\[Function Evaluations\]"/>
        <Object cn="Separator=&#9;"/>
        <Object cn="String=\[Best Value\]"/>
        <Object cn="Separator=&#9;"/>
        <Object cn="String=\[Best Parameters\]"/>
      </Header>
      <Body>
        <Object cn="CN=Root,Vector=TaskList[Optimization],Problem=Optimization,Reference=Function Evaluations"/>
        <Object cn="Separator=&#9;"/>
        <Object cn="CN=Root,Vector=TaskList[Optimization],Problem=Optimization,Reference=Best Value"/>
        <Object cn="Separator=&#9;"/>
        <Object cn="CN=Root,Vector=TaskList[Optimization],Problem=Optimization,Reference=Best Parameters"/>
      </Body>
      <Footer>
        <Object cn="String=&#10;"/>
        <Object cn="CN=Root,Vector=TaskList[Optimization],Object=Result"/>
      </Footer>
    </Report>
    <Report key="Report_15" name="Parameter Estimation" taskType="parameterFitting" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Header>
        <Object cn="CN=Root,Vector=TaskList[Parameter Estimation],Object=Description"/>
        <Object cn="String=\[Function Evaluations\]"/>
        <Object cn="Separator=&#9;"/>
        <Object cn="String=\[Best Value\]"/>
        <Object cn="Separator=&#9;"/>
        <Object cn="String=\[Best Parameters\]"/>
      </Header>
      <Body>
        <Object cn="CN=Root,Vector=TaskList[Parameter Estimation],Problem=Parameter Estimation,Reference=Function Evaluations"/>
        <Object cn="Separator=&#9;"/>
        <Object cn="CN=Root,Vector=TaskList[Parameter Estimation],Problem=Parameter Estimation,Reference=Best Value"/>
        <Object cn="Separator=&#9;"/>
        <Object cn="CN=Root,Vector=TaskList[Parameter Estimation],Problem=Parameter Estimation,Reference=Best Parameters"/>
      </Body>
      <Footer>
        <Object cn="String=&#10;"/>
        <Object cn="CN=Root,Vector=TaskList[Parameter Estimation],Object=Result"/>
      </Footer>
    </Report>
    <Report key="Report_16" name="Metabolic Control Analysis" taskType="metabolicControlAnalysis" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Header>
        <Object cn="CN=Root,Vector=TaskList[Metabolic Control Analysis],Object=Description"/>
      </Header>
      <Footer>
        <Object cn="String=&#10;"/>
        <Object cn="CN=Root,Vector=TaskList[Metabolic Control Analysis],Object=Result"/>
      </Footer>
    </Report>
    <Report key="Report_17" name="Lyapunov Exponents" taskType="lyapunovExponents" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Header>
        <Object cn="CN=Root,Vector=TaskList[Lyapunov Exponents],Object=Description"/>
      </Header>
      <Footer>
        <Object cn="String=&#10;"/>
        <Object cn="CN=Root,Vector=TaskList[Lyapunov Exponents],Object=Result"/>
      </Footer>
    </Report>
    <Report key="Report_18" name="Time Scale Separation Analysis" taskType="timeScaleSeparationAnalysis" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Header>
        <Object cn="CN=Root,Vector=TaskList[Time Scale Separation Analysis],Object=Description"/>
      </Header>
      <Footer>
        <Object cn="String=&#10;"/>
        <Object cn="CN=Root,Vector=TaskList[Time Scale Separation Analysis],Object=Result"/>
      </Footer>
    </Report>
    <Report key="Report_19" name="Sensitivities" taskType="sensitivities" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Header>
        <Object cn="CN=Root,Vector=TaskList[Sensitivities],Object=Description"/>
      </Header>
      <Footer>
        <Object cn="String=&#10;"/>
        <Object cn="CN=Root,Vector=TaskList[Sensitivities],Object=Result"/>
      </Footer>
    </Report>
    <Report key="Report_20" name="Moieties" taskType="moieties" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Header>
        <Object cn="CN=Root,Vector=TaskList[Moieties],Object=Description"/>
      </Header>
      <Footer>
        <Object cn="String=&#10;"/>
        <Object cn="CN=Root,Vector=TaskList[Moieties],Object=Result"/>
      </Footer>
    </Report>
    <Report key="Report_21" name="Linear Noise Approximation" taskType="linearNoiseApproximation" separator="&#9;" precision="6">
      <Comment>
        Automatically generated report.
      </Comment>
      <Header>
        <Object cn="CN=Root,Vector=TaskList[Linear Noise Approximation],Object=Description"/>
      </Header>
      <Footer>
        <Object cn="String=&#10;"/>
        <Object cn="CN=Root,Vector=TaskList[Linear Noise Approximation],Object=Result"/>
      </Footer>
    </Report>
  </ListOfReports>
  <GUI>
  </GUI>
  <ListOfUnitDefinitions>
    <UnitDefinition key="Unit_1" name="meter" symbol="m">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Unit_0"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        m
      </Expression>
    </UnitDefinition>
    <UnitDefinition key="Unit_5" name="second" symbol="s">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Unit_4"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        s
      </Expression>
    </UnitDefinition>
    <UnitDefinition key="Unit_13" name="Avogadro" symbol="Avogadro">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Unit_12"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        Avogadro
      </Expression>
    </UnitDefinition>
    <UnitDefinition key="Unit_15" name="dimensionless" symbol="1">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Unit_14"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        1
      </Expression>
    </UnitDefinition>
    <UnitDefinition key="Unit_17" name="item" symbol="#">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Unit_16"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        #
      </Expression>
    </UnitDefinition>
    <UnitDefinition key="Unit_35" name="liter" symbol="l">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Unit_34"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        0.001*m^3
      </Expression>
    </UnitDefinition>
    <UnitDefinition key="Unit_41" name="mole" symbol="mol">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Unit_40"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        Avogadro*#
      </Expression>
    </UnitDefinition>
    <UnitDefinition key="Unit_67" name="hour" symbol="h">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Unit_66"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        3600*s
      </Expression>
    </UnitDefinition>
  </ListOfUnitDefinitions>
</COPASI>
