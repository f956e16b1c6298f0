import { words } from './words';

/** Honorifics that precede a name and are not part of it. */
export const honorifics = words(`
  mr mrs ms mx miss dr prof sir dame lord lady rev fr sen rep gov gen lt col capt sgt maj adm
  det insp supt hon st
`);

/** Nouns that name a role or office; a phrase ending in one, right before a name, is a role. */
// Occupations written as a title before a name ("Farmer Ana Ruiz", "tomato grower Li Wei").
export const roleNouns = words(`
  spokesperson spokesman spokeswoman president president-elect vice-president minister
  director secretary chairman chairwoman chair chief ceo cfo executive officer head leader
  senator governor mayor judge justice coach manager captain professor analyst economist
  researcher scientist author lawyer attorney prosecutor detective inspector superintendent
  commissioner ambassador envoy adviser advisor aide general commander premier king queen
  prince princess mogul founder co-founder owner striker midfielder defender goalkeeper
  forward quarterback pitcher chancellor sheriff constable councillor councilor councilwoman
  councilman representative congressman congresswoman lawmaker legislator editor correspondent
  reporter host anchor actor actress singer producer pastor bishop pope rabbi imam doctor nurse
  surgeon physician expert strategist consultant partner principal teacher dean historian
  physicist biologist chemist astronomer epidemiologist virologist treasurer auditor investor
  billionaire entrepreneur novelist director-general secretary-general boss star player winger
  champion veteran official diplomat negotiator trader banker firefighter paramedic organizer
  organiser activist campaigner resident landlord tenant candidate nominee challenger
  incumbent deputy mp magistrate coroner lecturer student pupil chef architect engineer
  designer curator meteorologist forecaster farmer grower rancher fisherman builder contractor
  plumber electrician pilot soldier sergeant mechanic shopkeeper retailer speaker
`);

/** Words that may sit, lowercase, inside a role phrase before its role noun. */
export const roleModifiers = words(`
  communications press foreign defense defence finance interior senior former deputy assistant
  associate executive managing chief general real estate state team club county city district
  high vice prime lead principal research police fire health education trade campaign party
  opposition outgoing incoming acting interim head junior local national regional federal
  economy economics legal medical marketing sales technology policy security intelligence
  labor labour union board company agency ministry department court public
`);

/** Lowercase name particles that may sit between capitalized name words ("Ludwig van Beethoven"). */
export const nameParticles = words(`
  de van von der den da di bin al la le du dos del ter
`);

/** Dotted capitals that are places, bodies or times, never a person's initials. */
export const initialisms = words(`
  U.S. U.K. U.N. E.U. D.C. A.M. P.M. U.S.A. L.A. N.Y.
`);

/** Nouns that make a phrase a source even without a name ("two officials", "three of the sources"). */
export const sourceNouns = words(`
  source sources official officials insider insiders person people diplomat diplomats
  spokesperson spokesman spokeswoman analyst analysts expert experts aide aides adviser
  advisers advisor advisors executive executives witness witnesses investigator investigators
  police prosecutors prosecutor lawyer lawyers attorneys spokespeople representative representatives
  residents resident researchers researcher scientists economists economist traders bankers
  ministry government company statement report data survey study documents document filing
  filings draft estimates figures agency department office court officer officers leaders
  leader employees staff members member participants organizers authorities authority council
  commission committee regulator regulators board bureau institute embassy union unions firm
  military army complaint lawsuit memo letter newspaper website network attendee attendees
  supporters protesters critics observers delegate delegates order ruling ad ads poll
  staffer staffers businessman businesswoman columnist columnists operative operatives
  lobbyist lobbyists biographer biographers employee
`);

/** Everyday nouns for people who may speak in a story without a name ("her son said"). */
export const personNouns = words(`
  son daughter wife husband mother father brother sister friend friends neighbour neighbor
  neighbours neighbors witness victim victims commuter commuters fan fans student students
  resident residents passenger passengers driver worker workers parent parents voter voters
  shopper shoppers customer customers man woman relative niece nephew cousin aunt uncle
  grandmother grandfather grandson granddaughter
`);

/**
 * The role noun an abbreviated title stands for, so a later "the senator" or "the governor"
 * finds "Sen. Ana Lima" or "Gov. Tomas Berg" (keys: HONORIFICS entries, lower case, no period).
 */
export const HONORIFIC_ROLES: Readonly<Record<string, string>> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  prof: 'professor',
  dr: 'doctor',
  det: 'detective',
  insp: 'inspector',
  supt: 'superintendent',
  capt: 'captain',
  sgt: 'sergeant',
  lt: 'lieutenant',
  col: 'colonel',
  maj: 'major',
  adm: 'admiral',
  rev: 'reverend',
};
