/**
 * The quotes stage: quoted spans found and classified (spans.ts), each given its speaker by the
 * speakers stage, in story order.
 */
import type { Quote } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import { attributeSpeakers } from '../speakers';
import { findQuoteSpans } from './spans';

/** Finds the quotations of a story, with their speakers, in story order. */
export function findQuotes(doc: AnnotatedDocument): Quote[] {
  const spans = findQuoteSpans(doc);
  return attributeSpeakers(doc, spans).map((a, k) => {
    const span = spans[k];
    return {
      sentence: span?.sentence ?? 0,
      text: span?.text ?? '',
      speaker: a.speaker,
      speakerRole: a.role,
      partial: span?.partial ?? false,
    };
  });
}
