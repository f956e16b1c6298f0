/**
 * The speakers stage: each quoted span gets its speaker from the first rule of SPEAKER_RULES
 * that finds one ("X said", "said X", "X told Reuters", role phrases, "X …: “quote”", pronouns
 * and "the spokesperson" resolved through the document's entity tracker, speakers carried to
 * quote-only paragraphs), names given in their fullest form.
 */
import type { AnnotatedDocument } from '../annotate';
import { EntityTracker } from '../coreference';
import type { QuoteSpan } from '../quotes/spans';
import type { SpeakerAttribution, SpeakerContext } from './context';
import { SPEAKER_RULES, type SpeakerRule } from './rules';
import { siteOf } from './site';

export type { SpeakerAttribution } from './context';

const NO_SPEAKER: SpeakerAttribution = { speaker: null, role: null, anonymous: false };

/** Attributes a speaker to each quoted span, in order (rules: `SPEAKER_RULES` unless given). */
export function attributeSpeakers(
  doc: AnnotatedDocument,
  spans: QuoteSpan[],
  rules: SpeakerRule[] = SPEAKER_RULES,
): SpeakerAttribution[] {
  const ctx: SpeakerContext = { doc, tracker: new EntityTracker(doc), spans, results: [] };
  for (let k = 0; k < spans.length; k++) {
    const site = siteOf(ctx, k);
    ctx.sentence = spans[k]?.sentence;
    let found: SpeakerAttribution | null = null;
    for (const rule of site ? rules : []) {
      found = site ? rule.apply(ctx, site) : null;
      if (found) break;
    }
    ctx.results.push(found ?? NO_SPEAKER);
    if (site && found?.speaker) {
      // A resolved speaker is the salient subject a later pronoun goes back to.
      ctx.tracker.add({
        speaker: found.speaker,
        role: found.role,
        anonymous: found.anonymous,
        sentence: site.span.sentence,
        offset: site.offset,
        subject: true,
        paragraph: site.p,
      });
    }
  }
  return ctx.results;
}
