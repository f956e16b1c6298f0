/** What the speaker rules share: the document, the entity tracker and the results so far. */
import type { AnnotatedDocument, ParagraphText } from '../annotate';
import type { EntityTracker } from '../coreference';
import type { QuoteSpan } from '../quotes/spans';

/** Who said a quote: a person's fullest name, or a description of an unnamed speaker. */
export interface SpeakerAttribution {
  speaker: string | null;
  role: string | null;
  /** True for an unnamed speaker ("one official from Russia"). */
  anonymous: boolean;
}

export interface SpeakerContext {
  doc: AnnotatedDocument;
  tracker: EntityTracker;
  spans: QuoteSpan[];
  /** The attributions of the spans before the current one, in order. */
  results: SpeakerAttribution[];
  /**
   * The sentence of the quote being attributed: a bare surname shared by several people is read
   * as the one named in full last before it (absent: the story's fullest name).
   */
  sentence?: number;
}

/** A quoted span in its paragraph, with the text around it that the rules read. */
export interface QuoteSite {
  /** Index of the span in `SpeakerContext.spans`. */
  k: number;
  span: QuoteSpan;
  para: ParagraphText;
  /** Offset of the span's sentence in the paragraph text. */
  sentStart: number;
  /** The sentence's text before the opening mark. */
  lead: string;
  /** The text after the closing mark, up to the next quote of the paragraph. */
  after: string;
  /** Offset of the opening mark in its sentence. */
  offset: number;
  /** The paragraph index. */
  p: number;
}

/** Where a speaker phrase stands, for resolving pronouns and descriptions from there. */
export interface Place {
  sentence: number;
  offset: number;
  paragraph: number;
}
