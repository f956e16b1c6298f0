import { words } from './words';

/** Words that make a capitalized run an organization or place, not a person. */
export const orgWords = words(`
  house union states state council ministry party court university college school bank street
  road river kingdom republic federation department committee agency company group corp
  corporation inc ltd plc llc association institute foundation office police service services
  army navy force forces club united city county hospital times post news journal airlines
  airways airport stadium center centre park commission authority board fund organization
  organisation senate congress parliament assembly cup league championship olympics games
  museum church square island islands sea ocean mountains valley bay coast region province
  government administration partners holdings technologies systems energy motors labs press
  exchange market reserve treasury bureau lab laboratory network media studios records
  festival award awards prize act bill war day week hall tower bridge station line avenue east
  west north south nations pharmaceuticals health trust society alliance coalition front
  guardian telegraph herald tribune gazette daily weekly magazine review lane drive mall hotel
  restaurant cafe theatre theater gallery library zoo prison jail crown high supreme federal
  national international global world security fc afc rovers athletic wanderers town borough
  district lake mount cathedral airbase base port harbour harbor canal gulf peninsula desert
  forest ai app series stakes open prix grand tour marathon index dow nasdaq ftse nikkei
  capital ventures motor foods clinic clinics pharmacy hospice academy charity mosque synagogue
  temple institution institutions
`);

/**
 * Common nouns that head a phrase naming an organisation a story cites ("the port authority",
 * "the Clinton campaign", "the news agency", "a local clinic"): companies, agencies, news
 * organisations and wire services, institutions, governments and their bodies.
 */
export const organizationHeads = words(`
  ministry ministries government governments company companies department departments agency
  agencies police council councils court courts office firm firms bank banks union unions
  committee committees commission authority authorities regulator regulators prosecutors
  military army embassy kremlin federation group groups party parties campaign camp team
  administration newspaper newspapers network networks broadcaster broadcasters outlet outlets
  wire daily tabloid magazine channel station clinic clinics hospital hospitals university
  universities institute school schools foundation board senate congress parliament assembly
  association coalition organization organisation organizations organisations charity
  charities bureau service services club league fund center centre cabinet secretariat
  tribunal panel watchdog operator operators manufacturer maker makers carrier insurer
  retailer lender utility
`);

/**
 * Common nouns a story refers back to a place it named with ("Voters in Tarnland … turnout in
 * the state"): a figure label names the place for them (figures/referent-places.ts).
 */
export const placeReferenceNouns = words(`
  state country nation city town county region province island
`);

/**
 * Common nouns that head a phrase naming a document a story cites ("a court filing", "the
 * commission's report", "figures from the council", "a new poll").
 */
export const documentHeads = words(`
  report reports filing filings study studies statement statements survey surveys letter
  letters memo memos memorandum complaint lawsuit suit indictment affidavit draft drafts
  figures data estimate estimates audit analysis analyses poll polls document documents
  records record transcript transcripts minutes ruling judgment verdict order budget changelog
  release releases review assessment paper papers submission brief database statistics census
  email emails dossier notice guidance guidelines forecast forecasts projections
  findings research book biography leaflet leaflets flyer flyers pamphlet pamphlets brochure
  brochures manifesto bulletin
`);

/**
 * Nouns for a member of a party or camp: a phrase ending in one describes someone without naming
 * them ("a New Hampshire Republican", "one Nevada Democrat"), however capitalised.
 */
export const partyMembers = words(`
  republican republicans democrat democrats conservative conservatives liberal liberals tory
  tories socialist socialists independent independents progressive progressives libertarian
  libertarians
`);
