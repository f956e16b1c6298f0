/**
 * The number a figure's value says, and the unit it is said in, so two figures can be compared:
 * "$6.4bn" → 6.4e9 money-$, "three-quarters of a percentage point" → 0.75 points, "Twelve" → 12.
 */
import { NUMBER_WORDS, TENS_WORDS } from '../lexicon/numbers';
import { unitCategory } from './patterns';

/** A value read as a number and a unit ("money:$", "percent", "points", a unit category, "count"). */
export interface Amount {
  n: number;
  unit: string;
  /** Whether the value carries a qualifier that makes it approximate ("about", "more than", "nearly"). */
  approximate: boolean;
}

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
  lakh: 1e5,
  crore: 1e7,
};
const WORD_VALUES = new Map<string, number>();
NUMBER_WORDS.forEach((w, i) => {
  WORD_VALUES.set(w, i + 1);
});
TENS_WORDS.forEach((w, i) => {
  WORD_VALUES.set(w, (i + 2) * 10);
});
for (const [w, n] of [
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1000],
  ['half', 0.5],
  ['quarter', 0.25],
  ['third', 1 / 3],
  ['once', 1],
  ['twice', 2],
] as const)
  WORD_VALUES.set(w, n);

const CURRENCIES: [RegExp, string][] = [
  [/US\$|\$|dollars?\b|USD/u, '$'],
  [/£|pounds?\b|GBP/u, '£'],
  [/€|euros?\b|EUR/u, '€'],
  [/¥|yen\b|yuan\b|JPY|CNY/u, '¥'],
  [/₹|rupees?\b|Rs\.?|INR/u, '₹'],
];
const APPROXIMATE =
  /^(?:about|around|roughly|nearly|almost|some|approximately|more than|less than|fewer than|over|under|close to|an estimated|just over|just under|up to|at least|as many as|as much as)\b/iu;

/** The currency, percent or unit a value is written in ("money:£", "percent", "points", "length", "count"). */
export function unitOf(value: string): string {
  if (
    /percentage points?|basis points?|(?:half|quarter)[- ]point|half a point|of a point/iu.test(
      value,
    )
  )
    return 'points';
  if (/%|percent|per cent/iu.test(value)) return 'percent';
  for (const [pattern, sign] of CURRENCIES) if (pattern.test(value)) return `money:${sign}`;
  return unitCategory(value) ?? 'count';
}

/** Whether two units are the same kind of thing in different units ("money:$" and "money:£", two lengths). */
export function sameDimension(a: string, b: string): boolean {
  if (a.startsWith('money:') && b.startsWith('money:')) return a !== b;
  return a === b && a !== 'count' && a !== 'percent' && a !== 'points';
}

/** The number a value says, or null when it says none (basis points read as hundredths of a point). */
export function amountOf(value: string): Amount | null {
  const lower = value.toLowerCase();
  const approximate = APPROXIMATE.test(lower.trim());
  const unit = unitOf(value);
  const digits =
    /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(thousand|million|billion|trillion|lakh|crore|bn|mn|tn|m|k)\b)?/u.exec(
      lower,
    );
  let n: number | null = null;
  if (digits) {
    n = Number(`${(digits[1] ?? '').replace(/,/gu, '')}${digits[2] ? `.${digits[2]}` : ''}`);
    if (digits[3]) n *= SCALES[digits[3]] ?? 1;
  } else {
    const word =
      /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?([a-z]+)\b(?:\s(thousand|million|billion|trillion))?/u;
    for (const m of lower.matchAll(new RegExp(word, 'gu'))) {
      const base = WORD_VALUES.get(m[2] ?? '');
      if (base === undefined) continue;
      n = (m[1] ? (WORD_VALUES.get(m[1]) ?? 0) : 0) + base;
      if (m[3]) n *= SCALES[m[3]] ?? 1;
      if (/three-quarters?|three quarters?/u.test(lower)) n = 0.75;
      else if (/two-thirds?/u.test(lower)) n = 2 / 3;
      break;
    }
  }
  if (n === null || Number.isNaN(n)) return null;
  if (/basis points?/u.test(lower)) n /= 100;
  return { n, unit, approximate };
}

/**
 * Whether two numbers say the same quantity as a headline rounds it: within 5%, or within 12% when
 * either is approximate ("nearly 3,000" for 2,870) (unit: share of the larger).
 */
export function sameNumber(a: Amount, b: Amount): boolean {
  const larger = Math.max(Math.abs(a.n), Math.abs(b.n));
  if (larger === 0) return a.n === b.n;
  const tolerance = a.approximate || b.approximate ? 0.12 : 0.05;
  return Math.abs(a.n - b.n) / larger <= tolerance;
}
