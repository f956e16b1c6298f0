/**
 * npm run eval:annotate:figures [-- <annotations.md>]: rebuilds tests/gold/figures-public.json,
 * the fingerprints of the public figures set, from the plain working annotations kept outside
 * the repository (default .cache/figures-public/annotations.md; format in parseAnnotations).
 * Each page's HTML is fingerprinted from .cache/eval-pages/<set>/<page>/source.html, and every
 * annotated value is checked against the page's reference text, so a typo cannot slip in.
 * The gold file is regenerated only by this script; see docs/eval-figures-public.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  fingerprintFigure,
  GOLD_PATH,
  type GoldFile,
  goldFileText,
  htmlSha256,
  normaliseValue,
  PAGES_DIR,
  parseAnnotations,
} from './figures-public';

/** Fixed, so that the same annotations always give the same file (a salt, not a secret). */
const SALT = 'story-lens/figures-public/v1';
/** The day the annotations were written (blind to the tool's output). */
const ANNOTATED = '2026-12-02';

const source = resolve(
  process.argv[2] ??
    join(import.meta.dirname, '..', '..', '.cache', 'figures-public', 'annotations.md'),
);
if (!existsSync(source)) {
  console.error(`No working annotations at ${source}: they are kept outside the repository.`);
  process.exit(2);
}
const pages = parseAnnotations(readFileSync(source, 'utf8'));
const problems: string[] = [];
const gold: GoldFile = {
  about:
    'Fingerprints of the public figures set (issue 12): per page its eval:fetch folder and the sha256 of its HTML; per figure salted sha256 prefixes of the normalised value, its numeric core and the content words of its measures phrase. Built by npm run eval:annotate:figures; see docs/eval-figures-public.md.',
  salt: SALT,
  annotated: ANNOTATED,
  pages: [],
};
const seen = new Set<string>();
for (const page of pages) {
  const id = `${page.set}/${page.page}`;
  if (seen.has(id)) problems.push(`${id}: annotated twice`);
  seen.add(id);
  const dir = join(PAGES_DIR, page.set, page.page);
  const htmlFile = join(dir, 'source.html');
  if (!existsSync(htmlFile)) {
    problems.push(`${id}: no ${htmlFile} (run npm run eval:fetch)`);
    continue;
  }
  const reference = normaliseValue(readFileSync(join(dir, 'reference.txt'), 'utf8'));
  for (const figure of page.figures) {
    if (!reference.includes(normaliseValue(figure.value))) {
      problems.push(`${id}: value "${figure.value}" is not in the reference text`);
    }
  }
  if (page.figures.length === 0) problems.push(`${id}: no figures`);
  gold.pages.push({
    set: page.set,
    page: page.page,
    htmlSha256: htmlSha256(readFileSync(htmlFile, 'utf8')),
    figures: page.figures.map((figure) => fingerprintFigure(SALT, figure)),
  });
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(GOLD_PATH, goldFileText(gold));
const figures = gold.pages.flatMap((p) => p.figures);
console.log(
  `${GOLD_PATH}: ${gold.pages.length} pages, ${figures.length} figures, ${figures.filter((f) => f.key).length} key`,
);
