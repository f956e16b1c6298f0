/**
 * Evaluation sets, loaded into one shape. Two kinds:
 * - `team`: the hand-written gold sets in tests/gold/<task>.json (written by the team, so they
 *   flatter the analysis; kept as regression guards);
 * - `news-figures` (figures only): real news pages from eval:fetch, scored by ./figures-public.ts
 *   (it extracts each saved page itself, so it is not loaded here); `news-figures-2` (figures
 *   only): BBC stories scored by ./figures-public-2.ts, not loaded here either;
 * - `polnear-train`, `polnear-dev`, `polnear`: PolNeAR's train and dev splits as converted in
 *   ../shared/eval-data (739 political news articles, 7,570 direct quotes with speakers,
 *   annotated by the corpus authors). Read at run time; their text never enters the repository.
 *   PolNeAR's test split is held out for independent checking and is not loaded anywhere.
 * - `bbc-summary` (both splits, reported apart), `bbc-summary-dev`, `bbc-summary-heldout`: BBC
 *   stories with reference summaries for the claims (./bbc-summary.ts; read from a clone in .cache/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../../utils/summary';
import { bbcSummarySet } from './bbc-summary';

/** How far a gold speaker can be trusted (PolNeAR conversion; team gold is always `name`). */
export type SpeakerResolution = 'name' | 'pronoun' | 'none';

export interface GoldQuote {
  text: string;
  speaker: string | null;
  resolution: SpeakerResolution;
  /** The pronoun or phrase the annotators marked when `speaker` is null. */
  span?: string | null;
}

export interface EvalArticle {
  id: string;
  /** Publisher or section, for per-group breakdowns. */
  group: string;
  story: Story;
  quotes?: GoldQuote[];
  /** Quoted strings the annotators judged not to be quotes (scare quotes, titles…). */
  notQuotes?: string[];
  /** Whether the set lists partial quotes (PolNeAR does; the team's gold lists full quotes only). */
  scoresPartials?: boolean;
  raw: Record<string, unknown>;
}

const ROOT = join(import.meta.dirname, '..', '..');
/** Where the shared development data lives (read-only, beside the repository). */
export const POLNEAR_PATH =
  process.env.POLNEAR_PATH ?? join(ROOT, '..', 'shared', 'eval-data', 'polnear-traindev.json');

/** A story in the shape the analyzer takes, from a title and paragraphs. */
export function storyOf(id: string, title: string, paragraphs: string[]): Story {
  return {
    url: `https://eval.invalid/${encodeURIComponent(id)}`,
    title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    excerpt: null,
    paragraphs,
  };
}

function teamSet(task: string): EvalArticle[] {
  const file = join(ROOT, 'tests', 'gold', `${task}.json`);
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  return gold.map((a) => {
    const paragraphs = String(a.text)
      .split(/\n\s*\n/u)
      .map((p) => p.trim())
      .filter(Boolean);
    const quotes = a.quotes as { text: string; speaker: string | null }[] | undefined;
    return {
      id: String(a.id),
      group: 'team',
      story: storyOf(String(a.id), String(a.title), paragraphs),
      quotes: quotes?.map((q) => ({ ...q, resolution: 'name' as const })),
      raw: a,
    };
  });
}

interface PolnearRecord {
  id: string;
  source: string;
  publisher: string;
  title: string;
  text: string;
  quotes: {
    text: string;
    speaker: string | null;
    speaker_span: string | null;
    speaker_resolution: string;
  }[];
  notes: string;
}

const RESOLUTIONS: Record<string, SpeakerResolution> = {
  'polnear-source-span': 'name',
  'pronoun-unresolved': 'pronoun',
  'no-source-annotated': 'none',
};

/** The converter lists quoted strings outside any attribution at the end of `notes`, as JSON. */
function notQuotesOf(notes: string): string[] {
  const list = /\): (\[.*\])\s*$/su.exec(notes)?.[1];
  if (!list) return [];
  try {
    return JSON.parse(list) as string[];
  } catch {
    return [];
  }
}

function polnearSet(split: 'train' | 'dev' | 'all'): EvalArticle[] {
  if (!existsSync(POLNEAR_PATH)) {
    throw new Error(
      `PolNeAR development data not found at ${POLNEAR_PATH} (set POLNEAR_PATH to its location).`,
    );
  }
  const records = JSON.parse(readFileSync(POLNEAR_PATH, 'utf8')) as PolnearRecord[];
  return records
    .filter((r) => split === 'all' || r.source.includes(`${split} split`))
    .map((r) => {
      const [title = '', ...rest] = r.text.split('\n');
      const paragraphs = rest.map((p) => p.trim()).filter(Boolean);
      return {
        id: r.id,
        group: r.publisher,
        story: storyOf(r.id, title.trim(), paragraphs),
        quotes: r.quotes.map((q) => ({
          text: q.text,
          speaker: q.speaker,
          resolution: RESOLUTIONS[q.speaker_resolution] ?? 'none',
          span: q.speaker_span,
        })),
        notQuotes: notQuotesOf(r.notes),
        scoresPartials: true,
        raw: r as unknown as Record<string, unknown>,
      };
    });
}

/** The sets each task can be scored on; the first is the default. */
export const SETS = {
  quotes: ['team', 'polnear-dev', 'polnear-train', 'polnear'],
  figures: ['team', 'news-figures', 'news-figures-2'],
  claims: ['team', 'bbc-summary', 'bbc-summary-dev', 'bbc-summary-heldout'],
  sources: ['polnear-dev', 'polnear-train', 'polnear'],
} as const;

/** Loads a named set for a task. */
export function loadSet(task: keyof typeof SETS, name: string): EvalArticle[] {
  if (name === 'team') return teamSet(task);
  if (name === 'polnear-dev') return polnearSet('dev');
  if (name === 'polnear-train') return polnearSet('train');
  if (name === 'polnear') return polnearSet('all');
  if (task === 'claims' && name === 'bbc-summary') return bbcSummarySet('all');
  if (task === 'claims' && name === 'bbc-summary-dev') return bbcSummarySet('dev');
  if (task === 'claims' && name === 'bbc-summary-heldout') return bbcSummarySet('heldout');
  throw new Error(`Unknown set "${name}" for ${task}: one of ${SETS[task].join(', ')}.`);
}
