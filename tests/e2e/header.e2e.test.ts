import { describe, expect, test } from 'vitest';
import { screenshotPath, useExtensionSession } from '../harness/extension-session';

// The story header as a reader sees it (issue 13, metadata and kind of piece): the real popup of
// the unpacked build in Chromium, on golden pages whose markup carries the traps the issue names
// (a byline glued to the agency, three authors, a "(CNN)" dateline glued to the first word, a
// press-release wire dateline, a layout word where the site name should be, a logo and a section
// name set in h1s before the headline's).

const session = useExtensionSession();

/** Where the details line names the page's host (the fixture server's, known once it runs). */
const HOST = '<host>';

/** What each page's header must say: the kind label, then the details line, in order. */
const HEADERS = [
  {
    page: 'opinion-column-messy-byline-layout-site-name',
    headline: null,
    kind: 'Opinion',
    details: ['The Riverton Ledger', 'Ngozi Okafor, Per Lind', 'Mar 4, 2025', '1 min read'],
    screenshot: 'header-opinion.png',
  },
  {
    page: 'agency-dateline-glued-three-authors',
    headline: null,
    kind: null,
    details: [
      'Valley Wire',
      'Rosa Delgado, Tom Becker, Amira HASSAN',
      '(CNN)',
      'Apr 6, 2025',
      '1 min read',
    ],
    screenshot: 'header-three-authors-dateline.png',
  },
  {
    page: 'press-release-wire-dateline',
    headline: null,
    kind: 'Press release',
    // No site name in the markup: the host the page was served from stands in.
    details: [HOST, 'DAYTON, Ohio, May 12, 2025 /PRNewswire/', 'May 12, 2025', '1 min read'],
    screenshot: null,
  },
  {
    // No title metadata; the first h1 is the site's logo and the second a section name: the
    // headline is the h1 the page's <title> agrees with.
    page: 'site-logo-and-section-h1-before-headline',
    headline: 'Harbor board votes to keep the night ferry through the winter',
    kind: null,
    details: [HOST, 'Tomas Evergreen', '1 min read'],
    screenshot: null,
  },
] as const;

describe('the story header', () => {
  test.each(HEADERS)(
    '$page: headline, kind, site, byline, dateline and date as a reader should see them',
    async ({ page, headline, kind, details, screenshot }) => {
      const story = await session.openStory(page);
      const popup = await session.summaryPanel('popup', story.tabId);
      if (headline)
        expect(await popup.page.getByTestId('story-title').textContent()).toBe(headline);
      const label = popup.page.getByTestId('story-kind');
      if (kind) expect(await label.textContent()).toBe(kind);
      else expect(await label.count()).toBe(0);
      const line = await popup.page.locator('.story-details bdi').allTextContents();
      const host = new URL(session.origin).hostname;
      expect(line).toEqual(details.map((detail) => (detail === HOST ? host : detail)));
      // No time, agency or "By" left in the byline, no impossible date anywhere in the line.
      expect(line.join(' · ')).not.toMatch(/\bBy\b|Published|Updated|\d{1,2}:\d\d|\b1, 1\b/);
      if (screenshot) {
        // The popup's top, down to the header's end: toolbar, kind, headline and details.
        await popup.page.setViewportSize({ width: 460, height: 400 });
        await popup.page.evaluate(() => scrollTo(0, 0));
        const box = await popup.page.locator('header.story-header').boundingBox();
        await popup.page.screenshot({
          path: screenshotPath(screenshot),
          clip: {
            x: 0,
            y: 0,
            width: 460,
            height: Math.ceil((box?.y ?? 0) + (box?.height ?? 0) + 8),
          },
        });
      }
      await popup.page.close();
      await story.page.close();
    },
  );
});
