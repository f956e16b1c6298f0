/**
 * The BBC News Summary pairs (Pariza Sharif, BBC News Summary v2, 2018; CC0), as selected and
 * cleaned by the public GitHub repository adamchristiansen/text-summarizer: 100 BBC stories (20 each
 * of business, entertainment, politics, sport, tech) under `corpus/article/<topic>/<nnn>.txt`, each
 * with a reference summary under `corpus/summary/<topic>/<nnn>.txt`. An article file is the headline,
 * a blank line, then one sentence per line with blank lines between paragraphs; a summary is
 * sentences copied verbatim from its article, one per line, so sentence-level labels come for free.
 *
 * Get it (once; `.cache/` is git-ignored, nothing from the set is committed):
 *   git clone --mirror https://github.com/adamchristiansen/text-summarizer .cache/github/adamchristiansen+text-summarizer
 * or point BBC_SUMMARY_PATH at another bare or normal clone. The files are read at run time with
 * `git cat-file` from the clone's HEAD.
 *
 * Split: every story is either `dev` (weights and the position prior are tuned on it) or `heldout`
 * (only reported), fixed by a hash of its id so the split never depends on file order or on the
 * machine (see splitOf).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type EvalArticle, storyOf } from './sets';

const ROOT = join(import.meta.dirname, '..', '..');
/** Where the clone of adamchristiansen/text-summarizer lives. */
export const BBC_SUMMARY_PATH =
  process.env.BBC_SUMMARY_PATH ??
  join(ROOT, '.cache', 'github', 'adamchristiansen+text-summarizer');

/** How to get the data, for the message when it is missing. */
export const BBC_SUMMARY_HOWTO =
  'git clone --mirror https://github.com/adamchristiansen/text-summarizer .cache/github/adamchristiansen+text-summarizer';

export type BbcSplit = 'dev' | 'heldout';

/** FNV-1a 32-bit hash of a string: deterministic, no dependency. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The split a story belongs to: its id's hash, even → dev, odd → held out. */
export function splitOf(id: string): BbcSplit {
  return fnv1a(id) % 2 === 0 ? 'dev' : 'heldout';
}

/** One article with its reference summary, parsed from the corpus files. */
export interface BbcPair {
  id: string;
  topic: string;
  title: string;
  /** Paragraphs, each a list of sentences as the corpus gives them (one a line). */
  paragraphs: string[][];
  /** Reference summary sentences. */
  summary: string[];
}

/** Parses an article file: headline, blank line, sentences one a line, blank lines between paragraphs. */
export function parseArticle(text: string): { title: string; paragraphs: string[][] } {
  const [title = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((p) => p.length > 0);
  return { title: title.trim(), paragraphs };
}

/** Parses a summary file: one sentence a line. */
export function parseSummary(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function git(dir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['--git-dir', dir, ...args], {
    input,
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** The git directory of a bare or normal clone, or null when there is none. */
function gitDirOf(path: string): string | null {
  if (existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects'))) return path;
  if (existsSync(join(path, '.git'))) return join(path, '.git');
  return null;
}

/** Reads every article/summary pair from the clone; throws with the how-to when it is missing. */
export function loadBbcPairs(path = BBC_SUMMARY_PATH): BbcPair[] {
  const dir = gitDirOf(path);
  if (!dir) {
    throw new Error(
      `BBC News Summary data not found at ${path}.\nGet it with:\n  ${BBC_SUMMARY_HOWTO}\n(or set BBC_SUMMARY_PATH to a clone of that repository).`,
    );
  }
  const files = git(dir, ['ls-tree', '-r', '--name-only', 'HEAD', 'corpus/article'])
    .toString('utf8')
    .split('\n')
    .filter((f) => /^corpus\/article\/[^/]+\/[^/]+\.txt$/.test(f))
    .sort();
  const paths = files.flatMap((f) => [f, f.replace('corpus/article/', 'corpus/summary/')]);
  // One `git cat-file --batch` for all files: "<sha> blob <size>\n<content>\n" per request.
  const out = git(dir, ['cat-file', '--batch'], paths.map((p) => `HEAD:${p}\n`).join(''));
  const contents: string[] = [];
  let at = 0;
  for (const p of paths) {
    const headerEnd = out.indexOf(10, at);
    const header = out.subarray(at, headerEnd).toString('utf8');
    const size = Number(/ blob (\d+)$/.exec(header)?.[1] ?? Number.NaN);
    if (!Number.isFinite(size)) throw new Error(`BBC News Summary: cannot read ${p} (${header})`);
    contents.push(out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    at = headerEnd + 1 + size + 1;
  }
  return files.map((f, i) => {
    const [, topic = '', name = ''] = /^corpus\/article\/([^/]+)\/([^/]+)\.txt$/.exec(f) ?? [];
    const { title, paragraphs } = parseArticle(contents[2 * i] ?? '');
    return {
      id: `bbc-${topic}-${name}`,
      topic,
      title,
      paragraphs,
      summary: parseSummary(contents[2 * i + 1] ?? ''),
    };
  });
}

/** The set as evaluation articles; `split` keeps one part, `all` keeps both (each marked in raw). */
export function bbcSummarySet(split: BbcSplit | 'all'): EvalArticle[] {
  return loadBbcPairs()
    .filter((p) => split === 'all' || splitOf(p.id) === split)
    .map((p) => ({
      id: p.id,
      group: p.topic,
      story: storyOf(
        p.id,
        p.title,
        p.paragraphs.map((sentences) => sentences.join(' ')),
      ),
      raw: {
        split: splitOf(p.id),
        summary: p.summary,
        sentences: p.paragraphs.flat(),
      },
    }));
}
