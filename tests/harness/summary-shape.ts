import type { StorySummary } from '../../utils/summary';

/** True when a value has the StorySummary contract's shape (the fuzz test's check of the JSON). */
export function isStorySummary(value: unknown): value is StorySummary {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  if (record.schemaVersion !== 2 || typeof record.url !== 'string') return false;
  if (record.status === 'no-story') return typeof record.reason === 'string';
  return (
    record.status === 'ok' &&
    typeof record.meta === 'object' &&
    Array.isArray(record.paragraphs) &&
    Array.isArray(record.sentences) &&
    Array.isArray(record.claims) &&
    Array.isArray(record.figures) &&
    Array.isArray(record.quotes) &&
    Array.isArray(record.sources)
  );
}
