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
    <Function key="Function_88" name="Function for PDGF-BB binds PDGFR-beta" type="UserDefined" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_88"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*(kon_PDGF*PDGFRB*PDGF_BB-koff_PDGF*PDGF_PDGFRB)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_762" name="PDGFRB" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_763" name="PDGF_BB" order="1" role="substrate"/>
        <ParameterDescription key="FunctionParameter_764" name="PDGF_PDGFRB" order="2" role="product"/>
        <ParameterDescription key="FunctionParameter_765" name="cytosol" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_766" name="koff_PDGF" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_767" name="kon_PDGF" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_89" name="Function for PDGFR-beta activates TRPM7" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_89"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_act_TRPM7*PDGF_PDGFRB*TRPM7
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_758" name="PDGF_PDGFRB" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_774" name="TRPM7" order="1" role="substrate"/>
        <ParameterDescription key="FunctionParameter_775" name="k_act_TRPM7" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_90" name="Function for Mg2+ influx through PDGF-activated TRPM7" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_90"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*kcat_TRPM7_a*TRPM7_a*Mg_ext/(Km_TRPM7_ext+Mg_ext)*1/(1+(Mg_cyt/Ki_TRPM7_Mg)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_788" name="Ki_TRPM7_Mg" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_789" name="Km_TRPM7_ext" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_790" name="Mg_cyt" order="2" role="product"/>
        <ParameterDescription key="FunctionParameter_791" name="Mg_ext" order="3" role="substrate"/>
        <ParameterDescription key="FunctionParameter_792" name="TRPM7_a" order="4" role="modifier"/>
        <ParameterDescription key="FunctionParameter_793" name="cytosol" order="5" role="volume"/>
        <ParameterDescription key="FunctionParameter_794" name="kcat_TRPM7_a" order="6" role="constant"/>
        <ParameterDescription key="FunctionParameter_795" name="n_one" order="7" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_91" name="Function for Wnt3a binds LRP6" type="UserDefined" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_91"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*(kon_WNT3A*LRP6*WNT3A-koff_WNT3A*WNT3A_LRP6)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_805" name="LRP6" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_806" name="WNT3A" order="1" role="substrate"/>
        <ParameterDescription key="FunctionParameter_807" name="WNT3A_LRP6" order="2" role="product"/>
        <ParameterDescription key="FunctionParameter_808" name="cytosol" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_809" name="koff_WNT3A" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_810" name="kon_WNT3A" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_92" name="Function for DKK1 binds LRP6" type="UserDefined" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_92"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*(kon_DKK1*LRP6*DKK1-koff_DKK1*DKK1_LRP6)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_819" name="DKK1" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_820" name="DKK1_LRP6" order="1" role="product"/>
        <ParameterDescription key="FunctionParameter_821" name="LRP6" order="2" role="substrate"/>
        <ParameterDescription key="FunctionParameter_822" name="cytosol" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_823" name="koff_DKK1" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_824" name="kon_DKK1" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_93" name="Function for Mg2+-stimulated Ser9 phosphorylation of GSK3-beta" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_93"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_GSK3_Mg*LRP6*GSK3B*(Mg_ext/K_Mg_GSK3)^n_two/(1+(Mg_ext/K_Mg_GSK3)^n_two)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_836" name="GSK3B" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_837" name="K_Mg_GSK3" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_838" name="LRP6" order="2" role="modifier"/>
        <ParameterDescription key="FunctionParameter_839" name="Mg_ext" order="3" role="modifier"/>
        <ParameterDescription key="FunctionParameter_840" name="cytosol" order="4" role="volume"/>
        <ParameterDescription key="FunctionParameter_841" name="k_GSK3_Mg" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_842" name="n_two" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_94" name="Function for destruction-complex-dependent beta-catenin degradation" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_94"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_dc_CTNNB1*(1-GSK3_inhibitor)*GSK3B*CTNNB1*1/(1+(WNT3A_LRP6/K_WNT_destruction)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_855" name="CTNNB1" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_856" name="GSK3B" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_857" name="GSK3_inhibitor" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_858" name="K_WNT_destruction" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_859" name="WNT3A_LRP6" order="4" role="modifier"/>
        <ParameterDescription key="FunctionParameter_860" name="k_dc_CTNNB1" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_861" name="n_one" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_95" name="Function for beta-catenin nuclear import" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_95"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_shuttle_CTNNB1*CTNNB1
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_853" name="CTNNB1" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_832" name="cytosol" order="1" role="volume"/>
        <ParameterDescription key="FunctionParameter_850" name="k_shuttle_CTNNB1" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_96" name="Function for beta-catenin nuclear export" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_96"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_shuttle_CTNNB1*CTNNB1_nuc
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_871" name="CTNNB1_nuc" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_872" name="cytosol" order="1" role="volume"/>
        <ParameterDescription key="FunctionParameter_873" name="k_shuttle_CTNNB1" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_97" name="Function for LEF1 expression driven by beta-catenin:TCF" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_97"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_LEF1*(f_basal_TCF_target+(1-f_basal_TCF_target)*(CTNNB1_TCF/K_TCF_target)^n_one/(1+(CTNNB1_TCF/K_TCF_target)^n_one))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_883" name="CTNNB1_TCF" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_884" name="K_TCF_target" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_885" name="f_basal_TCF_target" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_886" name="k_syn_LEF1" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_887" name="n_one" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_98" name="Function for DKK1 expression and secretion driven by beta-catenin:TCF" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_98"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        extracellular*k_syn_DKK1*DKK1_expression*(f_basal_TCF_target+(1-f_basal_TCF_target)*(CTNNB1_TCF/K_TCF_target)^n_one/(1+(CTNNB1_TCF/K_TCF_target)^n_one))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_897" name="CTNNB1_TCF" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_898" name="DKK1_expression" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_899" name="K_TCF_target" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_900" name="extracellular" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_901" name="f_basal_TCF_target" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_902" name="k_syn_DKK1" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_903" name="n_one" order="6" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_99" name="Function for RUNX2 expression driven by beta-catenin:TCF" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_99"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_RUNX2_TCF*(CTNNB1_TCF/K_TCF_RUNX2)^n_two/(1+(CTNNB1_TCF/K_TCF_RUNX2)^n_two)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_895" name="CTNNB1_TCF" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_880" name="K_TCF_RUNX2" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_894" name="k_syn_RUNX2_TCF" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_911" name="n_two" order="3" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_100" name="Function for CXCR4 expression" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_100"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_CXCR4*CXCR4_expression
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_893" name="CXCR4_expression" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_881" name="k_syn_CXCR4" order="1" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_101" name="Function for CXCL12 binds CXCR4" type="UserDefined" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_101"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*(kon_CXCL12*CXCR4*CXCL12-koff_CXCL12*CXCL12_CXCR4)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_924" name="CXCL12" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_925" name="CXCL12_CXCR4" order="1" role="product"/>
        <ParameterDescription key="FunctionParameter_926" name="CXCR4" order="2" role="substrate"/>
        <ParameterDescription key="FunctionParameter_927" name="cytosol" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_928" name="koff_CXCL12" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_929" name="kon_CXCL12" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_102" name="Function for ligand-induced CXCR4 internalisation" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_102"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_int_CXCR4*CXCR4_internalisation*CXCL12_CXCR4
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_921" name="CXCL12_CXCR4" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_936" name="CXCR4_internalisation" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_937" name="k_int_CXCR4" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_103" name="Function for CXCR4-stimulated Ser9 phosphorylation of GSK3-beta" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_103"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_GSK3_CXCR4*CXCL12_CXCR4*GSK3B
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_945" name="CXCL12_CXCR4" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_946" name="GSK3B" order="1" role="substrate"/>
        <ParameterDescription key="FunctionParameter_947" name="k_GSK3_CXCR4" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_104" name="Function for HIF-2alpha expression, raised by Mg2+" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_104"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        nucleus*k_syn_EPAS1*EPAS1_expression*(f_basal_Mg+(1-f_basal_Mg)*(Mg_ext/K_Mg_BMSC)^n_two/(1+(Mg_ext/K_Mg_BMSC)^n_two))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_957" name="EPAS1_expression" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_958" name="K_Mg_BMSC" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_959" name="Mg_ext" order="2" role="modifier"/>
        <ParameterDescription key="FunctionParameter_960" name="f_basal_Mg" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_961" name="k_syn_EPAS1" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_962" name="n_two" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_963" name="nucleus" order="6" role="volume"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_105" name="Function for PGC-1alpha expression, raised by Mg2+" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_105"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        nucleus*k_syn_PPARGC1A*PPARGC1A_expression*(f_basal_Mg+(1-f_basal_Mg)*(Mg_ext/K_Mg_BMSC)^n_two/(1+(Mg_ext/K_Mg_BMSC)^n_two))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_976" name="K_Mg_BMSC" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_977" name="Mg_ext" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_978" name="PPARGC1A_expression" order="2" role="constant"/>
        <ParameterDescription key="FunctionParameter_979" name="f_basal_Mg" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_980" name="k_syn_PPARGC1A" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_981" name="n_two" order="5" role="constant"/>
        <ParameterDescription key="FunctionParameter_982" name="nucleus" order="6" role="volume"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_106" name="Function for HIF-2alpha drives COL10A1 transcription" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_106"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_COL10A1_HIF2*(EPAS1/K_HRE)^n_one/(1+(EPAS1/K_HRE)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_990" name="EPAS1" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_991" name="K_HRE" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_992" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_993" name="k_tx_COL10A1_HIF2" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_994" name="n_one" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_107" name="Function for HIF-1alpha drives COL10A1 transcription" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_107"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_COL10A1_HIF1A*(HIF1A/K_HRE)^n_one/(1+(HIF1A/K_HRE)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_1000" name="HIF1A" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_1001" name="K_HRE" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_1002" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_1003" name="k_tx_COL10A1_HIF1A" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_1004" name="n_one" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_108" name="Function for collagen X translation" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_108"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_tl_COL10A1*COL10A1_mRNA
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_952" name="COL10A1_mRNA" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_1010" name="k_tl_COL10A1" order="1" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_109" name="Function for HIF-2alpha drives VEGFA transcription" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_109"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_VEGFA_HIF2*(EPAS1/K_HRE)^n_one/(1+(EPAS1/K_HRE)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_1019" name="EPAS1" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_1020" name="K_HRE" order="1" role="constant"/>
        <ParameterDescription key="FunctionParameter_1021" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_1022" name="k_tx_VEGFA_HIF2" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_1023" name="n_one" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_110" name="Function for PGC-1alpha coactivates VEGFA transcription (osteogenic cells)" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_110"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_VEGFA_PGC1A*osteogenic_induction*(PPARGC1A/K_PGC1A)^n_one/(1+(PPARGC1A/K_PGC1A)^n_one)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_1030" name="K_PGC1A" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_1031" name="PPARGC1A" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_1032" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_1033" name="k_tx_VEGFA_PGC1A" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_1034" name="n_one" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_1035" name="osteogenic_induction" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_111" name="Function for VEGF-A translation and secretion" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_111"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_sec_VEGFA*VEGFA_mRNA
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_1016" name="VEGFA_mRNA" order="0" role="modifier"/>
        <ParameterDescription key="FunctionParameter_1042" name="cytosol" order="1" role="volume"/>
        <ParameterDescription key="FunctionParameter_1043" name="k_sec_VEGFA" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_112" name="Function for Mg2+-induced IGF2 expression" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_112"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_IGF2*(f_basal_Mg+(1-f_basal_Mg)*(Mg_ext/K_Mg_BMSC)^n_two/(1+(Mg_ext/K_Mg_BMSC)^n_two))
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_1050" name="K_Mg_BMSC" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_1051" name="Mg_ext" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_1052" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_1053" name="f_basal_Mg" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_1054" name="k_tx_IGF2" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_1055" name="n_two" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_113" name="Function for ITGA3 expression, repressed by Mg2+" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_113"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        cytosol*k_tx_ITGA3*1/(1+(Mg_ext/Ki_Mg_ITGA3)^n_two)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_1063" name="Ki_Mg_ITGA3" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_1064" name="Mg_ext" order="1" role="modifier"/>
        <ParameterDescription key="FunctionParameter_1065" name="cytosol" order="2" role="volume"/>
        <ParameterDescription key="FunctionParameter_1066" name="k_tx_ITGA3" order="3" role="constant"/>
        <ParameterDescription key="FunctionParameter_1067" name="n_two" order="4" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_114" name="Function for VEGFR2 expression" type="UserDefined" reversible="false">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_114"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_syn_KDR*KDR_expression
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_1048" name="KDR_expression" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_1073" name="k_syn_KDR" order="1" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_115" name="Function for VEGF-A binds VEGFR2" type="UserDefined" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_115"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        ec_cytosol*(kon_VEGFA_KDR*VEGFA*KDR-koff_VEGFA_KDR*VEGFA_KDR)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_1082" name="KDR" order="0" role="substrate"/>
        <ParameterDescription key="FunctionParameter_1083" name="VEGFA" order="1" role="substrate"/>
        <ParameterDescription key="FunctionParameter_1084" name="VEGFA_KDR" order="2" role="product"/>
        <ParameterDescription key="FunctionParameter_1085" name="ec_cytosol" order="3" role="volume"/>
        <ParameterDescription key="FunctionParameter_1086" name="koff_VEGFA_KDR" order="4" role="constant"/>
        <ParameterDescription key="FunctionParameter_1087" name="kon_VEGFA_KDR" order="5" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
    <Function key="Function_116" name="Function for exchange of peri-implant Mg2+ with the surrounding fluid" type="UserDefined" reversible="true">
      <MiriamAnnotation><rdf:RDF xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Function_116"/>
</rdf:RDF></MiriamAnnotation>
      <Expression>
        k_exchange*(Mg_dose-Mg_ext)
      </Expression>
      <ListOfParameterDescriptions>
        <ParameterDescription key="FunctionParameter_1095" name="Mg_dose" order="0" role="constant"/>
        <ParameterDescription key="FunctionParameter_1096" name="Mg_ext" order="1" role="product"/>
        <ParameterDescription key="FunctionParameter_1097" name="k_exchange" order="2" role="constant"/>
      </ListOfParameterDescriptions>
    </Function>
  </ListOfFunctions>
  <Model key="Model_1" name="Integrated model: Mg2+ from a degrading implant and bone formation" simulationType="time" timeUnit="h" volumeUnit="l" areaUnit="m²" lengthUnit="m" quantityUnit="mmol" type="deterministic" avogadroConstant="6.0221417899999999e+23">
    <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Model_1">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000062"/>
    <CopasiMT:isDescribedBy>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/doi:10.1016/j.actbio.2014.02.002"/>
        <rdf:li rdf:resource="https://identifiers.org/doi:10.1073/pnas.1518238113"/>
      </rdf:Bag>
    </CopasiMT:isDescribedBy>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:1990523"/>
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
    <p>All mechanisms of the review around one shared extracellular Mg2+ pool, fed by a degrading Mg-Ca-Zn implant or held at a fixed dose: TRPM7/PDGF, Wnt/beta-catenin, SDF-1alpha/CXCR4, HIF-2alpha/PGC-1alpha/VEGF, osteogenesis-angiogenesis coupling and the Mg2+ dose window.</p>
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
      <Compartment key="Compartment_3" name="cytosol of endothelial cells" simulationType="fixed" dimensionality="3" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Compartment_3">
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
      <Metabolite key="Metabolite_0" name="Mg2+ (extracellular)" simulationType="reactions" compartment="Compartment_0" addNoise="false">
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
    <p>Free peri-implant Mg2+: released by the degrading alloy, exchanged with the surrounding fluid whose Mg2+ is Mg_dose (0.8 mM culture baseline; serum 0.7-1.1 mM, claims X01).</p>
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
      <Metabolite key="Metabolite_7" name="PDGF-BB (extracellular)" simulationType="fixed" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_7">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P01127"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Platelet-derived growth factor BB homodimer added to the medium (input; 0 = none).</p>
    <p>Input held fixed by the experiment (boundary condition).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_8" name="PDGF receptor beta (free)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_8">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P09619"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Unliganded PDGFR-beta at the plasma membrane.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_9" name="PDGF-BB:PDGFR-beta (active receptor)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_9">
    <CopasiMT:hasPart>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P01127"/>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P09619"/>
      </rdf:Bag>
    </CopasiMT:hasPart>
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000253"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Ligand-bound, signalling PDGF receptor.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_10" name="TRPM7 (PDGF-activated)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_10">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:Q96QT4"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>TRPM7 in the state activated downstream of PDGFR-beta, with higher Mg2+ conductance.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_11" name="Wnt3a (extracellular)" simulationType="fixed" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_11">
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
      <Metabolite key="Metabolite_12" name="LRP6 (free Wnt co-receptor)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_12">
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
      <Metabolite key="Metabolite_13" name="Wnt3a:LRP6 (active co-receptor)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_13">
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
      <Metabolite key="Metabolite_14" name="Dickkopf-1 (extracellular)" simulationType="reactions" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_14">
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
      <Metabolite key="Metabolite_15" name="DKK1:LRP6 (blocked co-receptor)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_15">
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
      <Metabolite key="Metabolite_16" name="GSK3-beta (active)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_16">
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
      <Metabolite key="Metabolite_17" name="GSK3-beta (Ser9-phosphorylated, inactive)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_17">
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
      <Metabolite key="Metabolite_18" name="beta-catenin (cytosolic, free)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_18">
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
      <Metabolite key="Metabolite_19" name="beta-catenin (nuclear, free; active)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_19">
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
      <Metabolite key="Metabolite_20" name="TCF/LEF transcription factors (free)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_20">
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
      <Metabolite key="Metabolite_21" name="beta-catenin:TCF/LEF (transcription complex)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_21">
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
      <Metabolite key="Metabolite_22" name="LEF1 (newly expressed protein)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_22">
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
      <Metabolite key="Metabolite_23" name="SDF-1alpha / CXCL12 (extracellular)" simulationType="fixed" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_23">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P48061"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Chemokine SDF-1alpha in the medium or released at the defect (input; 0 = none, as in serum-free culture; plasma background ~1-3 ng/mL, about 0.25 nM for an ~8 kDa protein, MW from memory). Held by the experiment.</p>
    <p>Input held fixed by the experiment (boundary condition).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_24" name="CXCR4 (surface, free)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_24">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:is>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P61073"/>
      </rdf:Bag>
    </CopasiMT:is>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Unliganded CXCR4 on the stromal-cell surface. 10 nM in cell volume (about 12,000 per 2 pL cell) is an assumption: BMSCs express far less than the engineered cells of Coggins 2014 (6e5 per cell).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_25" name="CXCL12:CXCR4 (signalling receptor)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_25">
    <CopasiMT:hasPart>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P48061"/>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P61073"/>
      </rdf:Bag>
    </CopasiMT:hasPart>
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000253"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Ligand-bound surface CXCR4, the signalling form (G-protein and beta-arrestin signalling lumped).</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_26" name="CXCR4 (internalised)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_26">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000252"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/uniprot:P61073"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Endocytosed CXCR4 after ligand-induced internalisation (ligand released and degraded), recycled to the surface or degraded.</p>
  </body>

        </Comment>
      </Metabolite>
      <Metabolite key="Metabolite_27" name="VEGF-A (secreted, extracellular)" simulationType="reactions" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_27">
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
      <Metabolite key="Metabolite_28" name="HIF-2alpha (EPAS1, nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_28">
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
      <Metabolite key="Metabolite_29" name="HIF-1alpha (nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_29">
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
      <Metabolite key="Metabolite_30" name="PGC-1alpha (PPARGC1A, nuclear)" simulationType="reactions" compartment="Compartment_2" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_30">
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
      <Metabolite key="Metabolite_31" name="COL10A1 mRNA (collagen X alpha-1)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_31">
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
      <Metabolite key="Metabolite_32" name="collagen X alpha-1 chain (COL10A1)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_32">
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
      <Metabolite key="Metabolite_33" name="VEGFA mRNA" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_33">
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
      <Metabolite key="Metabolite_34" name="IGF2 mRNA" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_34">
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
      <Metabolite key="Metabolite_35" name="ITGA3 mRNA (integrin alpha-3)" simulationType="reactions" compartment="Compartment_1" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_35">
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
      <Metabolite key="Metabolite_36" name="VEGFR2 (KDR, free, endothelial surface)" simulationType="reactions" compartment="Compartment_3" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_36">
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
      <Metabolite key="Metabolite_37" name="VEGF-A:VEGFR2 (ligated receptor)" simulationType="reactions" compartment="Compartment_3" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_37">
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
      <Metabolite key="Metabolite_38" name="Mg-Ca-Zn alloy (undissolved, per peri-implant volume)" simulationType="reactions" compartment="Compartment_0" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Metabolite_38">
    <CopasiMT:hasPart>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/CHEBI:18420"/>
        <rdf:li rdf:resource="https://identifiers.org/CHEBI:29105"/>
        <rdf:li rdf:resource="https://identifiers.org/CHEBI:29108"/>
      </rdf:Bag>
    </CopasiMT:hasPart>
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000285"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Magnesium of a biodegradable Mg-5wt%Ca-1wt%Zn implant (Lee 2016 PNAS, doi:10.1073/pnas.1518238113), expressed as the Mg2+ it can release per litre of peri-implant fluid. 0 = no implant (fixed-dose experiments); the implant scenario starts at 100 mM.</p>
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
      <ModelValue key="ModelValue_17" name="PDGFR-beta synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_17">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Keeps 250 nM free receptor without ligand, i.e. about 3e5 receptors in a 2 pL cell, the number Heldin et al. 1981 (PNAS; journal details unverified) found on connective-tissue cells.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_18" name="PDGF-BB association to PDGFR-beta" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_18">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: kon = koff / Kd with Kd = 1 nM (Heldin et al. 1981, 125I-PDGF Scatchard on human fibroblasts; journal details unverified) and the assumed koff.</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_19" name="PDGF-BB dissociation from PDGFR-beta" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_19">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Complex half-life about 7 min; no measured value in osteoblasts.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_20" name="ligand-induced PDGFR-beta internalisation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_20">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Receptor down-regulation within about an hour of stimulation (typical of receptor tyrosine kinases); sets the sustained level of active receptor.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_21" name="TRPM7 activation by active PDGFR-beta" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_21">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: About half of TRPM7 becomes activated at 1 nM PDGF-BB, giving a clear but sub-maximal rise in cytosolic Mg2+.</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_22" name="TRPM7 return to the resting state" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_22">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Activation decays within about 30 min once the receptor signal stops.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_23" name="Mg2+ conductance of activated TRPM7 per channel" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_23">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Ten times the resting conductance: PDGF raises TRPM7 currents in osteoblasts (Abed &amp; Moreau 2009, doi:10.1152/ajpcell.00614.2008) without a stated fold.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_24" name="cytosolic Mg2+ for half-maximal mitogenic response" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_24">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Just above resting free Mg2+, so that the PDGF-induced rise drives proliferation and migration (membrane-magnesium-mitosis model, C24).</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_25" name="Hill coefficient 4" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_25">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000190"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Switch-like dependence of mitogenesis on cytosolic Mg2+ (C24 describes a threshold 'optimal for initiating protein synthesis').</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_26" name="LRP6 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_26">
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
      <ModelValue key="ModelValue_27" name="Wnt3a association to LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_27">
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
      <ModelValue key="ModelValue_28" name="Wnt3a dissociation from LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_28">
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
      <ModelValue key="ModelValue_29" name="DKK1 association to LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_29">
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
      <ModelValue key="ModelValue_30" name="DKK1 dissociation from LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_30">
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
      <ModelValue key="ModelValue_31" name="DKK1 clearance from the medium" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_31">
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
      <ModelValue key="ModelValue_32" name="maximal Mg2+-stimulated GSK3-beta inactivation per LRP6" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_32">
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
      <ModelValue key="ModelValue_33" name="extracellular Mg2+ for half-maximal GSK3-beta inactivation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_33">
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
      <ModelValue key="ModelValue_34" name="GSK3-beta reactivation (Ser9 dephosphorylation)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_34">
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
      <ModelValue key="ModelValue_35" name="fraction of GSK3 activity blocked by a drug (CHIR99021 / LiCl)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_35">
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
      <ModelValue key="ModelValue_36" name="beta-catenin synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_36">
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
      <ModelValue key="ModelValue_37" name="axin-independent beta-catenin degradation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_37">
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
      <ModelValue key="ModelValue_38" name="destruction-complex degradation per active GSK3-beta" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_38">
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
      <ModelValue key="ModelValue_39" name="Wnt3a:LRP6 for half-maximal inhibition of the destruction complex" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_39">
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
      <ModelValue key="ModelValue_40" name="beta-catenin nucleo-cytoplasmic shuttling" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_40">
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
      <ModelValue key="ModelValue_41" name="beta-catenin binding to TCF" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_41">
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
      <ModelValue key="ModelValue_42" name="beta-catenin dissociation from TCF" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_42">
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
      <ModelValue key="ModelValue_43" name="beta-catenin:TCF for half-maximal target-gene activation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_43">
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
      <ModelValue key="ModelValue_44" name="TCF-independent expression of LEF1 and DKK1 (fraction)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_44">
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
      <ModelValue key="ModelValue_45" name="maximal LEF1 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_45">
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
      <ModelValue key="ModelValue_46" name="maximal DKK1 secretion (per medium volume)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_46">
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
      <ModelValue key="ModelValue_47" name="DKK1 expression factor (1 = control; overexpression 10)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_47">
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
      <ModelValue key="ModelValue_48" name="maximal beta-catenin:TCF-driven RUNX2 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_48">
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
      <ModelValue key="ModelValue_49" name="beta-catenin:TCF for half-maximal RUNX2 activation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_49">
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
      <ModelValue key="ModelValue_50" name="CXCR4 synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_50">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000009"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Keeps 10 nM surface CXCR4 without ligand with the 12 h protein half-life.</p>
  </body>

        </Comment>
        <Unit>
          mmol/(h*l)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_51" name="CXCR4 expression factor (1 = control; knockout 0)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_51">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle for the CXCR4 knockout/blockade tests (C45, C46).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_52" name="CXCL12 association to CXCR4" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_52">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Coggins et al. 2014 PLoS One 9:e98328 (PMID 24896823); BioModels BIOMD0000000599, parameter_1 kf,L12,4 = 2.1e-3 /(nM s) (model fit)</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_53" name="CXCL12 dissociation from CXCR4" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_53">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Coggins et al. 2014 PLoS One 9:e98328 (PMID 24896823); BioModels BIOMD0000000599: koff = kon x KD = 2.1e-3 /(nM s) x 40 nM (parameter_5 KD,R4,L12, model fit) = 0.084 /s</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_54" name="internalisation of CXCL12-bound CXCR4" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_54">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Coggins et al. 2014 PLoS One 9:e98328 (PMID 24896823); BioModels BIOMD0000000599, parameter_23 ke,C4B = 4.7e-3 /s</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_55" name="internalisation switch (1 = on; 0 = blocked)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_55">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Experimental handle: 0 blocks endocytosis so that binding alone can be compared with the published Kd.</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_56" name="CXCR4 recycling to the surface" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_56">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Coggins et al. 2014 PLoS One 9:e98328 (PMID 24896823); BioModels BIOMD0000000599, parameter_16 krec,R4Bi = 6.9e-5 /s</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_57" name="degradation of internalised CXCR4" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_57">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Coggins et al. 2014 PLoS One 9:e98328 (PMID 24896823); BioModels BIOMD0000000599, parameter_19 = 1.0e-4 /s (weakly identified per the paper)</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_58" name="GSK3-beta inactivation per CXCL12:CXCR4" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_58">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000036"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Chosen so that 12.5 nM CXCL12 (100 ng/mL) raises active beta-catenin about 1.5-fold at steady state despite receptor internalisation; no measured value.</p>
  </body>

        </Comment>
        <Unit>
          l/(mmol*h)
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_59" name="surface-receptor floor in the occupancy readout" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_59">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000196"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: 1 pM, far below surface CXCR4 under any dose (&gt;= 0.05 nM); keeps the occupied fraction defined (zero) when CXCR4 is knocked out.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_60" name="occupied fraction of surface CXCR4 for half-maximal recruitment" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_60">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Puts the half-maximal CXCL12 dose near 35 ng/mL (about 4.5 nM), within the 10-50 ng/mL EC50 range suggested by MSC chemoinvasion at 20 vs 100 ng/mL (Marquez-Curtis &amp; Janowska-Wieczorek 2013 BioMed Res Int 2013:561098, Fig. 2).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_61" name="CXCL12-independent recruitment (fraction of maximum)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_61">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Some stromal cells reach the defect without exogenous SDF-1alpha (random migration, other chemoattractants).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_62" name="extracellular Mg2+ for half-maximal migration support" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_62">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000193"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Same range as the Wnt effect (little at 0.8 mM, strong at 10 mM); Mg2+ induced migration of human osteoblasts toward high Mg2+ (observations O42).</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_63" name="maximal relative increase of recruitment by Mg2+" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_63">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Mg2+ raises recruitment by up to 50%; the review says only that Mg2+ matters for recruitment (C50) and acts mainly through early recruitment with SDF-1alpha (C51).</p>
  </body>

        </Comment>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_64" name="clearance of extracellular VEGF-A" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_64">
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
      <ModelValue key="ModelValue_65" name="HIF-2alpha expression factor (1 = control; siRNA knock-down 0.1)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_65">
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
      <ModelValue key="ModelValue_66" name="PGC-1alpha expression factor (1 = control; siRNA knock-down 0.1)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_66">
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
      <ModelValue key="ModelValue_67" name="osteogenic medium (0 = undifferentiated hBMSCs, 1 = osteogenic cells)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_67">
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
      <ModelValue key="ModelValue_68" name="normoxic HIF-alpha degradation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_68">
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
      <ModelValue key="ModelValue_69" name="maximal HIF-2alpha synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_69">
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
      <ModelValue key="ModelValue_70" name="HIF-1alpha synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_70">
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
      <ModelValue key="ModelValue_71" name="Mg2+-independent fraction of Mg2+-induced expression" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_71">
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
      <ModelValue key="ModelValue_72" name="extracellular Mg2+ for half-maximal gene response in hBMSCs" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_72">
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
      <ModelValue key="ModelValue_73" name="extracellular Mg2+ for half-maximal ITGA3 repression" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_73">
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
      <ModelValue key="ModelValue_74" name="PGC-1alpha degradation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_74">
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
      <ModelValue key="ModelValue_75" name="maximal PGC-1alpha synthesis" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_75">
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
      <ModelValue key="ModelValue_76" name="HIF-alpha for half-maximal occupancy of target promoters" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_76">
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
      <ModelValue key="ModelValue_77" name="PGC-1alpha for half-maximal coactivation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_77">
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
      <ModelValue key="ModelValue_78" name="VEGFA mRNA decay (normoxia)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_78">
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
      <ModelValue key="ModelValue_79" name="COL10A1 mRNA decay" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_79">
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
      <ModelValue key="ModelValue_80" name="IGF2 mRNA decay" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_80">
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
      <ModelValue key="ModelValue_81" name="ITGA3 mRNA decay" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_81">
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
      <ModelValue key="ModelValue_82" name="HIF-independent VEGFA transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_82">
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
      <ModelValue key="ModelValue_83" name="maximal HIF-2alpha-driven VEGFA transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_83">
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
      <ModelValue key="ModelValue_84" name="maximal PGC-1alpha-coactivated VEGFA transcription (osteogenic cells)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_84">
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
      <ModelValue key="ModelValue_85" name="maximal HIF-2alpha-driven COL10A1 transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_85">
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
      <ModelValue key="ModelValue_86" name="maximal HIF-1alpha-driven COL10A1 transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_86">
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
      <ModelValue key="ModelValue_87" name="collagen X translation per mRNA" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_87">
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
      <ModelValue key="ModelValue_88" name="collagen X turnover and secretion" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_88">
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
      <ModelValue key="ModelValue_89" name="VEGF-A translation and secretion per mRNA" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_89">
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
      <ModelValue key="ModelValue_90" name="maximal Mg2+-induced IGF2 transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_90">
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
      <ModelValue key="ModelValue_91" name="maximal ITGA3 transcription" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_91">
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
      <ModelValue key="ModelValue_92" name="VEGFR2 expression / signalling factor (1 = control; 0 = VEGF signalling blocked)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_92">
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
      <ModelValue key="ModelValue_93" name="VEGFR2 production" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_93">
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
      <ModelValue key="ModelValue_94" name="internalisation of unliganded VEGFR2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_94">
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
      <ModelValue key="ModelValue_95" name="internalisation of ligated VEGFR2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_95">
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
      <ModelValue key="ModelValue_96" name="VEGF-A association to VEGFR2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_96">
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
      <ModelValue key="ModelValue_97" name="VEGF-A dissociation from VEGFR2" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_97">
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
      <ModelValue key="ModelValue_98" name="ligated VEGFR2 for half-maximal sprouting" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_98">
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
      <ModelValue key="ModelValue_99" name="Mg2+-independent fraction of endothelial responsiveness" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_99">
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
      <ModelValue key="ModelValue_100" name="extracellular Mg2+ for half-maximal enhancement of endothelial responses" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_100">
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
      <ModelValue key="ModelValue_101" name="sprouting index in the reference condition" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_101">
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
      <ModelValue key="ModelValue_102" name="H-type vessel formation/regression rate" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_102">
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
      <ModelValue key="ModelValue_103" name="H-type vessel formation factor (1 = control)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_103">
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
      <ModelValue key="ModelValue_104" name="L-type vessel abundance factor (1 = control)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_104">
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
      <ModelValue key="ModelValue_105" name="osteoprogenitor recruitment/turnover rate" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_105">
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
      <ModelValue key="ModelValue_106" name="osteoprogenitors for half-maximal coupled bone formation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_106">
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
      <ModelValue key="ModelValue_107" name="vessel-independent fraction of bone formation" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_107">
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
      <ModelValue key="ModelValue_108" name="ALP for half-maximal mineral deposition" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_108">
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
      <ModelValue key="ModelValue_109" name="extracellular Mg2+ halving mineral deposition" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_109">
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
      <ModelValue key="ModelValue_110" name="Mg2+ of the surrounding fluid (culture medium or serum)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_110">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000196"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Source: Culture-medium baseline 0.8 mM (Yoshizawa 2014 Acta Biomater 10:2834, doi:10.1016/j.actbio.2014.02.002); dose experiments set it to 0.1-20 mM.</p>
  </body>

        </Comment>
        <Unit>
          mmol/l
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_111" name="peri-implant fluid exchange with the surroundings" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_111">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Peri-implant Mg2+ relaxes to the surrounding level with a 12 h half-time; measured peri-implant clearance was not found (parameters.tsv: 'the main unknown').</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_112" name="alloy corrosion (first order)" simulationType="fixed" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_112">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000035"/>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Assumption: Half of the releasable Mg dissolves in one week, so release lasts 'over days'; implants in vivo degrade over months to a year (Lee 2016), the local pool here is only the Mg facing the peri-implant fluid.</p>
  </body>

        </Comment>
        <Unit>
          1/h
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_113" name="osteoblast differentiation (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_113">
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
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[Osterix (SP7\, nuclear)],Reference=Concentration&gt;/(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[Osterix (SP7\, nuclear)],Reference=Concentration&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Osterix for half-maximal target activation],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_114" name="osteoblast proliferation (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_114">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0033687"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Proliferation follows cytosolic free Mg2+ (membrane-magnesium-mitosis, C24): PDGF acts through TRPM7-mediated Mg2+ influx, so without extracellular Mg2+ or TRPM7 it has no effect.</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C10: PDGF promotes proliferation and migration of many cell types, including osteoblastic cells.</p>
    <p>Encodes claim C11: During bone remodeling, osteoblast proliferation and migration are stimulated by growth factors such as PDGF.</p>
    <p>Encodes claim C16: An adequate extracellular Mg2+ level is required for PDGF to stimulate osteoblast proliferation and migration.</p>
    <p>Encodes claim C24: In the 'membrane-magnesium-mitosis' model, a mitogenic stimulus raises intracellular Mg2+ via influx to levels optimal for initiating protein synthesis, controlling proliferation.</p>
    <p>Encodes claim C29: PDGF activates plasma-membrane TRPM7 channels, providing Mg2+ influx for long-term Mg2+ homeostasis in osteoblastic cells and thereby promoting their proliferation and migration.</p>
    <p>Encodes claim C30: TRPM7-mediated Mg2+ influx is required for PDGF effects on human osteoblast proliferation, adhesion and migration and for Mg2+-associated bone-regenerative effects.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[Mg2+ (cytosolic\, free)],Reference=Concentration&gt;^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 4],Reference=Value&gt;/(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic Mg2+ for half-maximal mitogenic response],Reference=Value&gt;^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 4],Reference=Value&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[Mg2+ (cytosolic\, free)],Reference=Concentration&gt;^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 4],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_115" name="osteoblast migration (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_115">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0016477"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Migration needs the same TRPM7-mediated rise in cytosolic Mg2+ as proliferation (Abed &amp; Moreau 2009 title: proliferation and migration); no separate parameters are known.</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C10: PDGF promotes proliferation and migration of many cell types, including osteoblastic cells.</p>
    <p>Encodes claim C11: During bone remodeling, osteoblast proliferation and migration are stimulated by growth factors such as PDGF.</p>
    <p>Encodes claim C16: An adequate extracellular Mg2+ level is required for PDGF to stimulate osteoblast proliferation and migration.</p>
    <p>Encodes claim C29: PDGF activates plasma-membrane TRPM7 channels, providing Mg2+ influx for long-term Mg2+ homeostasis in osteoblastic cells and thereby promoting their proliferation and migration.</p>
    <p>Encodes claim C30: TRPM7-mediated Mg2+ influx is required for PDGF effects on human osteoblast proliferation, adhesion and migration and for Mg2+-associated bone-regenerative effects.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[Mg2+ (cytosolic\, free)],Reference=Concentration&gt;^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 4],Reference=Value&gt;/(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic Mg2+ for half-maximal mitogenic response],Reference=Value&gt;^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 4],Reference=Value&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[Mg2+ (cytosolic\, free)],Reference=Concentration&gt;^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 4],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_116" name="stromal-cell recruitment to the defect (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_116">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060326"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Fraction of the maximal stromal-cell influx into the defect. Chemotaxis rises with the occupied fraction of surface CXCR4 (dose-dependent, hyperbolic; C46, C48). Assumption: directional sensing compares receptor occupancy across the cell, so it follows the occupied fraction, which keeps tracking CXCL12/(CXCL12 + KD) although sustained ligand internalises most receptors; PI3K signalling to GSK3-beta instead follows the number of bound receptors. Above a small basal influx, Mg2+ multiplies it by up to 1.5 (assumption: Mg2+ promotes migration, C50/C51, O42). Without CXCR4 only the basal term remains.</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C46: The SDF-1alpha/CXCR4 axis promotes recruitment of BMSCs into bone defects through chemotaxis.</p>
    <p>Encodes claim C48: SDF-1alpha enhances BMSC recruitment in a dose-dependent manner.</p>
    <p>Encodes claim C50: SDF-1alpha acts synergistically with other bioactive factors in bone repair; SDF-1alpha and Mg2+ are both important for cell recruitment and osteogenesis.</p>
    <p>Encodes claim C51: Mg2+ and SDF-1alpha synergistically stimulate osteogenesis, mainly by enhancing early cell recruitment.</p>
  </body>

        </Comment>
        <Expression>
          (&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCL12-independent recruitment (fraction of maximum)],Reference=Value&gt;+(1-&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCL12-independent recruitment (fraction of maximum)],Reference=Value&gt;)*(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[CXCL12:CXCR4 (signalling receptor)],Reference=Concentration&gt;/(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[CXCR4 (surface\, free)],Reference=Concentration&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[CXCL12:CXCR4 (signalling receptor)],Reference=Concentration&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[surface-receptor floor in the occupancy readout],Reference=Value&gt;)/&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[occupied fraction of surface CXCR4 for half-maximal recruitment],Reference=Value&gt;)^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=Value&gt;/(1+(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[CXCL12:CXCR4 (signalling receptor)],Reference=Concentration&gt;/(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[CXCR4 (surface\, free)],Reference=Concentration&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[CXCL12:CXCR4 (signalling receptor)],Reference=Concentration&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[surface-receptor floor in the occupancy readout],Reference=Value&gt;)/&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[occupied fraction of surface CXCR4 for half-maximal recruitment],Reference=Value&gt;)^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=Value&gt;))*(1+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal relative increase of recruitment by Mg2+],Reference=Value&gt;*(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)],Reference=Concentration&gt;/&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal migration support],Reference=Value&gt;)^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=Value&gt;/(1+(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)],Reference=Concentration&gt;/&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal migration support],Reference=Value&gt;)^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=Value&gt;))/(1+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal relative increase of recruitment by Mg2+],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_117" name="osteogenic output at the defect (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_117">
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
    <p>Recruited cells times their osteoblast commitment: recruitment is the first step and differentiation must then be steered (C49). The product makes inputs that act on both steps synergistic (C51).</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C49: Cell recruitment is the first step in gaining endogenous stem cells at a defect, and differentiation must then be steered toward the desired lineage.</p>
    <p>Encodes claim C51: Mg2+ and SDF-1alpha synergistically stimulate osteogenesis, mainly by enhancing early cell recruitment.</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[stromal-cell recruitment to the defect (index 0-1)],Reference=Value&gt;*&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteoblast differentiation (index 0-1)],Reference=Value&gt;
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_118" name="sprouting angiogenesis (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_118">
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
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of endothelial cells],Vector=Metabolites[VEGF-A:VEGFR2 (ligated receptor)],Reference=Concentration&gt;/(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of endothelial cells],Vector=Metabolites[VEGF-A:VEGFR2 (ligated receptor)],Reference=Concentration&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[ligated VEGFR2 for half-maximal sprouting],Reference=Value&gt;)*(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+-independent fraction of endothelial responsiveness],Reference=Value&gt;+(1-&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+-independent fraction of endothelial responsiveness],Reference=Value&gt;)*&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)],Reference=Concentration&gt;/(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal enhancement of endothelial responses],Reference=Value&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)],Reference=Concentration&gt;))
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_119" name="H-type (CD31hi Endomucin-hi) vessel abundance (1 = reference)" simulationType="ode" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_119">
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
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[H-type vessel formation/regression rate],Reference=Value&gt;*(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[H-type vessel formation factor (1 \= control)],Reference=Value&gt;*&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[sprouting angiogenesis (index 0-1)],Reference=Value&gt;/&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[sprouting index in the reference condition],Reference=Value&gt;-&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[H-type (CD31hi Endomucin-hi) vessel abundance (1 \= reference)],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_120" name="L-type (sinusoidal) vessel abundance (1 = reference)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_120">
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
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[L-type vessel abundance factor (1 \= control)],Reference=Value&gt;
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_121" name="Osterix+ osteoprogenitors near vessels (1 = reference)" simulationType="ode" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:bqbiol="http://biomodels.net/biology-qualifiers/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_121">
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
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteoprogenitor recruitment/turnover rate],Reference=Value&gt;*(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[H-type (CD31hi Endomucin-hi) vessel abundance (1 \= reference)],Reference=Value&gt;-&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Osterix+ osteoprogenitors near vessels (1 \= reference)],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_122" name="vessel-coupled bone formation (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_122">
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
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[vessel-independent fraction of bone formation],Reference=Value&gt;+(1-&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[vessel-independent fraction of bone formation],Reference=Value&gt;)*&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Osterix+ osteoprogenitors near vessels (1 \= reference)],Reference=Value&gt;/(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Osterix+ osteoprogenitors near vessels (1 \= reference)],Reference=Value&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteoprogenitors for half-maximal coupled bone formation],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_123" name="matrix mineralisation (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_123">
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
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[alkaline phosphatase\, tissue-nonspecific (bone ALP)],Reference=Concentration&gt;/(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[alkaline phosphatase\, tissue-nonspecific (bone ALP)],Reference=Concentration&gt;+&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[ALP for half-maximal mineral deposition],Reference=Value&gt;)*1/(1+(&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)],Reference=Concentration&gt;/&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ halving mineral deposition],Reference=Value&gt;)^&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=Value&gt;)
        </Expression>
        <Unit>
          1
        </Unit>
      </ModelValue>
      <ModelValue key="ModelValue_124" name="new bone formation (index 0-1)" simulationType="assignment" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#ModelValue_124">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000002"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:1990523"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Tissue-level osteogenic output: recruited stromal cells that differentiate (osteogenesis) and mineralise matrix (mineralisation), in a defect supplied by H-type vessels and the osteoprogenitors they bring (vessel-coupled bone formation).</p>
    <p>Cell-level readout, dimensionless; 1 is the reference level.</p>
    <p>Encodes claim C03: Mg has direct and indirect effects in bone, vascular, nervous and immune systems and improves fracture healing in animal models, including osteoporotic models.</p>
    <p>Encodes claim C04: Mg has an osteopromotive property, participates in bone mineralization and promotes cell adhesion, proliferation and osteogenic differentiation.</p>
    <p>Encodes claim C31: Angiogenesis (new vessels sprouting from existing capillaries) is crucial for bone development and healing.</p>
    <p>Encodes claim C33: Osteo-angiogenic coupling plays an important role in healing of bone injuries.</p>
    <p>Encodes claim C65: Mg2+-induced activation of canonical Wnt/beta-catenin in human BMSCs drives osteoblast differentiation, osteogenic effect and repair of bone defects (abstract summary).</p>
  </body>

        </Comment>
        <Expression>
          &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[matrix mineralisation (index 0-1)],Reference=Value&gt;*&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteogenic output at the defect (index 0-1)],Reference=Value&gt;*&lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[vessel-coupled bone formation (index 0-1)],Reference=Value&gt;
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
        <KineticLaw function="Function_81" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
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
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
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
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
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
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
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
        <KineticLaw function="Function_85" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
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
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
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
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
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
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
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
      <Reaction key="Reaction_13" name="PDGFR-beta expression" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_13">
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
    <p>Constitutive receptor expression.</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C10: PDGF promotes proliferation and migration of many cell types, including osteoblastic cells.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_8" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_28" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_17"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_14" name="PDGFR-beta turnover" reversible="false" fast="false" addNoise="false">
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
    <p>Constitutive receptor turnover.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C10: PDGF promotes proliferation and migration of many cell types, including osteoblastic cells.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_8" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_29" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_15" name="PDGF-BB binds PDGFR-beta" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_15">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000177"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0048008"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Ligand binding activates the receptor; the extracellular PDGF-BB pool is held by the experiment.</p>
    <p>Rate law family: mass action (reversible).</p>
    <p>Encodes claim C10: PDGF promotes proliferation and migration of many cell types, including osteoblastic cells.</p>
    <p>Encodes claim C29: PDGF activates plasma-membrane TRPM7 channels, providing Mg2+ influx for long-term Mg2+ homeostasis in osteoblastic cells and thereby promoting their proliferation and migration.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_8" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_7" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_9" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_30" name="koff_PDGF" value="1"/>
          <Constant key="Parameter_31" name="kon_PDGF" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_88" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_762">
              <SourceParameter reference="Metabolite_8"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_763">
              <SourceParameter reference="Metabolite_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_764">
              <SourceParameter reference="Metabolite_9"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_765">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_766">
              <SourceParameter reference="ModelValue_19"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_767">
              <SourceParameter reference="ModelValue_18"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_16" name="internalisation of active PDGFR-beta" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_16">
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
    <p>Ligand-induced receptor down-regulation.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C29: PDGF activates plasma-membrane TRPM7 channels, providing Mg2+ influx for long-term Mg2+ homeostasis in osteoblastic cells and thereby promoting their proliferation and migration.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_9" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_32" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_20"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_9"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_17" name="PDGFR-beta activates TRPM7" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_17">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000176"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0048008"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>PDGF activates plasma-membrane TRPM7 channels (Abed &amp; Moreau 2009); the signalling steps between the receptor and the channel are lumped into one catalysed activation.</p>
    <p>Rate law family: mass action.</p>
    <p>Encodes claim C28: TRPM7 channels are thought to carry the PDGF-induced Mg2+ influx into osteoblasts.</p>
    <p>Encodes claim C29: PDGF activates plasma-membrane TRPM7 channels, providing Mg2+ influx for long-term Mg2+ homeostasis in osteoblastic cells and thereby promoting their proliferation and migration.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_10" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_9" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_33" name="k_act_TRPM7" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_89" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_758">
              <SourceParameter reference="Metabolite_9"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_774">
              <SourceParameter reference="Metabolite_2"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_775">
              <SourceParameter reference="ModelValue_21"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_18" name="TRPM7 returns to rest" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_18">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000176"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0048008"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Loss of the PDGF-induced activation.</p>
    <p>Rate law family: mass action.</p>
    <p>Encodes claim C28: TRPM7 channels are thought to carry the PDGF-induced Mg2+ influx into osteoblasts.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_10" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_2" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_34" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_22"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_10"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_19" name="activated TRPM7 turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_19">
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
    <p>Activated channels are turned over like resting ones.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C21: TRPM7 is a ubiquitous channel-kinase required for early embryonic development; it conducts Mg2+, Zn2+, Ca2+ and monovalent cations and has a C-terminal Ser/Thr kinase.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_10" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_35" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_10"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_20" name="Mg2+ influx through PDGF-activated TRPM7" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_20">
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
    <p>PDGF-activated TRPM7 carries the PDGF-induced Mg2+ influx; also inhibited by cytosolic Mg2+.</p>
    <p>Rate law family: Hill.</p>
    <p>Encodes claim C28: TRPM7 channels are thought to carry the PDGF-induced Mg2+ influx into osteoblasts.</p>
    <p>Encodes claim C29: PDGF activates plasma-membrane TRPM7 channels, providing Mg2+ influx for long-term Mg2+ homeostasis in osteoblastic cells and thereby promoting their proliferation and migration.</p>
    <p>Encodes claim C30: TRPM7-mediated Mg2+ influx is required for PDGF effects on human osteoblast proliferation, adhesion and migration and for Mg2+-associated bone-regenerative effects.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_10" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_1" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_36" name="Ki_TRPM7_Mg" value="1"/>
          <Constant key="Parameter_37" name="Km_TRPM7_ext" value="1"/>
          <Constant key="Parameter_38" name="kcat_TRPM7_a" value="1"/>
          <Constant key="Parameter_39" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_90" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_788">
              <SourceParameter reference="ModelValue_4"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_789">
              <SourceParameter reference="ModelValue_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_790">
              <SourceParameter reference="Metabolite_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_791">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_792">
              <SourceParameter reference="Metabolite_10"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_793">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_794">
              <SourceParameter reference="ModelValue_23"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_795">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_21" name="LRP6 expression" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_21">
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
          <Product metabolite="Metabolite_12" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_40" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_26"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_22" name="LRP6 turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_22">
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
          <Substrate metabolite="Metabolite_12" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_41" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_12"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_23" name="Wnt3a binds LRP6" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_23">
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
          <Substrate metabolite="Metabolite_12" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_11" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_13" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_42" name="koff_WNT3A" value="1"/>
          <Constant key="Parameter_43" name="kon_WNT3A" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_91" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_805">
              <SourceParameter reference="Metabolite_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_806">
              <SourceParameter reference="Metabolite_11"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_807">
              <SourceParameter reference="Metabolite_13"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_808">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_809">
              <SourceParameter reference="ModelValue_28"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_810">
              <SourceParameter reference="ModelValue_27"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_24" name="turnover of Wnt3a-bound LRP6" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_24">
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
          <Substrate metabolite="Metabolite_13" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_44" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_13"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_25" name="DKK1 binds LRP6" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_25">
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
          <Substrate metabolite="Metabolite_12" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_14" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_15" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_45" name="koff_DKK1" value="1"/>
          <Constant key="Parameter_46" name="kon_DKK1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_92" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_819">
              <SourceParameter reference="Metabolite_14"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_820">
              <SourceParameter reference="Metabolite_15"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_821">
              <SourceParameter reference="Metabolite_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_822">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_823">
              <SourceParameter reference="ModelValue_30"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_824">
              <SourceParameter reference="ModelValue_29"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_26" name="internalisation of DKK1-bound LRP6" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_26">
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
          <Substrate metabolite="Metabolite_15" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_47" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_15"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_27" name="DKK1 clearance" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_27">
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
          <Substrate metabolite="Metabolite_14" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_48" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_31"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_14"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_28" name="Mg2+-stimulated Ser9 phosphorylation of GSK3-beta" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_28">
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
          <Substrate metabolite="Metabolite_16" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_17" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_12" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_49" name="K_Mg_GSK3" value="1"/>
          <Constant key="Parameter_50" name="k_GSK3_Mg" value="1"/>
          <Constant key="Parameter_51" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_93" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_836">
              <SourceParameter reference="Metabolite_16"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_837">
              <SourceParameter reference="ModelValue_33"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_838">
              <SourceParameter reference="Metabolite_12"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_839">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_840">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_841">
              <SourceParameter reference="ModelValue_32"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_842">
              <SourceParameter reference="ModelValue_9"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_29" name="GSK3-beta Ser9 dephosphorylation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_29">
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
          <Substrate metabolite="Metabolite_17" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_16" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_52" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_34"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_17"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_30" name="beta-catenin synthesis" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_30">
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
          <Product metabolite="Metabolite_18" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_53" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_36"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_31" name="axin-independent beta-catenin degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_31">
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
          <Substrate metabolite="Metabolite_18" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_54" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_37"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_18"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_32" name="destruction-complex-dependent beta-catenin degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_32">
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
          <Substrate metabolite="Metabolite_18" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_16" stoichiometry="1"/>
          <Modifier metabolite="Metabolite_13" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_55" name="GSK3_inhibitor" value="1"/>
          <Constant key="Parameter_56" name="K_WNT_destruction" value="1"/>
          <Constant key="Parameter_57" name="k_dc_CTNNB1" value="1"/>
          <Constant key="Parameter_58" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_94" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_855">
              <SourceParameter reference="Metabolite_18"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_856">
              <SourceParameter reference="Metabolite_16"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_857">
              <SourceParameter reference="ModelValue_35"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_858">
              <SourceParameter reference="ModelValue_39"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_859">
              <SourceParameter reference="Metabolite_13"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_860">
              <SourceParameter reference="ModelValue_38"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_861">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_33" name="beta-catenin nuclear import" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_33">
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
          <Substrate metabolite="Metabolite_18" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_19" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_59" name="k_shuttle_CTNNB1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_95" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_853">
              <SourceParameter reference="Metabolite_18"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_832">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_850">
              <SourceParameter reference="ModelValue_40"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_34" name="beta-catenin nuclear export" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_34">
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
          <Substrate metabolite="Metabolite_19" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_18" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_60" name="k_shuttle_CTNNB1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_96" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_871">
              <SourceParameter reference="Metabolite_19"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_872">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_873">
              <SourceParameter reference="ModelValue_40"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_35" name="beta-catenin binds TCF/LEF" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_35">
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
          <Substrate metabolite="Metabolite_19" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_20" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_21" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_61" name="k1" value="1"/>
          <Constant key="Parameter_62" name="k2" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_14" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_69">
              <SourceParameter reference="ModelValue_41"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_68">
              <SourceParameter reference="Metabolite_19"/>
              <SourceParameter reference="Metabolite_20"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_78">
              <SourceParameter reference="ModelValue_42"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_79">
              <SourceParameter reference="Metabolite_21"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_36" name="LEF1 expression driven by beta-catenin:TCF" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_36">
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
          <Product metabolite="Metabolite_22" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_21" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_63" name="K_TCF_target" value="1"/>
          <Constant key="Parameter_64" name="f_basal_TCF_target" value="1"/>
          <Constant key="Parameter_65" name="k_syn_LEF1" value="1"/>
          <Constant key="Parameter_66" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_97" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_883">
              <SourceParameter reference="Metabolite_21"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_884">
              <SourceParameter reference="ModelValue_43"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_885">
              <SourceParameter reference="ModelValue_44"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_886">
              <SourceParameter reference="ModelValue_45"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_887">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_37" name="LEF1 turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_37">
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
          <Substrate metabolite="Metabolite_22" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_67" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_22"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_38" name="DKK1 expression and secretion driven by beta-catenin:TCF" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_38">
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
          <Product metabolite="Metabolite_14" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_21" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_68" name="DKK1_expression" value="1"/>
          <Constant key="Parameter_69" name="K_TCF_target" value="1"/>
          <Constant key="Parameter_70" name="f_basal_TCF_target" value="1"/>
          <Constant key="Parameter_71" name="k_syn_DKK1" value="1"/>
          <Constant key="Parameter_72" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_98" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_897">
              <SourceParameter reference="Metabolite_21"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_898">
              <SourceParameter reference="ModelValue_47"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_899">
              <SourceParameter reference="ModelValue_43"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_900">
              <SourceParameter reference="Compartment_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_901">
              <SourceParameter reference="ModelValue_44"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_902">
              <SourceParameter reference="ModelValue_46"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_903">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_39" name="RUNX2 expression driven by beta-catenin:TCF" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_39">
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
          <Product metabolite="Metabolite_3" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_21" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_73" name="K_TCF_RUNX2" value="1"/>
          <Constant key="Parameter_74" name="k_syn_RUNX2_TCF" value="1"/>
          <Constant key="Parameter_75" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_99" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_895">
              <SourceParameter reference="Metabolite_21"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_880">
              <SourceParameter reference="ModelValue_49"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_894">
              <SourceParameter reference="ModelValue_48"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_911">
              <SourceParameter reference="ModelValue_9"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_40" name="CXCR4 expression" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_40">
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
    <p>Constitutive receptor expression; the expression factor implements knockout.</p>
    <p>Rate law family: mass action (zero order).</p>
    <p>Encodes claim C45: SDF-1alpha (CXCL12), a CXC chemokine, binds specifically to the membrane receptor CXCR4.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_24" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_76" name="CXCR4_expression" value="1"/>
          <Constant key="Parameter_77" name="k_syn_CXCR4" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_100" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_893">
              <SourceParameter reference="ModelValue_51"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_881">
              <SourceParameter reference="ModelValue_50"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_41" name="surface CXCR4 turnover" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_41">
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
    <p>Constitutive turnover of unliganded receptor (ligand-independent endocytosis lumped).</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C45: SDF-1alpha (CXCL12), a CXC chemokine, binds specifically to the membrane receptor CXCR4.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_24" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_78" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_24"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_42" name="CXCL12 binds CXCR4" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_42">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000177"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0070098"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>SDF-1alpha binds specifically to CXCR4 (C45); values from Coggins 2014. The extracellular ligand is held by the experiment, so binding does not deplete it.</p>
    <p>Rate law family: mass action (reversible).</p>
    <p>Encodes claim C45: SDF-1alpha (CXCL12), a CXC chemokine, binds specifically to the membrane receptor CXCR4.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_24" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_23" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_25" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_79" name="koff_CXCL12" value="1"/>
          <Constant key="Parameter_80" name="kon_CXCL12" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_101" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_924">
              <SourceParameter reference="Metabolite_23"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_925">
              <SourceParameter reference="Metabolite_25"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_926">
              <SourceParameter reference="Metabolite_24"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_927">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_928">
              <SourceParameter reference="ModelValue_53"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_929">
              <SourceParameter reference="ModelValue_52"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_43" name="turnover of ligand-bound CXCR4" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_43">
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
    <p>Basal turnover of the bound receptor at the free-receptor rate, so that without internalisation total receptor is unchanged by ligand.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C45: SDF-1alpha (CXCL12), a CXC chemokine, binds specifically to the membrane receptor CXCR4.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_25" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_81" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_7"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_25"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_44" name="ligand-induced CXCR4 internalisation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_44">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000185"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0031623"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Beta-arrestin-mediated endocytosis of the ligand-bound receptor (Coggins 2014); the ligand is taken up and degraded (not modelled, the medium pool is held). Desensitises CXCL12 signalling.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C45: SDF-1alpha (CXCL12), a CXC chemokine, binds specifically to the membrane receptor CXCR4.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_25" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_26" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_82" name="CXCR4_internalisation" value="1"/>
          <Constant key="Parameter_83" name="k_int_CXCR4" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_102" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_921">
              <SourceParameter reference="Metabolite_25"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_936">
              <SourceParameter reference="ModelValue_55"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_937">
              <SourceParameter reference="ModelValue_54"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_45" name="CXCR4 recycling" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_45">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000176"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0070098"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>Slow return of internalised receptor to the surface (Coggins 2014).</p>
    <p>Rate law family: mass action.</p>
    <p>Encodes claim C45: SDF-1alpha (CXCL12), a CXC chemokine, binds specifically to the membrane receptor CXCR4.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_26" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_24" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_84" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_56"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_26"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_46" name="degradation of internalised CXCR4" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_46">
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
    <p>Lysosomal degradation of internalised receptor.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C45: SDF-1alpha (CXCL12), a CXC chemokine, binds specifically to the membrane receptor CXCR4.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_26" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_85" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_57"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_26"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_47" name="CXCR4-stimulated Ser9 phosphorylation of GSK3-beta" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_47">
    <CopasiMT:is rdf:resource="urn:miriam:biomodels.sbo:SBO:0000176"/>
    <CopasiMT:isVersionOf>
      <rdf:Bag>
        <rdf:li rdf:resource="https://identifiers.org/GO:0060070"/>
        <rdf:li rdf:resource="https://identifiers.org/GO:0070098"/>
      </rdf:Bag>
    </CopasiMT:isVersionOf>
  </rdf:Description>
</rdf:RDF></MiriamAnnotation>
        <Comment>
          
  <body xmlns="http://www.w3.org/1999/xhtml">
    <p>SDF-1alpha acts through Wnt/beta-catenin (C44). Assumption: CXCR4 activates PI3K/Akt, which inactivates GSK3-beta, so beta-catenin rises; the review does not say how. Proportional to the ligand-bound receptor; unlike the Mg2+ route it does not need LRP6.</p>
    <p>Rate law family: mass action.</p>
    <p>Encodes claim C44: SDF-1alpha promotes BMSC proliferation and osteoblastic differentiation through the Wnt/beta-catenin pathway.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_16" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_17" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_25" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_86" name="k_GSK3_CXCR4" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_103" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_945">
              <SourceParameter reference="Metabolite_25"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_946">
              <SourceParameter reference="Metabolite_16"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_947">
              <SourceParameter reference="ModelValue_58"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_48" name="clearance of extracellular VEGF-A" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_48">
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
          <Substrate metabolite="Metabolite_27" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_87" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_64"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_27"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_49" name="HIF-2alpha expression, raised by Mg2+" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_49">
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
          <Product metabolite="Metabolite_28" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_88" name="EPAS1_expression" value="1"/>
          <Constant key="Parameter_89" name="K_Mg_BMSC" value="1"/>
          <Constant key="Parameter_90" name="f_basal_Mg" value="1"/>
          <Constant key="Parameter_91" name="k_syn_EPAS1" value="1"/>
          <Constant key="Parameter_92" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_104" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_957">
              <SourceParameter reference="ModelValue_65"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_958">
              <SourceParameter reference="ModelValue_72"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_959">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_960">
              <SourceParameter reference="ModelValue_71"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_961">
              <SourceParameter reference="ModelValue_69"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_962">
              <SourceParameter reference="ModelValue_9"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_963">
              <SourceParameter reference="Compartment_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_50" name="normoxic HIF-2alpha degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_50">
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
          <Substrate metabolite="Metabolite_28" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_93" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_68"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_28"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_51" name="HIF-1alpha expression (not Mg2+-responsive)" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_51">
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
          <Product metabolite="Metabolite_29" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_94" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_70"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_52" name="normoxic HIF-1alpha degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_52">
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
          <Substrate metabolite="Metabolite_29" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_95" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_68"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_29"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_53" name="PGC-1alpha expression, raised by Mg2+" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_53">
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
          <Product metabolite="Metabolite_30" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_96" name="K_Mg_BMSC" value="1"/>
          <Constant key="Parameter_97" name="PPARGC1A_expression" value="1"/>
          <Constant key="Parameter_98" name="f_basal_Mg" value="1"/>
          <Constant key="Parameter_99" name="k_syn_PPARGC1A" value="1"/>
          <Constant key="Parameter_100" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_105" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_976">
              <SourceParameter reference="ModelValue_72"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_977">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_978">
              <SourceParameter reference="ModelValue_66"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_979">
              <SourceParameter reference="ModelValue_71"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_980">
              <SourceParameter reference="ModelValue_75"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_981">
              <SourceParameter reference="ModelValue_9"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_982">
              <SourceParameter reference="Compartment_2"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_54" name="PGC-1alpha degradation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_54">
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
          <Substrate metabolite="Metabolite_30" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_101" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_74"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_30"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_55" name="HIF-2alpha drives COL10A1 transcription" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_55">
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
          <Product metabolite="Metabolite_31" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_28" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_102" name="K_HRE" value="1"/>
          <Constant key="Parameter_103" name="k_tx_COL10A1_HIF2" value="1"/>
          <Constant key="Parameter_104" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_106" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_990">
              <SourceParameter reference="Metabolite_28"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_991">
              <SourceParameter reference="ModelValue_76"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_992">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_993">
              <SourceParameter reference="ModelValue_85"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_994">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_56" name="HIF-1alpha drives COL10A1 transcription" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_56">
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
          <Product metabolite="Metabolite_31" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_29" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_105" name="K_HRE" value="1"/>
          <Constant key="Parameter_106" name="k_tx_COL10A1_HIF1A" value="1"/>
          <Constant key="Parameter_107" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_107" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_1000">
              <SourceParameter reference="Metabolite_29"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1001">
              <SourceParameter reference="ModelValue_76"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1002">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1003">
              <SourceParameter reference="ModelValue_86"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1004">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_57" name="COL10A1 mRNA decay" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_57">
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
          <Substrate metabolite="Metabolite_31" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_108" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_79"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_31"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_58" name="collagen X translation" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_58">
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
          <Product metabolite="Metabolite_32" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_31" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_109" name="k_tl_COL10A1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_108" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_952">
              <SourceParameter reference="Metabolite_31"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1010">
              <SourceParameter reference="ModelValue_87"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_59" name="collagen X turnover and deposition" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_59">
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
          <Substrate metabolite="Metabolite_32" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_110" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_88"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_32"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_60" name="HIF-independent VEGFA transcription" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_60">
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
          <Product metabolite="Metabolite_33" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_111" name="v" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_6" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_49">
              <SourceParameter reference="ModelValue_82"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_61" name="HIF-2alpha drives VEGFA transcription" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_61">
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
          <Product metabolite="Metabolite_33" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_28" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_112" name="K_HRE" value="1"/>
          <Constant key="Parameter_113" name="k_tx_VEGFA_HIF2" value="1"/>
          <Constant key="Parameter_114" name="n_one" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_109" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_1019">
              <SourceParameter reference="Metabolite_28"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1020">
              <SourceParameter reference="ModelValue_76"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1021">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1022">
              <SourceParameter reference="ModelValue_83"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1023">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_62" name="PGC-1alpha coactivates VEGFA transcription (osteogenic cells)" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_62">
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
          <Product metabolite="Metabolite_33" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_30" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_115" name="K_PGC1A" value="1"/>
          <Constant key="Parameter_116" name="k_tx_VEGFA_PGC1A" value="1"/>
          <Constant key="Parameter_117" name="n_one" value="1"/>
          <Constant key="Parameter_118" name="osteogenic_induction" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_110" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_1030">
              <SourceParameter reference="ModelValue_77"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1031">
              <SourceParameter reference="Metabolite_30"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1032">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1033">
              <SourceParameter reference="ModelValue_84"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1034">
              <SourceParameter reference="ModelValue_8"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1035">
              <SourceParameter reference="ModelValue_67"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_63" name="VEGFA mRNA decay (normoxia)" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_63">
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
          <Substrate metabolite="Metabolite_33" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_119" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_78"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_33"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_64" name="VEGF-A translation and secretion" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_64">
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
          <Product metabolite="Metabolite_27" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_33" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_120" name="k_sec_VEGFA" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_111" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_1016">
              <SourceParameter reference="Metabolite_33"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1042">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1043">
              <SourceParameter reference="ModelValue_89"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_65" name="Mg2+-induced IGF2 expression" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_65">
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
          <Product metabolite="Metabolite_34" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_121" name="K_Mg_BMSC" value="1"/>
          <Constant key="Parameter_122" name="f_basal_Mg" value="1"/>
          <Constant key="Parameter_123" name="k_tx_IGF2" value="1"/>
          <Constant key="Parameter_124" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_112" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_1050">
              <SourceParameter reference="ModelValue_72"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1051">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1052">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1053">
              <SourceParameter reference="ModelValue_71"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1054">
              <SourceParameter reference="ModelValue_90"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1055">
              <SourceParameter reference="ModelValue_9"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_66" name="IGF2 mRNA decay" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_66">
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
          <Substrate metabolite="Metabolite_34" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_125" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_80"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_34"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_67" name="ITGA3 expression, repressed by Mg2+" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_67">
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
          <Product metabolite="Metabolite_35" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfModifiers>
          <Modifier metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfModifiers>
        <ListOfConstants>
          <Constant key="Parameter_126" name="Ki_Mg_ITGA3" value="1"/>
          <Constant key="Parameter_127" name="k_tx_ITGA3" value="1"/>
          <Constant key="Parameter_128" name="n_two" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_113" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_1063">
              <SourceParameter reference="ModelValue_73"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1064">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1065">
              <SourceParameter reference="Compartment_1"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1066">
              <SourceParameter reference="ModelValue_91"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1067">
              <SourceParameter reference="ModelValue_9"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_68" name="ITGA3 mRNA decay" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_68">
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
          <Substrate metabolite="Metabolite_35" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_129" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_81"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_35"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_69" name="VEGFR2 expression" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_69">
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
          <Product metabolite="Metabolite_36" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_130" name="KDR_expression" value="1"/>
          <Constant key="Parameter_131" name="k_syn_KDR" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_114" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of endothelial cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_1048">
              <SourceParameter reference="ModelValue_92"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1073">
              <SourceParameter reference="ModelValue_93"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_70" name="internalisation of unliganded VEGFR2" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_70">
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
          <Substrate metabolite="Metabolite_36" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_132" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of endothelial cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_94"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_36"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_71" name="VEGF-A binds VEGFR2" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_71">
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
          <Substrate metabolite="Metabolite_27" stoichiometry="1"/>
          <Substrate metabolite="Metabolite_36" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_37" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_133" name="koff_VEGFA_KDR" value="1"/>
          <Constant key="Parameter_134" name="kon_VEGFA_KDR" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_115" unitType="Default">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_1082">
              <SourceParameter reference="Metabolite_36"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1083">
              <SourceParameter reference="Metabolite_27"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1084">
              <SourceParameter reference="Metabolite_37"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1085">
              <SourceParameter reference="Compartment_3"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1086">
              <SourceParameter reference="ModelValue_97"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1087">
              <SourceParameter reference="ModelValue_96"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_72" name="internalisation of ligated VEGFR2" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_72">
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
          <Substrate metabolite="Metabolite_37" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfConstants>
          <Constant key="Parameter_135" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of endothelial cells]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_95"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_37"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_73" name="corrosion of the Mg alloy releases Mg2+" reversible="false" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_73">
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
    <p>Mg + 2 H2O -&gt; Mg2+ + 2 OH- + H2: the alloy dissolves and releases Mg2+ locally.</p>
    <p>Rate law family: mass action (first order).</p>
    <p>Encodes claim C34: Metal ions released by biodegradation of Mg5Ca1Zn alloy significantly induced angiogenesis, producing web-like vessel structures in bone tissue culture.</p>
    <p>Encodes claim C36: Metal ions released from a biodegradable Mg5Ca1Zn implant markedly stimulated blood-vessel growth, improving osteogenesis.</p>
  </body>

        </Comment>
        <ListOfSubstrates>
          <Substrate metabolite="Metabolite_38" stoichiometry="1"/>
        </ListOfSubstrates>
        <ListOfProducts>
          <Product metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_136" name="k1" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_13" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_80">
              <SourceParameter reference="ModelValue_112"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_81">
              <SourceParameter reference="Metabolite_38"/>
            </CallParameter>
          </ListOfCallParameters>
        </KineticLaw>
      </Reaction>
      <Reaction key="Reaction_74" name="exchange of peri-implant Mg2+ with the surrounding fluid" reversible="true" fast="false" addNoise="false">
        <MiriamAnnotation><rdf:RDF xmlns:CopasiMT="http://www.copasi.org/RDF/MiriamTerms#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="#Reaction_74">
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
    <p>Perfusion/medium exchange pulls peri-implant Mg2+ back toward Mg_dose.</p>
    <p>Rate law family: mass action (reversible).</p>
    <p>Encodes claim X01: Physiological baseline: adult serum total Mg2+ is about 0.70-1.10 mmol/L (harmonised Australian reference interval); a 2022 recommendation (Rosanoff et al., MaGNet) proposes 0.85 mmol/L as the lower cut-off; standard culture media contain about 0.8 mM Mg2+.</p>
  </body>

        </Comment>
        <ListOfProducts>
          <Product metabolite="Metabolite_0" stoichiometry="1"/>
        </ListOfProducts>
        <ListOfConstants>
          <Constant key="Parameter_137" name="Mg_dose" value="1"/>
          <Constant key="Parameter_138" name="k_exchange" value="1"/>
        </ListOfConstants>
        <KineticLaw function="Function_116" unitType="Default" scalingCompartment="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)]">
          <ListOfCallParameters>
            <CallParameter functionParameter="FunctionParameter_1095">
              <SourceParameter reference="ModelValue_110"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1096">
              <SourceParameter reference="Metabolite_0"/>
            </CallParameter>
            <CallParameter functionParameter="FunctionParameter_1097">
              <SourceParameter reference="ModelValue_111"/>
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
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation" value="0" type="Model" simulationType="time"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Compartment Sizes" type="Group">
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)]" value="1.0000000000000001e-09" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)]" value="2e-12" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells]" value="4.9999999999999999e-13" type="Compartment" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of endothelial cells]" value="9.9999999999999998e-13" type="Compartment" simulationType="fixed"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Species Values" type="Group">
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg2+ (extracellular)]" value="481771343200.00012" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[Mg2+ (cytosolic\, free)]" value="602214179" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[TRPM7 channel-kinase (resting)]" value="12044.283580000001" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[RUNX2 (nuclear)]" value="3011.0708950000003" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[Osterix (SP7\, nuclear)]" value="1505.5354475000001" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[alkaline phosphatase\, tissue-nonspecific (bone ALP)]" value="6022.1417900000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[osteocalcin (BGLAP)]" value="6022.1417900000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[PDGF-BB (extracellular)]" value="0" type="Species" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[PDGF receptor beta (free)]" value="301107.08950000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[PDGF-BB:PDGFR-beta (active receptor)]" value="0" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[TRPM7 (PDGF-activated)]" value="0" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Wnt3a (extracellular)]" value="0" type="Species" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[LRP6 (free Wnt co-receptor)]" value="3974.6135814000004" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[Wnt3a:LRP6 (active co-receptor)]" value="0" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Dickkopf-1 (extracellular)]" value="481771.34320000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[DKK1:LRP6 (blocked co-receptor)]" value="8069.6699986000003" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[GSK3-beta (active)]" value="50706.4338718" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[GSK3-beta (Ser9-phosphorylated\, inactive)]" value="9514.9840282000023" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[beta-catenin (cytosolic\, free)]" value="30231.151785800004" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[beta-catenin (nuclear\, free; active)]" value="7557.7879464500011" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[TCF/LEF transcription factors (free)]" value="2460.0449212149997" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[beta-catenin:TCF/LEF (transcription complex)]" value="2056.5614212850001" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[LEF1 (newly expressed protein)]" value="1505.5354475000001" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[SDF-1alpha / CXCL12 (extracellular)]" value="0" type="Species" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[CXCR4 (surface\, free)]" value="12044.283580000001" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[CXCL12:CXCR4 (signalling receptor)]" value="0" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[CXCR4 (internalised)]" value="0" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[VEGF-A (secreted\, extracellular)]" value="972.00016624653006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[HIF-2alpha (EPAS1\, nuclear)]" value="301.10708949999997" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[HIF-1alpha (nuclear)]" value="301.10708949999997" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[nucleus of osteogenic cells],Vector=Metabolites[PGC-1alpha (PPARGC1A\, nuclear)]" value="301.10708949999997" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[COL10A1 mRNA (collagen X alpha-1)]" value="24.08856716" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[collagen X alpha-1 chain (COL10A1)]" value="6022.1417900000006" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[VEGFA mRNA]" value="24.08856716" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[IGF2 mRNA]" value="24.08856716" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of osteogenic cells (BMSC / osteoblast lineage)],Vector=Metabolites[ITGA3 mRNA (integrin alpha-3)]" value="24.08856716" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of endothelial cells],Vector=Metabolites[VEGFR2 (KDR\, free\, endothelial surface)]" value="4708.5706844930364" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[cytosol of endothelial cells],Vector=Metabolites[VEGF-A:VEGFR2 (ligated receptor)]" value="44.969468261124142" type="Species" simulationType="reactions"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Compartments[extracellular space (peri-implant / culture medium)],Vector=Metabolites[Mg-Ca-Zn alloy (undissolved\, per peri-implant volume)]" value="0" type="Species" simulationType="reactions"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Initial Global Quantities" type="Group">
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TRPM7 synthesis rate]" value="5.7762265046662101e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TRPM7 expression factor (1 \= control; siRNA knock-down 0.1)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+ conductance of resting TRPM7 per channel]" value="1500000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal TRPM7 influx]" value="5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic free Mg2+ inhibiting TRPM7 by half]" value="0.16500000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal Mg2+ efflux (Na+/Mg2+ exchange\, SLC41A1)]" value="1.5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic Mg2+ for half-maximal efflux]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins]" value="0.057762265046662098" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2]" value="2" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[basal RUNX2 synthesis]" value="1.15524530093324e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal Mg2+-supported RUNX2 synthesis]" value="9.24196240746594e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic Mg2+ for half-maximal RUNX2 support]" value="0.5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal RUNX2-driven Osterix synthesis]" value="5.7762265046662101e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[RUNX2 for half-maximal target activation]" value="1.0000000000000001e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal synthesis of ALP and osteocalcin]" value="1.1552453009332399e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Osterix for half-maximal target activation]" value="5.0000000000000004e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PDGFR-beta synthesis]" value="1.44405662616655e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PDGF-BB association to PDGFR-beta]" value="6000000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PDGF-BB dissociation from PDGFR-beta]" value="6" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[ligand-induced PDGFR-beta internalisation]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TRPM7 activation by active PDGFR-beta]" value="40000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TRPM7 return to the resting state]" value="2" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+ conductance of activated TRPM7 per channel]" value="15000000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic Mg2+ for half-maximal mitogenic response]" value="0.55000000000000004" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 4]" value="4" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[LRP6 synthesis]" value="5.7762265046662101e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Wnt3a association to LRP6]" value="3600000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Wnt3a dissociation from LRP6]" value="3.6000000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[DKK1 association to LRP6]" value="3600000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[DKK1 dissociation from LRP6]" value="1.4039999999999999" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[DKK1 clearance from the medium]" value="0.057762265046662098" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal Mg2+-stimulated GSK3-beta inactivation per LRP6]" value="2200000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal GSK3-beta inactivation]" value="5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[GSK3-beta reactivation (Ser9 dephosphorylation)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[fraction of GSK3 activity blocked by a drug (CHIR99021 / LiCl)]" value="0" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin synthesis]" value="2.5380000000000001e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[axin-independent beta-catenin degradation]" value="0.01542" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[destruction-complex degradation per active GSK3-beta]" value="23651.671698006099" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Wnt3a:LRP6 for half-maximal inhibition of the destruction complex]" value="1.9999999999999999e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin nucleo-cytoplasmic shuttling]" value="6" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin binding to TCF]" value="30000000000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin dissociation from TCF]" value="900000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin:TCF for half-maximal target-gene activation]" value="6.0000000000000002e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TCF-independent expression of LEF1 and DKK1 (fraction)]" value="0.050000000000000003" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal LEF1 synthesis]" value="1.9254088348887399e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal DKK1 secretion (per medium volume)]" value="3.08065413582198e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[DKK1 expression factor (1 \= control; overexpression 10)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal beta-catenin:TCF-driven RUNX2 synthesis]" value="1.03972077083992e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin:TCF for half-maximal RUNX2 activation]" value="6.0000000000000002e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCR4 synthesis]" value="5.7762265046662101e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCR4 expression factor (1 \= control; knockout 0)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCL12 association to CXCR4]" value="7560000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCL12 dissociation from CXCR4]" value="302.39999999999998" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[internalisation of CXCL12-bound CXCR4]" value="16.920000000000002" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[internalisation switch (1 \= on; 0 \= blocked)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCR4 recycling to the surface]" value="0.24840000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[degradation of internalised CXCR4]" value="0.35999999999999999" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[GSK3-beta inactivation per CXCL12:CXCR4]" value="15000000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[surface-receptor floor in the occupancy readout]" value="1.0000000000000001e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[occupied fraction of surface CXCR4 for half-maximal recruitment]" value="0.10000000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCL12-independent recruitment (fraction of maximum)]" value="0.10000000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal migration support]" value="5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal relative increase of recruitment by Mg2+]" value="0.5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[clearance of extracellular VEGF-A]" value="0.10000000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-2alpha expression factor (1 \= control; siRNA knock-down 0.1)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PGC-1alpha expression factor (1 \= control; siRNA knock-down 0.1)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteogenic medium (0 \= undifferentiated hBMSCs\, 1 \= osteogenic cells)]" value="0" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[normoxic HIF-alpha degradation]" value="4.1588830833596697" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal HIF-2alpha synthesis]" value="1.36602478299386e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-1alpha synthesis]" value="4.1588830833596704e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+-independent fraction of Mg2+-induced expression]" value="0.29999999999999999" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal gene response in hBMSCs]" value="10" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal ITGA3 repression]" value="10" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PGC-1alpha degradation]" value="2.3104906018664799" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal PGC-1alpha synthesis]" value="7.5890265721880904e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-alpha for half-maximal occupancy of target promoters]" value="3.0000000000000001e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PGC-1alpha for half-maximal coactivation]" value="3.0000000000000001e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGFA mRNA decay (normoxia)]" value="1.0397207708399201" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[COL10A1 mRNA decay]" value="0.077016353395549506" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[IGF2 mRNA decay]" value="0.077016353395549506" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[ITGA3 mRNA decay]" value="0.077016353395549506" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-independent VEGFA transcription]" value="4.1588830833596698e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal HIF-2alpha-driven VEGFA transcription]" value="6.6542129333754797e-08" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal PGC-1alpha-coactivated VEGFA transcription (osteogenic cells)]" value="2.6616851733501898e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal HIF-2alpha-driven COL10A1 transcription]" value="4.3129157901507703e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal HIF-1alpha-driven COL10A1 transcription]" value="1.84839248149319e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[collagen X translation per mRNA]" value="3.7671042421736201" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[collagen X turnover and secretion]" value="0.015068416968694501" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGF-A translation and secretion per mRNA]" value="4.0351099332324498" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal Mg2+-induced IGF2 transcription]" value="5.0593510481253898e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal ITGA3 transcription]" value="1.5501851611456201e-09" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGFR2 expression / signalling factor (1 \= control; 0 \= VEGF signalling blocked)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGFR2 production]" value="6.6594258749939997e-06" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[internalisation of unliganded VEGFR2]" value="0.82799999999999996" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[internalisation of ligated VEGFR2]" value="2.484" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGF-A association to VEGFR2]" value="36000000" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGF-A dissociation from VEGFR2]" value="3.6000000000000001" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[ligated VEGFR2 for half-maximal sprouting]" value="4.9999999999999998e-07" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+-independent fraction of endothelial responsiveness]" value="0.5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal enhancement of endothelial responses]" value="5" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[sprouting index in the reference condition]" value="0.073931840211265698" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[H-type vessel formation/regression rate]" value="0.01" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[H-type vessel formation factor (1 \= control)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[L-type vessel abundance factor (1 \= control)]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteoprogenitor recruitment/turnover rate]" value="0.02" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteoprogenitors for half-maximal coupled bone formation]" value="1" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[vessel-independent fraction of bone formation]" value="0.29999999999999999" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[ALP for half-maximal mineral deposition]" value="2.0000000000000002e-05" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ halving mineral deposition]" value="25" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+ of the surrounding fluid (culture medium or serum)]" value="0.80000000000000004" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[peri-implant fluid exchange with the surroundings]" value="0.057762265046662098" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[alloy corrosion (first order)]" value="0.0041258760747615803" type="ModelValue" simulationType="fixed"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteoblast differentiation (index 0-1)]" value="0.5" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteoblast proliferation (index 0-1)]" value="0.40582768556470922" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteoblast migration (index 0-1)]" value="0.40582768556470922" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[stromal-cell recruitment to the defect (index 0-1)]" value="0.067498699947997912" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteogenic output at the defect (index 0-1)]" value="0.033749349973998956" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[sprouting angiogenesis (index 0-1)]" value="0.073931840211265684" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[H-type (CD31hi Endomucin-hi) vessel abundance (1 \= reference)]" value="1" type="ModelValue" simulationType="ode"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[L-type (sinusoidal) vessel abundance (1 \= reference)]" value="1" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Osterix+ osteoprogenitors near vessels (1 \= reference)]" value="1" type="ModelValue" simulationType="ode"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[vessel-coupled bone formation (index 0-1)]" value="0.64999999999999991" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[matrix mineralisation (index 0-1)]" value="0.19979540950067134" type="ModelValue" simulationType="assignment"/>
          <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[new bone formation (index 0-1)]" value="0.0043829273789837845" type="ModelValue" simulationType="assignment"/>
        </ModelParameterGroup>
        <ModelParameterGroup cn="String=Kinetic Parameters" type="Group">
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[TRPM7 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[TRPM7 expression],ParameterGroup=Parameters,Parameter=TRPM7_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TRPM7 expression factor (1 \= control; siRNA knock-down 0.1)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[TRPM7 expression],ParameterGroup=Parameters,Parameter=k_syn_TRPM7" value="5.7762265046662101e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TRPM7 synthesis rate],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[TRPM7 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[TRPM7 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through resting TRPM7]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through resting TRPM7],ParameterGroup=Parameters,Parameter=Ki_TRPM7_Mg" value="0.16500000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic free Mg2+ inhibiting TRPM7 by half],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through resting TRPM7],ParameterGroup=Parameters,Parameter=Km_TRPM7_ext" value="5" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal TRPM7 influx],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through resting TRPM7],ParameterGroup=Parameters,Parameter=kcat_TRPM7" value="1500000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+ conductance of resting TRPM7 per channel],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through resting TRPM7],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ efflux (Na+/Mg2+ exchange)]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ efflux (Na+/Mg2+ exchange)],ParameterGroup=Parameters,Parameter=Km_Mg_efflux" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic Mg2+ for half-maximal efflux],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ efflux (Na+/Mg2+ exchange)],ParameterGroup=Parameters,Parameter=Vmax_Mg_efflux" value="1.5" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal Mg2+ efflux (Na+/Mg2+ exchange\, SLC41A1)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[basal RUNX2 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[basal RUNX2 expression],ParameterGroup=Parameters,Parameter=v" value="1.15524530093324e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[basal RUNX2 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 expression supported by cytosolic Mg2+]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 expression supported by cytosolic Mg2+],ParameterGroup=Parameters,Parameter=K_Mg_RUNX2" value="0.5" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic Mg2+ for half-maximal RUNX2 support],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 expression supported by cytosolic Mg2+],ParameterGroup=Parameters,Parameter=k_syn_RUNX2_Mg" value="9.24196240746594e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal Mg2+-supported RUNX2 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 expression supported by cytosolic Mg2+],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Osterix expression driven by RUNX2]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Osterix expression driven by RUNX2],ParameterGroup=Parameters,Parameter=K_RUNX2" value="1.0000000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[RUNX2 for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Osterix expression driven by RUNX2],ParameterGroup=Parameters,Parameter=k_syn_SP7" value="5.7762265046662101e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal RUNX2-driven Osterix synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Osterix expression driven by RUNX2],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Osterix turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Osterix turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_RUNX2" value="1.0000000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[RUNX2 for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_SP7" value="5.0000000000000004e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Osterix for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=k_syn_marker" value="1.1552453009332399e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal synthesis of ALP and osteocalcin],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ALP expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ALP turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ALP turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_RUNX2" value="1.0000000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[RUNX2 for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=K_SP7" value="5.0000000000000004e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Osterix for half-maximal target activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=k_syn_marker" value="1.1552453009332399e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal synthesis of ALP and osteocalcin],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[osteocalcin expression driven by RUNX2 and Osterix],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[osteocalcin turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[osteocalcin turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PDGFR-beta expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PDGFR-beta expression],ParameterGroup=Parameters,Parameter=v" value="1.44405662616655e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PDGFR-beta synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PDGFR-beta turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PDGFR-beta turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PDGF-BB binds PDGFR-beta]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PDGF-BB binds PDGFR-beta],ParameterGroup=Parameters,Parameter=koff_PDGF" value="6" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PDGF-BB dissociation from PDGFR-beta],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PDGF-BB binds PDGFR-beta],ParameterGroup=Parameters,Parameter=kon_PDGF" value="6000000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PDGF-BB association to PDGFR-beta],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[internalisation of active PDGFR-beta]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[internalisation of active PDGFR-beta],ParameterGroup=Parameters,Parameter=k1" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[ligand-induced PDGFR-beta internalisation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PDGFR-beta activates TRPM7]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PDGFR-beta activates TRPM7],ParameterGroup=Parameters,Parameter=k_act_TRPM7" value="40000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TRPM7 activation by active PDGFR-beta],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[TRPM7 returns to rest]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[TRPM7 returns to rest],ParameterGroup=Parameters,Parameter=k1" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TRPM7 return to the resting state],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[activated TRPM7 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[activated TRPM7 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through PDGF-activated TRPM7]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through PDGF-activated TRPM7],ParameterGroup=Parameters,Parameter=Ki_TRPM7_Mg" value="0.16500000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[cytosolic free Mg2+ inhibiting TRPM7 by half],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through PDGF-activated TRPM7],ParameterGroup=Parameters,Parameter=Km_TRPM7_ext" value="5" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal TRPM7 influx],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through PDGF-activated TRPM7],ParameterGroup=Parameters,Parameter=kcat_TRPM7_a" value="15000000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+ conductance of activated TRPM7 per channel],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+ influx through PDGF-activated TRPM7],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LRP6 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LRP6 expression],ParameterGroup=Parameters,Parameter=v" value="5.7762265046662101e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[LRP6 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LRP6 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LRP6 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Wnt3a binds LRP6]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Wnt3a binds LRP6],ParameterGroup=Parameters,Parameter=koff_WNT3A" value="3.6000000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Wnt3a dissociation from LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Wnt3a binds LRP6],ParameterGroup=Parameters,Parameter=kon_WNT3A" value="3600000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Wnt3a association to LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[turnover of Wnt3a-bound LRP6]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[turnover of Wnt3a-bound LRP6],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 binds LRP6]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 binds LRP6],ParameterGroup=Parameters,Parameter=koff_DKK1" value="1.4039999999999999" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[DKK1 dissociation from LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 binds LRP6],ParameterGroup=Parameters,Parameter=kon_DKK1" value="3600000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[DKK1 association to LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[internalisation of DKK1-bound LRP6]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[internalisation of DKK1-bound LRP6],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 clearance]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 clearance],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[DKK1 clearance from the medium],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+-stimulated Ser9 phosphorylation of GSK3-beta]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+-stimulated Ser9 phosphorylation of GSK3-beta],ParameterGroup=Parameters,Parameter=K_Mg_GSK3" value="5" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal GSK3-beta inactivation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+-stimulated Ser9 phosphorylation of GSK3-beta],ParameterGroup=Parameters,Parameter=k_GSK3_Mg" value="2200000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal Mg2+-stimulated GSK3-beta inactivation per LRP6],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+-stimulated Ser9 phosphorylation of GSK3-beta],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[GSK3-beta Ser9 dephosphorylation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[GSK3-beta Ser9 dephosphorylation],ParameterGroup=Parameters,Parameter=k1" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[GSK3-beta reactivation (Ser9 dephosphorylation)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[beta-catenin synthesis]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[beta-catenin synthesis],ParameterGroup=Parameters,Parameter=v" value="2.5380000000000001e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[axin-independent beta-catenin degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[axin-independent beta-catenin degradation],ParameterGroup=Parameters,Parameter=k1" value="0.01542" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[axin-independent beta-catenin degradation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[destruction-complex-dependent beta-catenin degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[destruction-complex-dependent beta-catenin degradation],ParameterGroup=Parameters,Parameter=GSK3_inhibitor" value="0" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[fraction of GSK3 activity blocked by a drug (CHIR99021 / LiCl)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[destruction-complex-dependent beta-catenin degradation],ParameterGroup=Parameters,Parameter=K_WNT_destruction" value="1.9999999999999999e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Wnt3a:LRP6 for half-maximal inhibition of the destruction complex],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[destruction-complex-dependent beta-catenin degradation],ParameterGroup=Parameters,Parameter=k_dc_CTNNB1" value="23651.671698006099" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[destruction-complex degradation per active GSK3-beta],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[destruction-complex-dependent beta-catenin degradation],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[beta-catenin nuclear import]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[beta-catenin nuclear import],ParameterGroup=Parameters,Parameter=k_shuttle_CTNNB1" value="6" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin nucleo-cytoplasmic shuttling],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[beta-catenin nuclear export]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[beta-catenin nuclear export],ParameterGroup=Parameters,Parameter=k_shuttle_CTNNB1" value="6" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin nucleo-cytoplasmic shuttling],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[beta-catenin binds TCF/LEF]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[beta-catenin binds TCF/LEF],ParameterGroup=Parameters,Parameter=k1" value="30000000000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin binding to TCF],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[beta-catenin binds TCF/LEF],ParameterGroup=Parameters,Parameter=k2" value="900000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin dissociation from TCF],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=K_TCF_target" value="6.0000000000000002e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin:TCF for half-maximal target-gene activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=f_basal_TCF_target" value="0.050000000000000003" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TCF-independent expression of LEF1 and DKK1 (fraction)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=k_syn_LEF1" value="1.9254088348887399e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal LEF1 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LEF1 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LEF1 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[LEF1 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=DKK1_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[DKK1 expression factor (1 \= control; overexpression 10)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=K_TCF_target" value="6.0000000000000002e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin:TCF for half-maximal target-gene activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=f_basal_TCF_target" value="0.050000000000000003" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[TCF-independent expression of LEF1 and DKK1 (fraction)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=k_syn_DKK1" value="3.08065413582198e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal DKK1 secretion (per medium volume)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[DKK1 expression and secretion driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 expression driven by beta-catenin:TCF]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=K_TCF_RUNX2" value="6.0000000000000002e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[beta-catenin:TCF for half-maximal RUNX2 activation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=k_syn_RUNX2_TCF" value="1.03972077083992e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal beta-catenin:TCF-driven RUNX2 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[RUNX2 expression driven by beta-catenin:TCF],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCR4 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCR4 expression],ParameterGroup=Parameters,Parameter=CXCR4_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCR4 expression factor (1 \= control; knockout 0)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCR4 expression],ParameterGroup=Parameters,Parameter=k_syn_CXCR4" value="5.7762265046662101e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCR4 synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[surface CXCR4 turnover]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[surface CXCR4 turnover],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCL12 binds CXCR4]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCL12 binds CXCR4],ParameterGroup=Parameters,Parameter=koff_CXCL12" value="302.39999999999998" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCL12 dissociation from CXCR4],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCL12 binds CXCR4],ParameterGroup=Parameters,Parameter=kon_CXCL12" value="7560000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCL12 association to CXCR4],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[turnover of ligand-bound CXCR4]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[turnover of ligand-bound CXCR4],ParameterGroup=Parameters,Parameter=k1" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[first-order turnover of regulated proteins],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ligand-induced CXCR4 internalisation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ligand-induced CXCR4 internalisation],ParameterGroup=Parameters,Parameter=CXCR4_internalisation" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[internalisation switch (1 \= on; 0 \= blocked)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ligand-induced CXCR4 internalisation],ParameterGroup=Parameters,Parameter=k_int_CXCR4" value="16.920000000000002" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[internalisation of CXCL12-bound CXCR4],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCR4 recycling]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCR4 recycling],ParameterGroup=Parameters,Parameter=k1" value="0.24840000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[CXCR4 recycling to the surface],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[degradation of internalised CXCR4]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[degradation of internalised CXCR4],ParameterGroup=Parameters,Parameter=k1" value="0.35999999999999999" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[degradation of internalised CXCR4],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCR4-stimulated Ser9 phosphorylation of GSK3-beta]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[CXCR4-stimulated Ser9 phosphorylation of GSK3-beta],ParameterGroup=Parameters,Parameter=k_GSK3_CXCR4" value="15000000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[GSK3-beta inactivation per CXCL12:CXCR4],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[clearance of extracellular VEGF-A]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[clearance of extracellular VEGF-A],ParameterGroup=Parameters,Parameter=k1" value="0.10000000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[clearance of extracellular VEGF-A],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=EPAS1_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-2alpha expression factor (1 \= control; siRNA knock-down 0.1)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=K_Mg_BMSC" value="10" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal gene response in hBMSCs],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=f_basal_Mg" value="0.29999999999999999" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+-independent fraction of Mg2+-induced expression],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=k_syn_EPAS1" value="1.36602478299386e-05" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal HIF-2alpha synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[normoxic HIF-2alpha degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[normoxic HIF-2alpha degradation],ParameterGroup=Parameters,Parameter=k1" value="4.1588830833596697" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[normoxic HIF-alpha degradation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-1alpha expression (not Mg2+-responsive)]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-1alpha expression (not Mg2+-responsive)],ParameterGroup=Parameters,Parameter=v" value="4.1588830833596704e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-1alpha synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[normoxic HIF-1alpha degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[normoxic HIF-1alpha degradation],ParameterGroup=Parameters,Parameter=k1" value="4.1588830833596697" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[normoxic HIF-alpha degradation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=K_Mg_BMSC" value="10" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal gene response in hBMSCs],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=PPARGC1A_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PGC-1alpha expression factor (1 \= control; siRNA knock-down 0.1)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=f_basal_Mg" value="0.29999999999999999" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+-independent fraction of Mg2+-induced expression],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=k_syn_PPARGC1A" value="7.5890265721880904e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal PGC-1alpha synthesis],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha expression\, raised by Mg2+],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha degradation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha degradation],ParameterGroup=Parameters,Parameter=k1" value="2.3104906018664799" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PGC-1alpha degradation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha drives COL10A1 transcription]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=K_HRE" value="3.0000000000000001e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-alpha for half-maximal occupancy of target promoters],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=k_tx_COL10A1_HIF2" value="4.3129157901507703e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal HIF-2alpha-driven COL10A1 transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-1alpha drives COL10A1 transcription]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-1alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=K_HRE" value="3.0000000000000001e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-alpha for half-maximal occupancy of target promoters],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-1alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=k_tx_COL10A1_HIF1A" value="1.84839248149319e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal HIF-1alpha-driven COL10A1 transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-1alpha drives COL10A1 transcription],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[COL10A1 mRNA decay]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[COL10A1 mRNA decay],ParameterGroup=Parameters,Parameter=k1" value="0.077016353395549506" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[COL10A1 mRNA decay],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[collagen X translation]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[collagen X translation],ParameterGroup=Parameters,Parameter=k_tl_COL10A1" value="3.7671042421736201" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[collagen X translation per mRNA],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[collagen X turnover and deposition]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[collagen X turnover and deposition],ParameterGroup=Parameters,Parameter=k1" value="0.015068416968694501" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[collagen X turnover and secretion],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-independent VEGFA transcription]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-independent VEGFA transcription],ParameterGroup=Parameters,Parameter=v" value="4.1588830833596698e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-independent VEGFA transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha drives VEGFA transcription]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha drives VEGFA transcription],ParameterGroup=Parameters,Parameter=K_HRE" value="3.0000000000000001e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[HIF-alpha for half-maximal occupancy of target promoters],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha drives VEGFA transcription],ParameterGroup=Parameters,Parameter=k_tx_VEGFA_HIF2" value="6.6542129333754797e-08" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal HIF-2alpha-driven VEGFA transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[HIF-2alpha drives VEGFA transcription],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)],ParameterGroup=Parameters,Parameter=K_PGC1A" value="3.0000000000000001e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[PGC-1alpha for half-maximal coactivation],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)],ParameterGroup=Parameters,Parameter=k_tx_VEGFA_PGC1A" value="2.6616851733501898e-07" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal PGC-1alpha-coactivated VEGFA transcription (osteogenic cells)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)],ParameterGroup=Parameters,Parameter=n_one" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 1],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[PGC-1alpha coactivates VEGFA transcription (osteogenic cells)],ParameterGroup=Parameters,Parameter=osteogenic_induction" value="0" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[osteogenic medium (0 \= undifferentiated hBMSCs\, 1 \= osteogenic cells)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGFA mRNA decay (normoxia)]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGFA mRNA decay (normoxia)],ParameterGroup=Parameters,Parameter=k1" value="1.0397207708399201" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGFA mRNA decay (normoxia)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGF-A translation and secretion]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGF-A translation and secretion],ParameterGroup=Parameters,Parameter=k_sec_VEGFA" value="4.0351099332324498" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGF-A translation and secretion per mRNA],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+-induced IGF2 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+-induced IGF2 expression],ParameterGroup=Parameters,Parameter=K_Mg_BMSC" value="10" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal gene response in hBMSCs],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+-induced IGF2 expression],ParameterGroup=Parameters,Parameter=f_basal_Mg" value="0.29999999999999999" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+-independent fraction of Mg2+-induced expression],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+-induced IGF2 expression],ParameterGroup=Parameters,Parameter=k_tx_IGF2" value="5.0593510481253898e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal Mg2+-induced IGF2 transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[Mg2+-induced IGF2 expression],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[IGF2 mRNA decay]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[IGF2 mRNA decay],ParameterGroup=Parameters,Parameter=k1" value="0.077016353395549506" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[IGF2 mRNA decay],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ITGA3 expression\, repressed by Mg2+]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ITGA3 expression\, repressed by Mg2+],ParameterGroup=Parameters,Parameter=Ki_Mg_ITGA3" value="10" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[extracellular Mg2+ for half-maximal ITGA3 repression],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ITGA3 expression\, repressed by Mg2+],ParameterGroup=Parameters,Parameter=k_tx_ITGA3" value="1.5501851611456201e-09" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[maximal ITGA3 transcription],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ITGA3 expression\, repressed by Mg2+],ParameterGroup=Parameters,Parameter=n_two" value="2" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Hill coefficient 2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ITGA3 mRNA decay]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[ITGA3 mRNA decay],ParameterGroup=Parameters,Parameter=k1" value="0.077016353395549506" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[ITGA3 mRNA decay],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGFR2 expression]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGFR2 expression],ParameterGroup=Parameters,Parameter=KDR_expression" value="1" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGFR2 expression / signalling factor (1 \= control; 0 \= VEGF signalling blocked)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGFR2 expression],ParameterGroup=Parameters,Parameter=k_syn_KDR" value="6.6594258749939997e-06" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGFR2 production],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[internalisation of unliganded VEGFR2]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[internalisation of unliganded VEGFR2],ParameterGroup=Parameters,Parameter=k1" value="0.82799999999999996" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[internalisation of unliganded VEGFR2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGF-A binds VEGFR2]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGF-A binds VEGFR2],ParameterGroup=Parameters,Parameter=koff_VEGFA_KDR" value="3.6000000000000001" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGF-A dissociation from VEGFR2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[VEGF-A binds VEGFR2],ParameterGroup=Parameters,Parameter=kon_VEGFA_KDR" value="36000000" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[VEGF-A association to VEGFR2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[internalisation of ligated VEGFR2]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[internalisation of ligated VEGFR2],ParameterGroup=Parameters,Parameter=k1" value="2.484" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[internalisation of ligated VEGFR2],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[corrosion of the Mg alloy releases Mg2+]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[corrosion of the Mg alloy releases Mg2+],ParameterGroup=Parameters,Parameter=k1" value="0.0041258760747615803" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[alloy corrosion (first order)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
          <ModelParameterGroup cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[exchange of peri-implant Mg2+ with the surrounding fluid]" type="Reaction">
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[exchange of peri-implant Mg2+ with the surrounding fluid],ParameterGroup=Parameters,Parameter=Mg_dose" value="0.80000000000000004" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[Mg2+ of the surrounding fluid (culture medium or serum)],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
            <ModelParameter cn="CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Reactions[exchange of peri-implant Mg2+ with the surrounding fluid],ParameterGroup=Parameters,Parameter=k_exchange" value="0.057762265046662098" type="ReactionParameter" simulationType="assignment">
              <InitialExpression>
                &lt;CN=Root,Model=Integrated model: Mg2+ from a degrading implant and bone formation,Vector=Values[peri-implant fluid exchange with the surroundings],Reference=InitialValue&gt;
              </InitialExpression>
            </ModelParameter>
          </ModelParameterGroup>
        </ModelParameterGroup>
      </ModelParameterSet>
    </ListOfModelParameterSets>
    <StateTemplate>
      <StateTemplateVariable objectReference="Model_1"/>
      <StateTemplateVariable objectReference="ModelValue_119"/>
      <StateTemplateVariable objectReference="ModelValue_121"/>
      <StateTemplateVariable objectReference="Metabolite_0"/>
      <StateTemplateVariable objectReference="Metabolite_18"/>
      <StateTemplateVariable objectReference="Metabolite_2"/>
      <StateTemplateVariable objectReference="Metabolite_12"/>
      <StateTemplateVariable objectReference="Metabolite_24"/>
      <StateTemplateVariable objectReference="Metabolite_33"/>
      <StateTemplateVariable objectReference="Metabolite_3"/>
      <StateTemplateVariable objectReference="Metabolite_8"/>
      <StateTemplateVariable objectReference="Metabolite_16"/>
      <StateTemplateVariable objectReference="Metabolite_31"/>
      <StateTemplateVariable objectReference="Metabolite_27"/>
      <StateTemplateVariable objectReference="Metabolite_14"/>
      <StateTemplateVariable objectReference="Metabolite_25"/>
      <StateTemplateVariable objectReference="Metabolite_36"/>
      <StateTemplateVariable objectReference="Metabolite_19"/>
      <StateTemplateVariable objectReference="Metabolite_26"/>
      <StateTemplateVariable objectReference="Metabolite_32"/>
      <StateTemplateVariable objectReference="Metabolite_34"/>
      <StateTemplateVariable objectReference="Metabolite_35"/>
      <StateTemplateVariable objectReference="Metabolite_5"/>
      <StateTemplateVariable objectReference="Metabolite_4"/>
      <StateTemplateVariable objectReference="Metabolite_6"/>
      <StateTemplateVariable objectReference="Metabolite_22"/>
      <StateTemplateVariable objectReference="Metabolite_28"/>
      <StateTemplateVariable objectReference="Metabolite_29"/>
      <StateTemplateVariable objectReference="Metabolite_30"/>
      <StateTemplateVariable objectReference="Metabolite_10"/>
      <StateTemplateVariable objectReference="Metabolite_13"/>
      <StateTemplateVariable objectReference="Metabolite_9"/>
      <StateTemplateVariable objectReference="Metabolite_15"/>
      <StateTemplateVariable objectReference="Metabolite_37"/>
      <StateTemplateVariable objectReference="Metabolite_1"/>
      <StateTemplateVariable objectReference="Metabolite_21"/>
      <StateTemplateVariable objectReference="Metabolite_38"/>
      <StateTemplateVariable objectReference="Metabolite_17"/>
      <StateTemplateVariable objectReference="Metabolite_20"/>
      <StateTemplateVariable objectReference="ModelValue_113"/>
      <StateTemplateVariable objectReference="ModelValue_114"/>
      <StateTemplateVariable objectReference="ModelValue_115"/>
      <StateTemplateVariable objectReference="ModelValue_116"/>
      <StateTemplateVariable objectReference="ModelValue_117"/>
      <StateTemplateVariable objectReference="ModelValue_118"/>
      <StateTemplateVariable objectReference="ModelValue_120"/>
      <StateTemplateVariable objectReference="ModelValue_122"/>
      <StateTemplateVariable objectReference="ModelValue_123"/>
      <StateTemplateVariable objectReference="ModelValue_124"/>
      <StateTemplateVariable objectReference="Metabolite_7"/>
      <StateTemplateVariable objectReference="Metabolite_11"/>
      <StateTemplateVariable objectReference="Metabolite_23"/>
      <StateTemplateVariable objectReference="Compartment_0"/>
      <StateTemplateVariable objectReference="Compartment_1"/>
      <StateTemplateVariable objectReference="Compartment_2"/>
      <StateTemplateVariable objectReference="Compartment_3"/>
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
      <StateTemplateVariable objectReference="ModelValue_32"/>
      <StateTemplateVariable objectReference="ModelValue_33"/>
      <StateTemplateVariable objectReference="ModelValue_34"/>
      <StateTemplateVariable objectReference="ModelValue_35"/>
      <StateTemplateVariable objectReference="ModelValue_36"/>
      <StateTemplateVariable objectReference="ModelValue_37"/>
      <StateTemplateVariable objectReference="ModelValue_38"/>
      <StateTemplateVariable objectReference="ModelValue_39"/>
      <StateTemplateVariable objectReference="ModelValue_40"/>
      <StateTemplateVariable objectReference="ModelValue_41"/>
      <StateTemplateVariable objectReference="ModelValue_42"/>
      <StateTemplateVariable objectReference="ModelValue_43"/>
      <StateTemplateVariable objectReference="ModelValue_44"/>
      <StateTemplateVariable objectReference="ModelValue_45"/>
      <StateTemplateVariable objectReference="ModelValue_46"/>
      <StateTemplateVariable objectReference="ModelValue_47"/>
      <StateTemplateVariable objectReference="ModelValue_48"/>
      <StateTemplateVariable objectReference="ModelValue_49"/>
      <StateTemplateVariable objectReference="ModelValue_50"/>
      <StateTemplateVariable objectReference="ModelValue_51"/>
      <StateTemplateVariable objectReference="ModelValue_52"/>
      <StateTemplateVariable objectReference="ModelValue_53"/>
      <StateTemplateVariable objectReference="ModelValue_54"/>
      <StateTemplateVariable objectReference="ModelValue_55"/>
      <StateTemplateVariable objectReference="ModelValue_56"/>
      <StateTemplateVariable objectReference="ModelValue_57"/>
      <StateTemplateVariable objectReference="ModelValue_58"/>
      <StateTemplateVariable objectReference="ModelValue_59"/>
      <StateTemplateVariable objectReference="ModelValue_60"/>
      <StateTemplateVariable objectReference="ModelValue_61"/>
      <StateTemplateVariable objectReference="ModelValue_62"/>
      <StateTemplateVariable objectReference="ModelValue_63"/>
      <StateTemplateVariable objectReference="ModelValue_64"/>
      <StateTemplateVariable objectReference="ModelValue_65"/>
      <StateTemplateVariable objectReference="ModelValue_66"/>
      <StateTemplateVariable objectReference="ModelValue_67"/>
      <StateTemplateVariable objectReference="ModelValue_68"/>
      <StateTemplateVariable objectReference="ModelValue_69"/>
      <StateTemplateVariable objectReference="ModelValue_70"/>
      <StateTemplateVariable objectReference="ModelValue_71"/>
      <StateTemplateVariable objectReference="ModelValue_72"/>
      <StateTemplateVariable objectReference="ModelValue_73"/>
      <StateTemplateVariable objectReference="ModelValue_74"/>
      <StateTemplateVariable objectReference="ModelValue_75"/>
      <StateTemplateVariable objectReference="ModelValue_76"/>
      <StateTemplateVariable objectReference="ModelValue_77"/>
      <StateTemplateVariable objectReference="ModelValue_78"/>
      <StateTemplateVariable objectReference="ModelValue_79"/>
      <StateTemplateVariable objectReference="ModelValue_80"/>
      <StateTemplateVariable objectReference="ModelValue_81"/>
      <StateTemplateVariable objectReference="ModelValue_82"/>
      <StateTemplateVariable objectReference="ModelValue_83"/>
      <StateTemplateVariable objectReference="ModelValue_84"/>
      <StateTemplateVariable objectReference="ModelValue_85"/>
      <StateTemplateVariable objectReference="ModelValue_86"/>
      <StateTemplateVariable objectReference="ModelValue_87"/>
      <StateTemplateVariable objectReference="ModelValue_88"/>
      <StateTemplateVariable objectReference="ModelValue_89"/>
      <StateTemplateVariable objectReference="ModelValue_90"/>
      <StateTemplateVariable objectReference="ModelValue_91"/>
      <StateTemplateVariable objectReference="ModelValue_92"/>
      <StateTemplateVariable objectReference="ModelValue_93"/>
      <StateTemplateVariable objectReference="ModelValue_94"/>
      <StateTemplateVariable objectReference="ModelValue_95"/>
      <StateTemplateVariable objectReference="ModelValue_96"/>
      <StateTemplateVariable objectReference="ModelValue_97"/>
      <StateTemplateVariable objectReference="ModelValue_98"/>
      <StateTemplateVariable objectReference="ModelValue_99"/>
      <StateTemplateVariable objectReference="ModelValue_100"/>
      <StateTemplateVariable objectReference="ModelValue_101"/>
      <StateTemplateVariable objectReference="ModelValue_102"/>
      <StateTemplateVariable objectReference="ModelValue_103"/>
      <StateTemplateVariable objectReference="ModelValue_104"/>
      <StateTemplateVariable objectReference="ModelValue_105"/>
      <StateTemplateVariable objectReference="ModelValue_106"/>
      <StateTemplateVariable objectReference="ModelValue_107"/>
      <StateTemplateVariable objectReference="ModelValue_108"/>
      <StateTemplateVariable objectReference="ModelValue_109"/>
      <StateTemplateVariable objectReference="ModelValue_110"/>
      <StateTemplateVariable objectReference="ModelValue_111"/>
      <StateTemplateVariable objectReference="ModelValue_112"/>
    </StateTemplate>
    <InitialState type="initialState">
      0 1 1 481771343200.00012 30231.151785800004 12044.283580000001 3974.6135814000004 12044.283580000001 24.08856716 3011.0708950000003 301107.08950000006 50706.4338718 24.08856716 972.00016624653006 481771.34320000006 0 4708.5706844930364 7557.7879464500011 0 6022.1417900000006 24.08856716 24.08856716 6022.1417900000006 1505.5354475000001 6022.1417900000006 1505.5354475000001 301.10708949999997 301.10708949999997 301.10708949999997 0 0 0 8069.6699986000003 44.969468261124142 602214179 2056.5614212850001 0 9514.9840282000023 2460.0449212149997 0.5 0.40582768556470922 0.40582768556470922 0.067498699947997912 0.033749349973998956 0.073931840211265684 1 0.64999999999999991 0.19979540950067134 0.0043829273789837845 0 0 0 1.0000000000000001e-09 2e-12 4.9999999999999999e-13 9.9999999999999998e-13 5.7762265046662101e-07 1 1500000 5 0.16500000000000001 1.5 1 0.057762265046662098 1 2 1.15524530093324e-07 9.24196240746594e-07 0.5 5.7762265046662101e-07 1.0000000000000001e-05 1.1552453009332399e-06 5.0000000000000004e-06 1.44405662616655e-05 6000000 6 1 40000 2 15000000 0.55000000000000004 4 5.7762265046662101e-07 3600000 3.6000000000000001 3600000 1.4039999999999999 0.057762265046662098 2200000 5 1 0 2.5380000000000001e-05 0.01542 23651.671698006099 1.9999999999999999e-06 6 30000000000 900000 6.0000000000000002e-05 0.050000000000000003 1.9254088348887399e-06 3.08065413582198e-07 1 1.03972077083992e-05 6.0000000000000002e-05 5.7762265046662101e-07 1 7560000 302.39999999999998 16.920000000000002 1 0.24840000000000001 0.35999999999999999 15000000 1.0000000000000001e-09 0.10000000000000001 0.10000000000000001 5 0.5 0.10000000000000001 1 1 0 4.1588830833596697 1.36602478299386e-05 4.1588830833596704e-06 0.29999999999999999 10 10 2.3104906018664799 7.5890265721880904e-06 3.0000000000000001e-06 3.0000000000000001e-06 1.0397207708399201 0.077016353395549506 0.077016353395549506 0.077016353395549506 4.1588830833596698e-09 6.6542129333754797e-08 2.6616851733501898e-07 4.3129157901507703e-09 1.84839248149319e-09 3.7671042421736201 0.015068416968694501 4.0351099332324498 5.0593510481253898e-09 1.5501851611456201e-09 1 6.6594258749939997e-06 0.82799999999999996 2.484 36000000 3.6000000000000001 4.9999999999999998e-07 0.5 5 0.073931840211265698 0.01 1 1 0.02 1 0.29999999999999999 2.0000000000000002e-05 25 0.80000000000000004 0.057762265046662098 0.0041258760747615803 
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
