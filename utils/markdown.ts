import { plural } from './plural';
import type { OkSummary } from './summary';

/** Escapes characters that would turn page text into Markdown markup. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Formats a summary as Markdown, with the page URL, for the clipboard. */
export function summaryToMarkdown(summary: OkSummary, claimLimit = summary.claims.length): string {
  const { meta } = summary;
  const lines: string[] = [`# ${escapeMarkdown(meta.title)}`, ''];
  const provenance = [meta.siteName, meta.byline, meta.publishedTime?.slice(0, 10)].filter(Boolean);
  if (provenance.length > 0)
    lines.push(provenance.map((item) => escapeMarkdown(String(item))).join(' · '), '');
  lines.push(`<${summary.url}>`, '');
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`## ${title}`, '', ...items.map((item) => `- ${item}`), '');
  };
  section(
    'Key claims',
    summary.claims
      .slice(0, claimLimit)
      .map(
        (claim) =>
          escapeMarkdown(claim.text) +
          (claim.attribution ? ` _(${escapeMarkdown(claim.attribution)})_` : ''),
      ),
  );
  section(
    'Figures',
    summary.figures.map(
      (figure) => `**${escapeMarkdown(figure.value)}**: ${escapeMarkdown(figure.measures)}`,
    ),
  );
  section(
    'Quotes',
    summary.quotes.map(
      (quote) =>
        `“${escapeMarkdown(quote.text)}” — ${escapeMarkdown(quote.speaker ?? 'unattributed')}` +
        (quote.speakerRole ? `, ${escapeMarkdown(quote.speakerRole)}` : '') +
        // A partial quote is a few quoted words inside the reporter's sentence: say so.
        (quote.partial ? ' (partial)' : ''),
    ),
  );
  section(
    'Sources',
    summary.sources.map(
      (source) =>
        `${escapeMarkdown(source.name)} (${source.kind}${source.role ? `, ${escapeMarkdown(source.role)}` : ''}): ${plural(source.mentions, 'mention')}, ${plural(source.quotes, 'quote')}`,
    ),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
