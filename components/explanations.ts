import type { SourceKind } from '../utils/summary';

/** What each section of the summary is, in a sentence or two a new reader understands. */
export const SECTION_EXPLANATIONS = {
  claims:
    'The sentences that carry the story, most important first: those that sum up most of what the rest of the story says. Each names who it is attributed to when the story says so; without a name, the story states it itself.',
  figures:
    'Every number that measures something (money, percentages, counts, measurements, ranges), with what it measures, in story order.',
  quotes:
    'Direct quotations, in story order, with the speaker the story names. A partial quote is a few quoted words inside the reporter’s own sentence rather than a whole quoted statement. “By speaker” groups them under each speaker, the most quoted first.',
  sources:
    'Who the story relies on, most cited first. Mentions: how often the story refers to them. Quotes: how many of the quotations are theirs.',
} as const;

/** What each kind of source means; shown in the Sources explanation and as badge tooltips. */
export const SOURCE_KIND_EXPLANATIONS: Record<SourceKind, string> = {
  named: 'A person the story names.',
  anonymous:
    'A person or group the story relies on without naming them, such as “two officials” or “a person familiar with the talks”.',
  organization: 'A company, agency, court or other body the story cites.',
  document: 'A report, court filing, study or statement the story cites.',
};

/** What the "partial quote" mark means; the quote's tooltip. */
export const PARTIAL_QUOTE_EXPLANATION =
  'A few quoted words inside the reporter’s own sentence, not a whole quoted statement.';
