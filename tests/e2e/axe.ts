import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The rule sets the issue asks for: WCAG 2.1 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** A Playwright (Chromium) or puppeteer (Firefox) page: both evaluate a script or a function. */
export interface AxeTarget {
  evaluate(script: string): Promise<unknown>;
  evaluate<R>(fn: (tags: string[]) => Promise<R>, tags: string[]): Promise<R>;
}

/** One axe-core violation, short enough to read in a test failure. */
export interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * Runs axe-core in a page and returns its violations. The source is evaluated through the
 * DevTools protocol, which the extension page's content security policy does not block (a
 * script tag would be).
 */
export async function axeViolations(page: AxeTarget): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags: string[]) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, TAGS);
}
