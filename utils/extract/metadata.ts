import { normalizeSpace } from './noise';

/** Metadata a page declares about its story, read before any cleaning. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = doc.querySelector(
      `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
    );
    const value = normalizeSpace(element?.getAttribute('content') ?? '');
    if (value) return value;
  }
  return null;
}

type JsonLd = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(News|Report|Scholarly|Tech)?Article$|^(BlogPosting|LiveBlogPosting|OpinionNewsArticle|AnalysisNewsArticle)$/;

function articleJsonLd(doc: Document): JsonLd | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the other sources of metadata still apply.
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        queue.push(...item);
      } else if (item && typeof item === 'object') {
        const record = item as JsonLd;
        const types = ([] as unknown[]).concat(record['@type'] ?? []);
        if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type)))
          return record;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return null;
}

function jsonLdName(value: unknown): string | null {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((item) => (typeof item === 'string' ? item : (item as JsonLd | null)?.name))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return names.length > 0 ? names.map((name) => normalizeSpace(name)).join(', ') : null;
}

/** Returns an ISO 8601 timestamp for a parseable date string, else null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Site names glued to titles with a separator: "Headline | Site", "Headline - Site". */
const TITLE_SEPARATOR = /\s+[|–—-]\s+|\s+[:»]\s+/;

/** Removes a trailing or leading " | Site Name" from a title when the site name is known. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  const site = siteName?.toLowerCase();
  if (site && last.toLowerCase() === site) return parts.slice(0, -1).join(' - ');
  if (site && first.toLowerCase() === site) return parts.slice(1).join(' - ');
  return title;
}

/** Text of the first h1 without any links, breadcrumbs or labels nested in it. */
function headlineText(doc: Document): string | null {
  const h1 = doc.querySelector('article h1, main h1, h1');
  if (!h1) return null;
  const copy = h1.cloneNode(true) as Element;
  for (const nested of copy.querySelectorAll('nav, ol, ul, small, [class*="crumb"]'))
    nested.remove();
  const text = normalizeSpace(copy.textContent ?? '');
  return text || null;
}

/** A byline longer than this is a bio or a paragraph, not a byline (unit: words). */
const BYLINE_MAX_WORDS = 12;

/** The byline printed in the page ("By Jane Doe", an <address>, rel=author), for pages without author metadata. */
function domByline(doc: Document): string | null {
  const element = doc.querySelector(
    '[itemprop="author"], [rel="author"], address, [class*="byline"], [class*="Byline"], [id*="byline"]',
  );
  const text = normalizeSpace(element?.textContent ?? '').replace(/^by\s+/i, '');
  if (!text || text.split(' ').length > BYLINE_MAX_WORDS) return null;
  return text;
}

/** Reads title, byline, site, date, language and excerpt from meta tags, JSON-LD and the DOM. */
export function readMetadata(doc: Document): PageMetadata {
  const ld = articleJsonLd(doc);
  const siteName =
    metaContent(doc, 'og:site_name', 'application-name') ??
    jsonLdName((ld?.publisher as JsonLd | undefined)?.name);
  const rawTitle =
    metaContent(doc, 'og:title', 'twitter:title') ??
    (typeof ld?.headline === 'string' ? normalizeSpace(ld.headline) : null) ??
    headlineText(doc) ??
    (normalizeSpace(doc.title ?? '') || null);
  const byline =
    metaContent(doc, 'author', 'article:author', 'byl', 'sailthru.author') ??
    jsonLdName(ld?.author) ??
    domByline(doc);
  const published =
    metaContent(
      doc,
      'article:published_time',
      'datePublished',
      'pubdate',
      'date',
      'DC.date.issued',
    ) ??
    (typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const lang =
    normalizeSpace(doc.documentElement?.getAttribute('lang') ?? '') ||
    metaContent(doc, 'og:locale', 'language');
  return {
    title: rawTitle ? stripSiteName(rawTitle, siteName) : null,
    byline: byline && /^https?:/.test(byline) ? null : byline,
    siteName,
    publishedTime: toIsoDate(published),
    lang: lang || null,
    excerpt: metaContent(doc, 'og:description', 'description', 'twitter:description'),
  };
}
