/**
 * Speaker coverage rows for writing that "reads" (issue 11, missing speakers): "it reads, “…”"
 * or "“…,” it read." where "it" is a document, sign or message the story has just mentioned
 * ("The flyer shows the old pier … Under the picture it reads, “…”"). Composed into
 * `COVERAGE_RULES` (./coverage.ts), after the row that resolves "it" through the entity
 * tracker; each row has its own invented example.
 */
import { maskQuotations } from '../attribution';
import { DOCUMENT_HEADS } from '../lexicon';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import type { SpeakerRule } from './rules';

/** "…,” it read." / "…,” it also reads": "it" and "read" right after the quote. */
const IT_READS_AFTER = /^[\s,]*it\s+(?:(?:also|then|further)\s+)?(?:read|reads)\b/u;
/** "Under the picture it reads, “…”": "it" and "read" ending the lead. */
const IT_READS_LEAD =
  /(?:^|[,;:]\s*|\b(?:and|but)\s+|\s)[Ii]t\s+(?:(?:also|then|further)\s+)?(?:read|reads)\s*[,:]?\s*$/u;

/** Written things that read besides documents: "the sign", "the post", "a banner". */
const READABLE_HEADS =
  /^(?:sign|signs|placard|banner|poster|post|posts|tweet|message|messages|note|notes|card|caption|headline|inscription|label|plaque|flyer|leaflet|advert|ad|billboard|text|invitation|email|e-mail|letter)$/u;

/** A determiner and the three words after it, among them a head noun ("a hand-painted placard"). */
const NOUN_PHRASE =
  /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)((?:\s+[\p{L}-]+){1,3})/gu;

/** The last written thing a text mentions, as "the <head>", or null. */
function lastWrittenThing(text: string): string | null {
  let found: string | null = null;
  for (const m of maskQuotations(text).matchAll(NOUN_PHRASE)) {
    const head = (m[1] ?? '')
      .trim()
      .split(/\s+/u)
      .find((w) => DOCUMENT_HEADS.has(w) || READABLE_HEADS.test(w));
    if (head) found = head;
  }
  return found ? `the ${found}` : null;
}

/**
 * The written thing "it" reads from: the last one mentioned before the quote in its paragraph,
 * else in the paragraph before.
 */
function itReads(ctx: SpeakerContext, site: QuoteSite): SpeakerAttribution | null {
  if (site.span.pieces.length > 0) return null;
  const after = IT_READS_AFTER.test(maskQuotations(site.after));
  const lead = IT_READS_LEAD.test(maskQuotations(site.lead));
  if (!after && !lead) return null;
  const before = site.para.text.slice(0, site.span.start);
  const prev = ctx.doc.paragraphTexts.get(site.p - 1)?.text ?? '';
  const thing = lastWrittenThing(before) ?? lastWrittenThing(prev);
  return thing ? { speaker: thing, role: null, anonymous: true } : null;
}

/** Coverage rows for "it reads", in the order `COVERAGE_RULES` tries them. */
export const READS_COVERAGE_RULES: SpeakerRule[] = [
  {
    // "The flyer shows the old pier. Under the picture it reads, “…”": a thing that
    // reads is written; "it" is the last document, sign or message mentioned.
    name: 'the written thing “it” reads from',
    example: {
      paragraphs: [
        'The ferry club mailed a flyer to every house on Monday. The flyer shows the old pier at dusk.',
        'Under the picture it reads, “Save our pier: come to the hall on Friday.”',
      ],
      speaker: 'the flyer',
    },
    apply: itReads,
  },
];
