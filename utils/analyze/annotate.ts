/**
 * The annotated document: built once per story by `annotate`, read by every stage (quotes,
 * speakers, figures, sources, claims), so no stage re-splits, re-tokenizes or rebuilds an index.
 * It holds the sentences, the paragraphs rebuilt with sentence offsets, each sentence's word
 * tokens, its person-name mentions (with and without the words inside quotation marks), the
 * subject of its reporting verb and its attribution phrase, the story's people index with how
 * many sentences name each person, and the coreference chains (coreference.ts).
 */
import type { Sentence, Story } from '../summary';
import { findAttribution, findSpeechSubject, maskQuotations } from './attribution';
import { type CoreferenceChain, resolveChains } from './coreference';
import { findNames, indexMentions, type NameMention, type PersonIndex } from './names';
import { notPersonNames } from './not-person-names';
import { placeNames } from './people-index';
import { splitSentences } from './sentences';
import { type Token, tokenize } from './tokens';

/** A paragraph rebuilt from its sentences, with each sentence's offset. */
export interface ParagraphText {
  text: string;
  sentences: { index: number; start: number; end: number }[];
}

/** The story with everything the stages read, computed once. */
export interface AnnotatedDocument {
  title: string;
  paragraphs: string[];
  sentences: Sentence[];
  /** Paragraph texts rebuilt from the sentences (joined by one space), by paragraph index. */
  paragraphTexts: Map<number, ParagraphText>;
  /** Word tokens of each sentence (same order as `sentences`). */
  tokens: Token[][];
  /** Person-name mentions of each sentence. */
  names: NameMention[][];
  /** Each sentence with its quotations blanked out (same length and offsets). */
  masked: string[];
  /** Person-name mentions of each sentence outside quotation marks (titles and quoted words left out). */
  namesOutsideQuotes: NameMention[][];
  /** The subject of each sentence's reporting verb ("Kremlin spokesperson Dmitry Peskov"), or null. */
  speechSubjects: (string | null)[];
  /** Each sentence's attribution phrase as written ("according to two officials"), or null. */
  attributions: (string | null)[];
  /** The story's people: fullest names in order of appearance, and their roles. */
  people: PersonIndex;
  /** How many sentences name each person of `people` (by surname). */
  mentionCounts: Map<string, number>;
  /** Pronouns and descriptions linked to the entity they stand for. */
  chains: CoreferenceChain[];
}

/** Rebuilds paragraph texts from sentences (joined by one space) with sentence offsets. */
export function paragraphTexts(sentences: Sentence[]): Map<number, ParagraphText> {
  const out = new Map<number, ParagraphText>();
  for (const s of sentences) {
    let p = out.get(s.paragraph);
    if (!p) {
      p = { text: '', sentences: [] };
      out.set(s.paragraph, p);
    }
    if (p.text !== '') p.text += ' ';
    p.sentences.push({ index: s.index, start: p.text.length, end: p.text.length + s.text.length });
    p.text += s.text;
  }
  return out;
}

/** Annotates a story once for every analysis stage. */
export function annotate(story: Pick<Story, 'title' | 'paragraphs'>): AnnotatedDocument {
  const sentences = splitSentences(story.paragraphs);
  const texts = sentences.map((s) => s.text);
  // A name the story writes only as a place ("in the Tarn Keys") is no one's (`placeNames`);
  // "Soon Lima" is Lima, a firm "Tarn Light & Power" no one (`notPersonNames`).
  const found = sentences.map((s) => findNames(s.text));
  const places = placeNames(found, texts);
  const notPeople = notPersonNames(found, texts);
  const personal = (mentions: NameMention[]) =>
    mentions.flatMap((m): NameMention[] => {
      if (places.has(m.name)) return [];
      const rest = notPeople.get(m.name);
      if (rest === undefined) return [m];
      if (rest === '') return [];
      return [{ ...m, name: rest, start: m.end - rest.length, role: null, introduced: false }];
    });
  const names = found.map(personal);
  const people = indexMentions(names, texts);
  const masked = sentences.map((s) => maskQuotations(s.text));
  const mentionCounts = new Map<string, number>();
  for (const name of people.names) {
    const surname = name.split(' ').pop() ?? name;
    mentionCounts.set(name, sentences.filter((s) => s.text.includes(surname)).length);
  }
  const doc: AnnotatedDocument = {
    title: story.title,
    paragraphs: story.paragraphs,
    sentences,
    paragraphTexts: paragraphTexts(sentences),
    tokens: sentences.map((s) => tokenize(s.text)),
    names,
    masked,
    namesOutsideQuotes: masked.map((text) => personal(findNames(text))),
    speechSubjects: sentences.map((s) => findSpeechSubject(s.text)),
    attributions: sentences.map((s) => findAttribution(s.text)),
    people,
    mentionCounts,
    chains: [],
  };
  doc.chains = resolveChains(doc);
  return doc;
}

/** A document from plain paragraphs (tests, evals and tools that have no page). */
export function annotateParagraphs(paragraphs: string[], title = ''): AnnotatedDocument {
  return annotate({ title, paragraphs });
}
