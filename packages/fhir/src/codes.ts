/**
 * Code lists as data. No npm package ships the HL7 / Nictiz value sets Kring needs, so the
 * few codes used are listed here. Each list is a subset: an unknown but well-formed code
 * is not an error (the importer warns and falls back to sector `other`).
 *
 * @packageDocumentation
 */
import type { Sector } from '@kring/core';

/** Code system URLs read and written by `@kring/fhir`. */
export const SYSTEMS = {
  /** HL7 v3 RoleCode: personal relationships (R4 canonical URL). */
  v3RoleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  /** HL7 v3 RoleCode, the pre-R4 URL some systems still send. Read only. */
  v3RoleCodeLegacy: 'http://hl7.org/fhir/v3/RoleCode',
  /** HL7 v2 table 0131, contact role (emergency contact, next of kin, …). */
  v2ContactRole: 'http://terminology.hl7.org/CodeSystem/v2-0131',
  /** HL7 v2 table 0131, pre-R4 URL. Read only. */
  v2ContactRoleLegacy: 'http://hl7.org/fhir/v2/0131',
  /** SNOMED CT (zib2024 relationship and role lists). */
  snomed: 'http://snomed.info/sct',
  /** Vektis COD472 (zib2020 RolCodelijst). */
  cod472: 'urn:oid:2.16.840.1.113883.2.4.3.11.22.472',
  /** Root of Dutch (Nictiz / Vektis) OIDs: zib2020 role codes under any of these are read with the COD472 table. */
  dutchOidRoot: 'urn:oid:2.16.840.1.113883.2.4.3.11.',
  /** BCP 47 language tags (RelatedPerson.communication.language). */
  bcp47: 'urn:ietf:bcp:47',
  /** R4 Consent scope (`patient-privacy`). */
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  /** LOINC (Consent category 59284-0 "Patient Consent"). */
  loinc: 'http://loinc.org',
  /** HL7 v3 ActCode (Consent policy rule `OPTOUT`). */
  v3ActCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  /** HL7 v3 ParticipationType (Consent actor role `IRCP`, information recipient). */
  v3ParticipationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
} as const;

/** What a relationship code tells the importer. */
export interface CodeInfo {
  /** English display (HL7 / SNOMED preferred term). */
  display: string;
  /** Dutch label, used as the Kring `role` when a foreign resource has no text. */
  nl?: string;
  /** Sector a person with this code falls in. */
  sector?: Sector;
  /** `true` for emergency contact / next of kin / first contact: imported in the inner circle. */
  emergency?: boolean;
  /** A professional role: imported as formal. */
  formal?: boolean;
  /** The equivalent v3 RoleCode, for SNOMED codes. */
  v3?: string;
}

const fam = (display: string, nl?: string): CodeInfo => (nl ? { display, nl, sector: 'family' } : { display, sector: 'family' });

/**
 * HL7 v3 RoleCode personal relationships (PersonalRelationshipRoleType), with the sector
 * a person with that relationship falls in.
 */
export const V3_ROLE_CODES: Readonly<Record<string, CodeInfo>> = {
  // non-family
  FRND: { display: 'unrelated friend', nl: 'vriend(in)', sector: 'friends' },
  NBOR: { display: 'neighbor', nl: 'buurman/buurvrouw', sector: 'community' },
  ROOM: { display: 'Roommate', nl: 'huisgenoot', sector: 'peers' },
  ONESELF: { display: 'self' },
  // family
  FAMMEMB: fam('family member', 'familielid'),
  SIGOTHR: fam('significant other', 'partner'),
  DOMPART: fam('domestic partner', 'partner'),
  SPS: fam('spouse', 'echtgeno(o)t(e)'),
  HUSB: fam('husband', 'man'),
  WIFE: fam('wife', 'vrouw'),
  FMRSPS: fam('former spouse', 'ex-partner'),
  PRN: fam('parent', 'ouder'),
  MTH: fam('mother', 'moeder'),
  FTH: fam('father', 'vader'),
  NPRN: fam('natural parent', 'ouder'),
  NMTH: fam('natural mother', 'moeder'),
  NFTH: fam('natural father', 'vader'),
  ADOPTP: fam('adoptive parent', 'adoptieouder'),
  ADOPTM: fam('adoptive mother', 'adoptiemoeder'),
  ADOPTF: fam('adoptive father', 'adoptievader'),
  PRNFOST: fam('foster parent', 'pleegouder'),
  MTHFOST: fam('foster mother', 'pleegmoeder'),
  FTHFOST: fam('foster father', 'pleegvader'),
  STPPRN: fam('step parent', 'stiefouder'),
  STPMTH: fam('stepmother', 'stiefmoeder'),
  STPFTH: fam('stepfather', 'stiefvader'),
  GESTM: fam('gestational mother'),
  CHILD: fam('child', 'kind'),
  NCHILD: fam('natural child', 'kind'),
  SONC: fam('son', 'zoon'),
  SON: fam('natural son', 'zoon'),
  DAUC: fam('daughter', 'dochter'),
  DAU: fam('natural daughter', 'dochter'),
  CHLDADOPT: fam('adopted child', 'adoptiekind'),
  SONADOPT: fam('adopted son', 'adoptiezoon'),
  DAUADOPT: fam('adopted daughter', 'adoptiedochter'),
  CHLDFOST: fam('foster child', 'pleegkind'),
  SONFOST: fam('foster son', 'pleegzoon'),
  DAUFOST: fam('foster daughter', 'pleegdochter'),
  STPCHLD: fam('step child', 'stiefkind'),
  STPSON: fam('stepson', 'stiefzoon'),
  STPDAU: fam('stepdaughter', 'stiefdochter'),
  CHLDINLAW: fam('child-in-law', 'schoonkind'),
  SONINLAW: fam('son-in-law', 'schoonzoon'),
  DAUINLAW: fam('daughter in-law', 'schoondochter'),
  SIB: fam('sibling', 'broer of zus'),
  NSIB: fam('natural sibling', 'broer of zus'),
  BRO: fam('brother', 'broer'),
  NBRO: fam('natural brother', 'broer'),
  SIS: fam('sister', 'zus'),
  NSIS: fam('natural sister', 'zus'),
  HSIB: fam('half-sibling', 'halfbroer of halfzus'),
  HBRO: fam('half-brother', 'halfbroer'),
  HSIS: fam('half-sister', 'halfzus'),
  STPSIB: fam('step sibling', 'stiefbroer of stiefzus'),
  STPBRO: fam('stepbrother', 'stiefbroer'),
  STPSIS: fam('stepsister', 'stiefzus'),
  TWIN: fam('twin', 'tweeling'),
  TWINBRO: fam('twin brother', 'tweelingbroer'),
  TWINSIS: fam('twin sister', 'tweelingzus'),
  FTWIN: fam('fraternal twin', 'tweeling'),
  ITWIN: fam('identical twin', 'eeneiige tweeling'),
  EXT: fam('extended family member', 'familielid'),
  GRPRN: fam('grandparent', 'grootouder'),
  GRMTH: fam('grandmother', 'oma'),
  GRFTH: fam('grandfather', 'opa'),
  MGRMTH: fam('maternal grandmother', 'oma'),
  MGRFTH: fam('maternal grandfather', 'opa'),
  PGRMTH: fam('paternal grandmother', 'oma'),
  PGRFTH: fam('paternal grandfather', 'opa'),
  MGRPRN: fam('maternal grandparent', 'grootouder'),
  PGRPRN: fam('paternal grandparent', 'grootouder'),
  GGRPRN: fam('great grandparent', 'overgrootouder'),
  GGRMTH: fam('great grandmother', 'overgrootmoeder'),
  GGRFTH: fam('great grandfather', 'overgrootvader'),
  GRNDCHILD: fam('grandchild', 'kleinkind'),
  GRNDSON: fam('grandson', 'kleinzoon'),
  GRNDDAU: fam('granddaughter', 'kleindochter'),
  AUNT: fam('aunt', 'tante'),
  MAUNT: fam('maternal aunt', 'tante'),
  PAUNT: fam('paternal aunt', 'tante'),
  UNCLE: fam('uncle', 'oom'),
  MUNCLE: fam('maternal uncle', 'oom'),
  PUNCLE: fam('paternal uncle', 'oom'),
  COUSN: fam('cousin', 'neef/nicht'),
  MCOUSN: fam('maternal cousin', 'neef/nicht'),
  PCOUSN: fam('paternal cousin', 'neef/nicht'),
  NIENEPH: fam('niece/nephew', 'neef/nicht'),
  NEPHEW: fam('nephew', 'neef'),
  NIECE: fam('niece', 'nicht'),
  INLAW: fam('inlaw', 'aangetrouwd familielid'),
  PRNINLAW: fam('parent in-law', 'schoonouder'),
  MTHINLAW: fam('mother-in-law', 'schoonmoeder'),
  FTHINLAW: fam('father-in-law', 'schoonvader'),
  SIBINLAW: fam('sibling in-law', 'zwager/schoonzus'),
  BROINLAW: fam('brother-in-law', 'zwager'),
  SISINLAW: fam('sister-in-law', 'schoonzus'),
};

/** HL7 v2 table 0131 contact roles. C, EP and N are emergency contacts (imported in the inner circle). */
export const V2_CONTACT_ROLES: Readonly<Record<string, CodeInfo>> = {
  BP: { display: 'Billing contact person' },
  C: { display: 'Emergency Contact', nl: 'contactpersoon bij nood', emergency: true },
  CP: { display: 'Contact person', nl: 'contactpersoon' },
  E: { display: 'Employer', nl: 'werkgever', sector: 'work' },
  EP: { display: 'Emergency contact person', nl: 'contactpersoon bij nood', emergency: true },
  F: { display: 'Federal Agency', formal: true },
  I: { display: 'Insurance Company', formal: true },
  N: { display: 'Next-of-Kin', nl: 'naaste familie', emergency: true },
  O: { display: 'Other' },
  PR: { display: 'Person preparing referral', formal: true },
  S: { display: 'State Agency', formal: true },
  U: { display: 'Unknown' },
};

/**
 * zib2024 (SNOMED CT) relationship and role codes named by Nictiz' RelatieSnomedCodelijst /
 * RolSnomedCodelijst, with the v3 RoleCode they correspond to. A subset: the codes a
 * shelter's network usually needs.
 */
export const SNOMED_CODES: Readonly<Record<string, CodeInfo>> = {
  '303071001': { display: 'Person in the family', nl: 'familielid', sector: 'family', v3: 'FAMMEMB' },
  '72705000': { display: 'Mother', nl: 'moeder', sector: 'family', v3: 'MTH' },
  '66839005': { display: 'Father', nl: 'vader', sector: 'family', v3: 'FTH' },
  '262043009': { display: 'Partner in relationship', nl: 'levenspartner', sector: 'family', v3: 'DOMPART' },
  '127848009': { display: 'Spouse', nl: 'echtgeno(o)t(e)', sector: 'family', v3: 'SPS' },
  // No v3 equivalent: FMRSPS is a former *spouse*, and an ex-partner need not have been married.
  '300761000146104': { display: 'Ex-partner', nl: 'ex-partner', sector: 'family' },
  '375005': { display: 'Sibling', nl: 'broer of zus', sector: 'family', v3: 'SIB' },
  '70924004': { display: 'Brother', nl: 'broer', sector: 'family', v3: 'BRO' },
  '27733009': { display: 'Sister', nl: 'zus', sector: 'family', v3: 'SIS' },
  '67822003': { display: 'Child', nl: 'kind', sector: 'family', v3: 'CHILD' },
  '65616008': { display: 'Son', nl: 'zoon', sector: 'family', v3: 'SONC' },
  '66089001': { display: 'Daughter', nl: 'dochter', sector: 'family', v3: 'DAUC' },
  '394859001': { display: 'Grandmother', nl: 'oma', sector: 'family', v3: 'GRMTH' },
  '394858009': { display: 'Grandfather', nl: 'opa', sector: 'family', v3: 'GRFTH' },
  '25211005': { display: 'Aunt', nl: 'tante', sector: 'family', v3: 'AUNT' },
  '38048003': { display: 'Uncle', nl: 'oom', sector: 'family', v3: 'UNCLE' },
  '55538000': { display: 'Cousin', nl: 'neef/nicht', sector: 'family', v3: 'COUSN' },
  '113163005': { display: 'Friend', nl: 'vriend(in)', sector: 'friends', v3: 'FRND' },
  '48385004': { display: 'Acquaintance', nl: 'kennis', sector: 'friends' },
  '427568008': { display: 'Neighbour', nl: 'buurman/buurvrouw', sector: 'community', v3: 'NBOR' },
  // roles
  '407542009': { display: 'Informal carer', nl: 'mantelzorger' },
  '300481000146102': { display: 'First contact person', nl: 'eerste contactpersoon', emergency: true },
  '58626002': { display: 'Legal guardian', nl: 'wettelijk vertegenwoordiger', sector: 'other' },
};

/**
 * zib2020 role codes (Vektis COD472 plus the Nictiz additions 1000xx). Matched under
 * {@link SYSTEMS.cod472} and, leniently, any other Dutch OID under `SYSTEMS.dutchOidRoot`.
 */
export const COD472_CODES: Readonly<Record<string, CodeInfo>> = {
  '01': { display: 'Eerste relatie/contactpersoon', nl: 'eerste contactpersoon', emergency: true },
  '02': { display: 'Tweede relatie/contactpersoon', nl: 'tweede contactpersoon' },
  '03': { display: 'Curator (juridisch)', nl: 'curator', sector: 'other' },
  '07': { display: 'Hulpverlener', nl: 'hulpverlener', sector: 'care', formal: true },
  '11': { display: 'Voogd', nl: 'voogd', sector: 'other' },
  '14': { display: 'Bewindvoerder', nl: 'bewindvoerder', sector: 'other' },
  '15': { display: 'Mentor', nl: 'mentor', sector: 'other' },
  '19': { display: 'Buur', nl: 'buurman/buurvrouw', sector: 'community' },
  '20': { display: 'Vriend(in)/kennis', nl: 'vriend(in)/kennis', sector: 'friends' },
  '21': { display: 'Cliëntondersteuner', nl: 'cliëntondersteuner', sector: 'care', formal: true },
  '23': { display: 'Contactpersoon', nl: 'contactpersoon' },
  '24': { display: 'Wettelijke vertegenwoordiger', nl: 'wettelijk vertegenwoordiger', sector: 'other' },
  '100001': { display: 'Mantelzorger', nl: 'mantelzorger' },
  '100002': { display: 'Geestelijk verzorger', nl: 'geestelijk verzorger', sector: 'care', formal: true },
  '100003': { display: 'Tolk', nl: 'tolk', sector: 'care', formal: true },
};

/**
 * Dutch (and a few English) role words → v3 RoleCode, used when a person has a `role` but
 * no `relationCode`. Keys are normalised: lower case, no diacritics, single spaces,
 * "(in)" / "(e)" variants listed separately. Only whole-text matches count, so
 * "zus van moeder" derives nothing.
 */
export const ROLE_WORDS: Readonly<Record<string, string>> = {
  zus: 'SIS', zuster: 'SIS', sister: 'SIS',
  broer: 'BRO', brother: 'BRO',
  'broer of zus': 'SIB', 'broers en zussen': 'SIB',
  halfzus: 'HSIS', halfbroer: 'HBRO',
  stiefzus: 'STPSIS', stiefbroer: 'STPBRO',
  tweelingbroer: 'TWINBRO', tweelingzus: 'TWINSIS', tweeling: 'TWIN',
  moeder: 'MTH', mama: 'MTH', mam: 'MTH', mother: 'MTH',
  vader: 'FTH', papa: 'FTH', pap: 'FTH', father: 'FTH',
  ouder: 'PRN', ouders: 'PRN', parent: 'PRN',
  stiefmoeder: 'STPMTH', stiefvader: 'STPFTH', stiefouder: 'STPPRN',
  pleegmoeder: 'MTHFOST', pleegvader: 'FTHFOST', pleegouder: 'PRNFOST', pleegouders: 'PRNFOST',
  adoptiemoeder: 'ADOPTM', adoptievader: 'ADOPTF', adoptieouder: 'ADOPTP',
  vriend: 'FRND', vriendin: 'FRND', 'vriend(in)': 'FRND', vrienden: 'FRND', maat: 'FRND', friend: 'FRND',
  'beste vriend': 'FRND', 'beste vriendin': 'FRND',
  buurman: 'NBOR', buurvrouw: 'NBOR', buren: 'NBOR', buur: 'NBOR', 'buurman/buurvrouw': 'NBOR', neighbour: 'NBOR', neighbor: 'NBOR',
  huisgenoot: 'ROOM', kamergenoot: 'ROOM', roommate: 'ROOM',
  partner: 'DOMPART', levenspartner: 'DOMPART', vriendje: 'DOMPART', vriendinnetje: 'DOMPART',
  echtgenoot: 'SPS', echtgenote: 'SPS', 'echtgeno(o)t(e)': 'SPS', spouse: 'SPS', man: 'HUSB', husband: 'HUSB', vrouw: 'WIFE', wife: 'WIFE',
  // Former spouse only where the word says married ("ex-vrouw" = ex-wife, as "vrouw" is WIFE);
  // an "ex" or "ex-partner" may never have been married: see ROLE_WORDS_SNOMED.
  'ex-vrouw': 'FMRSPS', 'ex-man': 'FMRSPS', 'ex-echtgenoot': 'FMRSPS', 'ex-echtgenote': 'FMRSPS', 'ex-echtgeno(o)t(e)': 'FMRSPS',
  'ex-wife': 'FMRSPS', 'ex-husband': 'FMRSPS', 'former spouse': 'FMRSPS',
  oom: 'UNCLE', uncle: 'UNCLE',
  tante: 'AUNT', aunt: 'AUNT',
  neef: 'COUSN', nicht: 'COUSN', 'neef/nicht': 'COUSN', cousin: 'COUSN',
  opa: 'GRFTH', grootvader: 'GRFTH', grandfather: 'GRFTH',
  oma: 'GRMTH', grootmoeder: 'GRMTH', grandmother: 'GRMTH',
  grootouder: 'GRPRN', grootouders: 'GRPRN',
  overgrootmoeder: 'GGRMTH', overgrootvader: 'GGRFTH',
  kleinkind: 'GRNDCHILD', kleinzoon: 'GRNDSON', kleindochter: 'GRNDDAU',
  zoon: 'SONC', son: 'SONC',
  dochter: 'DAUC', daughter: 'DAUC',
  kind: 'CHILD', kinderen: 'CHILD', child: 'CHILD',
  stiefzoon: 'STPSON', stiefdochter: 'STPDAU', stiefkind: 'STPCHLD',
  pleegkind: 'CHLDFOST', pleegzoon: 'SONFOST', pleegdochter: 'DAUFOST',
  schoonmoeder: 'MTHINLAW', schoonvader: 'FTHINLAW', schoonouders: 'PRNINLAW',
  zwager: 'BROINLAW', schoonzus: 'SISINLAW', schoonzoon: 'SONINLAW', schoondochter: 'DAUINLAW',
  familie: 'FAMMEMB', familielid: 'FAMMEMB',
};

/**
 * Role words with no v3 RoleCode, → a SNOMED CT code (zib2024). An ex-partner who was not
 * (known to be) married is not a former spouse (FMRSPS), and v3 has no "former partner":
 * SIGOTHR means a *current* significant other, which would tell a receiver that the ex is
 * the partner (in a shelter often the person the client fled from). SNOMED CT
 * 300761000146104 "Ex-partner" says exactly what the word says.
 */
export const ROLE_WORDS_SNOMED: Readonly<Record<string, string>> = {
  ex: '300761000146104', 'ex-partner': '300761000146104', 'ex partner': '300761000146104', expartner: '300761000146104',
  'ex-vriend': '300761000146104', 'ex-vriendin': '300761000146104', 'ex-vriend(in)': '300761000146104',
  'ex-boyfriend': '300761000146104', 'ex-girlfriend': '300761000146104',
};

/** Lower-case, strip diacritics and "mijn ", collapse spaces. */
export function normaliseRole(role: string): string {
  return role
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(mijn|m'n|haar|zijn) /, '');
}

/** The v3 RoleCode for a Dutch (or English) role word, or `undefined` when none is known. */
export function roleToRelationCode(role: string): string | undefined {
  const key = normaliseRole(role);
  return Object.prototype.hasOwnProperty.call(ROLE_WORDS, key) ? ROLE_WORDS[key] : undefined;
}

/** The SNOMED CT code for a role word that has no v3 RoleCode ("ex-partner"), or `undefined`. */
export function roleToSnomedCode(role: string): string | undefined {
  const key = normaliseRole(role);
  return Object.prototype.hasOwnProperty.call(ROLE_WORDS_SNOMED, key) ? ROLE_WORDS_SNOMED[key] : undefined;
}

/** Look a code up in a table without touching `Object.prototype` keys. */
export function lookup(table: Readonly<Record<string, CodeInfo>>, code: string): CodeInfo | undefined {
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
}

/** What a coding means, whichever of the known systems it comes from. */
export function codingInfo(system: string | undefined, code: string): { info: CodeInfo; v3?: string } | undefined {
  if (system === SYSTEMS.v3RoleCode || system === SYSTEMS.v3RoleCodeLegacy) {
    const info = lookup(V3_ROLE_CODES, code);
    return info ? { info, v3: code } : undefined;
  }
  if (system === SYSTEMS.v2ContactRole || system === SYSTEMS.v2ContactRoleLegacy) {
    const info = lookup(V2_CONTACT_ROLES, code);
    return info ? { info } : undefined;
  }
  if (system === SYSTEMS.snomed) {
    const info = lookup(SNOMED_CODES, code);
    return info ? (info.v3 ? { info, v3: info.v3 } : { info }) : undefined;
  }
  if (system !== undefined && system.startsWith(SYSTEMS.dutchOidRoot)) {
    const info = lookup(COD472_CODES, code);
    return info ? { info } : undefined;
  }
  return undefined;
}

/** Is this one of the systems the importer knows (so an unknown code there is worth a warning). */
export function isKnownSystem(system: string | undefined): boolean {
  return (
    system === SYSTEMS.v3RoleCode ||
    system === SYSTEMS.v3RoleCodeLegacy ||
    system === SYSTEMS.v2ContactRole ||
    system === SYSTEMS.v2ContactRoleLegacy ||
    system === SYSTEMS.snomed ||
    (system !== undefined && system.startsWith(SYSTEMS.dutchOidRoot))
  );
}
