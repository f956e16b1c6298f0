import type { Figure, FigureKind, Sentence } from '../summary';

/*
 * Figures: quantities a reader may want to check (percentages, money, measures, counts).
 *
 * How it works, per sentence:
 * 1. Mask spans that contain digits but are not figures: phone numbers, clock and race times,
 *    dates, time compounds used as adjectives ("10-year note", "five-year average").
 * 2. Scan the masked text with one pattern (qualifier, currency, number, scale, unit or counted
 *    noun, range tail, rate) and keep the verbatim slice of the original sentence.
 * 3. Drop what is a name or a bare number: years, ages ("aged 45", "Tusk, 66,"), ordinals,
 *    identifiers glued to letters ("COVID-19", "G7", "H100"), bare integers with no unit.
 * 4. Describe each figure with a short phrase built from the clause grammar (the counted noun,
 *    the "of X" complement, the verb and its subject), never from story-specific words.
 *
 * Decision: "one" is never a figure ("one source", "one of the most"): a singular determiner
 * carries no quantity a reader would check, and it is far more often a pronoun or an idiom.
 */

const UNITS_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const DIGITS_1_9 = 'one|two|three|four|five|six|seven|eight|nine';
/** Each alternative also in sentence case ("Twelve of the 19 officials"). */
const bothCases = (words: string): string =>
  words
    .split('|')
    .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
    .join('|');
const WORD_NUMBER = `(?:(?:${bothCases(TENS_WORDS)})(?:-(?:${DIGITS_1_9}))?|${bothCases(UNITS_WORDS)}|${bothCases('a dozen|a hundred|a thousand')})(?:(?: and a |-and-a-)half)?`;
/**
 * Numbers written with a decimal comma and dot thousands ("1.234,5 Millionen Euro", "6,2 Prozent",
 * "0,75 Prozentpunkte") are read whole, decided per number: the shape must be unambiguous or be
 * followed by a unit, scale, currency or percent word, so English "1.234 miles" is unaffected.
 */
const EURO_UNIT = String.raw`(?=\s?(?:%|€|Prozent|Prozentpunkte?|Millionen|Milliarden|Mio\.|Mrd\.|Tausend|Euro|EUR|Franken|Kronen|Złoty|pour cent|por ciento|per cento|procent|millions? d|milliards?|millones|milioni|miliardi|euros?\b|km|Kilometer|Meter|Tonnen|Grad|Stunden|Jahre))`;
const EURO_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3})+${EURO_UNIT}|\d+,\d{1,2}(?!\d)${EURO_UNIT}`;
const DIGIT_NUMBER = String.raw`${EURO_NUMBER}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const FRACTION = String.raw`(?:(?:one|two|three)-(?:quarters?|thirds?)|half|a quarter|a third) of a (?:percentage )?point`;
const VAGUE = `(?:${bothCases('hundreds|thousands|millions|billions|dozens|tens')})(?: of (?:thousands|millions|billions))?`;

/** Qualifiers kept in the value; each also in sentence case ("About 30,000 vehicles"). */
const QUALIFIER = `(?:${bothCases(
  String.raw`more than|less than|fewer than|greater than|in excess of|upwards of|as many as|as much as|as few as|as little as|at least|at most|up to|close to|closer to|just over|just under|just above|just below|well over|well above|well below|well under|an estimated|a record|an average of|approximately|approx\.|about|around|nearly|almost|roughly|some|over|under|above|below|near|between`,
)})\\s`;
const CURRENCY_PREFIX = String.raw`(?:US\$|C\$|A\$|HK\$|NZ\$|R\$|\$|€|£|¥|₹|Rs\.?\s?|INR\s|USD\s|EUR\s|GBP\s|JPY\s|CHF\s)`;
const SCALE = String.raw`(?:\s(?:thousand|million|billion|trillion|crore|lakh|Tausend|Millionen|Milliarden|Mio\.|Mrd\.)|(?:bn|tn|m|k)(?![\p{L}\p{N}]))`;
const CURRENCY_WORD = String.raw`(?:dollars|euros|pounds|yen|yuan|rupees|francs|pesos|rubles|roubles|won|Euro|EUR|Franken|€)`;
const PERCENT = String.raw`(?:\s?%|\s(?:percent|per cent|percentage points?|basis points|Prozentpunkte?|Prozent))`;

/** Units and the category word used to describe them. Order: longest first. */
const UNIT_CATEGORIES: [string, string][] = [
  [String.raw`square (?:kilometers|kilometres|km|miles|meters|metres|feet|yards)`, 'area'],
  [String.raw`sq\.? ?(?:km|mi|ft|m)|km2|acres|acre|hectares|hectare`, 'area'],
  [String.raw`(?:miles|kilometers|kilometres) per hour|mph|km/h|kph|knots`, 'speed'],
  [
    String.raw`light-years|light years|kilometers|kilometres|km|miles|mile|meters|metres|feet|foot|ft|inches|inch|yards|microns|nautical miles`,
    'distance',
  ],
  [String.raw`tons|tonnes|tonne|ton|kilograms|kg|grams|pounds of|lbs|ounces`, 'weight'],
  [String.raw`liters|litres|gallons|barrels|bbl|cubic meters|cubic metres`, 'volume'],
  [String.raw`degrees (?:Celsius|Fahrenheit|C|F)|degrees|°[CF]?`, 'temperature'],
  [
    String.raw`decades|years|months|weeks|days|hours|minutes|seconds|milliseconds|year|month|week|day|hour|minute|second`,
    'duration',
  ],
];
const UNIT = `(?:${UNIT_CATEGORIES.map(([u]) => u).join('|')})`;
/** Units glued with a hyphen and used as adjectives ("1.6-mile span", "23-km corridor"). */
const HYPHEN_UNIT = String.raw`-(?:mile|km|kilometer|kilometre|meter|metre|foot|inch|yard|acre|ton|tonne|hectare)(?![\p{L}])`;

/** Nouns whose plural has no -s, so they can be counted heads ("24 police officers", "1,000 people"). */
const IRREGULAR_PLURALS =
  'people|police|personnel|children|men|women|staff|cattle|troops|sheep|fish|aircraft|crew|livestock';
/** Words that never belong to a counted noun phrase. */
const FUNCTION_WORDS = new Set(
  'a an the of in on at to for from by with as than that which who whom whose what when where while and or but nor not no is are was were be been being has have had do does did will would could should may might must can its their his her our your my this these those it they he she we you i said says per each every out over into onto about after before since until during against between under above'.split(
    ' ',
  ),
);
// A plural head noun ends in -s but not -ss or -us ("populous", "bonus" are not plurals).
const HEAD_NOUN = String.raw`(?:[a-z][a-z-]*[a-rt-tv-z]s|[A-Z][a-z]+[a-rt-tv-z]s|${IRREGULAR_PLURALS})`;
const STOP = String.raw`(?!(?:${[...FUNCTION_WORDS].join('|')}|than|more|less|larger|smaller)(?![\p{L}-]))`;
const MODIFIER = String.raw`${STOP}(?:[A-Z][a-z]+(?:-[A-Za-z]+)?|(?:${IRREGULAR_PLURALS})|[a-z]+(?:-[a-z]+)*(?<![^s]s|ed|ing))`;
/** Up to three modifiers, "and" only between two of them ("five current and former officials"). */
const COUNTED = String.raw`(?:\s${MODIFIER}(?:\sand(?=\s${MODIFIER}\s))?){0,3}\s${STOP}${HEAD_NOUN}(?![\p{L}])`;
const RATE = String.raw`(?:\s(?:per\s(?:[a-z]+\s)?[a-z]+|a\s(?:year|day|month|week|night|head|person)))`;

const NUMBER = `(?:${CURRENCY_PREFIX}\\s?)?(?:${DIGIT_NUMBER}|${WORD_NUMBER})${SCALE}?`;
/** The quantity itself, before any unit: "$1.2 billion", "five", "26,000", "8 lakh". */
const AMOUNT = `${NUMBER}(?:\\s${CURRENCY_WORD}(?![\\p{L}]))?`;
const TAIL = `(?:${PERCENT}|${HYPHEN_UNIT}|\\s${UNIT}(?![\\p{L}]))`;
/** "70-80", "$25,000 to $40,000", and "and" only after "between". */
const RANGE = `(?:\\s?(?:-|–)\\s?|\\sto\\s|(?<=\\bbetween\\s\\S+)\\sand\\s)(?:${NUMBER})`;

const FIGURE_PATTERN = new RegExp(
  [
    `(?<![\\p{L}\\p{N}&/_.-])`,
    `(?<qual>(?:${QUALIFIER})?)`,
    '(?:',
    `(?<fraction>${FRACTION})`,
    `|(?<vague>${VAGUE}) of(?<vagueNoun>${COUNTED})`,
    `|(?<part>${WORD_NUMBER}|${DIGIT_NUMBER}) of the(?<whole>\\s(?:${DIGIT_NUMBER}|${WORD_NUMBER}))?(?<partNoun>${COUNTED})`,
    `|(?<amount>${AMOUNT})(?:(?<tail1>${TAIL})(?<range1>${RANGE}${TAIL})?|(?<range2>${RANGE}(?:\\s${CURRENCY_WORD}(?![\\p{L}]))?)(?<tail2>${TAIL})?|(?<noun>${COUNTED}))?`,
    ')',
    `(?<rate>${RATE})?`,
    `(?![\\p{L}\\p{N}])`,
  ].join(''),
  'gu',
);

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** Spans with digits that are never figures; masked before scanning, offsets kept. */
const NOT_FIGURE_PATTERNS: RegExp[] = [
  // Phone numbers: 312-904-9800, (312) 904-9800, 020 7239 7272, +44 20 7946 0000.
  /\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b/g,
  /\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b/g,
  /\+\d{1,3}(?:[\s-]\d{2,4}){2,4}/g,
  // A local number (555-0142): a range never ends in a zero-led number.
  /\b\d{3}-0\d{3}\b/g,
  // Clock times and race times: 9 a.m., 2:30 p.m. EDT, 2:04:02.
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)(?:\s(?:ET|EDT|EST|CT|PT|PDT|GMT|BST|CET|UTC)\b)?/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  // Dates: Nov 20, Dec. 25, 2021, 14 April, April 2022, 11/20/2024, 2024-11-20.
  new RegExp(`\\b(?:${MONTHS})\\.?\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?(?![\\d,]*\\d)`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${MONTHS})\\b(?:\\s\\d{4})?`, 'g'),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s\\d{4}\\b`, 'g'),
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g,
  // Time compounds used as adjectives or names: 10-year note, five-year average, 33-year low.
  new RegExp(
    `\\b(?:\\d+|${WORD_NUMBER})-(?:year|month|week|day|hour|minute|time|member|point|seat|game|story)s?(?:-old)?\\b`,
    'gi',
  ),
  // Ages: "aged 45", "ages 18-29".
  /\b(?:aged?|ages)\s\d+(?:\s?[-–]\s?\d+)?/gi,
  // Points in time, not amounts: "two years ago", "three days earlier".
  new RegExp(
    `\\b(?:${WORD_NUMBER}|\\d+|a|an)\\s(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)\\s(?:ago|earlier|before|later)\\b`,
    'gi',
  ),
];

/** Lowest and highest integers read as a year when they stand alone (unit: calendar year). */
const YEAR_MIN = 1500;
const YEAR_MAX = 2099;
/** At most this many words in an "of X" complement or a subject phrase; longer ones stop being short. */
const MAX_PHRASE_WORDS = 6;
/** Longest `measures` phrase built from a counted noun and its post-modifier (unit: words). */
const MAX_MEASURE_WORDS = 8;
/** Post-modifiers that say which of a counted noun are meant ("familiar with", "from", "in"). */
const POST_MODIFIER =
  /^\s+(familiar with|close to|aware of|involved in|briefed on|based in|from|in|at|with|on|for)\s+([^,.;:—–()“”"]+)/u;
/** Objects of a post-modifier that are times, not which ones ("in October", "on Monday"). */
const DATE_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|year|month|week|day|time|total|addition|recent|past|last)\b/iu;
/** Function words of English and of the languages whose numbers are read above. */
const ENGLISH_MARKERS =
  /\b(?:the|of|and|to|is|are|was|were|has|have|with|for|said|its|their|a|in)\b/giu;
const FOREIGN_MARKERS =
  /\b(?:der|die|das|und|von|mit|den|dem|des|ist|sind|im|um|auf|le|les|et|est|une|du|el|los|las|y|es|del|il|di|che|och|att|een|het)\b/giu;
/** Whether a sentence reads as English, whose grammar the descriptions below rely on; if not, only the category is given. */
function looksEnglish(sentence: string): boolean {
  const english = sentence.match(ENGLISH_MARKERS)?.length ?? 0;
  return english >= (sentence.match(FOREIGN_MARKERS)?.length ?? 0);
}

/** Words scanned left of a figure to find its verb; further than this the verb is another clause's. */
const VERB_WINDOW_WORDS = 16;

const CHANGE_NOUNS: [RegExp, string][] = [
  [
    /^(?:ris|rose|risen|grow|grew|grown|jump|climb|increas|surg|soar|gain|widen|rall|advanc|rebound|strengthen|doubl|tripl|lift|improv|boost|raise|raising)/,
    'rise',
  ],
  [
    /^(?:fall|fell|drop|declin|decreas|plung|tumbl|slip|slid|dip|eas|narrow|shr[iau]nk|sink|sank|slump|weaken|halv|lose|lost|losing|cut|reduc|lower|shave|shaving)/,
    'fall',
  ],
];

/** Base forms of verbs that take a figure as object or complement; inflections are derived. */
const VERB_BASES = new Set(
  'occupy hold control own take win lose gain earn pay spend raise cut fine pledge offer approve cost estimate forecast expect receive reach hit total exceed top record report post borrow lend invest give get make sell buy owe save collect claim seize capture cover carry handle employ kill injure destroy evacuate lift add keep return recover shed shave finish run end set put deploy produce generate bring see project allocate secure price charge account represent comprise amount rise fall grow jump climb drop decline increase decrease surge soar plunge tumble slip slide dip ease widen narrow shrink double triple halve improve worsen advance retreat rally strengthen weaken slump sink rebound stand remain stay close open trade beat miss vote launch contain burn import export ship deliver serve transport move divert defraud steal lose lift boost reduce lower affect displace house feed sign commit need require seek want plan propose budget predict put push send shut'.split(
    ' ',
  ),
);
const IRREGULAR_PAST: Record<string, string> = {
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
};
const IRREGULAR_FORMS = new Map<string, string>();
for (const [base, past] of Object.entries(IRREGULAR_PAST)) IRREGULAR_FORMS.set(past, base);
for (const [form, base] of [
  ['rose', 'rise'],
  ['fell', 'fall'],
  ['grew', 'grow'],
  ['took', 'take'],
  ['gave', 'give'],
  ['shrank', 'shrink'],
  ['sank', 'sink'],
  ['stole', 'steal'],
  ['saw', 'see'],
  ['ran', 'run'],
  ['has', 'have'],
  ['had', 'have'],
  ['have', 'have'],
] as const)
  IRREGULAR_FORMS.set(form, base);
/** Light verbs whose noun carries the meaning: "has control over", "took possession of". */
const LIGHT_VERBS = new Set(['have', 'take', 'gain', 'keep', 'hold']);
const AUXILIARIES = new Set(
  'is are was were be been being am has have had will would could should may might must can to also still now currently already expected likely set due seen forecast projected estimated'.split(
    ' ',
  ),
);
const DETERMINERS =
  /^(?:the|a|an|its|their|his|her|our|your|my|this|these|those|both|all|some|any)$/i;

/** Base form of a verb form, or null when the word does not look like one of the known verbs. */
function verbBase(word: string): string | null {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_FORMS.get(w);
  if (irregular) return irregular;
  if (VERB_BASES.has(w)) return w;
  const candidates: string[] = [];
  for (const suffix of ['ing', 'ed', 'es', 's', 'd']) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 2) continue;
    const stem = w.slice(0, -suffix.length);
    candidates.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  }
  return candidates.find((c) => VERB_BASES.has(c)) ?? null;
}

/** Past participle of a base verb form ("hold" → "held", "occupy" → "occupied"). */
function participle(base: string): string {
  if (IRREGULAR_PAST[base]) return IRREGULAR_PAST[base];
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [
    ...text.matchAll(
      /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:()—–]|(?<=\s)-(?=\s)/gu,
    ),
  ].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const isBoundary = (w: string): boolean => /^[,;:()—–-]$/.test(w) || /^\d/.test(w);

/** A noun phrase read forwards from the start of `text` ("the Kharkiv region, …" → "Kharkiv region"). */
function phraseAfter(text: string): string {
  const out: string[] = [];
  const words = wordsOf(text);
  for (const [index, { text: w }] of words.entries()) {
    if (isBoundary(w) || out.length >= MAX_PHRASE_WORDS) break;
    const lower = w.toLowerCase();
    if (out.length === 0 && DETERMINERS.test(w)) continue;
    if (lower === 'and' && out.length > 0) {
      // "in the US and outstripped …": a coordinated verb ends the noun phrase.
      if (/^\p{Ll}+(?:ed|ing)$/u.test(words[index + 1]?.text ?? '')) break;
      out.push(w);
      continue;
    }
    if (FUNCTION_WORDS.has(lower) && !(lower === 'of' && out.length > 0)) break;
    if (verbBase(w) && out.length > 0 && !/^[A-Z]/.test(w) && /(?:ed|ing)$/.test(lower)) break;
    out.push(w);
  }
  while (out.length > 0 && /^(?:and|of)$/i.test(out.at(-1) ?? '')) out.pop();
  return out.join(' ');
}

/** Most words in the object of a post-modifier ("close to the mayor" → "the mayor"). */
const MAX_OBJECT_WORDS = 5;

/** The object of a preposition, its determiner kept, cut before a verb ("the mayor resigned" → "the mayor"). */
function objectPhrase(text: string): string {
  const out: string[] = [];
  for (const { text: w } of wordsOf(text)) {
    if (isBoundary(w) || out.length >= MAX_OBJECT_WORDS) break;
    const lower = w.toLowerCase();
    if (out.length === 0 && DETERMINERS.test(w)) {
      out.push(w);
      continue;
    }
    if (FUNCTION_WORDS.has(lower) || DETERMINERS.test(w)) break;
    if (
      /^\p{Ll}/u.test(w) &&
      (/(?:ed|ing)$/u.test(lower) || (verbBase(w) && verbBase(w) !== lower))
    )
      break;
    out.push(w);
  }
  return out.length > 0 && DETERMINERS.test(out[out.length - 1] ?? '') ? '' : out.join(' ');
}

/** A noun phrase read backwards from the end of `words` (the subject before a verb). */
function phraseBefore(words: Word[]): string {
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < MAX_PHRASE_WORDS; i--) {
    const w = words[i]?.text ?? '';
    const lower = w.toLowerCase();
    if (isBoundary(w)) break;
    if (DETERMINERS.test(w)) break;
    if (FUNCTION_WORDS.has(lower) && !(/^(?:of|on|for)$/.test(lower) && out.length > 0)) break;
    if (/ly$/.test(lower) && out.length === 0) continue;
    out.unshift(w);
  }
  while (out.length > 0 && /^(?:of|on|for)$/i.test(out[0] ?? '')) out.shift();
  return out.join(' ');
}

/** Category word for a unit ("square kilometers" → "area"), or null. */
function unitCategory(value: string): string | null {
  if (new RegExp(HYPHEN_UNIT, 'u').test(value)) return 'length';
  for (const [unit, category] of UNIT_CATEGORIES) {
    if (new RegExp(`(?:^|[\\s\\d])(?:${unit})(?![\\p{L}])`, 'u').test(value)) return category;
  }
  return null;
}

interface Agent {
  /** The text from the verb to the figure. */
  between: string;
  /** A passive verb: `object` then holds its subject, what the figure is for. */
  passive?: boolean;
  verb: string;
  subject: string;
  object: string;
}

/** The verb governing a figure at `start` and its subject, read from the clause to its left. */
function findAgent(sentence: string, start: number): Agent | null {
  // Relative clauses and participle phrases between a subject and its verb hide the subject:
  // ", which sells the H100 chip,", ", used by steelmakers and builders,".
  const left = sentence
    .slice(0, start)
    .replace(/,\s(?:which|who|whose|where|\p{Ll}+ed\s(?:by|in|for|as))\s[^,]*,/gu, (m) =>
      ' '.repeat(m.length),
    );
  const words = wordsOf(left);
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < VERB_WINDOW_WORDS; i--, seen++) {
    const w = words[i]?.text ?? '';
    if (/^[;:()—–]$/.test(w)) return null;
    if (/^[A-Z]/.test(w) && i > 0) continue;
    let base = verbBase(w);
    if (!base) continue;
    // "capital spending", "consumer borrowing": an -ing form right after a singular common noun
    // is a compound noun ("forces holding 26,000 square kilometers" is a verb, so is ", falling").
    const before1 = words[i - 1]?.text ?? '';
    if (
      /ing$/u.test(w) &&
      /^\p{Ll}+$/u.test(before1) &&
      !/s$/u.test(before1) &&
      !AUXILIARIES.has(before1) &&
      !FUNCTION_WORDS.has(before1) &&
      !verbBase(before1)
    )
      continue;
    // "borrowing costs", "rising prices": a plural after an -ing modifier is a noun, and so is
    // the modifier itself.
    if (/s$/u.test(w) && /ing$/u.test(words[i - 1]?.text ?? '')) {
      i--;
      seen++;
      continue;
    }
    // Nouns that share a verb's form ("cost", "record", "trade") count only after a subject.
    const prev = words[i - 1]?.text.toLowerCase() ?? '';
    const prev2 = words[i - 2]?.text ?? '';
    if (DETERMINERS.test(prev) || prev === 'of') continue;
    // "the annual record" is a noun; "The Kenyan shaved" (a past form after a proper noun) is not.
    const afterProperNoun = /ed$/u.test(w) && /^\p{Lu}/u.test(words[i - 1]?.text ?? '');
    if (DETERMINERS.test(prev2) && !FUNCTION_WORDS.has(prev) && !verbBase(prev) && !afterProperNoun)
      continue;
    let verbIndex = i;
    const next = words[i + 1]?.text ?? '';
    if (LIGHT_VERBS.has(base) && verbBase(next) && !LIGHT_VERBS.has(verbBase(next) ?? '')) {
      base = verbBase(next) ?? base;
      verbIndex = i + 1;
    }
    // "had been to seven weddings": a form of have or be says nothing a figure measures.
    if (base === 'have' || base === 'be') return null;
    let j = i - 1;
    let passive = false;
    for (;;) {
      while (j >= 0 && AUXILIARIES.has(words[j]?.text.toLowerCase() ?? '')) {
        if (/^(?:be|been|being|is|are|was|were)$/u.test(words[j]?.text.toLowerCase() ?? ''))
          passive = passive || /ed$|en$|ught$/u.test(w);
        j--;
      }
      // "agreed to invest", "plans to spend": the subject is before the verb that takes "to".
      if (words[j + 1]?.text === 'to' && j >= 0 && verbBase(words[j]?.text ?? '') !== null) {
        j--;
        continue;
      }
      break;
    }
    // "movies can be bought for $2": the subject of a passive is what the figure is for.
    if (passive) {
      const patient = phraseBefore(words.slice(0, j + 1));
      return patient
        ? {
            between: sentence.slice(words[i]?.start ?? 0, start),
            verb: base,
            subject: '',
            object: patient,
            passive: true,
          }
        : null;
    }
    const subject = phraseBefore(words.slice(0, j + 1));
    const objectWords = words.slice(verbIndex + 1).map((x) => x.text);
    const object = phraseAfter(objectWords.join(' '));
    const between = sentence.slice(words[i]?.start ?? 0, start);
    // "Cargoes held up better, falling just 2.5%": a participle after a comma shares the
    // subject of the clause before it.
    if (!subject && /ing$/u.test(w) && words[i - 1]?.text === ',') {
      const main = findAgent(sentence, words[i - 1]?.start ?? 0);
      if (main?.subject) return { between, verb: base, subject: main.subject, object: '' };
    }
    return { between, verb: base, subject, object };
  }
  return null;
}

/** The change noun for a verb of change ("rose" → "rise"), or null. */
function changeNoun(verb: string): string | null {
  for (const [pattern, noun] of CHANGE_NOUNS) if (pattern.test(verb)) return noun;
  return null;
}

/** Words that follow a figure without being what it measures ("$80 billion last year", "50 feet deep"). */
const NOT_NOUNS = new Set(
  'larger smaller less more higher lower deep long wide tall high old last next this earlier ago alone apiece each today later before after off away back down up ahead without within despite apart behind pregnant left because worldwide globally overall annually if when while'.split(
    ' ',
  ),
);

/** A duration is what a verb took only this close to it ("took 104 days", "worked double shifts for six weeks") (unit: words, verb included). */
const DURATION_VERB_MAX_WORDS = 6;

function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The noun of a dimension adjective after a figure ("30 inches long" → length). */
const DIMENSIONS: Record<string, string> = {
  long: 'length',
  wide: 'width',
  deep: 'depth',
  tall: 'height',
  high: 'height',
  thick: 'thickness',
};

/** Nouns that hold a figure without saying what it measures ("a range of", "a total of", "the first at"). */
const CONTAINER_NOUNS = new Set(
  'first second third last next each total range average level rate sum high low record peak figure number amount value day week month year hour night time handful couple dozen lot few region tune order neighborhood neighbourhood'.split(
    ' ',
  ),
);

/** Objects that do not say what a figure is: reflexives, pronouns, contractions, time adverbs. */
const JUNK_OBJECT =
  /^(?:itself|himself|herself|themselves|it|them|there['’]s|it['’]s|weeknights|weekdays|weekends|daily|nightly|weekly|annually|today|tonight|full|whole|total|entire|combined|mere|additional|extra|further|record|away|up|off|out|down|back|over|in)$/iu;

/** Time words that end a relative clause before the main verb ("… at the time now earns"). */
const TIME_NOUNS = /^(?:time|moment|day|week|month|year|season|period|era|point)$/iu;

/** Words that end in "'s" without owning anything. */
const CONTRACTIONS = /^(?:there|here|it|that|what|who|he|she|let|where|how)['’]s$/iu;

/**
 * Whether the clause's verb says what a figure measures: always, except for a duration across
 * a comma or far from its verb ("Shares fell 11%, their worst day in more than two years";
 * "The patch adds a lamp that lights the next door after three minutes").
 */
function agentReaches(agent: Agent, category: string): boolean {
  if (category !== 'duration') return true;
  const between = agent.between;
  return !between.includes(',') && countWords(between) <= DURATION_VERB_MAX_WORDS;
}

/** Short description of what a figure measures, built from the clause around it. */
function describe(
  sentence: string,
  start: number,
  end: number,
  kind: FigureKind,
  countedNoun: string | null,
  previous: string | undefined,
): string {
  const right = sentence.slice(end);
  const before = sentence.slice(0, start);
  const bareValue = sentence.slice(start, end).replace(new RegExp(`${RATE}$`, 'u'), '');
  const category = /%|percent|per cent|point|Prozent/.test(bareValue)
    ? 'share'
    : new RegExp(CURRENCY_PREFIX).test(bareValue) || kind === 'money'
      ? 'amount'
      : (unitCategory(bareValue) ?? 'number');
  if (!looksEnglish(sentence)) return category;
  if (countedNoun) {
    const of = /^\s+of\s+(.*)/.exec(right);
    const complement = of ? phraseAfter(of[1] ?? '') : '';
    if (complement && complement.split(' ').length <= 3) return `${countedNoun} of ${complement}`;
    // A post-modifier says which ones: "five insiders familiar with Kremlin’s stance".
    const post = POST_MODIFIER.exec(right);
    const object = post?.[2] ? objectPhrase(post[2]) : '';
    const candidate = object ? `${countedNoun} ${post?.[1]} ${object}` : '';
    if (candidate && !DATE_WORD.test(object) && candidate.split(' ').length <= MAX_MEASURE_WORDS)
      return candidate;
    // The head a relative clause hangs on: "the war, which has resulted in … deaths" → "deaths in the war".
    const relative =
      /(?:the|a|an|this|its)\s+([\p{L}’'-]+(?:\s+[\p{L}’'-]+)?),\s+(?:which|that)\s[^,;:]*$/u.exec(
        before,
      );
    if (relative?.[1] && !FUNCTION_WORDS.has(relative[1].toLowerCase()))
      return `${countedNoun} in the ${relative[1]}`;
    return countedNoun;
  }
  const of = /^\s+of\s+(.*)/.exec(right);
  const agent = findAgent(sentence, start);
  const lastWord = /(\S+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
  // "cargo worth $80 billion", "a deal valued at $2 billion": the value of what comes before.
  if (/\b(?:worth|valued at)\s*$/u.test(before)) {
    const owner = phraseBefore(wordsOf(before.replace(/\s*\b(?:worth|valued at)\s*$/u, '')))
      .replace(/^(?:thousand|million|billion|trillion|crore|lakh)\s+(?:of\s+)?/u, '')
      .split(' ');
    // Only the noun phrase after the clause's verb: "The port handled cargo" → "cargo".
    const verbAt = owner.findLastIndex(
      (w) => /^\p{Ll}/u.test(w) && (/ed$/u.test(w) || verbBase(w)),
    );
    const thing = owner.slice(verbAt + 1).join(' ');
    if (thing) return `value of ${thing}`;
  }
  // "a crack about 30 inches long", "a pit 12 feet deep": the dimension of the noun before.
  const dimension = /^\s+(long|wide|deep|tall|high|thick)\b/u.exec(right)?.[1];
  if (dimension && (category === 'distance' || category === 'length')) {
    const thing =
      /(?:a|an|the|its|their)\s+([\p{Ll}-]+)\s+(?:about|nearly|almost|some|roughly|around)?\s*$/u.exec(
        before,
      )?.[1];
    const noun = DIMENSIONS[dimension] ?? 'size';
    return thing && !FUNCTION_WORDS.has(thing) ? `${noun} of ${thing}` : noun;
  }
  // "stay at least 200 feet away": a distance kept, not what the verb's subject did.
  if (/^\s+(?:away|apart)\b/u.test(right) && category === 'distance') return 'distance';
  // "a magnitude 4.8 earthquake", "a Category 4 hurricane": the scale the number is read on.
  const scale = /\b(magnitude|category|level|grade|stage|force)\s*$/iu.exec(before)?.[1];
  const scaled = /^\s+([\p{Ll}-]+)/u.exec(right)?.[1];
  if (scale && scaled && !FUNCTION_WORDS.has(scaled) && !verbBase(scaled))
    return `${scale.toLowerCase()} of ${scaled}`;
  // "held its benchmark rate steady in a range of 5.25%-5.50%": the verb's object is measured.
  if (
    /\b(?:in|within|at)\s+(?:a|the)\s+(?:range|level|rate)\s+of\s*$/u.test(before) &&
    agent?.object
  )
    return agent.object.replace(/\s+(?:steady|unchanged|flat|stable)$/u, '');
  // "shaved 34 seconds off the previous mark": the verb and its particle say what changed.
  const particle = /^\s+(off|from)\s+(.*)/u.exec(right);
  if (agent && particle?.[2] && !LIGHT_VERBS.has(agent.verb) && agent.verb !== 'have') {
    const target = phraseAfter(particle[2]);
    if (target) return `${category} ${participle(agent.verb)} ${particle[1]} ${target}`;
  }
  if (of) {
    const complement = phraseAfter(of[1] ?? '');
    if (complement) {
      const base = `${category} of ${complement}`;
      if (agent?.subject && !changeNoun(agent.verb) && agentReaches(agent, category))
        return `${base} ${participle(agent.verb)} by ${agent.subject}`;
      return base;
    }
  }
  // A noun right after the figure: "$412 million budget", "6.5% increase in costs", "1.6-mile span".
  const nounAfter =
    /^\s+([a-z][a-z-]+)(?:\s+([a-z][a-z-]+)(?=[\s,.;]))?(\s+(?:in|on|of)\s+[^,.;]+)?/.exec(right);
  const noun1 = nounAfter?.[1] ?? '';
  const inflected = verbBase(noun1) !== null && verbBase(noun1) !== noun1;
  const nounLike = (w: string): boolean =>
    !FUNCTION_WORDS.has(w) &&
    !NOT_NOUNS.has(w) &&
    !/(?:ly|ed|ing)$/.test(w) &&
    verbBase(w) === (verbBase(w) && w);
  // "the $1 billion figure": a container noun after the figure says nothing; the figure
  // before it of the same kind does.
  if (
    previous &&
    CONTAINER_NOUNS.has(noun1) &&
    !/^\s+\S+\s+[a-z]/u.test(right.replace(/^\s+\S+[,.;].*$/u, ''))
  )
    return previous;
  if (nounAfter && noun1 && nounLike(noun1) && !inflected) {
    const possessive = /([A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)*['’]s)\s+(?:\S+\s+)?$/u.exec(
      before,
    )?.[1];
    // "There’s a $14 billion rationale": a contraction, not an owner.
    const owner = possessive && !CONTRACTIONS.test(possessive) ? possessive : undefined;
    const second = nounAfter[2] && nounLike(nounAfter[2]) ? ` ${nounAfter[2]}` : '';
    const prepositional = second || !nounAfter[2] ? (nounAfter[3]?.trim() ?? '') : '';
    const preposition = prepositional.split(/\s/)[0] ?? '';
    const tail = prepositional ? phraseAfter(prepositional.slice(preposition.length)) : '';
    const head = `${noun1}${second}`;
    const noun = tail ? `${head} ${preposition} ${tail}` : head;
    if (category === 'length' || category === 'duration') return `${category} of ${noun}`;
    return owner ? `${owner} ${noun}` : noun;
  }
  // "growth above 40%", "unemployment at 4.1%", "inflation of 3%": the noun the figure qualifies.
  const qualified =
    /(\p{Ll}[\p{L}-]*)\s+(?:of|at)\s*$/u.exec(before)?.[1] ??
    (/^(?:above|below|over|under|near|around)\s/u.test(bareValue) &&
    (kind === 'percent' || kind === 'money')
      ? lastWord
      : '');
  if (
    qualified &&
    nounLike(qualified) &&
    !/(?:ing|ed|s)$/u.test(qualified) &&
    !CONTAINER_NOUNS.has(qualified)
  )
    return qualified;
  if (kind === 'money') {
    const inPhrase = /^\s+in\s+([^,.;]+)/.exec(right);
    if (inPhrase) {
      const p = phraseAfter(inPhrase[1] ?? '');
      if (p) return p;
    }
  }
  if (agent) {
    const change = changeNoun(agent.verb);
    const target = agent.object && lastWord === 'by' ? agent.object : agent.subject;
    if (
      lastWord === 'to' ||
      lastWord === 'at' ||
      /^(?:remain|stay|stand|total|reach|hit|amount)/.test(agent.verb)
    ) {
      if (agent.subject) return agent.subject;
    }
    const direct =
      lastWord === 'by' || kind === 'percent' || (kind === 'range' && category === 'share');
    if (change && target && direct) return `${change} in ${target}`;
    // "Shares fell 11%, their worst day in more than two years": a duration across a comma is
    // not what the clause's verb did ("The giant took 104 days" is).
    // "The coach who ran the program at the time now earns …": a time word is never the agent.
    // "the rule would cost railroads $1 billion": the cost of the subject.
    if (agent.subject && agent.verb === 'cost') return `cost of ${agent.subject}`;
    if (agent.subject && agentReaches(agent, category) && !TIME_NOUNS.test(agent.subject))
      return `${category} ${participle(agent.verb)} by ${agent.subject}`;
    if (agent.passive && agent.object) return `${category} for ${agent.object}`;
    // "selling itself", "There’s": pronouns and contractions are not what was measured.
    if (agent.object && agentReaches(agent, category) && !JUNK_OBJECT.test(agent.object))
      return `${category} ${participle(agent.verb)}: ${agent.object}`;
  }
  if (previous) return previous;
  const near = phraseBefore(wordsOf(before.replace(/\s+(?:of|at|to|by|for|with|in|on)\s*$/, '')));
  // A lone verb or adverb ("she has seen in 22 years", "over the next two years") says nothing
  // of what is measured, nor does a piece of another clause ("whether Pouncey accepted") or a
  // phrase that ends on a verb ("the time now earns").
  const last = near.split(' ').at(-1) ?? '';
  const endsOnVerb = /^\p{Ll}/u.test(last) && verbBase(last) !== null && verbBase(last) !== last;
  if (
    !near ||
    endsOnVerb ||
    CONTRACTIONS.test(near) ||
    /\b(?:whether|if|that|because|although|while|when|which|who)\b|\b\p{Ll}+ed\b/u.test(near) ||
    (!near.includes(' ') &&
      ((verbBase(near) && /^\p{Ll}/u.test(near)) || NOT_NOUNS.has(near) || category === 'duration'))
  )
    return category;
  return `${category}: ${near}`;
}

/** Replaces spans that are never figures with spaces, keeping offsets. */
function mask(text: string): string {
  let masked = text;
  for (const pattern of NOT_FIGURE_PATTERNS) {
    masked = masked.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return masked;
}

const QUALIFIER_ONLY = new RegExp(`^(?:${QUALIFIER})+`, 'i');

/** Kind and whether the match is a bare number that should be dropped. */
function classify(groups: Record<string, string | undefined>, value: string): FigureKind {
  if (groups.fraction) return 'percent';
  const hasCurrency =
    new RegExp(`^(?:${QUALIFIER})*${CURRENCY_PREFIX}`, 'i').test(value) ||
    new RegExp(`\\s${CURRENCY_WORD}(?![\\p{L}])`, 'u').test(value);
  const isRange =
    Boolean(groups.range1 || groups.range2) || /^between\s/i.test(groups.qual?.trim() ?? '');
  if (isRange) return 'range';
  if (/%|percent|per cent|percentage point|basis point|Prozent/.test(value)) return 'percent';
  if (hasCurrency) return 'money';
  if (groups.tail1 || groups.tail2) return /\s(?:points?)$/.test(value) ? 'count' : 'measure';
  if (groups.noun || groups.partNoun || groups.vagueNoun)
    return /\btimes$/.test(value) ? 'other' : 'count';
  return 'other';
}

/** Whether a bare match (no unit, currency, percent or noun) is still a figure. */
function keepBare(amount: string, qual: string, before: string, after: string): boolean {
  if (
    !/^\d+(?:\.\d+)?(?:,\d{3})*(?:\s?(?:thousand|million|billion|trillion|crore|lakh|bn|m|k))?$/.test(
      amount,
    )
  )
    return false;
  if (
    /\s(?:thousand|million|billion|trillion|crore|lakh)$/.test(amount) ||
    /\d(?:bn|m|k)$/.test(amount)
  )
    return true;
  if (/[,.]/.test(amount)) return !/[A-Z][\p{L}]*\s$/u.test(before);
  if (qual.trim() && !/^between$/i.test(qual.trim())) return true;
  // "the 231 needed": a determiner and a following lowercase word make a quantity, not a label.
  return /\bthe\s$/i.test(before) && /^\s[a-z]/.test(after);
}

function previousKey(kind: FigureKind, value: string): string {
  return `${kind}|${unitCategory(value) ?? ''}`;
}

/** Finds figures (counts, money, percentages, measures, ranges) in story order, with what each measures. */
export function findFigures(sentences: Sentence[]): Figure[] {
  const figures: Figure[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const text = sentence.text;
    const masked = mask(text);
    // What the previous figure of the same kind and unit measures: "rose 5% in March and 7% in
    // April". A duration never inherits a length ("a 1,000-foot ship … in 22 years").
    const previous = new Map<string, string>();
    for (const match of masked.matchAll(FIGURE_PATTERN)) {
      const groups = match.groups ?? {};
      let start = match.index;
      const end = start + match[0].length;
      const qual = groups.qual ?? '';
      if (masked.slice(start, end).trim() === '') continue;
      if (qual && !groups.range1 && !groups.range2 && /^between\s$/i.test(qual))
        start += qual.length;
      let value = text.slice(start, end);
      if (
        value.trim() === '' ||
        (QUALIFIER_ONLY.test(value) && value.replace(QUALIFIER_ONLY, '') === '')
      )
        continue;
      const before = text.slice(0, start);
      const after = text.slice(end);
      const amount = groups.amount ?? groups.part ?? '';
      const core = amount.replace(new RegExp(`^${CURRENCY_PREFIX}\\s?`), '');
      const isWordNumber = /^[a-z]/i.test(core) && !groups.fraction;
      // Capitalized number words inside a sentence belong to names: "Group of Seven".
      if (
        isWordNumber &&
        /^[A-Z]/.test(core) &&
        !/^\s*["“‘(]?$/.test(before) &&
        !/[.:]\s*$/.test(before)
      )
        continue;
      const kind = classify(groups, value);
      const hasUnit = kind !== 'other' || Boolean(groups.rate) || /\btimes$/.test(value);
      if (!groups.fraction && !groups.vague) {
        // Years: a bare four-digit integer, even with a noun after it ("2022 invasion", "2024 elections").
        const plain = core.match(/^\d+$/) ? Number(core) : Number.NaN;
        if (
          plain >= YEAR_MIN &&
          plain <= YEAR_MAX &&
          kind !== 'percent' &&
          kind !== 'money' &&
          kind !== 'measure'
        )
          continue;
        if (!hasUnit && !keepBare(core, qual, before, after)) continue;
        if (isWordNumber && kind === 'other' && !/\btimes$/.test(value)) continue;
        // A number right after a capitalized word is a label: "Boeing 737 jets", "Route 66".
        if (
          (kind === 'count' || kind === 'other') &&
          !qual &&
          /[A-Z][\p{L}]*\s$/u.test(before) &&
          !/^[$€£¥₹]/.test(value)
        )
          continue;
      }
      if (kind === 'money' && groups.noun)
        value = value.slice(0, value.length - groups.noun.length - (groups.rate?.length ?? 0));
      value = value.trimEnd();
      let countedNoun: string | null = null;
      const nounText = groups.noun ?? groups.partNoun ?? groups.vagueNoun;
      if (nounText && kind === 'count') countedNoun = nounText.trim();
      if (groups.partNoun) countedNoun = nounText?.trim() ?? null;
      const previousOfKind = previousKey(kind, value);
      let measures = describe(
        text,
        start,
        start + value.length,
        kind,
        countedNoun,
        previous.get(previousOfKind),
      );
      if (/\btimes$/.test(value)) {
        const as = /^\s+as\s+([a-z]+)/.exec(after);
        measures = as ? `times as ${as[1]}` : measures.replace(/^times\b/, 'number of times');
      }
      if (kind !== 'count') previous.set(previousOfKind, measures);
      const key = `${value.toLowerCase()}|${measures.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      figures.push({ sentence: sentence.index, value, measures, kind });
    }
  }
  return figures;
}
