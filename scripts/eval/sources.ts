/**
 * Sources scorer: the kind of each quoted speaker's source, and whether claim attributions are
 * listed sources. PolNeAR annotates who speaks, not what kind of source that is, so the gold
 * kind is read off the annotators' Source span by rules that use nothing of the analyzer:
 * - person: the span is "he"/"she" (a pronoun that stands for one person; the source must be
 *   `named` or `anonymous`, as in "one resident … she said"), or a courtesy or political title
 *   stands before a capitalised word ("Mr. Obama", "panel Chairman Rep. Jason Chaffetz"), or it
 *   is a capitalised name followed by an appositive ("Ola Brandt, a ferry captain"): the
 *   source must be `named`;
 * - organization: "the" and capitalised words to the end ("the Security Council", "the
 *   Association of Flight Attendants"): a person's name never takes "the", so the source must be
 *   an `organization`;
 * - indefinite: an indefinite description ("a narrator", "two officials", "officials", "a civil
 *   complaint"): it introduces someone or something the story does not name, so the source must
 *   not be `named`;
 * - not scored: definite descriptions ("the mayor" may rightly resolve to the mayor's name) and
 *   bare capitalised names ("Trump", "PolitiFact"), which need a person/organisation label the
 *   corpus does not have.
 * Kinds are scored only where the analysis found the quote and gave a speaker that matches the
 * gold one (pronoun spans: any speaker), so a wrong speaker is the quotes scorer's error, not
 * this one's. Also: every quote speaker must be a listed source, and every claim attribution
 * must be the name of a listed source or null (the contract, utils/summary.ts).
 */
import type { OkSummary, SourceKind } from '../../utils/summary';
import { MATCH_OVERLAP, sameSpeaker } from './quotes';
import type { EvalArticle } from './sets';
import { matchOneToOne, overlap, ratio, sum } from './text';

/**
 * Titles that only ever come before a person's name, at the start or after role words only
 * ("panel Chairman Rep. Jason Chaffetz"; not "an aide to President Bush", where the aide speaks).
 */
const TITLED =
  /^(?:(?!(?:to|of|for|at|with|by|from)\s)[\p{L}-]+\s+){0,4}?(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Rev|Gen|Senator|Representative|Governor|President|Secretary|Judge|Justice|Mayor)\.?\s+\p{Lu}/u;
/** A capitalised name then a comma and a description: "Ola Brandt, a ferry captain". */
const NAME_APPOSITIVE = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3},\s+(?:a|an|the)\s/u;
/**
 * "the" and capitalised words (small joining words allowed) to the end: an organisation's name
 * ("the Harbour Courier’s Ines Marr", with a possessive, is a person).
 */
const THE_PROPER = /^the\s+\p{Lu}[\p{L}.&-]*(?:\s+(?:of|for|and|on|\p{Lu}[\p{L}.&-]*))*$/u;
/** Words opening an indefinite description. */
const INDEFINITE =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|few|most|other|\d[\d,]*)\s/u;

export type GoldClass = 'person' | 'pronoun-person' | 'organization' | 'indefinite' | 'unscored';

/** The class of a gold Source span (rules in the file comment). */
export function goldClass(speaker: string | null, span: string | null | undefined): GoldClass {
  if (speaker === null) return /^(?:he|she)$/iu.test(span ?? '') ? 'pronoun-person' : 'unscored';
  const s = speaker.trim();
  if (TITLED.test(s) || NAME_APPOSITIVE.test(s)) return 'person';
  // "the Utah Republican" is a person described by party, not an organisation.
  if (THE_PROPER.test(s) && !/\b(?:Republican|Democrat)$/u.test(s)) return 'organization';
  // "an academic named Eric Kingson" names the person.
  if (/\b(?:named|called)\s+\p{Lu}/u.test(s)) return 'unscored';
  // A bare plural ("officials said", "experts"), not a possessive ("his wife") or a particle ("dos Santos").
  const barePlural =
    /^\p{Ll}{3,}s(?:\s+\p{Ll}|$)/u.test(s) && !/^(?:his|hers|its|this|dos|das|des)\b/u.test(s);
  if (INDEFINITE.test(s) || barePlural) return 'indefinite';
  return 'unscored';
}

type Scored = Exclude<GoldClass, 'unscored'>;
const CLASSES: Scored[] = ['person', 'pronoun-person', 'organization', 'indefinite'];

/** Which predicted kinds agree with a gold class. */
const AGREES: Record<Scored, (kind: SourceKind) => boolean> = {
  person: (kind) => kind === 'named',
  'pronoun-person': (kind) => kind === 'named' || kind === 'anonymous',
  organization: (kind) => kind === 'organization',
  indefinite: (kind) => kind !== 'named',
};

export interface SourceScore {
  id: string;
  /** By gold class: quotes scored and quotes whose source kind agrees. */
  scored: Record<Scored, number>;
  right: Record<Scored, number>;
  unscored: number;
  /** Quotes with a speaker, and those whose speaker is a listed source. */
  speakers: number;
  speakersListed: number;
  /** Claims with an attribution, and those whose attribution is a listed source's name. */
  attributed: number;
  attributedListed: number;
  claims: number;
  byKind: Record<SourceKind, number>;
  errors: string[];
}

/** Scores one article's source kinds and the two listing invariants. */
export function scoreSources(article: EvalArticle, summary: OkSummary): SourceScore {
  const names = new Map(summary.sources.map((s) => [s.name, s] as const));
  const score: SourceScore = {
    id: article.id,
    scored: { person: 0, 'pronoun-person': 0, organization: 0, indefinite: 0 },
    right: { person: 0, 'pronoun-person': 0, organization: 0, indefinite: 0 },
    unscored: 0,
    speakers: 0,
    speakersListed: 0,
    attributed: 0,
    attributedListed: 0,
    claims: summary.claims.length,
    byKind: { named: 0, organization: 0, anonymous: 0, document: 0 },
    errors: [],
  };
  for (const s of summary.sources) score.byKind[s.kind]++;
  for (const q of summary.quotes) {
    if (q.speaker === null) continue;
    score.speakers++;
    if (names.has(q.speaker)) score.speakersListed++;
    else score.errors.push(`speaker not listed: ${q.speaker}`);
  }
  for (const c of summary.claims) {
    if (c.attribution === null) continue;
    score.attributed++;
    if (names.has(c.attribution)) score.attributedListed++;
    else score.errors.push(`attribution not listed: ${c.attribution}`);
  }
  const gold = article.quotes ?? [];
  const matches = matchOneToOne(
    gold,
    summary.quotes,
    (g, p) => overlap(g.text, p.text),
    MATCH_OVERLAP,
  );
  gold.forEach((g, i) => {
    const index = matches[i];
    const p = index === null || index === undefined ? undefined : summary.quotes[index];
    if (!p?.speaker) return;
    const cls = goldClass(g.speaker, g.span);
    if (cls === 'unscored') {
      score.unscored++;
      return;
    }
    if (cls !== 'pronoun-person' && !sameSpeaker(g.speaker, p)) return;
    const kind = names.get(p.speaker)?.kind;
    if (!kind) return;
    score.scored[cls]++;
    if (AGREES[cls](kind)) score.right[cls]++;
    else score.errors.push(`kind ${kind} for ${cls} “${g.speaker ?? g.span}” (got ${p.speaker})`);
  });
  return score;
}

/** The report: kind agreement per gold class and overall, the two invariants, kinds found. */
export function reportSources(
  scores: SourceScore[],
  verbose: boolean,
): { lines: string[]; kindAccuracy: number; attributionListed: number; speakersListed: number } {
  const lines: string[] = [];
  if (verbose)
    for (const s of scores)
      if (s.errors.length) lines.push(`${s.id}:`, ...s.errors.map((e) => `  ${e}`));
  const classes = CLASSES;
  for (const c of classes) {
    const n = sum(scores, (s) => s.scored[c]);
    const r = sum(scores, (s) => s.right[c]);
    lines.push(`kind agrees, gold ${c.padEnd(15)} ${ratio(r, n)}  (${r}/${n})`);
  }
  const n = sum(scores, (s) => classes.reduce((a, c) => a + s.scored[c], 0));
  const r = sum(scores, (s) => classes.reduce((a, c) => a + s.right[c], 0));
  const kindAccuracy = r / Math.max(1, n);
  lines.push(
    `kind agrees, all scored         ${ratio(r, n)}  (${r}/${n}; ${sum(scores, (s) => s.unscored)} definite descriptions and bare names not scored)`,
  );
  const spk = sum(scores, (s) => s.speakers);
  const spkListed = sum(scores, (s) => s.speakersListed);
  lines.push(`quote speakers listed as sources ${ratio(spkListed, spk)}  (${spkListed}/${spk})`);
  const att = sum(scores, (s) => s.attributed);
  const attListed = sum(scores, (s) => s.attributedListed);
  const claims = sum(scores, (s) => s.claims);
  lines.push(
    `claim attributions that are a listed source ${ratio(attListed, att)}  (${attListed}/${att}; ${att} of ${claims} claims attributed)`,
  );
  const kinds = (['named', 'organization', 'anonymous', 'document'] as const)
    .map((k) => `${k} ${sum(scores, (s) => s.byKind[k])}`)
    .join(', ');
  lines.push(`sources found: ${kinds}`);
  return {
    lines,
    kindAccuracy,
    attributionListed: attListed / Math.max(1, att),
    speakersListed: spkListed / Math.max(1, spk),
  };
}
