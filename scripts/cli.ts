/**
 * Summarize a saved page or a URL with the same pipeline the extension runs.
 * Usage: npm run summarize -- <file.html|http(s)://url> [--json|--markdown]
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHtml } from '../tests/harness/parse-html';
import { summaryToMarkdown } from '../utils/markdown';
import { summarizeDocument } from '../utils/summarize';
import { errorMessage } from '../utils/tab-state';

const USAGE = 'Usage: npm run summarize -- <file.html|http(s)://url> [--json|--markdown]';

async function load(target: string): Promise<{ html: string; url: string }> {
  if (/^https?:\/\//i.test(target)) {
    const response = await fetch(target, { redirect: 'follow' });
    if (!response.ok) throw new Error(`${target} answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) throw new Error(`${target} is ${type}, not an HTML page`);
    return { html: await response.text(), url: response.url || target };
  }
  const path = resolve(target);
  return { html: await readFile(path, 'utf8'), url: pathToFileURL(path).href };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const targets = args.filter((arg) => !arg.startsWith('--'));
  const unknown = [...flags].filter((flag) => flag !== '--json' && flag !== '--markdown');
  if (
    targets.length !== 1 ||
    unknown.length > 0 ||
    (flags.has('--json') && flags.has('--markdown'))
  ) {
    console.error(USAGE);
    return 2;
  }
  let page: { html: string; url: string };
  try {
    page = await load(targets[0] as string);
  } catch (error) {
    console.error(`Could not read ${targets[0]}: ${errorMessage(error)}`);
    return 1;
  }
  const summary = summarizeDocument(parseHtml(page.html, page.url), page.url);
  if (flags.has('--json')) {
    console.log(JSON.stringify(summary, null, 2));
  } else if (summary.status === 'no-story') {
    console.log(`No story: ${summary.reason}`);
  } else {
    console.log(summaryToMarkdown(summary));
  }
  return summary.status === 'ok' ? 0 : 3;
}

process.exitCode = await main();
