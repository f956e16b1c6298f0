const RULES = new Intl.PluralRules('en');

/** "1 figure", "2 figures", "0 quotes": a count with its noun in the right number (English). */
export function plural(count: number, singular: string, many = `${singular}s`): string {
  return `${count} ${RULES.select(count) === 'one' ? singular : many}`;
}
