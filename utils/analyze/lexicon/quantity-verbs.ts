/** Verbs that take a figure as object or complement ("won 12 seats", "rose 5%"), as data. */
import { words } from './words';

/** Base forms of verbs that take a figure as object or complement; inflections are derived. */
export const QUANTITY_VERBS = words(`
  occupy hold control own take win lose gain earn pay spend raise cut fine pledge offer approve cost
  estimate forecast expect receive reach hit total exceed top record report post borrow lend invest
  give get make sell buy owe save collect claim seize capture cover carry handle employ kill injure
  destroy evacuate lift add keep return recover shed shave finish run end set put deploy produce
  generate bring see project allocate secure price charge account represent comprise amount rise
  fall grow jump climb drop decline increase decrease surge soar plunge tumble slip slide dip ease
  widen narrow shrink double triple halve improve worsen advance retreat rally strengthen weaken
  slump sink rebound stand remain stay close open trade beat miss vote launch contain burn import
  export ship deliver serve transport move divert defraud steal boost reduce lower affect displace
  house feed sign commit need require seek want plan propose budget predict push send shut slow
  draw attract host hire recruit train treat test arrest detain rescue attend visit welcome
  fly enroll register invite interview survey poll vaccinate evict watch view read maintain`);

/** Past participles (and doubled-consonant past forms) that adding -ed does not give. */
export const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  hold: 'held',
  take: 'taken',
  win: 'won',
  lose: 'lost',
  pay: 'paid',
  spend: 'spent',
  cut: 'cut',
  give: 'given',
  get: 'got',
  make: 'made',
  sell: 'sold',
  buy: 'bought',
  keep: 'kept',
  shed: 'shed',
  run: 'run',
  set: 'set',
  put: 'put',
  bring: 'brought',
  see: 'seen',
  rise: 'risen',
  fall: 'fallen',
  grow: 'grown',
  slide: 'slid',
  shrink: 'shrunk',
  sink: 'sunk',
  stand: 'stood',
  beat: 'beaten',
  steal: 'stolen',
  lend: 'lent',
  feed: 'fed',
  seek: 'sought',
  send: 'sent',
  shut: 'shut',
  hit: 'hit',
  cost: 'cost',
  forecast: 'forecast',
  have: 'had',
  control: 'controlled',
  commit: 'committed',
  patrol: 'patrolled',
  ship: 'shipped',
  plan: 'planned',
  drop: 'dropped',
  slip: 'slipped',
  dip: 'dipped',
  stop: 'stopped',
  draw: 'drawn',
  fly: 'flown',
  build: 'built',
  read: 'read',
};

/** Irregular simple-past and present forms and their base ("rose" → "rise", "has" → "have"). */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  rose: 'rise',
  fell: 'fall',
  grew: 'grow',
  took: 'take',
  gave: 'give',
  shrank: 'shrink',
  sank: 'sink',
  stole: 'steal',
  saw: 'see',
  ran: 'run',
  drew: 'draw',
  flew: 'fly',
  has: 'have',
  had: 'have',
  have: 'have',
};

/** Light verbs whose noun carries the meaning: "has control over", "took possession of". */
export const LIGHT_VERBS = words('have take gain keep hold');

/** Words that sit between a subject and its verb: auxiliaries, adverbs, "to", predicted-state words. */
export const VERB_COMPANIONS = words(`
  is are was were be been being am has have had will would could should may might must can to also
  still now since currently already expected likely set due seen forecast projected estimated`);

/** Companions that say a state is predicted only when "to" follows ("set to rise"); else a noun or verb ("a set"). */
export const PREDICTED_STATE_WORDS = words(
  'expected likely set due seen forecast projected estimated',
);

/** Verbs whose figure is the level reached, so their subject is what it measures ("stood at 4%"). */
export const LEVEL_VERBS = words('remain stay stand total reach hit amount');

/** Stems of verbs of rising (matched at a word's start: "ris" → rising, rise). */
export const RISE_STEMS = words(`
  ris rose risen grow grew grown jump climb increas surg soar gain widen rall advanc rebound
  strengthen doubl tripl lift improv boost raise raising`);

/** Stems of verbs of falling (matched at a word's start: "declin" → declined, declining). */
export const FALL_STEMS = words(`
  fall fell drop declin decreas plung tumbl slip slid dip eas narrow shrink shrank shrunk sink sank
  slump weaken halv lose lost losing cut reduc lower shave shaving slow`);
