/**
 * Per-story memos of pure text functions: the analysis's rules ask the same question of the same
 * sentence or word many times (each rule row tokenizes its sentence again), so the answer is
 * computed once per story. `analyzeStory` clears every memo before and after a story, so a story
 * is never answered from another's work and nothing is kept between stories.
 */

/** Most answers a memo keeps before it starts over (unit: entries; bounds memory outside analyzeStory). */
const MAX_ENTRIES = 100_000;

const memos: Map<string, unknown>[] = [];

/** The function, answering each text once until the next `clearMemos`. */
export function memoized<T>(fn: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  memos.push(memo);
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    if (memo.size >= MAX_ENTRIES) memo.clear();
    const answer = fn(text);
    memo.set(text, answer);
    return answer;
  };
}

/** Forgets every memo's answers (called by analyzeStory around each story). */
export function clearMemos(): void {
  for (const memo of memos) memo.clear();
}
