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
    <Function key="Function_14" name="Mass action (reversible)" type="MassAction" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_14">
    <CopasiMT:is rdf:resource="urn:miriam:obo.sbo:SBO:0000042"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
      <Comment>
        <body xmlns="http://www.w3.org/1999/xhtml">
  <b>Mass action rate law for reversible reactions</b>
  <p>
  Reaction scheme where the products are created from the reactants and the change of a product quantity is proportional to the product of reactant activities. The reaction scheme does include a reverse process that creates the reactants from the products.
  </p>
  </body>
      </Comment>
      <Expression>
        k1*PRODUCT&lt;substrate_i&gt;-k2*PRODUCT&lt;product_j&gt;
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_69" name="k1" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_68" name="substrate" order="1" role="substrate"/>
        <ParameterDescription key="FunctionParameter_78" name="k2" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_79" name="product" order="3" role="product"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_81" name="Function for Osterix expression driven by RUNX2" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_81"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_SP7*(RUNX2/K_RUNX2)^n_one/(1+(RUNX2/K_RUNX2)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_670" name="K_RUNX2" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_669" name="RUNX2" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_668" name="k_syn_SP7" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_678" name="n_one" order="3" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_82" name="Function for ALP expression driven by RUNX2 and Osterix" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_82"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_syn_marker*(RUNX2/K_RUNX2)^n_one/(1+(RUNX2/K_RUNX2)^n_one)*(SP7/K_SP7)^n_one/(1+(SP7/K_SP7)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_688" name="K_RUNX2" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_689" name="K_SP7" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_690" name="RUNX2" order="2" role="modifier"/>
        <ParameterDescription key="FunctionParameter_691" name="SP7" order="3" role="modifier"/>
        <ParameterDescription key="FunctionParameter_692" name="cytosol" order="4" role="volume"/>
        <ParameterDescription key="FunctionParameter_693" name="k_syn_marker" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_694" name="n_one" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_83" name="Function for osteocalcin expression driven by RUNX2 and Osterix" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_83"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_syn_marker*(RUNX2/K_RUNX2)^n_one/(1+(RUNX2/K_RUNX2)^n_one)*(SP7/K_SP7)^n_one/(1+(SP7/K_SP7)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_704" name="K_RUNX2" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_705" name="K_SP7" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_706" name="RUNX2" order="2" role="modifier"/>
        <ParameterDescription key="FunctionParameter_707" name="SP7" order="3" role="modifier"/>
        <ParameterDescription key="FunctionParameter_708" name="cytosol" order="4" role="volume"/>
        <ParameterDescription key="FunctionParameter_709" name="k_syn_marker" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_710" name="n_one" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_84" name="Function for Wnt3a binds LRP6" type="UserDefined" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_84"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*(kon_WNT3A*LRP6*WNT3A-koff_WNT3A*WNT3A_LRP6)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_722" name="LRP6" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_723" name="WNT3A" order="1" role="substrate"/>
        <ParameterDescription key="FunctionParameter_724" name="WNT3A_LRP6" order="2" role="product"/>
        <ParameterDescription key="FunctionParameter_725" name="cytosol" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_726" name="koff_WNT3A" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_727" name="kon_WNT3A" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_85" name="Function for DKK1 binds LRP6" type="UserDefined" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_85"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*(kon_DKK1*LRP6*DKK1-koff_DKK1*DKK1_LRP6)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_736" name="DKK1" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_737" name="DKK1_LRP6" order="1" role="product"/>
        <ParameterDescription key="FunctionParameter_738" name="LRP6" order="2" role="substrate"/>
        <ParameterDescription key="FunctionParameter_739" name="cytosol" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_740" name="koff_DKK1" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_741" name="kon_DKK1" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_86" name="Function for Mg2+-stimulated Ser9 phosphorylation of GSK3-beta" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_86"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_GSK3_Mg*LRP6*GSK3B*(Mg_ext/K_Mg_GSK3)^n_two/(1+(Mg_ext/K_Mg_GSK3)^n_two)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_753" name="GSK3B" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_754" name="K_Mg_GSK3" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_755" name="LRP6" order="2" role="modifier"/>
        <ParameterDescription key="FunctionParameter_756" name="Mg_ext" order="3" role="modifier"/>
        <ParameterDescription key="FunctionParameter_757" name="cytosol" order="4" role="volume"/>
        <ParameterDescription key="FunctionParameter_758" name="k_GSK3_Mg" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_759" name="n_two" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_87" name="Function for destruction-complex-dependent beta-catenin degradation" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_87"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_dc_CTNNB1*(1-GSK3_inhibitor)*GSK3B*CTNNB1*1/(1+(WNT3A_LRP6/K_WNT_destruction)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_772" name="CTNNB1" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_773" name="GSK3B" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_774" name="GSK3_inhibitor" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_775" name="K_WNT_destruction" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_776" name="WNT3A_LRP6" order="4" role="modifier"/>
        <ParameterDescription key="FunctionParameter_777" name="k_dc_CTNNB1" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_778" name="n_one" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_88" name="Function for beta-catenin nuclear import" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_88"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_shuttle_CTNNB1*CTNNB1
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_770" name="CTNNB1" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_749" name="cytosol" order="1" role="volume"/>
        <ParameterDescription key="FunctionParameter_767" name="k_shuttle_CTNNB1" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_89" name="Function for beta-catenin nuclear export" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_89"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_shuttle_CTNNB1*CTNNB1_nuc
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_788" name="CTNNB1_nuc" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_789" name="cytosol" order="1" role="volume"/>
        <ParameterDescription key="FunctionParameter_790" name="k_shuttle_CTNNB1" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_90" name="Function for LEF1 expression driven by beta-catenin:TCF" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_90"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_LEF1*(f_basal_TCF_target+(1-f_basal_TCF_target)*(CTNNB1_TCF/K_TCF_target)^n_one/(1+(CTNNB1_TCF/K_TCF_target)^n_one))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_800" name="CTNNB1_TCF" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_801" name="K_TCF_target" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_802" name="f_basal_TCF_target" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_803" name="k_syn_LEF1" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_804" name="n_one" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_91" name="Function for DKK1 expression and secretion driven by beta-catenin:TCF" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_91"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        extracellular*k_syn_DKK1*DKK1_expression*(f_basal_TCF_target+(1-f_basal_TCF_target)*(CTNNB1_TCF/K_TCF_target)^n_one/(1+(CTNNB1_TCF/K_TCF_target)^n_one))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_814" name="CTNNB1_TCF" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_815" name="DKK1_expression" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_816" name="K_TCF_target" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_817" name="extracellular" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_818" name="f_basal_TCF_target" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_819" name="k_syn_DKK1" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_820" name="n_one" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_92" name="Function for RUNX2 expression driven by beta-catenin:TCF" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_92"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_RUNX2_TCF*(CTNNB1_TCF/K_TCF_RUNX2)^n_two/(1+(CTNNB1_TCF/K_TCF_RUNX2)^n_two)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_812" name="CTNNB1_TCF" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_797" name="K_TCF_RUNX2" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_811" name="k_syn_RUNX2_TCF" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_828" name="n_two" order="3" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
  </ListOfFunctions>
  <Model key="Model_1" name="Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells" simulationType="time" timeUnit="h" volumeUnit="l" areaUnit="m²" lengthUnit="m" quantityUnit="mmol" type="deterministic" avogadroConstant="6.0221417899999999e+23">
    <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:bqmodel="http://biomodels.net/model-qualifiers/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Model_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000062"/>
    <CopasiMT:isDescribedBy>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/doi:10.1016/j.bioactmat.2021.06.034"/>
      </rdf:Bag>
    </CopasiMT:isDescribedBy>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0045669"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
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
    <bqmodel:isDerivedFrom>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/biomodels.db:BIOMD0000000658"/>
      </rdf:Bag>
    </bqmodel:isDerivedFrom>
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
    <p>Extracellular Mg2+ inactivates GSK3-beta (assumed PI3K/Akt route, acting on the LRP6-associated pool), so beta-catenin escapes the destruction complex, enters the nucleus and binds TCF/LEF. The complex switches on LEF1, DKK1 and RUNX2; secreted DKK1 blocks LRP6 (negative feedback) and RUNX2 drives osteoblast commitment. The beta-catenin core is a reduction of Lee et al. 2003 (BIOMD0000000658) calibrated to its no-Wnt reference state. Claims C40-C43 and C65 of the source review.</p>
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
      <Metabolite key="Metabolite_1" name="RUNX2 (nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q13950"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Runt-related transcription factor 2, the master osteoblast transcription factor.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_2" name="Osterix (SP7, nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q8TDD2"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Osterix, the osteoblast-specific transcription factor downstream of RUNX2.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_3" name="alkaline phosphatase, tissue-nonspecific (bone ALP)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_3">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P05186"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Early osteoblast marker; a membrane-anchored ectoenzyme.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_4" name="osteocalcin (BGLAP)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_4">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P02818"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Late osteoblast marker (cell-associated pool before secretion).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_5" name="Wnt3a (extracellular)" simulationType="fixed" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_5">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P56704"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Recombinant Wnt3a added to the medium (input; 0 = none). The review names no Wnt ligand; Wnt3a stands for canonical Wnt ligands and is the positive control of C41.</p>
    <p>Input held fixed by the experiment (boundary condition).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_6" name="LRP6 (free Wnt co-receptor)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_6">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:O75581"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Unliganded LRP6 (standing for LRP5/6) at the plasma membrane. Total receptor 10 nM in cell volume (about 12,000 per 2 pL cell) is an assumption; only ratios matter.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_7" name="Wnt3a:LRP6 (active co-receptor)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_7">
    <CopasiMT:hasPart>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:O75581"/>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P56704"/>
      </rdf:Bag>
    </CopasiMT:hasPart>
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000253"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Ligand-bound LRP6 (with Frizzled, not modelled): the signalosome that inhibits the beta-catenin destruction complex.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_8" name="Dickkopf-1 (extracellular)" simulationType="reactions" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_8">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:O94907"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Secreted DKK1, a beta-catenin/TCF target that binds LRP6 and blocks Wnt signalling.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_9" name="DKK1:LRP6 (blocked co-receptor)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_9">
    <CopasiMT:hasPart>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:O75581"/>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:O94907"/>
      </rdf:Bag>
    </CopasiMT:hasPart>
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000253"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>LRP6 occupied by DKK1; it cannot bind Wnt and is internalised.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_10" name="GSK3-beta (active)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_10">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P49841"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Active GSK3-beta, the kinase that marks beta-catenin for degradation in the destruction complex. Total 50 nM (active + Ser9-phosphorylated) as GSK3 in Lee et al. 2003.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_11" name="GSK3-beta (Ser9-phosphorylated, inactive)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_11">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P49841"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>GSK3-beta inhibited by N-terminal Ser9 phosphorylation (e.g. by Akt downstream of PI3K).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_12" name="beta-catenin (cytosolic, free)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_12">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P35222"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Free non-phosphorylated cytosolic beta-catenin. Lee et al. 2003 reference state: 25.1 nM.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_13" name="beta-catenin (nuclear, free; active)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_13">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P35222"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Active (non-phosphorylated) beta-catenin in the nucleus, the readout of C40/C41.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_14" name="TCF/LEF transcription factors (free)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_14">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q9UJU2"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Pool of DNA-bound TCF/LEF factors (LEF1 is the family member with a confirmed identifier). Total 15 nM and constant as in Lee et al. 2003; newly made LEF1 is a separate readout.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_15" name="beta-catenin:TCF/LEF (transcription complex)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_15">
    <CopasiMT:hasPart>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P35222"/>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q9UJU2"/>
      </rdf:Bag>
    </CopasiMT:hasPart>
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000253"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>The transcriptionally active complex that switches on LEF1, DKK1 and RUNX2.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_16" name="LEF1 (newly expressed protein)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_16">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q9UJU2"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>LEF1 made in response to beta-catenin:TCF (a direct target, C42); readout of transcriptional activation. Resting level 5 nM is an assumption.</p>
  </body>

        </Comment>
      </Metabolite>
    </ListOfMetabolites>
    <ListOfModelValues>
      <ModelValue key="ModelValue_0" name="basal RUNX2 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_0">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Basal expression 2 nM at steady state (one fifth of the resting level), so that the regulated inputs dominate.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_1" name="first-order turnover of regulated proteins" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Half-life 12 h for signalling and marker proteins without a measured value in BMSCs; it sets how fast steady states are reached, not their ratios.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_2" name="maximal RUNX2-driven Osterix synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Osterix reaches about 5 nM when RUNX2 is at its resting level.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_3" name="RUNX2 for half-maximal target activation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_3">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Centred on the resting RUNX2 level so targets respond in both directions.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_4" name="maximal synthesis of ALP and osteocalcin" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_4">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Markers reach about 5 nM at resting RUNX2 and Osterix.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_5" name="Osterix for half-maximal target activation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_5">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Centred on the resting Osterix level.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_6" name="Hill coefficient 1" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_6">
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
      <ModelValue key="ModelValue_7" name="LRP6 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_7">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Keeps total LRP6 at 10 nM (free + complexes) with the 12 h protein half-life.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_8" name="Wnt3a association to LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_8">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Typical protein-protein association rate 1e6 /(M s); no measured value in the evidence files.</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_9" name="Wnt3a dissociation from LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_9">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: koff = kon x Kd with an assumed apparent Kd of 1 nM (nanomolar Wnt3a doses are effective in culture); not in the evidence files.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_10" name="DKK1 association to LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_10">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Typical protein-protein association rate 1e6 /(M s); Bafico 2001 reports only Kd.</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_11" name="DKK1 dissociation from LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_11">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: koff = kon x Kd with Kd = 0.39 nM (Bafico A et al. 2001 Nat Cell Biol 3:683, PMID 11433302; human DKK1 on 293T cells overexpressing LRP6) and the assumed kon.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_12" name="DKK1 clearance from the medium" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_12">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Half-life 12 h like other proteins without a measured value.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_13" name="maximal Mg2+-stimulated GSK3-beta inactivation per LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_13">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that 10 mM Mg2+ lowers active GSK3-beta about five-fold, giving an active beta-catenin rise (about 4.5-fold) comparable to a saturating Wnt3a dose (C41).</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_14" name="extracellular Mg2+ for half-maximal GSK3-beta inactivation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_14">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Little effect at the 0.8 mM culture baseline, strong at 10 mM (Hung 2019 dose, C40); placed between them.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_15" name="GSK3-beta reactivation (Ser9 dephosphorylation)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_15">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Phosphatase-mediated recovery within about an hour; sets timing, not steady ratios (they depend on k_GSK3_Mg / k_GSK3_react).</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_16" name="fraction of GSK3 activity blocked by a drug (CHIR99021 / LiCl)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_16">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle (0 = no inhibitor, 1 = complete block); a standard positive control of canonical Wnt activation.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_17" name="Hill coefficient 2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_17">
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
      <ModelValue key="ModelValue_18" name="beta-catenin synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_18">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Lee E et al. 2003 PLoS Biol 1:E10 (PMID 14551908); BioModels BIOMD0000000658, parameter k12 (0.423 nM/min)</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_19" name="axin-independent beta-catenin degradation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_19">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Lee E et al. 2003 PLoS Biol 1:E10 (PMID 14551908); BioModels BIOMD0000000658, parameter k13 (2.57e-4 /min)</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_20" name="destruction-complex degradation per active GSK3-beta" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_20">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Calibrated so that the resting state (no Wnt, 0.8 mM Mg2+, 42.1 nM active GSK3-beta) has Lee et al. 2003's free beta-catenin of 25.1 nM: (k12/25.1 nM - k13) / 42.1 nM, i.e. Lee's destruction flux of 0.417 nM/min in one step.</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_21" name="Wnt3a:LRP6 for half-maximal inhibition of the destruction complex" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_21">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000261"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that a saturating Wnt3a dose (10 nM LRP6 bound) lowers destruction about 5-fold, i.e. the active beta-catenin rise of the positive control is similar to that of 10 mM Mg2+ (C41).</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_22" name="beta-catenin nucleo-cytoplasmic shuttling" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_22">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Equilibration within about 10 min, fast compared with turnover; Lee's model has a single free pool, so import and export share one constant (equal free concentrations at steady state).</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_23" name="beta-catenin binding to TCF" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_23">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Lee E et al. 2003 PLoS Biol 1:E10 (PMID 14551908); BioModels BIOMD0000000658, parameter k16 (500 /(nM min), fast equilibrium)</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_24" name="beta-catenin dissociation from TCF" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_24">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Lee E et al. 2003 PLoS Biol 1:E10 (PMID 14551908); BioModels BIOMD0000000658, k_16 = k16 x K_16 with K_16 = 30 nM (15000 /min)</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_25" name="beta-catenin:TCF for half-maximal target-gene activation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_25">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Set above the 15 nM TCF pool so that target expression stays nearly proportional to TCF occupancy (6.83 nM at rest); promoters are not saturated.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_26" name="TCF-independent expression of LEF1 and DKK1 (fraction)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_26">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Some expression without beta-catenin; keeps target levels positive.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_27" name="maximal LEF1 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_27">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: LEF1 about 5 nM at rest (regulation factor 0.15 at the resting TCF occupancy).</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_28" name="maximal DKK1 secretion (per medium volume)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_28">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Gives about 0.8 nM DKK1 in the medium at rest, twice its LRP6 Kd (0.39 nM), so that about two thirds of LRP6 is occupied by endogenous DKK1 in BMSC culture.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_29" name="DKK1 expression factor (1 = control; overexpression 10)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_29">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle for the DKK1 overexpression test of C43.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_30" name="maximal beta-catenin:TCF-driven RUNX2 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_30">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Undifferentiated stromal cells: about 2 nM TCF-driven RUNX2 at rest on top of 2 nM basal (below the 10 nM of committed osteoblasts), rising steeply with Wnt activity.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_31" name="beta-catenin:TCF for half-maximal RUNX2 activation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_31">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Above the 15 nM TCF pool: RUNX2 expression rises about with the square of TCF occupancy (Hill n = 2 far below half-saturation), a cooperative response assumed for commitment to sustained Wnt activity.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_32" name="osteoblast differentiation (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_32">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0001649"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Fraction of maximal osteoblast commitment, read from Osterix (the lineage-committing factor).</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C64: Signaling pathways controlling expression of the key osteogenic transcription factors Runx2 and Osterix (Osx/SP7) play a major role.</p>
    <p>Encodes claim C09: Osteoblasts arise from mesenchymal stem cells, and their differentiation is induced by BMPs, FGFs, PDGFs and TGF-beta.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[Osterix (SP7\, nuclear)],Reference=Concentration&gt;/(&lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[Osterix (SP7\, nuclear)],Reference=Concentration&gt;+&lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Osterix for half-maximal target activation],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
    </ListOfModelValues>
    <ListOfReactions>
      <Reaction key="Reaction_0" name="basal RUNX2 expression" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_0">
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
    <p>Constitutive RUNX2 expression in osteogenic cells.</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C64: Signaling pathways controlling expression of the key osteogenic transcription factors Runx2 and Osterix (Osx/SP7) play a major role.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_0" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_0"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_1" name="RUNX2 turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_1">
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
    <p>Proteasomal turnover of RUNX2.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C64: Signaling pathways controlling expression of the key osteogenic transcription factors Runx2 and Osterix (Osx/SP7) play a major role.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_1" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_2" name="Osterix expression driven by RUNX2" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_2">
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
    <p>RUNX2 is upstream of Osterix; without RUNX2 there is no Osterix.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C64: Signaling pathways controlling expression of the key osteogenic transcription factors Runx2 and Osterix (Osx/SP7) play a major role.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_2" name="K_RUNX2" value="1"/>
          <Constant key="Parameter_3" name="k_syn_SP7" value="1"/>
          <Constant key="Parameter_4" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_81" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_670">
              <SourceParameter reference="ModelValue_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_669">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_668">
              <SourceParameter reference="ModelValue_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_678">
              <SourceParameter reference="ModelValue_6"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_3" name="Osterix turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_3">
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
    <p>Turnover of Osterix.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C64: Signaling pathways controlling expression of the key osteogenic transcription factors Runx2 and Osterix (Osx/SP7) play a major role.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_5" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_4" name="ALP expression driven by RUNX2 and Osterix" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_4">
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
    <p>Bone ALP expression requires RUNX2 and Osterix (both essential activators).</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C15: Mg deficiency reduces both osteoblast number and osteoblast function, with lower bone alkaline phosphatase and osteocalcin (stated as 'serum mRNA').</p>
    <p>Encodes claim C25: Suppressing TRPM7 expression reduces osteoblast differentiation and matrix mineralization.</p>
    <p>Encodes claim C64: Signaling pathways controlling expression of the key osteogenic transcription factors Runx2 and Osterix (Osx/SP7) play a major role.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_1" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_6" name="K_RUNX2" value="1"/>
          <Constant key="Parameter_7" name="K_SP7" value="1"/>
          <Constant key="Parameter_8" name="k_syn_marker" value="1"/>
          <Constant key="Parameter_9" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_82" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_688">
              <SourceParameter reference="ModelValue_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_689">
              <SourceParameter reference="ModelValue_5"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_690">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_691">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_692">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_693">
              <SourceParameter reference="ModelValue_4"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_694">
              <SourceParameter reference="ModelValue_6"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_5" name="ALP turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_5">
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
    <p>Turnover of ALP.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C15: Mg deficiency reduces both osteoblast number and osteoblast function, with lower bone alkaline phosphatase and osteocalcin (stated as 'serum mRNA').</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_10" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_3"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_6" name="osteocalcin expression driven by RUNX2 and Osterix" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_6">
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
    <p>Osteocalcin expression requires RUNX2 and Osterix (both essential activators).</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C15: Mg deficiency reduces both osteoblast number and osteoblast function, with lower bone alkaline phosphatase and osteocalcin (stated as 'serum mRNA').</p>
    <p>Encodes claim C25: Suppressing TRPM7 expression reduces osteoblast differentiation and matrix mineralization.</p>
    <p>Encodes claim C64: Signaling pathways controlling expression of the key osteogenic transcription factors Runx2 and Osterix (Osx/SP7) play a major role.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_4" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_1" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_11" name="K_RUNX2" value="1"/>
          <Constant key="Parameter_12" name="K_SP7" value="1"/>
          <Constant key="Parameter_13" name="k_syn_marker" value="1"/>
          <Constant key="Parameter_14" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_83" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_704">
              <SourceParameter reference="ModelValue_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_705">
              <SourceParameter reference="ModelValue_5"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_706">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_707">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_708">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_709">
              <SourceParameter reference="ModelValue_4"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_710">
              <SourceParameter reference="ModelValue_6"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_7" name="osteocalcin turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_7">
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
    <p>Turnover and secretion of cell-associated osteocalcin.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C15: Mg deficiency reduces both osteoblast number and osteoblast function, with lower bone alkaline phosphatase and osteocalcin (stated as 'serum mRNA').</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_4" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_15" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_4"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_8" name="LRP6 expression" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_8">
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
    <p>Constitutive co-receptor expression.</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_6" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_16" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_9" name="LRP6 turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_9">
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
    <p>Constitutive co-receptor turnover.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_6" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_17" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_6"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_10" name="Wnt3a binds LRP6" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_10">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000177"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Wnt binding to the LRP6/Frizzled pair forms the signalling receptor; the extracellular Wnt3a pool is held by the experiment.</p>
    <p>Rate law family: mass action (reversible).</p>
    <p>Encodes claim C41: With added Mg2+, active beta-catenin protein rose significantly, to a level similar to the positive control.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_6" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_5" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_7" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_18" name="koff_WNT3A" value="1"/>
          <Constant key="Parameter_19" name="kon_WNT3A" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_84" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_722">
              <SourceParameter reference="Metabolite_6"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_723">
              <SourceParameter reference="Metabolite_5"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_724">
              <SourceParameter reference="Metabolite_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_725">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_726">
              <SourceParameter reference="ModelValue_9"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_727">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_11" name="turnover of Wnt3a-bound LRP6" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_11">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0031623"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>The signalosome is turned over like free receptor.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C41: With added Mg2+, active beta-catenin protein rose significantly, to a level similar to the positive control.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_7" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_20" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_7"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_12" name="DKK1 binds LRP6" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_12">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000177"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>DKK1 occupies LRP6 so that it can neither bind Wnt nor relay the Mg2+ signal (negative feedback, C42). DKK1 binds the receptor from the medium; the rate is counted in cell volume.</p>
    <p>Rate law family: mass action (reversible).</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
    <p>Encodes claim C43: Mg2+ induces an osteogenic effect in the marrow space by activating canonical Wnt signaling, which drives BMSCs toward the osteoblast lineage.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_6" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_8" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_9" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_21" name="koff_DKK1" value="1"/>
          <Constant key="Parameter_22" name="kon_DKK1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_85" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_736">
              <SourceParameter reference="Metabolite_8"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_737">
              <SourceParameter reference="Metabolite_9"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_738">
              <SourceParameter reference="Metabolite_6"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_739">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_740">
              <SourceParameter reference="ModelValue_11"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_741">
              <SourceParameter reference="ModelValue_10"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_13" name="internalisation of DKK1-bound LRP6" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_13">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0031623"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>DKK1-bound LRP6 is removed from the surface (with Kremen, not modelled) at the protein turnover rate (assumption).</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_9" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_23" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_9"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_14" name="DKK1 clearance" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_14">
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
    <p>Clearance of secreted DKK1 from the medium.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_8" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_24" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[extracellular space (peri-implant / culture medium)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_15" name="Mg2+-stimulated Ser9 phosphorylation of GSK3-beta" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_15">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000176"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: extracellular Mg2+ acts through PI3K/Akt, which phosphorylates GSK3-beta on Ser9. The review states only that 10 mM Mg2+ activates canonical Wnt signalling in BMSCs (Hung 2019); support: Mg2+ acts via TRPM7/PI3K in human hFOB osteoblasts (observations O42) and a Mg implant enhanced Wnt/beta-catenin in bone (Xu et al. 2021 Bioact Mater, doi 10.1016/j.bioactmat.2021.06.034; O41). Second assumption: the step needs free LRP6 (catalyst), i.e. Mg2+ acts on the GSK3 pool recruited to the Wnt co-receptor. Without it DKK1, an LRP5/6 antagonist, could not abolish the Mg2+ effect as C43 states; the molecular link is not known. Hill (n = 2) in extracellular Mg2+.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C40: Treating human bone marrow stromal cells with 10 mM Mg2+ activated the canonical Wnt pathway.</p>
    <p>Encodes claim C41: With added Mg2+, active beta-catenin protein rose significantly, to a level similar to the positive control.</p>
    <p>Encodes claim C43: Mg2+ induces an osteogenic effect in the marrow space by activating canonical Wnt signaling, which drives BMSCs toward the osteoblast lineage.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_10" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_11" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_6" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_25" name="K_Mg_GSK3" value="1"/>
          <Constant key="Parameter_26" name="k_GSK3_Mg" value="1"/>
          <Constant key="Parameter_27" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_86" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_753">
              <SourceParameter reference="Metabolite_10"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_754">
              <SourceParameter reference="ModelValue_14"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_755">
              <SourceParameter reference="Metabolite_6"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_756">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_757">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_758">
              <SourceParameter reference="ModelValue_13"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_759">
              <SourceParameter reference="ModelValue_17"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_16" name="GSK3-beta Ser9 dephosphorylation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_16">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000176"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Phosphatases (not modelled) restore GSK3-beta activity; first order.</p>
    <p>Rate law family: mass action.</p>
    <p>Encodes claim C40: Treating human bone marrow stromal cells with 10 mM Mg2+ activated the canonical Wnt pathway.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_11" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_10" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_28" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_15"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_11"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_17" name="beta-catenin synthesis" reversible="false" fast="false" addNoise="false">
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
    <p>Constitutive zero-order synthesis (Lee v12).</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C40: Treating human bone marrow stromal cells with 10 mM Mg2+ activated the canonical Wnt pathway.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_12" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_29" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_18"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_18" name="axin-independent beta-catenin degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_18">
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
    <p>Slow degradation that remains when the destruction complex is inactive (Lee v13); it sets the ceiling k12/k13 = 1646 nM.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C40: Treating human bone marrow stromal cells with 10 mM Mg2+ activated the canonical Wnt pathway.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_12" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_30" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_19"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_12"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_19" name="destruction-complex-dependent beta-catenin degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_19">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000179"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0030163"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Reduction of Lee et al. 2003: the APC/axin/GSK3 destruction complex, beta-catenin phosphorylation and proteasomal degradation (Lee v4-v11) are lumped into one step proportional to active GSK3-beta. Wnt-bound LRP6 inhibits the complex (Lee: via Dishevelled) and a GSK3 inhibitor removes it. APC buffering (2 nM bound in Lee's reference state) is neglected.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C40: Treating human bone marrow stromal cells with 10 mM Mg2+ activated the canonical Wnt pathway.</p>
    <p>Encodes claim C41: With added Mg2+, active beta-catenin protein rose significantly, to a level similar to the positive control.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_12" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_10" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_7" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_31" name="GSK3_inhibitor" value="1"/>
          <Constant key="Parameter_32" name="K_WNT_destruction" value="1"/>
          <Constant key="Parameter_33" name="k_dc_CTNNB1" value="1"/>
          <Constant key="Parameter_34" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_87" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_772">
              <SourceParameter reference="Metabolite_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_773">
              <SourceParameter reference="Metabolite_10"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_774">
              <SourceParameter reference="ModelValue_16"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_775">
              <SourceParameter reference="ModelValue_21"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_776">
              <SourceParameter reference="Metabolite_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_777">
              <SourceParameter reference="ModelValue_20"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_778">
              <SourceParameter reference="ModelValue_6"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_20" name="beta-catenin nuclear import" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_20">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000185"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Stabilised beta-catenin enters the nucleus (C42: nuclear translocation). Flux counted in cytosolic volume, so import and export balance at equal concentrations.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_12" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_13" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_35" name="k_shuttle_CTNNB1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_88" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_770">
              <SourceParameter reference="Metabolite_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_749">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_767">
              <SourceParameter reference="ModelValue_22"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_21" name="beta-catenin nuclear export" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_21">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000185"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Return of free nuclear beta-catenin to the cytosol, where it can be degraded.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_13" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_12" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_36" name="k_shuttle_CTNNB1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_89" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_788">
              <SourceParameter reference="Metabolite_13"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_789">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_790">
              <SourceParameter reference="ModelValue_22"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_22" name="beta-catenin binds TCF/LEF" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_22">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000177"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Nuclear beta-catenin binds TCF/LEF factors (Lee v16; Kd 30 nM).</p>
    <p>Rate law family: mass action (reversible).</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_13" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_14" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_15" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_37" name="k1" value="1"/>
          <Constant key="Parameter_38" name="k2" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_14" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_69">
              <SourceParameter reference="ModelValue_23"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_68">
              <SourceParameter reference="Metabolite_13"/>
              <SourceParameter reference="Metabolite_14"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_78">
              <SourceParameter reference="ModelValue_24"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_79">
              <SourceParameter reference="Metabolite_15"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_23" name="LEF1 expression driven by beta-catenin:TCF" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_23">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000589"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0010467"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>LEF1 is a direct target of active beta-catenin (C42).</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_16" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_15" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_39" name="K_TCF_target" value="1"/>
          <Constant key="Parameter_40" name="f_basal_TCF_target" value="1"/>
          <Constant key="Parameter_41" name="k_syn_LEF1" value="1"/>
          <Constant key="Parameter_42" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_90" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_800">
              <SourceParameter reference="Metabolite_15"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_801">
              <SourceParameter reference="ModelValue_25"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_802">
              <SourceParameter reference="ModelValue_26"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_803">
              <SourceParameter reference="ModelValue_27"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_804">
              <SourceParameter reference="ModelValue_6"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_24" name="LEF1 turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_24">
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
    <p>Turnover of LEF1.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_16" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_43" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_16"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_25" name="DKK1 expression and secretion driven by beta-catenin:TCF" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_25">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000589"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0010467"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>DKK1 is a direct beta-catenin target (C42) secreted into the medium (rate per medium volume); the expression factor implements overexpression (C43).</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C42: Immunocytochemistry and increased expression of LEF1 and Dkk1, direct targets of active beta-catenin, showed beta-catenin nuclear translocation and transcriptional activation.</p>
    <p>Encodes claim C43: Mg2+ induces an osteogenic effect in the marrow space by activating canonical Wnt signaling, which drives BMSCs toward the osteoblast lineage.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_8" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_15" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_44" name="DKK1_expression" value="1"/>
          <Constant key="Parameter_45" name="K_TCF_target" value="1"/>
          <Constant key="Parameter_46" name="f_basal_TCF_target" value="1"/>
          <Constant key="Parameter_47" name="k_syn_DKK1" value="1"/>
          <Constant key="Parameter_48" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_91" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_814">
              <SourceParameter reference="Metabolite_15"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_815">
              <SourceParameter reference="ModelValue_29"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_816">
              <SourceParameter reference="ModelValue_25"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_817">
              <SourceParameter reference="Compartment_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_818">
              <SourceParameter reference="ModelValue_26"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_819">
              <SourceParameter reference="ModelValue_28"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_820">
              <SourceParameter reference="ModelValue_6"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_26" name="RUNX2 expression driven by beta-catenin:TCF" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_26">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000589"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0010467"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0045669"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Canonical Wnt signalling drives BMSCs toward the osteoblast lineage (C43); represented as beta-catenin:TCF-activated RUNX2 expression (Hill n = 2).</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C43: Mg2+ induces an osteogenic effect in the marrow space by activating canonical Wnt signaling, which drives BMSCs toward the osteoblast lineage.</p>
    <p>Encodes claim C65: Mg2+-induced activation of canonical Wnt/beta-catenin in human BMSCs drives osteoblast differentiation, osteogenic effect and repair of bone defects (abstract summary).</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_15" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_49" name="K_TCF_RUNX2" value="1"/>
          <Constant key="Parameter_50" name="k_syn_RUNX2_TCF" value="1"/>
          <Constant key="Parameter_51" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_92" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_812">
              <SourceParameter reference="Metabolite_15"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_797">
              <SourceParameter reference="ModelValue_31"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_811">
              <SourceParameter reference="ModelValue_30"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_828">
              <SourceParameter reference="ModelValue_17"/>
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
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells" value="0" type="Model" simulationType="time"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Compartment Sizes" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[extracellular space (peri-implant / culture medium)]" value="1.0000000000000001e-09" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]" value="2e-12" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells]" value="4.9999999999999999e-13" type="Compartment" simulationType="fixed"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Species Values" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)]" value="481771343200.00012" type="Species" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[RUNX2 (nuclear)]" value="3011.0708950000003" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[Osterix (SP7\, nuclear)]" value="1505.5354475000001" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[alkaline phosphatase\, tissue-nonspecific (bone ALP)]" value="6022.1417900000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[osteocalcin (BGLAP)]" value="6022.1417900000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Wnt3a (extracellular)]" value="0" type="Species" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[LRP6 (free Wnt co-receptor)]" value="3974.6135814000004" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[Wnt3a:LRP6 (active co-receptor)]" value="0" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Dickkopf-1 (extracellular)]" value="481771.34320000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[DKK1:LRP6 (blocked co-receptor)]" value="8069.6699986000003" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[GSK3-beta (active)]" value="50706.4338718" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[GSK3-beta (Ser9-phosphorylated\, inactive)]" value="9514.9840282000023" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[beta-catenin (cytosolic\, free)]" value="30231.151785800004" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[beta-catenin (nuclear\, free; active)]" value="7557.7879464500011" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[TCF/LEF transcription factors (free)]" value="2460.0449212149997" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[beta-catenin:TCF/LEF (transcription complex)]" value="2056.5614212850001" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[LEF1 (newly expressed protein)]" value="1505.5354475000001" type="Species" simulationType="reactions"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Global Quantities" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[basal RUNX2 synthesis]" value="1.15524530093324e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[first-order turnover of regulated proteins]" value="0.057762265046662098" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal RUNX2-driven Osterix synthesis]" value="5.7762265046662101e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[RUNX2 for half-maximal target activation]" value="1.0000000000000001e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal synthesis of ALP and osteocalcin]" value="1.1552453009332399e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Osterix for half-maximal target activation]" value="5.0000000000000004e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 1]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[LRP6 synthesis]" value="5.7762265046662101e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Wnt3a association to LRP6]" value="3600000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Wnt3a dissociation from LRP6]" value="3.6000000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[DKK1 association to LRP6]" value="3600000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[DKK1 dissociation from LRP6]" value="1.4039999999999999" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[DKK1 clearance from the medium]" value="0.057762265046662098" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal Mg2+-stimulated GSK3-beta inactivation per LRP6]" value="2200000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[extracellular Mg2+ for half-maximal GSK3-beta inactivation]" value="5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[GSK3-beta reactivation (Ser9 dephosphorylation)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[fraction of GSK3 activity blocked by a drug (CHIR99021 / LiCl)]" value="0" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 2]" value="2" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin synthesis]" value="2.5380000000000001e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[axin-independent beta-catenin degradation]" value="0.01542" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[destruction-complex degradation per active GSK3-beta]" value="23651.671698006099" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Wnt3a:LRP6 for half-maximal inhibition of the destruction complex]" value="1.9999999999999999e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin nucleo-cytoplasmic shuttling]" value="6" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin binding to TCF]" value="30000000000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin dissociation from TCF]" value="900000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin:TCF for half-maximal target-gene activation]" value="6.0000000000000002e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[TCF-independent expression of LEF1 and DKK1 (fraction)]" value="0.050000000000000003" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal LEF1 synthesis]" value="1.9254088348887399e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal DKK1 secretion (per medium volume)]" value="3.08065413582198e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[DKK1 expression factor (1 \= control; overexpression 10)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal beta-catenin:TCF-driven RUNX2 synthesis]" value="1.03972077083992e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin:TCF for half-maximal RUNX2 activation]" value="6.0000000000000002e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[osteoblast differentiation (index 0-1)]" value="0.5" type="ModelValue" simulationType="assignment"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Kinetic Parameters" type="Group">
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[basal RUNX2 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[basal RUNX2 expression],ParameterGroup=Parameters,Parameter=v" value="1.15524530093324e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[basal RUNX2 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[RUNX2 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[RUNX2 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Osterix expression driven by RUNX2]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Osterix expression driven by RUNX2],ParameterGroup=Parameters,Parameter=K_RUNX2" value="1.0000000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[RUNX2 for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Osterix expression driven by RUNX2],ParameterGroup=Parameters,Parameter=k_syn_SP7" value="5.7762265046662101e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal RUNX2-driven Osterix synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Osterix expression driven by RUNX2],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Osterix turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Osterix turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[ALP expression driven by RUNX2 and Osterix]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_RUNX2" value="1.0000000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[RUNX2 for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_SP7" value="5.0000000000000004e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Osterix for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=k_syn_marker" value="1.1552453009332399e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal synthesis of ALP and osteocalcin],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[ALP turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[ALP turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_RUNX2" value="1.0000000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[RUNX2 for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_SP7" value="5.0000000000000004e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Osterix for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=k_syn_marker" value="1.1552453009332399e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal synthesis of ALP and osteocalcin],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[osteocalcin turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[osteocalcin turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LRP6 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LRP6 expression],ParameterGroup=Parameters,Parameter=v" value="5.7762265046662101e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[LRP6 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LRP6 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LRP6 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Wnt3a binds LRP6]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Wnt3a binds LRP6],ParameterGroup=Parameters,Parameter=koff_WNT3A" value="3.6000000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Wnt3a dissociation from LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Wnt3a binds LRP6],ParameterGroup=Parameters,Parameter=kon_WNT3A" value="3600000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Wnt3a association to LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[turnover of Wnt3a-bound LRP6]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[turnover of Wnt3a-bound LRP6],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 binds LRP6]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 binds LRP6],ParameterGroup=Parameters,Parameter=koff_DKK1" value="1.4039999999999999" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[DKK1 dissociation from LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 binds LRP6],ParameterGroup=Parameters,Parameter=kon_DKK1" value="3600000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[DKK1 association to LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[internalisation of DKK1-bound LRP6]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[internalisation of DKK1-bound LRP6],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 clearance]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 clearance],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[DKK1 clearance from the medium],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Mg2+-stimulated Ser9 phosphorylation of GSK3-beta]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Mg2+-stimulated Ser9 phosphorylation of GSK3-beta],ParameterGroup=Parameters,Parameter=K_Mg_GSK3" value="5" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[extracellular Mg2+ for half-maximal GSK3-beta inactivation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Mg2+-stimulated Ser9 phosphorylation of GSK3-beta],ParameterGroup=Parameters,Parameter=k_GSK3_Mg" value="2200000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal Mg2+-stimulated GSK3-beta inactivation per LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[Mg2+-stimulated Ser9 phosphorylation of GSK3-beta],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[GSK3-beta Ser9 dephosphorylation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[GSK3-beta Ser9 dephosphorylation],ParameterGroup=Parameters,Parameter=k1" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[GSK3-beta reactivation (Ser9 dephosphorylation)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[beta-catenin synthesis]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[beta-catenin synthesis],ParameterGroup=Parameters,Parameter=v" value="2.5380000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[axin-independent beta-catenin degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[axin-independent beta-catenin degradation],ParameterGroup=Parameters,Parameter=k1" value="0.01542" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[axin-independent beta-catenin degradation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[destruction-complex-dependent beta-catenin degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[destruction-complex-dependent beta-catenin degradation],ParameterGroup=Parameters,Parameter=GSK3_inhibitor" value="0" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[fraction of GSK3 activity blocked by a drug (CHIR99021 / LiCl)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[destruction-complex-dependent beta-catenin degradation],ParameterGroup=Parameters,Parameter=K_WNT_destruction" value="1.9999999999999999e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Wnt3a:LRP6 for half-maximal inhibition of the destruction complex],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[destruction-complex-dependent beta-catenin degradation],ParameterGroup=Parameters,Parameter=k_dc_CTNNB1" value="23651.671698006099" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[destruction-complex degradation per active GSK3-beta],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[destruction-complex-dependent beta-catenin degradation],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[beta-catenin nuclear import]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[beta-catenin nuclear import],ParameterGroup=Parameters,Parameter=k_shuttle_CTNNB1" value="6" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin nucleo-cytoplasmic shuttling],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[beta-catenin nuclear export]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[beta-catenin nuclear export],ParameterGroup=Parameters,Parameter=k_shuttle_CTNNB1" value="6" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin nucleo-cytoplasmic shuttling],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[beta-catenin binds TCF/LEF]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[beta-catenin binds TCF/LEF],ParameterGroup=Parameters,Parameter=k1" value="30000000000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin binding to TCF],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[beta-catenin binds TCF/LEF],ParameterGroup=Parameters,Parameter=k2" value="900000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin dissociation from TCF],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=K_TCF_target" value="6.0000000000000002e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin:TCF for half-maximal target-gene activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=f_basal_TCF_target" value="0.050000000000000003" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[TCF-independent expression of LEF1 and DKK1 (fraction)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=k_syn_LEF1" value="1.9254088348887399e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal LEF1 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LEF1 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[LEF1 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=DKK1_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[DKK1 expression factor (1 \= control; overexpression 10)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=K_TCF_target" value="6.0000000000000002e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin:TCF for half-maximal target-gene activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=f_basal_TCF_target" value="0.050000000000000003" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[TCF-independent expression of LEF1 and DKK1 (fraction)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=k_syn_DKK1" value="3.08065413582198e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal DKK1 secretion (per medium volume)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[RUNX2 expression driven by beta-catenin:TCF]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[RUNX2 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=K_TCF_RUNX2" value="6.0000000000000002e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[beta-catenin:TCF for half-maximal RUNX2 activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[RUNX2 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=k_syn_RUNX2_TCF" value="1.03972077083992e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[maximal beta-catenin:TCF-driven RUNX2 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Reactions[RUNX2 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+-activated canonical Wnt/beta-catenin signalling in bone-marrow stromal cells,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
        </ModelParameterGroup>
      </ModelParameterSet>
    </ListOfModelParameterSets>
    <StateTemplate>
      <StateTemplateVariable objectReference="Model_1"/>
      <StateTemplateVariable objectReference="Metabolite_12"/>
      <StateTemplateVariable objectReference="Metabolite_6"/>
      <StateTemplateVariable objectReference="Metabolite_1"/>
      <StateTemplateVariable objectReference="Metabolite_8"/>
      <StateTemplateVariable objectReference="Metabolite_13"/>
      <StateTemplateVariable objectReference="Metabolite_10"/>
      <StateTemplateVariable objectReference="Metabolite_3"/>
      <StateTemplateVariable objectReference="Metabolite_4"/>
      <StateTemplateVariable objectReference="Metabolite_2"/>
      <StateTemplateVariable objectReference="Metabolite_16"/>
      <StateTemplateVariable objectReference="Metabolite_7"/>
      <StateTemplateVariable objectReference="Metabolite_9"/>
      <StateTemplateVariable objectReference="Metabolite_14"/>
      <StateTemplateVariable objectReference="Metabolite_11"/>
      <StateTemplateVariable objectReference="Metabolite_15"/>
      <StateTemplateVariable objectReference="ModelValue_32"/>
      <StateTemplateVariable objectReference="Metabolite_0"/>
      <StateTemplateVariable objectReference="Metabolite_5"/>
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
      <StateTemplateVariable objectReference="ModelValue_30"/>
      <StateTemplateVariable objectReference="ModelValue_31"/>
    </StateTemplate>
    <InitialState type="initialState">
      0 30231.151785800004 3974.6135814000004 3011.0708950000003 481771.34320000006 7557.7879464500011 50706.4338718 6022.1417900000006 6022.1417900000006 1505.5354475000001 1505.5354475000001 0 8069.6699986000003 2460.0449212149997 9514.9840282000023 2056.5614212850001 0.5 481771343200.00012 0 1.0000000000000001e-09 2e-12 4.9999999999999999e-13 1.15524530093324e-07 0.057762265046662098 5.7762265046662101e-07 1.0000000000000001e-05 1.1552453009332399e-06 5.0000000000000004e-06 1 5.7762265046662101e-07 3600000 3.6000000000000001 3600000 1.4039999999999999 0.057762265046662098 2200000 5 1 0 2 2.5380000000000001e-05 0.01542 23651.671698006099 1.9999999999999999e-06 6 30000000000 900000 6.0000000000000002e-05 0.050000000000000003 1.9254088348887399e-06 3.08065413582198e-07 1 1.03972077083992e-05 6.0000000000000002e-05 
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
