/**
 * Speaker rules for a remark's owner: a possessive before the remark noun ("Berg’s pledge that
 * “…”") or before the quote that names the remark ("Berg’s “…” pledge"). Rows of SPEAKER_RULES.
 */
import { maskQuotations } from '../attribution';
import type { QuoteSite, SpeakerAttribution, SpeakerContext } from './context';
import {
  OWNED_REMARK_AFTER,
  OWNER_BEFORE_QUOTE,
  POSSESSIVE_SUBJECT,
  REMARK_OWNER_LEAD,
} from './leads';
import { fromPhrase } from './phrase';
import type { SpeakerRule } from './rules';

/** The owner captured by `m` (a name with "’s", or his/her/their) as the speaker. */
function ownerSpeaker(
  ctx: SpeakerContext,
  site: QuoteSite,
  m: RegExpExecArray,
): SpeakerAttribution | null {
  const owner = m[1];
  if (!owner) return null;
  const phrase = POSSESSIVE_SUBJECT[owner.toLowerCase()] ?? owner.replace(/['’]s?$/u, '');
  return fromPhrase(ctx, phrase, {
    sentence: site.span.sentence,
    offset: m.index,
    paragraph: site.p,
  });
}

export const OWNER_RULES: SpeakerRule[] = [
  {
    // "…, a row over her remark that “…”": whoever owns the remark said it, not the clause's
    // subject.
    name: 'the owner of a remark right before the opening mark',
    example: {
      paragraphs: [
        'Ines Lund spoke first.',
        'Councillors took Tomas Berg’s pledge that “no boat will be turned away” as a promise.',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      const m = REMARK_OWNER_LEAD.exec(maskQuotations(site.lead));
      return m ? ownerSpeaker(ctx, site, m) : null;
    },
  },
  {
    // "Lima’s “open door” remark drew anger": a quote between a possessive and a remark noun
    // names the owner's remark, so the owner said it.
    name: 'the owner of a remark the quote names',
    example: {
      paragraphs: [
        'Ines Lund spoke first.',
        'Tomas Berg’s “no boat left behind” pledge drew laughs.',
      ],
      speaker: 'Tomas Berg',
    },
    apply: (ctx, site) => {
      if (!OWNED_REMARK_AFTER.test(site.after)) return null;
      const m = OWNER_BEFORE_QUOTE.exec(maskQuotations(site.lead));
      return m ? ownerSpeaker(ctx, site, m) : null;
    },
  },
];
