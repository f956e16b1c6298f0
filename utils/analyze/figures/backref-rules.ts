/*
 * Labels read from the sentence before: a figure whose clause only refers back to what it
 * measures ("It rose to 4.6% in June", "During the slump the figure fell to 25 percent") is a
 * new level of the quantity the story's previous figure measured, so it takes that label, with
 * its own time instead of the old one ("jobless rate in June").
 *
 * Evidence (2026-12-02, news-figures dev set and the team set): figures after "it rose to" or
 * "it fell to" were labelled with the bare category or with words of the time phrase ("boom
 * rose"); the annotators described them as the quantity the sentence before had named.
 */
import type { Figure, Sentence } from '../../summary';
import { DESCRIBED_BACKREF_RULES } from './backref-described-rules';
import { ELLIPSIS_BACKREF_RULES } from './backref-ellipsis-rules';
import { WHEN_AT_END, whenOf } from './describe';
import { MAX_LABEL_WORDS } from './label-words';

/** A kept figure with the rule that labelled it and its offsets in its sentence (as `index.ts` traces it). */
interface LocatedFigure {
  figure: Figure;
  rule: string;
  start: number;
  end: number;
}

/** An invented story, the figure's value in it, and the `measures` it gets with the rule applied. */
export interface BackrefExample {
  paragraphs: string[];
  figure: string;
  measures: string;
}

/** What a back-reference rule reads about one figure. */
export interface BackrefContext {
  figure: LocatedFigure;
  /** The figure's sentence. */
  text: string;
  /** The figures of the sentences before in the same paragraph, nearest last. */
  earlier: LocatedFigure[];
}

/** One rewrite: `apply` returns the figure's new label, or null to leave it. */
export interface BackrefRule {
  name: string;
  example: BackrefExample;
  apply(ctx: BackrefContext): string | null;
}

/** Rules whose labels only guess from nearby words: a back-reference says more. */
const WEAK_RULES = /^(?:category|clause-gist|phrase-before|object-of-frame)(?:\+|$)/u;

/** A short time phrase that opens the sentence, with or without its comma ("During the slump"). */
const OPENING_TIME =
  /^((?:In|During|By|After|Since|Over|Through|Last|This|Next|That|At)\s+(?:[\p{L}\d’'-]+\s+){0,3}?[\p{L}\d’'-]+)(?:,\s*|\s+)(?=(?:it|the\s+(?:figure|number|rate|total|share|level|price|tally|count))\s)/u;
/** "it rose to", "the figure fell by", "it was": a subject that refers back and a verb of level or change. */
const REFERS_BACK =
  /^(?:it|the\s+(?:figure|number|rate|total|share|level|price|tally|count))\s+(?:(?:has|had|have|then|later|since|also|again|already|briefly|nearly|almost)\s+)*(?:rose|fell|climbed|dropped|jumped|grew|slipped|edged\s+(?:up|down)|surged|soared|plunged|sank|declined|increased|decreased|reached|hit|stood|was|is|risen|fallen|dropped|climbed|grown|declined|increased|reached)\s+(?:(?:up|down|back)\s+)?(?:to|at)?\s*$/iu;

/**
 * "That was up from", "This compares with", "It is down on": a sentence that only sets the
 * previous figure against an earlier or other level, the figure right after the cue.
 */
const COMPARED_BACK =
  /^(?:that|this|it)(?:\s+(?:is|was|’s|'s))?\s+(?:(?:up|down)\s+(?:from|on)|(?:compares|compared)\s+(?:with|to))\s+$/iu;

/** "a year earlier", "two months ago", "the year before", right after the figure. */
const EARLIER_WHEN =
  /^,?\s+((?:a|one|two|three|the)\s+(?:year|month|week|quarter|decade)s?\s+(?:earlier|ago|before))(?=[\s,.;:)]|$)/u;

/** A change label's noun, dropped when the new figure is a level ("rise in prices" → "prices"). */
const CHANGE_HEAD = /^(?:rise|fall|increase|decrease|drop|growth|change)\s+in\s+/u;

export const BACKREF_RULES: readonly BackrefRule[] = [
  {
    name: 'level-of-previous',
    example: {
      paragraphs: ['The jobless rate was 4.1% in March. It rose to 4.6% in June.'],
      figure: '4.6%',
      measures: 'jobless rate in June',
    },
    apply({ figure, text, earlier }) {
      if (!WEAK_RULES.test(figure.rule)) return null;
      const before = text.slice(0, figure.start);
      const opening = OPENING_TIME.exec(before);
      const clause = opening ? before.slice(opening[0].length) : before;
      if (!REFERS_BACK.test(clause)) return null;
      const previous = [...earlier].reverse().find((t) => t.figure.kind === figure.figure.kind);
      if (!previous) return null;
      const base = previous.figure.measures.replace(WHEN_AT_END, '').replace(CHANGE_HEAD, '');
      const opened = opening?.[1]
        ? `${opening[1].charAt(0).toLowerCase()}${opening[1].slice(1)}`
        : '';
      const when = whenOf(text.slice(figure.end)) || opened;
      const label = when ? `${base} ${when}` : base;
      return label.split(/\s+/u).length <= MAX_LABEL_WORDS ? label : null;
    },
  },
  {
    // "Profit was £2m last year. That was up from £1.5m in 2022": the figure is the earlier
    // level of the quantity just named, with its own time, or "before" when it gives none.
    name: 'compared-with-previous',
    example: {
      paragraphs: ['Corvane Foods made a profit of £2m last year. That was up from £1.5m in 2022.'],
      figure: '£1.5m',
      measures: 'profit in 2022',
    },
    apply({ figure, text, earlier }) {
      if (!COMPARED_BACK.test(text.slice(0, figure.start))) return null;
      // A bare number ("reached 90,000") and a count ("70,000 tickets") are the same quantity.
      const plain = (kind: string) => (kind === 'other' ? 'count' : kind);
      const previous = [...earlier]
        .reverse()
        .find((t) => plain(t.figure.kind) === plain(figure.figure.kind));
      if (!previous) return null;
      const base = previous.figure.measures.replace(WHEN_AT_END, '').replace(CHANGE_HEAD, '');
      const right = text.slice(figure.end);
      const when = whenOf(right) || EARLIER_WHEN.exec(right)?.[1] || 'before';
      const label = `${base} ${when}`;
      return label.split(/\s+/u).length <= MAX_LABEL_WORDS ? label : null;
    },
  },
  {
    // "A poll ranked Pinto the 40th best rower in Europe. This year she rose to No. 9": a bare
    // rank right after a ranked list was named is a place on that same list.
    name: 'rank-on-previous-list',
    example: {
      paragraphs: [
        'Last year a fan poll ranked Rosa Pinto the 40th best rower in Europe. This year she rose to No. 9.',
      ],
      figure: 'No. 9',
      measures: 'rank as best rower in Europe',
    },
    apply({ figure, earlier }) {
      if (!/^rank$/u.test(figure.figure.measures)) return null;
      for (const e of [...earlier].reverse()) {
        const list = RANK_ON_LIST.exec(e.figure.measures.replace(WHEN_AT_END, ''))?.[1];
        if (list) return `rank ${list}`;
      }
      return null;
    },
  },
  ...DESCRIBED_BACKREF_RULES,
  ...ELLIPSIS_BACKREF_RULES,
];

/** A rank label that names its list ("rank as best rower in Europe", "rank on the chart"). */
const RANK_ON_LIST = /^rank\s+((?:as|on|in|among)\s+\S.*)$/u;

/** How many sentences back the figure referred to may stand (unit: sentences). */
const BACK_SENTENCES = 2;

/**
 * Relabels figures whose clause refers back to the previous figure's quantity (BACKREF_RULES),
 * appending the rule to the trace's; the figures of one paragraph only.
 */
export function relabelBackReferences(located: LocatedFigure[], sentences: Sentence[]): void {
  located.forEach((t, i) => {
    const sentence = sentences[t.figure.sentence];
    if (!sentence) return;
    const earlier = located
      .slice(0, i)
      .filter(
        (e) =>
          e.figure.sentence < sentence.index &&
          e.figure.sentence >= sentence.index - BACK_SENTENCES &&
          sentences[e.figure.sentence]?.paragraph === sentence.paragraph,
      );
    if (earlier.length === 0) return;
    for (const rule of BACKREF_RULES) {
      const out = rule.apply({ figure: t, text: sentence.text, earlier });
      if (!out) continue;
      t.figure.measures = out;
      t.rule = `${t.rule}+${rule.name}`;
      return;
    }
  });
}
