/*
 * The story's main organisation: the company a business story is about, which its copy calls
 * "the company" or "the firm" long after the last sentence that named it ("Shares fell 2% … The
 * company employs 4,100 people"). When the subjects just before a figure name no organisation
 * (`referent-organisations.ts`), such a description stands for this one.
 *
 * It is a name the headline gives, that the story writes in at least MIN_MENTIONS sentences,
 * twice as many as any other organisation the headline names, that opens at least one sentence
 * as its subject, and that the story marks as an organisation (`organisation-cues.ts`: the names
 * index takes any two capitalized words for a person, so the cue decides).
 *
 * Decision: only the generic heads "company" and "firm" fall back to it; "the bank", "the club"
 * or "the agency" in a story about someone else is often a second organisation.
 */
import type { AnnotatedDocument } from '../annotate';
import { MAX_LABEL_WORDS } from './label-words';
import { escapeRegExp, hasOrganisationCue } from './organisation-cues';
import { replaceWord } from './owner-rules';
import type { ReferentRule } from './referents';

/** Fewest sentences that must name the main organisation (unit: sentences). */
const MIN_MENTIONS = 3;
/** A generic head that may stand for the story's main organisation, in a label ("the company"). */
const GENERIC_DESCRIPTION = /(?<![\p{L}’'-])(?:the\s+)?(company|firm)(?![\p{L}-])/u;

/** A run of capitalized words in a headline ("Tarnwell Chips", "Corvane"). */
const TITLE_RUN = /(?<![\p{L}\p{N}’'-])\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,3}/gu;
/** Headline capitals that name nothing ("The", "How", "Why", "Q3"). */
const NOT_A_NAME =
  /^(?:the|a|an|how|why|what|when|who|where|this|that|these|new|after|before|as|in|on|at|for|with|from|to|by|and|but|its?|says?)$/iu;

/**
 * "Corvane said on Tuesday its revenue …": a name that speaks of "its" results right after its
 * speech verb is an organisation; this only adds to the shared cues (`organisation-cues.ts`).
 */
const saidIts = (text: string, name: string): boolean =>
  new RegExp(
    `(?<!\\p{L})${escapeRegExp(name)}\\s+(?:said|says|reported|forecast)(?:\\s+on\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:that\\s+)?its\\s`,
    'u',
  ).test(text);

const MAIN = new WeakMap<AnnotatedDocument, string | null>();

/** The story's main organisation (see the file comment), or null when no name qualifies. */
export function mainOrganisation(doc: AnnotatedDocument): string | null {
  const known = MAIN.get(doc);
  if (known !== undefined) return known;
  const counts: { name: string; count: number }[] = [];
  for (const m of doc.title.matchAll(TITLE_RUN)) {
    const words = m[0].split(/\s+/u);
    while (words.length > 0 && NOT_A_NAME.test(words[0] ?? '')) words.shift();
    const name = words.join(' ');
    if (!name) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
    const opens = new RegExp(`^${escapeRegExp(name)}\\s+\\p{Ll}`, 'u');
    let count = 0;
    let subject = false;
    for (const s of doc.sentences) {
      if (!re.test(s.text)) continue;
      count++;
      subject ||= opens.test(s.text);
    }
    if (subject) counts.push({ name, count });
  }
  counts.sort((a, b) => b.count - a.count);
  const story = doc.sentences.map((s) => s.text).join(' ');
  const [first, second] = counts;
  const main =
    first &&
    first.count >= MIN_MENTIONS &&
    (!second || first.count >= 2 * second.count) &&
    (hasOrganisationCue(story, first.name) || saidIts(story, first.name))
      ? first.name
      : null;
  MAIN.set(doc, main);
  return main;
}

export const MAIN_ORGANISATION_RULES: readonly ReferentRule[] = [
  {
    // "Shares rose 4% … The company employs about 4,100 people" → "people the company employs": the
    // rows before found no organisation among the subjects just before; the story's own one.
    name: 'main-organisation-description',
    example: {
      title: 'Tarnwell Chips doubles its sales',
      paragraphs: [
        'Tarnwell Chips said on Monday that it sold twice as many chips as a year ago.',
        'Tarnwell Chips also raised its forecast for the year.',
        'Analysts cheered the results. Shares in Tarnwell Chips rose 4% in late trading.',
        'The company employs about 4,100 people.',
      ],
      figure: 'about 4,100 people',
      measures: 'people Tarnwell Chips employs',
    },
    apply(ctx) {
      const m = GENERIC_DESCRIPTION.exec(ctx.measures);
      if (!m?.[1]) return null;
      // The sentence must say the description itself, with its article ("the company").
      if (!new RegExp(`\\bthe\\s+${m[1]}\\b`, 'iu').test(ctx.sentence.text)) return null;
      const name = ctx.mainOrganisation();
      if (!name || ctx.measures.includes(name)) return null;
      // "company’s revenue" → "Tarnwell Chips’ revenue".
      const owned = /^[’']s\b/u.exec(ctx.measures.slice(m.index + m[0].length));
      const written = owned ? (/s$/u.test(name) ? `${name}’` : `${name}’s`) : name;
      const out = replaceWord(
        ctx.measures,
        m.index,
        m[0].length + (owned?.[0].length ?? 0),
        written,
      );
      return out && out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
];
