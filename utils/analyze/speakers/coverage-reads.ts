/**
 * Speaker coverage rows for writing that "reads" (issue 11, missing speakers): "it reads, “…”"
 * or "“…,” it read." where "it" is a document, sign or message the story has just mentioned
 * ("The email includes a photo … At the bottom it reads, “…”"). Composed into
 * `COVERAGE_RULES` (./coverage.ts), after the row that resolves "it" through the entity
 * tracker; each row has its own invented example.
 */
import { maskQuotations } from '../attribution';
import { DOCUMENT_HEADS } from '../lexicon';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import type { SpeakerRule } from './rules';

/** "…,” it read." / "…,” it also reads": "it" and "read" right after the quote. */
const IT_READS_AFTER = /^[\s,]*it\s+(?:(?:also|then|further)\s+)?(?:read|reads)\b/u;
/** "At the bottom it reads, “…”": "it" and "read" ending the lead. */
const IT_READS_LEAD =
  /(?:^|[,;:]\s*|\b(?:and|but)\s+|\s)[Ii]t\s+(?:(?:also|then|further)\s+)?(?:read|reads)\s*[,:]?\s*$/u;

/** Written things that read besides documents: "the sign", "the post", "a banner". */
const READABLE_HEADS =
  /^(?:sign|signs|placard|banner|poster|post|posts|tweet|message|messages|note|notes|card|caption|headline|inscription|label|plaque|flyer|leaflet|advert|ad|billboard|text|invitation|email|e-mail|letter)$/u;

/** A determiner, up to two modifiers and a head noun ("the email", "a sign of her own"). */
const NOUN_PHRASE =
  /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)\b/gu;

/** The last written thing a text mentions, as "the <head>", or null. */
function lastWrittenThing(text: string): string | null {
  let found: string | null = null;
  for (const m of maskQuotations(text).matchAll(NOUN_PHRASE)) {
    const head = m[1] ?? '';
    if (DOCUMENT_HEADS.has(head) || READABLE_HEADS.test(head)) found = head;
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
    // "The email includes a photo of the pier. At the bottom it reads, “…”": a thing that
    // reads is written; "it" is the last document, sign or message mentioned.
    name: 'the written thing “it” reads from',
    example: {
      paragraphs: [
        'The harbour campaign sent an email to voters on Monday. The email includes a photo of the pier.',
        'At the bottom it reads, “P.S. You can support the pier by giving five pounds.”',
      ],
      speaker: 'the email',
    },
    apply: itReads,
  },
];
