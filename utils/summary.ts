/**
 * The StorySummary data contract, see DESIGN.md. Plain JSON only.
 *
 * schemaVersion 2 (from 1): `SourceKind` gains `'document'` (a report, filing, study or statement
 * the story cites), and a `Figure` may carry `change` (a move from one level to another),
 * `alsoWritten` (the same quantity in another unit or currency) and `check` (a figure the story
 * itself contradicts). Everything else is as in version 1; readers of version 1 only need to
 * accept the new kind value and ignore the new optional fields.
 */
export const SCHEMA_VERSION = 2 as const;

/**
 * What kind of piece a page is, as the page itself says (schema.org type, section, URL, a label
 * by the headline): a reader should know a column is a column.
 */
export type StoryKind =
  | 'news'
  | 'opinion'
  | 'analysis'
  | 'review'
  | 'live'
  | 'press-release'
  | 'sponsored';

/** A story as extracted from a page: clean paragraphs plus metadata. */
export interface Story {
  url: string;
  title: string;
  byline: string | null;
  /** Optional (added after schemaVersion 1): the people in the byline, one name each. */
  authors?: string[];
  /** Optional: what kind of piece it is; absent or null when the page does not say. */
  kind?: StoryKind | null;
  /** Optional: the dateline split off the first paragraph ("WASHINGTON (Reuters)", "(CNN)"). */
  dateline?: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Clean story text, one entry per paragraph or subheading, in order. */
  paragraphs: string[];
}

export interface StoryMeta {
  title: string;
  byline: string | null;
  /** Optional (added after schemaVersion 1): the people in the byline, one name each. */
  authors?: string[];
  /** Optional: what kind of piece it is; absent or null when the page does not say. */
  kind?: StoryKind | null;
  /** Optional: the dateline split off the first paragraph ("WASHINGTON (Reuters)", "(CNN)"). */
  dateline?: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
}

export interface Sentence {
  index: number;
  paragraph: number;
  /** Verbatim text of the sentence. */
  text: string;
}

export interface Claim {
  sentence: number;
  text: string;
  score: number;
  /** e.g. "according to five insiders"; null when the story states it itself. */
  attribution: string | null;
}

export type FigureKind = 'percent' | 'money' | 'count' | 'measure' | 'range' | 'other';

/** A figure that moves: "rose from 2.10% to 2.45%", "down 40 to 215", "cut by a half-point". */
export interface FigureChange {
  /** The old level as written, or null when the story does not give it. */
  from: string | null;
  /** The new level as written, or null when the story does not give it. */
  to: string | null;
  /** The size of the move as written, or null. */
  by: string | null;
  direction: 'up' | 'down' | null;
}

/** Why a reader should check a figure, and the sentences that disagree (indexes into `sentences`; -1 for the headline, -2 for the standfirst). */
export interface FigureCheck {
  reason: string;
  sentences: number[];
}

export interface Figure {
  sentence: number;
  /** Verbatim as written, qualifiers kept: "more than 110,000 square kilometers". */
  value: string;
  measures: string;
  kind: FigureKind;
  /** schemaVersion 2, optional: both ends and the direction of a change. */
  change?: FigureChange;
  /** schemaVersion 2, optional: the same quantity written again in another unit ("£5bn" beside "$6.4bn"). */
  alsoWritten?: string[];
  /** schemaVersion 2, optional: set when the story's own numbers disagree about this figure. */
  check?: FigureCheck;
}

export interface Quote {
  sentence: number;
  /** The quoted words without the quotation marks. */
  text: string;
  /** The fullest name the story gives, or a description of an unnamed speaker. */
  speaker: string | null;
  speakerRole: string | null;
  partial: boolean;
}

/** schemaVersion 2 adds `document`: a report, filing, study or statement the story cites. */
export type SourceKind = 'named' | 'anonymous' | 'organization' | 'document';

export interface Source {
  name: string;
  kind: SourceKind;
  role: string | null;
  mentions: number;
  quotes: number;
}

export interface NoStorySummary {
  schemaVersion: typeof SCHEMA_VERSION;
  status: 'no-story';
  url: string;
  /** Human-readable, e.g. "This page is a list of links, not a story." */
  reason: string;
}

export interface OkSummary {
  schemaVersion: typeof SCHEMA_VERSION;
  status: 'ok';
  url: string;
  meta: StoryMeta;
  paragraphs: string[];
  sentences: Sentence[];
  claims: Claim[];
  figures: Figure[];
  quotes: Quote[];
  sources: Source[];
  /** Set when the page was too large to read whole: what was left out, for a reader. */
  readLimit?: string;
}

export type StorySummary = NoStorySummary | OkSummary;
