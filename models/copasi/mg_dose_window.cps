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
    <Function key="Function_81" name="Function for TRPM7 expression" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_81"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_TRPM7*TRPM7_expression
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_675" name="TRPM7_expression" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_674" name="k_syn_TRPM7" order="1" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_82" name="Function for Mg2+ influx through resting TRPM7" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_82"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*kcat_TRPM7*TRPM7*Mg_ext/(Km_TRPM7_ext+Mg_ext)*1/(1+(Mg_cyt/Ki_TRPM7_Mg)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_682" name="Ki_TRPM7_Mg" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_683" name="Km_TRPM7_ext" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_684" name="Mg_cyt" order="2" role="product"/>
        <ParameterDescription key="FunctionParameter_685" name="Mg_ext" order="3" role="substrate"/>
        <ParameterDescription key="FunctionParameter_686" name="TRPM7" order="4" role="modifier"/>
        <ParameterDescription key="FunctionParameter_687" name="cytosol" order="5" role="volume"/>
        <ParameterDescription key="FunctionParameter_688" name="kcat_TRPM7" order="6" role="constant"/>
        <ParameterDescription key="FunctionParameter_689" name="n_one" order="7" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_83" name="Function for Mg2+ efflux (Na+/Mg2+ exchange)" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_83"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*Vmax_Mg_efflux*Mg_cyt/(Km_Mg_efflux+Mg_cyt)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_668" name="Km_Mg_efflux" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_679" name="Mg_cyt" order="1" role="substrate"/>
        <ParameterDescription key="FunctionParameter_678" name="Vmax_Mg_efflux" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_680" name="cytosol" order="3" role="volume"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_84" name="Function for RUNX2 expression supported by cytosolic Mg2+" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_84"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        nucleus*k_syn_RUNX2_Mg*(Mg_cyt/K_Mg_RUNX2)^n_two/(1+(Mg_cyt/K_Mg_RUNX2)^n_two)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_706" name="K_Mg_RUNX2" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_707" name="Mg_cyt" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_708" name="k_syn_RUNX2_Mg" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_709" name="n_two" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_710" name="nucleus" order="4" role="volume"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_85" name="Function for Osterix expression driven by RUNX2" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_85"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_SP7*(RUNX2/K_RUNX2)^n_one/(1+(RUNX2/K_RUNX2)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_704" name="K_RUNX2" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_716" name="RUNX2" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_717" name="k_syn_SP7" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_718" name="n_one" order="3" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_86" name="Function for ALP expression driven by RUNX2 and Osterix" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_86"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_syn_marker*(RUNX2/K_RUNX2)^n_one/(1+(RUNX2/K_RUNX2)^n_one)*(SP7/K_SP7)^n_one/(1+(SP7/K_SP7)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_728" name="K_RUNX2" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_729" name="K_SP7" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_730" name="RUNX2" order="2" role="modifier"/>
        <ParameterDescription key="FunctionParameter_731" name="SP7" order="3" role="modifier"/>
        <ParameterDescription key="FunctionParameter_732" name="cytosol" order="4" role="volume"/>
        <ParameterDescription key="FunctionParameter_733" name="k_syn_marker" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_734" name="n_one" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_87" name="Function for osteocalcin expression driven by RUNX2 and Osterix" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_87"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_syn_marker*(RUNX2/K_RUNX2)^n_one/(1+(RUNX2/K_RUNX2)^n_one)*(SP7/K_SP7)^n_one/(1+(SP7/K_SP7)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_744" name="K_RUNX2" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_745" name="K_SP7" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_746" name="RUNX2" order="2" role="modifier"/>
        <ParameterDescription key="FunctionParameter_747" name="SP7" order="3" role="modifier"/>
        <ParameterDescription key="FunctionParameter_748" name="cytosol" order="4" role="volume"/>
        <ParameterDescription key="FunctionParameter_749" name="k_syn_marker" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_750" name="n_one" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
  </ListOfFunctions>
  <Model key="Model_1" name="Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation" simulationType="time" timeUnit="h" volumeUnit="l" areaUnit="m²" lengthUnit="m" quantityUnit="mmol" type="deterministic" avogadroConstant="6.0221417899999999e+23">
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
        <rdf:li rdf:resource="https://identifiers.org/GO:0001649"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0030282"/>
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
    <p>Extracellular Mg2+ supports RUNX2, Osterix, ALP and osteocalcin through TRPM7-mediated entry; high Mg2+ inhibits mineral deposition, so mineralisation is biphasic with its optimum inside 2.5-10 mM; deficiency (below 0.5 mM) lowers RUNX2, ALP and osteocalcin. Claims C04-C07, C15 and X01.</p>
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
      <Metabolite key="Metabolite_1" name="Mg2+ (cytosolic, free)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_1">
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
    <p>Free cytosolic magnesium. Resting free Mg2+ of mammalian cells is 0.5-1.0 mM (J Bone Miner Res 1998;13(4):749); bound Mg (5-20 mM total) is not modelled as a separate pool.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_2" name="TRPM7 channel-kinase (resting)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q96QT4"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Plasma-membrane TRPM7 in its resting state; conducts Mg2+ with a low open probability. Its level (10 nM in cell volume) is an assumption; only ratios matter for the claims.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_3" name="RUNX2 (nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_3">
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
      <Metabolite key="Metabolite_4" name="Osterix (SP7, nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_4">
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
      <Metabolite key="Metabolite_5" name="alkaline phosphatase, tissue-nonspecific (bone ALP)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_5">
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
      <Metabolite key="Metabolite_6" name="osteocalcin (BGLAP)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_6">
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
    </ListOfMetabolites>
    <ListOfModelValues>
      <ModelValue key="ModelValue_0" name="TRPM7 synthesis rate" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_0">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that resting TRPM7 is 10 nM with the 12 h protein half-life.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_1" name="TRPM7 expression factor (1 = control; siRNA knock-down 0.1)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle: siRNA knock-down to 10% as in the claims' suggested tests (C25, C29).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_2" name="Mg2+ conductance of resting TRPM7 per channel" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that resting cytosolic free Mg2+ is about 0.5 mM at 0.8 mM extracellular Mg2+ (J Bone Miner Res 1998;13(4):749 range 0.5-1.0 mM).</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_3" name="extracellular Mg2+ for half-maximal TRPM7 influx" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_3">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000027"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Influx rises over the whole 0.8-10 mM range used in the studies (Yoshizawa 2014 effects at 5-10 mM), so saturation is placed above the physiological range.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_4" name="cytosolic free Mg2+ inhibiting TRPM7 by half" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_4">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000261"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Chokshi R, Matsushita M, Kozak JA 2012 Am J Physiol Cell Physiol 302:C1004, doi:10.1152/ajpcell.00422.2011 (low-affinity IC50 ~165 uM of native TRPM7)</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_5" name="maximal Mg2+ efflux (Na+/Mg2+ exchange, SLC41A1)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_5">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000186"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Gives the free cytosolic pool a turnover time of about 1 h at rest.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_6" name="cytosolic Mg2+ for half-maximal efflux" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_6">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000027"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Efflux nearly linear over the resting range 0.5-1 mM.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_7" name="first-order turnover of regulated proteins" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_7">
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
      <ModelValue key="ModelValue_8" name="Hill coefficient 1" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_8">
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
      <ModelValue key="ModelValue_9" name="Hill coefficient 2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_9">
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
      <ModelValue key="ModelValue_10" name="basal RUNX2 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_10">
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
      <ModelValue key="ModelValue_11" name="maximal Mg2+-supported RUNX2 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_11">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Gives RUNX2 about 10 nM at resting cytosolic Mg2+ together with basal expression.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_12" name="cytosolic Mg2+ for half-maximal RUNX2 support" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_12">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Centred on resting free Mg2+ (0.5 mM) so that both deficiency and TRPM7 knock-down lower RUNX2, as Abed 2011 observed (observations O17).</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_13" name="maximal RUNX2-driven Osterix synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_13">
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
      <ModelValue key="ModelValue_14" name="RUNX2 for half-maximal target activation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_14">
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
      <ModelValue key="ModelValue_15" name="maximal synthesis of ALP and osteocalcin" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_15">
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
      <ModelValue key="ModelValue_16" name="Osterix for half-maximal target activation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_16">
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
      <ModelValue key="ModelValue_17" name="ALP for half-maximal mineral deposition" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_17">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Centred on the resting ALP level so mineralisation responds to ALP both ways.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_18" name="extracellular Mg2+ halving mineral deposition" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_18">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000261"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Mg2+ competes with Ca2+ in forming hydroxyapatite and slows crystal growth (physicochemical effect, value not measured in these studies); 25 mM places a 14% inhibition at 10 mM and a 39% inhibition at 20 mM, matching the declining limb reported at high Mg2+ (observations O24, O48) while keeping the 5-10 mM gains of Yoshizawa 2014.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_19" name="osteoblast differentiation (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_19">
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
          &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[Osterix (SP7\, nuclear)],Reference=Concentration&gt;/(&lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[Osterix (SP7\, nuclear)],Reference=Concentration&gt;+&lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Osterix for half-maximal target activation],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_20" name="matrix mineralisation (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_20">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0030282"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Mineral deposition needs ALP (phosphate supply) and is inhibited by high extracellular Mg2+; the product of the two gives the biphasic dose window.</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C04: Mg has an osteopromotive property, participates in bone mineralization and promotes cell adhesion, proliferation and osteogenic differentiation.</p>
    <p>Encodes claim C05: A Mg2+ concentration range of 2.5-5 mM was proposed as optimal for inducing osteogenic differentiation of bone marrow stem cells.</p>
    <p>Encodes claim C06: Mg2+ at 6 and 10 mM was reported to best promote cell adhesion, activity and osteogenic differentiation.</p>
    <p>Encodes claim C15: Mg deficiency reduces both osteoblast number and osteoblast function, with lower bone alkaline phosphatase and osteocalcin (stated as 'serum mRNA').</p>
    <p>Encodes claim C25: Suppressing TRPM7 expression reduces osteoblast differentiation and matrix mineralization.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[alkaline phosphatase\, tissue-nonspecific (bone ALP)],Reference=Concentration&gt;/(&lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[alkaline phosphatase\, tissue-nonspecific (bone ALP)],Reference=Concentration&gt;+&lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[ALP for half-maximal mineral deposition],Reference=Value&gt;)*1/(1+(&lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)],Reference=Concentration&gt;/&lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[extracellular Mg2+ halving mineral deposition],Reference=Value&gt;)^&lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Hill coefficient 2],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
    </ListOfModelValues>
    <ListOfReactions>
      <Reaction key="Reaction_0" name="TRPM7 expression" reversible="false" fast="false" addNoise="false">
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
    <p>TRPM7 is expressed by osteogenic cells; the expression factor implements siRNA knock-down.</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C21: TRPM7 is a ubiquitous channel-kinase required for early embryonic development; it conducts Mg2+, Zn2+, Ca2+ and monovalent cations and has a C-terminal Ser/Thr kinase.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_0" name="TRPM7_expression" value="1"/>
          <Constant key="Parameter_1" name="k_syn_TRPM7" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_81" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_675">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_674">
              <SourceParameter reference="ModelValue_0"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_1" name="TRPM7 turnover" reversible="false" fast="false" addNoise="false">
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
    <p>Turnover of the channel protein.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C21: TRPM7 is a ubiquitous channel-kinase required for early embryonic development; it conducts Mg2+, Zn2+, Ca2+ and monovalent cations and has a C-terminal Ser/Thr kinase.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_2" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_2" name="Mg2+ influx through resting TRPM7" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000655"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:1903830"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>TRPM7 carries extracellular Mg2+ into the cytosol and is inhibited by cytosolic free Mg2+ (negative feedback; C20). Saturable in extracellular Mg2+.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C19: TRPM channels mediate direct Ca2+ influx, control Mg2+ entry and set the membrane potential.</p>
    <p>Encodes claim C20: TRPM6 and TRPM7 are Mg2+-permeable, Mg2+-modulated cation channels that also contain a protein kinase domain ('chanzymes').</p>
    <p>Encodes claim C28: TRPM7 channels are thought to carry the PDGF-induced Mg2+ influx into osteoblasts.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_2" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_3" name="Ki_TRPM7_Mg" value="1"/>
          <Constant key="Parameter_4" name="Km_TRPM7_ext" value="1"/>
          <Constant key="Parameter_5" name="kcat_TRPM7" value="1"/>
          <Constant key="Parameter_6" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_82" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_682">
              <SourceParameter reference="ModelValue_4"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_683">
              <SourceParameter reference="ModelValue_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_684">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_685">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_686">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_687">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_688">
              <SourceParameter reference="ModelValue_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_689">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_3" name="Mg2+ efflux (Na+/Mg2+ exchange)" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_3">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000655"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:1903830"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Extrusion of cytosolic Mg2+, attributed to the Na+/Mg2+ exchanger SLC41A1 (Tsao 2017, observations O13); the carrier is not modelled as a species.</p>
    <p>Rate law family: Henri-Michaelis-Menten.</p>
    <p>Encodes claim C19: TRPM channels mediate direct Ca2+ influx, control Mg2+ entry and set the membrane potential.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_7" name="Km_Mg_efflux" value="1"/>
          <Constant key="Parameter_8" name="Vmax_Mg_efflux" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_83" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_668">
              <SourceParameter reference="ModelValue_6"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_679">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_678">
              <SourceParameter reference="ModelValue_5"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_680">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_4" name="basal RUNX2 expression" reversible="false" fast="false" addNoise="false">
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
    <p>Constitutive RUNX2 expression in osteogenic cells.</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C64: Signaling pathways controlling expression of the key osteogenic transcription factors Runx2 and Osterix (Osx/SP7) play a major role.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_9" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_10"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_5" name="RUNX2 turnover" reversible="false" fast="false" addNoise="false">
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
    <p>Proteasomal turnover of RUNX2.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C64: Signaling pathways controlling expression of the key osteogenic transcription factors Runx2 and Osterix (Osx/SP7) play a major role.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_10" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_3"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_6" name="RUNX2 expression supported by cytosolic Mg2+" reversible="false" fast="false" addNoise="false">
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
    <p>RUNX2 expression falls at low extracellular Mg2+ and with TRPM7 silencing (Abed 2011, MC3T3 cells); the intracellular route is represented as a Hill dependence on cytosolic free Mg2+.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C26: Runx2 gene expression was reduced by culture at low extracellular Mg2+ and by TRPM7 inactivation.</p>
    <p>Encodes claim C27: Intracellular Ca2+/Mg2+ homeostasis ensured by TRPM7 expression is important for osteoblast differentiation (Abed 2011).</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_11" name="K_Mg_RUNX2" value="1"/>
          <Constant key="Parameter_12" name="k_syn_RUNX2_Mg" value="1"/>
          <Constant key="Parameter_13" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_84" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_706">
              <SourceParameter reference="ModelValue_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_707">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_708">
              <SourceParameter reference="ModelValue_11"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_709">
              <SourceParameter reference="ModelValue_9"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_710">
              <SourceParameter reference="Compartment_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_7" name="Osterix expression driven by RUNX2" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_7">
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
          <Product metabolite="Metabolite_4" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_14" name="K_RUNX2" value="1"/>
          <Constant key="Parameter_15" name="k_syn_SP7" value="1"/>
          <Constant key="Parameter_16" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_85" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_704">
              <SourceParameter reference="ModelValue_14"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_716">
              <SourceParameter reference="Metabolite_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_717">
              <SourceParameter reference="ModelValue_13"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_718">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_8" name="Osterix turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_8">
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
          <Substrate metabolite="Metabolite_4" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_17" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_4"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_9" name="ALP expression driven by RUNX2 and Osterix" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_9">
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
          <Product metabolite="Metabolite_5" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_3" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_4" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_18" name="K_RUNX2" value="1"/>
          <Constant key="Parameter_19" name="K_SP7" value="1"/>
          <Constant key="Parameter_20" name="k_syn_marker" value="1"/>
          <Constant key="Parameter_21" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_86" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_728">
              <SourceParameter reference="ModelValue_14"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_729">
              <SourceParameter reference="ModelValue_16"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_730">
              <SourceParameter reference="Metabolite_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_731">
              <SourceParameter reference="Metabolite_4"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_732">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_733">
              <SourceParameter reference="ModelValue_15"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_734">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_10" name="ALP turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_10">
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
          <Substrate metabolite="Metabolite_5" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_22" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_5"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_11" name="osteocalcin expression driven by RUNX2 and Osterix" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_11">
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
          <Product metabolite="Metabolite_6" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_3" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_4" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_23" name="K_RUNX2" value="1"/>
          <Constant key="Parameter_24" name="K_SP7" value="1"/>
          <Constant key="Parameter_25" name="k_syn_marker" value="1"/>
          <Constant key="Parameter_26" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_87" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_744">
              <SourceParameter reference="ModelValue_14"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_745">
              <SourceParameter reference="ModelValue_16"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_746">
              <SourceParameter reference="Metabolite_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_747">
              <SourceParameter reference="Metabolite_4"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_748">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_749">
              <SourceParameter reference="ModelValue_15"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_750">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_12" name="osteocalcin turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_12">
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
          <Substrate metabolite="Metabolite_6" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_27" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_6"/>
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
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation" value="0" type="Model" simulationType="time"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Compartment Sizes" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[extracellular space (peri-implant / culture medium)]" value="1.0000000000000001e-09" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]" value="2e-12" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[nucleus of osteogenic cells]" value="4.9999999999999999e-13" type="Compartment" simulationType="fixed"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Species Values" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)]" value="481771343200.00012" type="Species" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[Mg2+ (cytosolic\, free)]" value="602214179" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[TRPM7 channel-kinase (resting)]" value="12044.283580000001" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[RUNX2 (nuclear)]" value="3011.0708950000003" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[Osterix (SP7\, nuclear)]" value="1505.5354475000001" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[alkaline phosphatase\, tissue-nonspecific (bone ALP)]" value="6022.1417900000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[osteocalcin (BGLAP)]" value="6022.1417900000006" type="Species" simulationType="reactions"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Global Quantities" type="Group">
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[TRPM7 synthesis rate]" value="5.7762265046662101e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[TRPM7 expression factor (1 \= control; siRNA knock-down 0.1)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Mg2+ conductance of resting TRPM7 per channel]" value="1500000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[extracellular Mg2+ for half-maximal TRPM7 influx]" value="5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[cytosolic free Mg2+ inhibiting TRPM7 by half]" value="0.16500000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[maximal Mg2+ efflux (Na+/Mg2+ exchange\, SLC41A1)]" value="1.5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[cytosolic Mg2+ for half-maximal efflux]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[first-order turnover of regulated proteins]" value="0.057762265046662098" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Hill coefficient 1]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Hill coefficient 2]" value="2" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[basal RUNX2 synthesis]" value="1.15524530093324e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[maximal Mg2+-supported RUNX2 synthesis]" value="9.24196240746594e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[cytosolic Mg2+ for half-maximal RUNX2 support]" value="0.5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[maximal RUNX2-driven Osterix synthesis]" value="5.7762265046662101e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[RUNX2 for half-maximal target activation]" value="1.0000000000000001e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[maximal synthesis of ALP and osteocalcin]" value="1.1552453009332399e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Osterix for half-maximal target activation]" value="5.0000000000000004e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[ALP for half-maximal mineral deposition]" value="2.0000000000000002e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[extracellular Mg2+ halving mineral deposition]" value="25" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[osteoblast differentiation (index 0-1)]" value="0.5" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[matrix mineralisation (index 0-1)]" value="0.19979540950067134" type="ModelValue" simulationType="assignment"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Kinetic Parameters" type="Group">
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[TRPM7 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[TRPM7 expression],ParameterGroup=Parameters,Parameter=TRPM7_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[TRPM7 expression factor (1 \= control; siRNA knock-down 0.1)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[TRPM7 expression],ParameterGroup=Parameters,Parameter=k_syn_TRPM7" value="5.7762265046662101e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[TRPM7 synthesis rate],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[TRPM7 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[TRPM7 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Mg2+ influx through resting TRPM7]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Mg2+ influx through resting TRPM7],ParameterGroup=Parameters,Parameter=Ki_TRPM7_Mg" value="0.16500000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[cytosolic free Mg2+ inhibiting TRPM7 by half],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Mg2+ influx through resting TRPM7],ParameterGroup=Parameters,Parameter=Km_TRPM7_ext" value="5" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[extracellular Mg2+ for half-maximal TRPM7 influx],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Mg2+ influx through resting TRPM7],ParameterGroup=Parameters,Parameter=kcat_TRPM7" value="1500000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Mg2+ conductance of resting TRPM7 per channel],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Mg2+ influx through resting TRPM7],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Mg2+ efflux (Na+/Mg2+ exchange)]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Mg2+ efflux (Na+/Mg2+ exchange)],ParameterGroup=Parameters,Parameter=Km_Mg_efflux" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[cytosolic Mg2+ for half-maximal efflux],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Mg2+ efflux (Na+/Mg2+ exchange)],ParameterGroup=Parameters,Parameter=Vmax_Mg_efflux" value="1.5" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[maximal Mg2+ efflux (Na+/Mg2+ exchange\, SLC41A1)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[basal RUNX2 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[basal RUNX2 expression],ParameterGroup=Parameters,Parameter=v" value="1.15524530093324e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[basal RUNX2 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[RUNX2 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[RUNX2 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[RUNX2 expression supported by cytosolic Mg2+]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[RUNX2 expression supported by cytosolic Mg2+],ParameterGroup=Parameters,Parameter=K_Mg_RUNX2" value="0.5" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[cytosolic Mg2+ for half-maximal RUNX2 support],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[RUNX2 expression supported by cytosolic Mg2+],ParameterGroup=Parameters,Parameter=k_syn_RUNX2_Mg" value="9.24196240746594e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[maximal Mg2+-supported RUNX2 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[RUNX2 expression supported by cytosolic Mg2+],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Osterix expression driven by RUNX2]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Osterix expression driven by RUNX2],ParameterGroup=Parameters,Parameter=K_RUNX2" value="1.0000000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[RUNX2 for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Osterix expression driven by RUNX2],ParameterGroup=Parameters,Parameter=k_syn_SP7" value="5.7762265046662101e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[maximal RUNX2-driven Osterix synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Osterix expression driven by RUNX2],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Osterix turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[Osterix turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_RUNX2" value="1.0000000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[RUNX2 for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_SP7" value="5.0000000000000004e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Osterix for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=k_syn_marker" value="1.1552453009332399e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[maximal synthesis of ALP and osteocalcin],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[ALP turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[ALP turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_RUNX2" value="1.0000000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[RUNX2 for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_SP7" value="5.0000000000000004e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Osterix for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=k_syn_marker" value="1.1552453009332399e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[maximal synthesis of ALP and osteocalcin],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[osteocalcin turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Reactions[osteocalcin turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Mg2+ dose window and Mg2+ deficiency in osteoblast differentiation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
        </ModelParameterGroup>
      </ModelParameterSet>
    </ListOfModelParameterSets>
    <StateTemplate>
      <StateTemplateVariable objectReference="Model_1"/>
      <StateTemplateVariable objectReference="Metabolite_3"/>
      <StateTemplateVariable objectReference="Metabolite_2"/>
      <StateTemplateVariable objectReference="Metabolite_5"/>
      <StateTemplateVariable objectReference="Metabolite_6"/>
      <StateTemplateVariable objectReference="Metabolite_1"/>
      <StateTemplateVariable objectReference="Metabolite_4"/>
      <StateTemplateVariable objectReference="ModelValue_19"/>
      <StateTemplateVariable objectReference="ModelValue_20"/>
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
    </StateTemplate>
    <InitialState type="initialState">
      0 3011.0708950000003 12044.283580000001 6022.1417900000006 6022.1417900000006 602214179 1505.5354475000001 0.5 0.19979540950067134 481771343200.00012 1.0000000000000001e-09 2e-12 4.9999999999999999e-13 5.7762265046662101e-07 1 1500000 5 0.16500000000000001 1.5 1 0.057762265046662098 1 2 1.15524530093324e-07 9.24196240746594e-07 0.5 5.7762265046662101e-07 1.0000000000000001e-05 1.1552453009332399e-06 5.0000000000000004e-06 2.0000000000000002e-05 25 
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
