import { describe, expect, test } from 'vitest';
import { restrictedContentType, restrictedReason } from '../../utils/restricted';

describe('restrictedReason', () => {
  test.each([
    ['chrome://settings/', /browser or extension page/],
    ['chrome-extension://abc/popup.html', /browser or extension page/],
    ['about:blank', /browser or extension page/],
    ['edge://newtab', /browser or extension page/],
    ['view-source:https://example.com/', /source code/],
    ['https://chromewebstore.google.com/detail/abc', /extension store/],
    ['https://addons.mozilla.org/en-US/firefox/', /extension store/],
    ['https://example.com/files/report.PDF', /PDF/],
    ['file:///home/me/story.html', /Allow access to file URLs/],
    ['ftp://example.com/story', /http and https/],
    ['not a url', /not a web page/],
    [undefined, /cannot see this tab/],
  ])('%s is restricted', (url, reason) => {
    expect(restrictedReason(url)).toMatch(reason);
  });

  test.each([
    'https://www.reuters.com/world/europe/story-2024-11-20/',
    'http://127.0.0.1:8080/seed/',
    'https://example.com/pdf-guide',
  ])('%s may be read', (url) => {
    expect(restrictedReason(url)).toBeNull();
  });

  test('a local file may be read once the reader allows file URLs', () => {
    expect(restrictedReason('file:///home/me/story.html', { fileAccess: true })).toBeNull();
    expect(
      restrictedReason('view-source:file:///home/me/story.html', { fileAccess: true }),
    ).toMatch(/source code/);
  });
});

describe('restrictedContentType', () => {
  test.each([
    ['application/pdf', /PDF/],
    ['application/PDF; charset=binary', /PDF/],
    ['image/png', /an image/],
    ['video/mp4', /a video/],
    ['audio/mpeg', /an audio file/],
  ])('%s has no story', (type, reason) => {
    expect(restrictedContentType(type)).toMatch(reason);
  });

  test.each(['text/html', 'application/xhtml+xml', 'text/plain', '', null])(
    '%s may be read',
    (type) => {
      expect(restrictedContentType(type)).toBeNull();
    },
  );
});
