<?xml version="1.0" encoding="UTF-8"?>
<!-- generated with COPASI 4.48.311 (Source) (http://www.copasi.org) at 2026-11-27T00:00:00Z -->
<?oxygen RNGSchema="http://www.copasi.org/static/schema/CopasiML.rng" type="xml"?>
<COPASI xmlns="http://www.copasi.org/static/schema" versionMajor="4" versionMinor="48" versionDevel="311" copasiSourcesModified="0">
  <ListOfFunctions>
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
    <Function key="Function_81" name="Function for VEGFR2 expression" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_81"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_KDR*KDR_expression
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_673" name="KDR_expression" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_672" name="k_syn_KDR" order="1" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_82" name="Function for VEGF-A binds VEGFR2" type="UserDefined" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_82"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        ec_cytosol*(kon_VEGFA_KDR*VEGFA*KDR-koff_VEGFA_KDR*VEGFA_KDR)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_682" name="KDR" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_683" name="VEGFA" order="1" role="substrate"/>
        <ParameterDescription key="FunctionParameter_684" name="VEGFA_KDR" order="2" role="product"/>
        <ParameterDescription key="FunctionParameter_685" name="ec_cytosol" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_686" name="koff_VEGFA_KDR" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_687" name="kon_VEGFA_KDR" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
  </ListOfFunctions>
  <Model key="Model_1" name="VEGF-driven angiogenesis, H-type vessels and osteoprogenitor coupling" simulationType="time" timeUnit="h" volumeUnit="l" areaUnit="m²" lengthUnit="m" quantityUnit="mmol" type="deterministic" avogadroConstant="6.0221417899999999e+23">
    <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Model_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000062"/>
    <CopasiMT:isDescribedBy>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/doi:10.1038/nature13145"/>
        <rdf:li rdf:resource="https://identifiers.org/doi:10.1073/pnas.1518238113"/>
      </rdf:Bag>
    </CopasiMT:isDescribedBy>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0001525"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0048010"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
    <CopasiMT:occursIn>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/CL:0000115"/>
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
    <p>VEGF-A from bone cells binds VEGFR2 (KDR) on endothelial cells; ligated receptor drives sprouting angiogenesis, amplified by extracellular Mg2+ (Maier 2004). Angiogenesis builds H-type (CD31hi Endomucin-hi) vessels, which recruit Osterix+ osteoprogenitors; L-type vessels do not. Coupled bone formation follows the osteoprogenitors. Raised Mg_ext stands for the ions of a degrading Mg5Ca1Zn implant; VEGF-A is held at the resting output of the HIF/PGC-1alpha mechanism. Claims C31-C39.</p>
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
      <Compartment key="Compartment_1" name="cytosol of endothelial cells" simulationType="fixed" dimensionality="3" addNoise="false">
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
        <rdf:li rdf:resource="https://identifiers.org/CL:0000115"/>
      </rdf:Bag>
    </CopasiMT:isPartOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Cytosol of bone endothelial cells (volume 1 pL, assumption).</p>
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
      <Metabolite key="Metabolite_1" name="VEGF-A (secreted, extracellular)" simulationType="fixed" compartment="Compartment_0" addNoise="false">
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
    <p>Input held fixed by the experiment (boundary condition).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_2" name="VEGFR2 (KDR, free, endothelial surface)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P35968"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Unliganded VEGF receptor 2 on the endothelial plasma membrane; about 4,900 surface receptors per HUVEC (Imoukhuede &amp; Popel 2011 Exp Cell Res, as cited in SSarabipour/VEGFR-Trafficking-Projects code), i.e. about 8 nM in the 1 pL endothelial compartment.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_3" name="VEGF-A:VEGFR2 (ligated receptor)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_3">
    <CopasiMT:hasPart>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P15692"/>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P35968"/>
      </rdf:Bag>
    </CopasiMT:hasPart>
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000253"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Ligand-bound, signalling VEGFR2 (no dedicated identifier; annotated with both parts).</p>
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
      <ModelValue key="ModelValue_1" name="VEGFR2 expression / signalling factor (1 = control; 0 = VEGF signalling blocked)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle for blocking VEGF signalling (receptor blockade or knockout), the C31 / C36 model tests.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_2" name="VEGFR2 production" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_2">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Sarabipour HUVEC trafficking model parameter kR2prod, 1.114 receptors/cell/s (github SSarabipour/VEGFR-Trafficking-Projects base_parameters.m), converted for a 1 pL cell</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_3" name="internalisation of unliganded VEGFR2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_3">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Sarabipour HUVEC trafficking model parameter kR2Rab5a, 2.3e-4 /s (github SSarabipour/VEGFR-Trafficking-Projects base_parameters.m); recycling is not modelled, so internalisation is treated as loss</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_4" name="internalisation of ligated VEGFR2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_4">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Sarabipour HUVEC trafficking model parameter kVegfR2Rab5a, 6.9e-4 /s (three times the unliganded rate; github SSarabipour/VEGFR-Trafficking-Projects base_parameters.m). The Gastonguay/Clegg code uses a tenfold faster 3.12e-2 /s</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_5" name="VEGF-A association to VEGFR2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_5">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Clegg &amp; Mac Gabhann 2017 PLoS Comput Biol 13:e1005445 as cited in the code of MadeleineGastonguay/VEGF_metastasis_model (declareParams_multi_tissue_VEGF.m): kon 1.0e7 /M/s for VEGF-A165</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_6" name="VEGF-A dissociation from VEGFR2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_6">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Clegg &amp; Mac Gabhann 2017 PLoS Comput Biol 13:e1005445 as cited in the code of MadeleineGastonguay/VEGF_metastasis_model: koff 1.0e-3 /s (Kd 100 pM derived)</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_7" name="ligated VEGFR2 for half-maximal sprouting" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_7">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: About 300 ligated receptors per endothelial cell (6% of surface VEGFR2); places the resting VEGF-A output of bone cells in the sensitive, nearly linear range.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_8" name="Mg2+-independent fraction of endothelial responsiveness" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_8">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Half of the endothelial response to VEGF does not depend on extracellular Mg2+; fold changes of Maier 2004 are not in the abstract.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_9" name="extracellular Mg2+ for half-maximal enhancement of endothelial responses" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_9">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Maier et al. 2004 (Biochim Biophys Acta 1689:6, PMID 15158908) found HUVEC proliferation and the motogenic response to angiogenic factors enhanced at 2-10 mM versus 1 mM with no decline reported; half-maximal at 5 mM places the rise across that range.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_10" name="sprouting index in the reference condition" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_10">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Resting angiogenesis index (0.8 mM Mg2+, resting VEGF-A); normalises H-type vessel abundance to 1 in the reference condition.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_11" name="H-type vessel formation/regression rate" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_11">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Vessel networks remodel over days (time constant about 4 days); sets only the speed of approach to steady state.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_12" name="H-type vessel formation factor (1 = control)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_12">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle to expand H-type vessels independently of VEGF (C39 test).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_13" name="L-type vessel abundance factor (1 = control)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_13">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle for L-type (sinusoidal, CD31lo Emcnlo) vessel abundance, held fixed by the experiment (C39 test).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_14" name="osteoprogenitor recruitment/turnover rate" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_14">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Osterix+ progenitors near vessels turn over (differentiate or leave) in about 2 days; sets only the speed of approach to steady state.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_15" name="osteoprogenitors for half-maximal coupled bone formation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_15">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Centred on the reference progenitor abundance (1).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_16" name="vessel-independent fraction of bone formation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_16">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Osteoblasts already present keep forming some bone when angiogenesis is blocked (30%); blocking angiogenesis lowers but does not abolish bone formation.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_17" name="Hill coefficient 1" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_17">
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
      <ModelValue key="ModelValue_18" name="sprouting angiogenesis (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_18">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0001525"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Endothelial sprouting (proliferation and migration) driven by ligated VEGFR2 and amplified by extracellular Mg2+: Maier 2004 (observations O25) found HUVEC proliferation stimulated and the motogenic response to angiogenic factors enhanced at 2-10 mM Mg2+; the amplification is therefore written as multiplying the VEGF response (assumption on the form). In this standalone model Mg_ext also stands for the ions of a degrading Mg5Ca1Zn implant (C34; Lee 2016 PNAS, doi:10.1073/pnas.1518238113); Ca2+ and Zn2+ are not modelled separately.</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C31: Angiogenesis (new vessels sprouting from existing capillaries) is crucial for bone development and healing.</p>
    <p>Encodes claim C32: Osteogenesis is coupled to vessel formation: VEGF secreted by bone cells activates VEGF receptors on endothelial and osteoprogenitor cells as well as chondrocytes, osteoblasts and osteoclasts.</p>
    <p>Encodes claim C34: Metal ions released by biodegradation of Mg5Ca1Zn alloy significantly induced angiogenesis, producing web-like vessel structures in bone tissue culture.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[cytosol of endothelial cells],Vector=Metabolites[VEGF-A:VEGFR2 (ligated receptor)],Reference=Concentration&gt;/(&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[cytosol of endothelial cells],Vector=Metabolites[VEGF-A:VEGFR2 (ligated receptor)],Reference=Concentration&gt;+&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[ligated VEGFR2 for half-maximal sprouting],Reference=Value&gt;)*(&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[Mg2+-independent fraction of endothelial responsiveness],Reference=Value&gt;+(1-&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[Mg2+-independent fraction of endothelial responsiveness],Reference=Value&gt;)*&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)],Reference=Concentration&gt;/(&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[extracellular Mg2+ for half-maximal enhancement of endothelial responses],Reference=Value&gt;+&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)],Reference=Concentration&gt;))
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_19" name="H-type (CD31hi Endomucin-hi) vessel abundance (1 = reference)" simulationType="ode" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_19">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0001525"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
    <bqbiol:hasProperty>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P16284"/>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q9ULC0"/>
      </rdf:Bag>
    </bqbiol:hasProperty>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Abundance of H-type capillaries, which express high PECAM-1 (CD31, UniProt P16284) and Endomucin (EMCN, UniProt Q9ULC0) and sit at sites of active bone formation (C38). Formed in proportion to sprouting angiogenesis and regressing first-order (assumption), so it settles at H_type_expansion * angiogenesis/angiogenesis_ref. H-type biology is from mouse long bone (Kusumbe, Ramasamy &amp; Adams 2014 Nature, doi:10.1038/nature13145, an inferred identity for the review's reference [26]).</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C32: Osteogenesis is coupled to vessel formation: VEGF secreted by bone cells activates VEGF receptors on endothelial and osteoprogenitor cells as well as chondrocytes, osteoblasts and osteoclasts.</p>
    <p>Encodes claim C35: Growth of new blood vessels is linked to invasion of osteoprogenitors during bone formation.</p>
    <p>Encodes claim C38: H-type vessels are few, express high CD31 and Endomucin, are found mainly at sites of active remodeling and are considered building blocks for new bone.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[H-type vessel formation/regression rate],Reference=Value&gt;*(&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[H-type vessel formation factor (1 \= control)],Reference=Value&gt;*&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[sprouting angiogenesis (index 0-1)],Reference=Value&gt;/&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[sprouting index in the reference condition],Reference=Value&gt;-&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[H-type (CD31hi Endomucin-hi) vessel abundance (1 \= reference)],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_20" name="L-type (sinusoidal) vessel abundance (1 = reference)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_20">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0001525"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Abundance of L-type (CD31lo Endomucin-lo, sinusoidal) marrow vessels, set by the experiment. They do not carry Osterix+ osteoprogenitors (C39), so nothing downstream reads them.</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C39: Osterix-positive osteoprogenitors lie selectively around H-type rather than L-type vessels, confirmed by flow cytometry for Endomucin, Osterix and CD31.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[L-type vessel abundance factor (1 \= control)],Reference=Value&gt;
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_21" name="Osterix+ osteoprogenitors near vessels (1 = reference)" simulationType="ode" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_21">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0016477"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
    <bqbiol:isPropertyOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/CL:0000062"/>
      </rdf:Bag>
    </bqbiol:isPropertyOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Osterix+ osteoprogenitors are recruited in proportion to H-type vessel abundance only (C35, C39; Kusumbe 2014, inferred identity) and leave the pool first-order by differentiation or migration (assumption); L-type vessels do not enter. Implant ions raise recruitment through H-type vessels (C37).</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C35: Growth of new blood vessels is linked to invasion of osteoprogenitors during bone formation.</p>
    <p>Encodes claim C37: Released metal ions accelerated bone-defect healing through active recruitment of osteoprogenitors near the implant site.</p>
    <p>Encodes claim C39: Osterix-positive osteoprogenitors lie selectively around H-type rather than L-type vessels, confirmed by flow cytometry for Endomucin, Osterix and CD31.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[osteoprogenitor recruitment/turnover rate],Reference=Value&gt;*(&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[H-type (CD31hi Endomucin-hi) vessel abundance (1 \= reference)],Reference=Value&gt;-&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[Osterix+ osteoprogenitors near vessels (1 \= reference)],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_22" name="vessel-coupled bone formation (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_22">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0001503"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Bone formation with a vessel-independent part and a part that follows the Osterix+ osteoprogenitors supplied by H-type vessels (assumption on the form). Blocking angiogenesis lowers it (C31, C33) and removes the Mg2+/implant benefit that acts through vessels (C36).</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C31: Angiogenesis (new vessels sprouting from existing capillaries) is crucial for bone development and healing.</p>
    <p>Encodes claim C33: Osteo-angiogenic coupling plays an important role in healing of bone injuries.</p>
    <p>Encodes claim C36: Metal ions released from a biodegradable Mg5Ca1Zn implant markedly stimulated blood-vessel growth, improving osteogenesis.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[vessel-independent fraction of bone formation],Reference=Value&gt;+(1-&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[vessel-independent fraction of bone formation],Reference=Value&gt;)*&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[Osterix+ osteoprogenitors near vessels (1 \= reference)],Reference=Value&gt;/(&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[Osterix+ osteoprogenitors near vessels (1 \= reference)],Reference=Value&gt;+&lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[osteoprogenitors for half-maximal coupled bone formation],Reference=Value&gt;)
        </Expression>
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
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[extracellular space (peri-implant / culture medium)]">
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
      <Reaction key="Reaction_1" name="VEGFR2 expression" reversible="false" fast="false" addNoise="false">
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
    <p>Constitutive endothelial VEGFR2 delivery to the surface; the expression factor blocks VEGF signalling.</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C32: Osteogenesis is coupled to vessel formation: VEGF secreted by bone cells activates VEGF receptors on endothelial and osteoprogenitor cells as well as chondrocytes, osteoblasts and osteoclasts.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_1" name="KDR_expression" value="1"/>
          <Constant key="Parameter_2" name="k_syn_KDR" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_81" unitType="Default" scalingCompartment="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[cytosol of endothelial cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_673">
              <SourceParameter reference="ModelValue_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_672">
              <SourceParameter reference="ModelValue_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_2" name="internalisation of unliganded VEGFR2" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_2">
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
    <p>Constitutive receptor internalisation (recycling not modelled).</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C32: Osteogenesis is coupled to vessel formation: VEGF secreted by bone cells activates VEGF receptors on endothelial and osteoprogenitor cells as well as chondrocytes, osteoblasts and osteoclasts.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_3" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[cytosol of endothelial cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_3" name="VEGF-A binds VEGFR2" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_3">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000177"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0048010"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>VEGF secreted by bone cells activates VEGF receptors on endothelial cells (C32). Rate per endothelial volume; VEGF-A is extracellular (fixed in this standalone model, depleted in the integrated model). VEGFR1 and neuropilin-1 are not modelled.</p>
    <p>Rate law family: mass action (reversible).</p>
    <p>Encodes claim C32: Osteogenesis is coupled to vessel formation: VEGF secreted by bone cells activates VEGF receptors on endothelial and osteoprogenitor cells as well as chondrocytes, osteoblasts and osteoclasts.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_1" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_4" name="koff_VEGFA_KDR" value="1"/>
          <Constant key="Parameter_5" name="kon_VEGFA_KDR" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_82" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_682">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_683">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_684">
              <SourceParameter reference="Metabolite_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_685">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_686">
              <SourceParameter reference="ModelValue_6"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_687">
              <SourceParameter reference="ModelValue_5"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_4" name="internalisation of ligated VEGFR2" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_4">
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
    <p>Ligand-induced internalisation and down-regulation of VEGFR2.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C32: Osteogenesis is coupled to vessel formation: VEGF secreted by bone cells activates VEGF receptors on endothelial and osteoprogenitor cells as well as chondrocytes, osteoblasts and osteoclasts.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_6" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[cytosol of endothelial cells]">
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
    </ListOfReactions>
    <ListOfModelParameterSets activeSet="ModelParameterSet_1">
      <ModelParameterSet key="ModelParameterSet_1" name="Initial State">
        <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelParameterSet_1"/>
</rdf:RDF></MiriamAnnotation>
        <ModelParameterGroup cn="String=Initial Time" type="Group">
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling" value="0" type="Model" simulationType="time"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Compartment Sizes" type="Group">
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[extracellular space (peri-implant / culture medium)]" value="1.0000000000000001e-09" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[cytosol of endothelial cells]" value="9.9999999999999998e-13" type="Compartment" simulationType="fixed"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Species Values" type="Group">
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)]" value="481771343200.00012" type="Species" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[VEGF-A (secreted\, extracellular)]" value="972.00016624653006" type="Species" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[cytosol of endothelial cells],Vector=Metabolites[VEGFR2 (KDR\, free\, endothelial surface)]" value="4708.5706844930364" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Compartments[cytosol of endothelial cells],Vector=Metabolites[VEGF-A:VEGFR2 (ligated receptor)]" value="44.969468261124142" type="Species" simulationType="reactions"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Global Quantities" type="Group">
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[clearance of extracellular VEGF-A]" value="0.10000000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[VEGFR2 expression / signalling factor (1 \= control; 0 \= VEGF signalling blocked)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[VEGFR2 production]" value="6.6594258749939997e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[internalisation of unliganded VEGFR2]" value="0.82799999999999996" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[internalisation of ligated VEGFR2]" value="2.484" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[VEGF-A association to VEGFR2]" value="36000000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[VEGF-A dissociation from VEGFR2]" value="3.6000000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[ligated VEGFR2 for half-maximal sprouting]" value="4.9999999999999998e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[Mg2+-independent fraction of endothelial responsiveness]" value="0.5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[extracellular Mg2+ for half-maximal enhancement of endothelial responses]" value="5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[sprouting index in the reference condition]" value="0.073931840211265698" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[H-type vessel formation/regression rate]" value="0.01" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[H-type vessel formation factor (1 \= control)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[L-type vessel abundance factor (1 \= control)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[osteoprogenitor recruitment/turnover rate]" value="0.02" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[osteoprogenitors for half-maximal coupled bone formation]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[vessel-independent fraction of bone formation]" value="0.29999999999999999" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[Hill coefficient 1]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[sprouting angiogenesis (index 0-1)]" value="0.073931840211265684" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[H-type (CD31hi Endomucin-hi) vessel abundance (1 \= reference)]" value="1" type="ModelValue" simulationType="ode"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[L-type (sinusoidal) vessel abundance (1 \= reference)]" value="1" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[Osterix+ osteoprogenitors near vessels (1 \= reference)]" value="1" type="ModelValue" simulationType="ode"/>
          <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[vessel-coupled bone formation (index 0-1)]" value="0.64999999999999991" type="ModelValue" simulationType="assignment"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Kinetic Parameters" type="Group">
          <ModelParameterGroup cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[clearance of extracellular VEGF-A]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[clearance of extracellular VEGF-A],ParameterGroup=Parameters,Parameter=k1" value="0.10000000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[clearance of extracellular VEGF-A],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[VEGFR2 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[VEGFR2 expression],ParameterGroup=Parameters,Parameter=KDR_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[VEGFR2 expression / signalling factor (1 \= control; 0 \= VEGF signalling blocked)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[VEGFR2 expression],ParameterGroup=Parameters,Parameter=k_syn_KDR" value="6.6594258749939997e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[VEGFR2 production],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[internalisation of unliganded VEGFR2]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[internalisation of unliganded VEGFR2],ParameterGroup=Parameters,Parameter=k1" value="0.82799999999999996" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[internalisation of unliganded VEGFR2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[VEGF-A binds VEGFR2]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[VEGF-A binds VEGFR2],ParameterGroup=Parameters,Parameter=koff_VEGFA_KDR" value="3.6000000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[VEGF-A dissociation from VEGFR2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[VEGF-A binds VEGFR2],ParameterGroup=Parameters,Parameter=kon_VEGFA_KDR" value="36000000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[VEGF-A association to VEGFR2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[internalisation of ligated VEGFR2]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Reactions[internalisation of ligated VEGFR2],ParameterGroup=Parameters,Parameter=k1" value="2.484" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=VEGF-driven angiogenesis\, H-type vessels and osteoprogenitor coupling,Vector=Values[internalisation of ligated VEGFR2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
        </ModelParameterGroup>
      </ModelParameterSet>
    </ListOfModelParameterSets>
    <StateTemplate>
      <StateTemplateVariable objectReference="Model_1"/>
      <StateTemplateVariable objectReference="ModelValue_19"/>
      <StateTemplateVariable objectReference="ModelValue_21"/>
      <StateTemplateVariable objectReference="Metabolite_2"/>
      <StateTemplateVariable objectReference="Metabolite_3"/>
      <StateTemplateVariable objectReference="ModelValue_18"/>
      <StateTemplateVariable objectReference="ModelValue_20"/>
      <StateTemplateVariable objectReference="ModelValue_22"/>
      <StateTemplateVariable objectReference="Metabolite_0"/>
      <StateTemplateVariable objectReference="Metabolite_1"/>
      <StateTemplateVariable objectReference="Compartment_0"/>
      <StateTemplateVariable objectReference="Compartment_1"/>
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
    </StateTemplate>
    <InitialState type="initialState">
      0 1 1 4708.5706844930364 44.969468261124142 0.073931840211265684 1 0.64999999999999991 481771343200.00012 972.00016624653006 1.0000000000000001e-09 9.9999999999999998e-13 0.10000000000000001 1 6.6594258749939997e-06 0.82799999999999996 2.484 36000000 3.6000000000000001 4.9999999999999998e-07 0.5 5 0.073931840211265698 0.01 1 1 0.02 1 0.29999999999999999 1 
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
