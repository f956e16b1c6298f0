/**
 * npm run eval:annotate:figures-2 [-- <annotations.md>]: rebuilds tests/gold/figures-public-2.json,
 * the fingerprints of the second public figures set (BBC stories, see ./figures-public-2.ts),
 * from the plain working annotations kept outside the repository (default
 * .cache/figures-public-2/annotations.md; same format as the first set's, one "## bbc/<topic>/<nnn>"
 * per story). The stories must be exactly the ones the selection rule picks, in its order; every
 * annotated value is checked against the story's text. A story may have no figure: it then only
 * counts the tool's false figures. See docs/eval-figures-public.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBbcPairs } from './bbc-summary';
import {
  fingerprintFigure,
  goldFileText,
  normaliseValue,
  parseAnnotations,
} from './figures-public';
import {
  ANNOTATIONS_PATH_2,
  GOLD_PATH_2,
  type GoldFile2,
  MIN_DIGIT_TOKENS,
  PER_TOPIC,
  pageOf,
  SALT_2,
  selectPages,
  TOPICS,
  textOf,
  textSha256,
} from './figures-public-2';

/** The day the annotations were written (blind to the tool's output). */
const ANNOTATED = '2026-12-02';

const source = resolve(process.argv[2] ?? ANNOTATIONS_PATH_2);
if (!existsSync(source)) {
  console.error(`No working annotations at ${source}: they are kept outside the repository.`);
  process.exit(2);
}
const annotated = parseAnnotations(readFileSync(source, 'utf8'));
const stories = selectPages(loadBbcPairs());
const problems: string[] = [];
const wanted = stories.map((s) => `bbc/${pageOf(s)}`);
const got = annotated.map((p) => `${p.set}/${p.page}`);
if (wanted.join(' ') !== got.join(' ')) {
  problems.push(
    `the annotated stories are not the selected ones:\n  want ${wanted.join(' ')}\n  got  ${got.join(' ')}`,
  );
}
const gold: GoldFile2 = {
  about:
    'Fingerprints of the second public figures set (issue 12): BBC News Summary stories chosen by a fixed rule; per story the sha256 of its text, per figure salted sha256 prefixes of the normalised value, its numeric core and the content words of its measures phrase. Built by npm run eval:annotate:figures-2; see docs/eval-figures-public.md.',
  salt: SALT_2,
  annotated: ANNOTATED,
  selection: { topics: [...TOPICS], perTopic: PER_TOPIC, minDigitTokens: MIN_DIGIT_TOKENS },
  pages: [],
};
annotated.forEach((page, i) => {
  const story = stories[i];
  if (!story || `bbc/${pageOf(story)}` !== `${page.set}/${page.page}`) return;
  const text = normaliseValue(textOf(story));
  for (const figure of page.figures) {
    if (!text.includes(normaliseValue(figure.value))) {
      problems.push(`${page.set}/${page.page}: value "${figure.value}" is not in the story`);
    }
  }
  gold.pages.push({
    set: page.set,
    page: page.page,
    textSha256: textSha256(story),
    figures: page.figures.map((figure) => fingerprintFigure(SALT_2, figure)),
  });
});
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(GOLD_PATH_2, goldFileText(gold));
const figures = gold.pages.flatMap((p) => p.figures);
console.log(
  `${GOLD_PATH_2}: ${gold.pages.length} stories, ${figures.length} figures, ${figures.filter((f) => f.key).length} key`,
);
