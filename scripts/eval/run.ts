/**
 * One runner for the analysis evals: loads a set, runs the shipped analysis (`analyzeStory`) on
 * every article, and hands the results to the task's scorer.
 * Usage: npm run eval:quotes|eval:figures|eval:claims|eval:sources [-- --set NAME] [--check] [--verbose] [--json]
 * Sets: see SETS in ./sets.ts (`team` by default; quotes also `polnear-dev`, `polnear-train`, `polnear`;
 * claims also `bbc-summary`, `bbc-summary-dev`, `bbc-summary-heldout`; sources: the PolNeAR sets only).
 */
import { analyzeStory } from '../../utils/analyze';
import { reportClaims, reportClaimsRouge, scoreClaims, scoreClaimsRouge } from './claims';
import { reportFigures, scoreFigures } from './figures';
import { PUBLIC_FIGURES_SET, runPublicFigures } from './figures-public';
import { runSecondFigures, SECOND_FIGURES_SET } from './figures-public-2';
import { reportQuotes, scoreQuotes } from './quotes';
import { loadSet, SETS } from './sets';
import { reportSources, scoreSources } from './sources';

/** Team gold: minimum quote precision, recall and speaker accuracy for --check. */
const TEAM_QUOTE_TARGETS = { precision: 0.92, recall: 0.9, speakerAccuracy: 0.9 };
/** The team article that must come out exactly right for --check (texts and all speakers). */
const SEED_ID = 'seed-reuters-putin-ceasefire';

const argv = process.argv.slice(2);
const task = argv[0] as keyof typeof SETS;
if (!(task in SETS)) {
  console.error(
    `usage: tsx scripts/eval/run.ts <${Object.keys(SETS).join('|')}> [--set NAME] [--check] [--verbose] [--json]`,
  );
  process.exit(2);
}
const setIndex = argv.indexOf('--set');
const setName = setIndex >= 0 ? (argv[setIndex + 1] ?? '') : SETS[task][0];
const check = argv.includes('--check');
const verbose = argv.includes('--verbose');

// The public figures set is scored from saved pages (extraction, then analysis): its own runner.
if (task === 'figures' && setName === PUBLIC_FIGURES_SET) {
  const ok = await runPublicFigures(verbose, argv.includes('--json'));
  if (check) console.log(ok ? 'check: OK' : 'check: FAILED');
  process.exit(check && !ok ? 1 : 0);
}
if (task === 'figures' && setName === SECOND_FIGURES_SET) {
  const ok = runSecondFigures(verbose, argv.includes('--json'));
  if (check) console.log(ok ? 'check: OK' : 'check: FAILED');
  process.exit(check && !ok ? 1 : 0);
}

let articles: ReturnType<typeof loadSet>;
try {
  articles = loadSet(task, setName);
} catch (error) {
  // Missing data or an unknown set: say what to do, without a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const analyzed = articles.map((article) => ({ article, summary: analyzeStory(article.story) }));
console.log(`${task} on set "${setName}": ${articles.length} articles`);

let ok = true;
if (task === 'quotes') {
  const scores = analyzed.map(({ article, summary }) => scoreQuotes(article, summary));
  const { lines, totals } = reportQuotes(scores, verbose);
  console.log(lines.join('\n'));
  if (argv.includes('--json')) console.log(JSON.stringify({ set: setName, ...totals }));
  if (setName === 'team') {
    const seed = scores.find((s) => s.id === SEED_ID);
    const seedExact =
      seed !== undefined &&
      seed.errors.length === 0 &&
      seed.matched === seed.gold &&
      seed.speakerRight === seed.gold;
    console.log(`seed story ${seedExact ? 'exact' : 'NOT exact'}`);
    ok =
      seedExact &&
      totals.precision >= TEAM_QUOTE_TARGETS.precision &&
      totals.recall >= TEAM_QUOTE_TARGETS.recall &&
      totals.speakerAccuracy >= TEAM_QUOTE_TARGETS.speakerAccuracy;
  }
} else if (task === 'figures') {
  const report = reportFigures(
    analyzed.map(({ article, summary }) => scoreFigures(article, summary)),
    verbose,
  );
  console.log(report.lines.join('\n'));
  ok = report.ok;
} else if (setName.startsWith('bbc-summary')) {
  const report = reportClaimsRouge(
    analyzed.map(({ article, summary }) => scoreClaimsRouge(article, summary, verbose)),
  );
  console.log(report.lines.join('\n'));
  if (argv.includes('--json')) console.log(JSON.stringify({ set: setName, ...report.totals }));
  ok = report.ok;
} else if (task === 'sources') {
  const report = reportSources(
    analyzed.map(({ article, summary }) => scoreSources(article, summary)),
    verbose,
  );
  console.log(report.lines.join('\n'));
  // The contract: every claim attribution is a listed source (or null).
  ok = report.attributionListed === 1;
} else {
  const report = reportClaims(
    analyzed.map(({ article, summary }) => scoreClaims(article, summary, verbose)),
  );
  console.log(report.lines.join('\n'));
  ok = report.ok;
}
if (check) {
  console.log(ok ? 'check: OK' : 'check: FAILED');
  if (!ok) process.exitCode = 1;
}
