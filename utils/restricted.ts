/**
 * Browsers forbid extensions from scripting their own pages, other extensions, source views and
 * the web stores; PDFs open in a viewer with no story DOM; local files need a switch the reader
 * turns on. Each gets a plain explanation.
 */
const BROWSER_SCHEMES =
  /^(chrome|chrome-extension|edge|brave|opera|vivaldi|about|moz-extension|resource|devtools|chrome-search|chrome-untrusted|data|javascript|blob):/i;
const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

const PDF =
  'This is a PDF document, shown by the browser’s PDF viewer. Story Lens reads web pages, not PDFs. If the story is also published as a web page, open that instead.';

/** What the browser lets Story Lens do that changes the answer. */
export interface AccessOptions {
  /** "Allow access to file URLs" is on for Story Lens. */
  fileAccess?: boolean;
}

/** Returns why the browser will not let Story Lens read a URL, or null when it may try. */
export function restrictedReason(
  url: string | null | undefined,
  { fileAccess = false }: AccessOptions = {},
): string | null {
  if (!url) return 'Story Lens cannot see this tab’s address. Open a news story and try again.';
  if (/^view-source:/i.test(url)) {
    return 'This tab shows a page’s source code. Browsers do not let extensions read it; open the page itself and try again.';
  }
  if (BROWSER_SCHEMES.test(url)) {
    return 'This is a browser or extension page. Browsers do not let extensions read these; open a news story instead.';
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab’s address is not a web page Story Lens can read.';
  }
  if (parsed.protocol === 'file:') {
    return fileAccess
      ? null
      : 'This is a file on your computer. To let Story Lens read local files, open the extensions page (chrome://extensions), click Details under Story Lens and turn on “Allow access to file URLs”.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return 'Story Lens reads web pages (http and https) only.';
  }
  if (STORE_HOSTS.some((host) => parsed.hostname === host)) {
    return 'This is the browser’s extension store. Browsers do not let extensions read it; open a news story instead.';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return PDF;
  return null;
}

const MEDIA: Record<string, string> = {
  image: 'an image',
  video: 'a video',
  audio: 'an audio file',
};

/**
 * Returns why a page whose document has this MIME type has no story to read (a PDF served from
 * an address without `.pdf`, an image, a video), or null for a web page.
 */
export function restrictedContentType(contentType: string | null | undefined): string | null {
  const type = (contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  if (type === 'application/pdf') return PDF;
  const media = MEDIA[type.split('/')[0] ?? ''];
  return media ? `This tab shows ${media}, not a story. Open a news story instead.` : null;
}
