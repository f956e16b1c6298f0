/**
 * Regenerates tests/fixtures/<case>/expected.json from the current pipeline. Run it only on
 * purpose (npm run fixtures:update), then read every changed expectation in the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureUrl, listFixtures } from '../tests/harness/fixtures';
import { parseHtml } from '../tests/harness/parse-html';
import { summarizeDocument } from '../utils/summarize';

const only = process.argv.slice(2);
let changed = 0;
for (const fixture of listFixtures()) {
  if (only.length > 0 && !only.includes(fixture.name)) continue;
  const url = fixtureUrl(fixture.name);
  const summary = summarizeDocument(parseHtml(fixture.html, url), url);
  const text = `${JSON.stringify(summary, null, 2)}\n`;
  const path = join(fixture.dir, 'expected.json');
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before !== text) {
    writeFileSync(path, text);
    changed++;
    console.log(`${before === null ? 'created' : 'updated'} ${fixture.name}/expected.json`);
  }
}
console.log(`${changed} expectation(s) changed. Review them with: git diff tests/fixtures`);
