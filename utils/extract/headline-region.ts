/**
 * A check that Readability read the story and not a rail beside it. Readability picks the
 * highest-scoring block of prose; on a page whose story is short (a blog post of one paragraph)
 * a rail of guides or promos can outscore it once the furniture around the story is cleaned
 * away. The page says what its story is about in its title and description; text that shares
 * none of their words is not that story, and the story sits with its headline.
 */
import { descendantsWhere, selectorTest } from './dom-walk';
import { findHeadline, lowerWords, wordCount } from './noise';
import { hasUnspacedScript, wantedWords } from './words';

/** Topic words are content words: this many letters or more, which skips most function words (unit: characters). */
const TOPIC_WORD_MIN_LENGTH = 4;
/** In Chinese, Japanese or Thai a content word is two characters or more (unit: characters). */
const UNSPACED_TOPIC_WORD_MIN_LENGTH = 2;
/** A topic needs this many words for a coverage to mean anything (unit: words). */
const MIN_TOPIC_WORDS = 3;
/** Below this share of the topic words, an extraction is about something else (unit: ratio 0..1). */
export const OFF_TOPIC_COVERAGE = 0.2;
/** The headline's region must hold this many words of paragraph text besides the headline (unit: words). */
const REGION_MIN_WORDS = 20;

/** Common English function words long enough to pass TOPIC_WORD_MIN_LENGTH: they say nothing of a topic. */
const FUNCTION_WORDS = new Set(
  'about above after again also been before being could does doing down during each from further have having here into just more most once only other over said same should some such than that their them then there these they this those through under until very were what when where which while will with would your'.split(
    ' ',
  ),
);

/** Folds a plural onto its singular ("ships" → "ship", not "press") so a topic word matches either. */
function fold(word: string): string {
  return word.length > TOPIC_WORD_MIN_LENGTH && word.endsWith('s') && !word.endsWith('ss')
    ? word.slice(0, -1)
    : word;
}

/** The content words of a page's title and description: what its story is about. */
export function topicWords(title: string, description: string | null): Set<string> {
  return new Set(
    lowerWords(`${title} ${description ?? ''}`)
      .filter(
        (word) =>
          (word.length >= TOPIC_WORD_MIN_LENGTH ||
            (word.length >= UNSPACED_TOPIC_WORD_MIN_LENGTH && hasUnspacedScript(word))) &&
          !FUNCTION_WORDS.has(word),
      )
      .map(fold),
  );
}

/** Share of the topic words found in texts; null when the topic is too small to judge. */
export function topicCoverage(texts: readonly string[], topic: ReadonlySet<string>): number | null {
  if (topic.size < MIN_TOPIC_WORDS) return null;
  const found = wantedWords(texts.join(' '), topic, fold);
  let shared = 0;
  for (const word of topic) if (found.has(word)) shared++;
  return shared / topic.size;
}

const IS_P = selectorTest('p');

function paragraphWords(element: Element): number {
  let total = 0;
  for (const p of descendantsWhere(element, IS_P)) total += wordCount(p.textContent ?? '');
  return total;
}

/**
 * The smallest element around the page's headline (an h1 or h2 that matches the title) that also
 * holds paragraphs: the post the headline belongs to. Null when no heading matches or the
 * headline stands alone in the page.
 */
export function findHeadlineRegion(doc: Document, title: string): Element | null {
  if (!doc.body) return null;
  const headline = findHeadline(doc.body, title);
  for (let region = headline?.parentElement; region && region !== doc.body; ) {
    if (paragraphWords(region) >= REGION_MIN_WORDS) return region;
    region = region.parentElement;
  }
  return null;
}
