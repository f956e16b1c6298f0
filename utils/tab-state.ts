import type { StorySummary } from './summary';

/** What the UI knows about one tab: not analyzed yet, being analyzed, a summary, or why there is none. */
export type TabState =
  | { status: 'idle'; url: string | null }
  | {
      status: 'loading';
      url: string | null;
      /** When the background started reading (ms since the epoch); a panel's own state has none. */
      startedAt?: number;
      /** Which service-worker instance is reading: another one means that reader is gone. */
      worker?: string;
    }
  | { status: 'restricted'; url: string | null; reason: string }
  | { status: 'error'; url: string | null; message: string }
  | StorySummary;

/** Why reading or analyzing a page failed, in words a reader understands. */
export type ErrorState = Extract<TabState, { status: 'error' }>;

/** The words of a thrown value, for a message a reader sees. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when a value received from a content script is an error it reported. */
export function isErrorState(value: unknown): value is ErrorState {
  const record = value as { status?: unknown; message?: unknown } | null;
  return record?.status === 'error' && typeof record.message === 'string';
}

/** Where highlighting a sentence went: found and highlighted, or not found in the live page. */
export interface HighlightResult {
  found: boolean;
}
