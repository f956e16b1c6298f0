/**
 * compactAlternations: a regular expression source with each run of literal alternatives
 * ("several thousand|several hundred|Several thousand") rewritten as a prefix tree
 * ("[Ss]everal (?:thousand|hundred)"), matching exactly what the original matches, in the same
 * order. The figure pattern is built from word lists (patterns.ts) and repeats them; V8 tries
 * each alternative of a flat list in turn and gives up optimizing a pattern longer than 20 KB, so
 * the tree halves the figures stage's matching time and shortens the first compilation (speed
 * budget: a 25,000-word story analyzed in under 1 s).
 *
 * Why the matches stay the same: two literals can both match at one place only when one is a
 * prefix of the other, and a tree keeps such a pair in the order the list gave (a node's ending
 * word is tried after or before its longer words as the list says; when the list mixes both
 * orders under one branch, the run is left as it was). Words that differ in their first letter
 * never match at the same place, so they may share a class ("[Ss]") when the rest is the same;
 * this holds only without the `i` flag, so a pattern with it is returned unchanged. A lookbehind
 * holding a capturing group is left as it was (there the order of a backward match could show).
 */

/** Characters a literal alternative may hold escaped (`\.`, `\$`…). */
const ESCAPED_LITERALS = new Set('.*+?^$()[]{}|/\\');
/** Characters that make an alternative more than a literal when unescaped. */
const SYNTAX = new Set('.*+?^$()[]{}|\\');
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The atoms of a literal alternative (one character or one escape each), or null. */
function literalAtoms(alternative: string): string[] | null {
  const atoms: string[] = [];
  const chars = [...alternative];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '\\') {
      const next = chars[i + 1];
      if (next === undefined || !ESCAPED_LITERALS.has(next)) return null;
      atoms.push(c + next);
      i++;
    } else if (SYNTAX.has(c)) return null;
    else atoms.push(c);
  }
  return atoms;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Index in the run of the alternative ending here, or -1. */
  end: number;
  /** First and last index of the alternatives passing through this node. */
  first: number;
  last: number;
}

const newNode = (): TrieNode => ({
  children: new Map(),
  end: -1,
  first: Number.MAX_SAFE_INTEGER,
  last: -1,
});

/** A node's source (safe to follow its prefix), or null when the run's order cannot be kept. */
function emit(node: TrieNode): string | null {
  // Children with the same rest share a class; a child goes before the node's own ending word
  // when all its words came before it in the run, after it when all came after.
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  const children = [...node.children].sort((a, b) => a[1].first - b[1].first);
  for (const [atom, child] of children) {
    const rest = emit(child);
    if (rest === null) return null;
    let side = before;
    if (node.end >= 0 && child.last > node.end) {
      if (child.first < node.end) return null;
      side = after;
    }
    const atoms = side.get(rest);
    if (atoms) atoms.push(atom);
    else side.set(rest, [atom]);
  }
  const sources = (side: Map<string, string[]>): string[] =>
    [...side].flatMap(([rest, atoms]) =>
      atoms.length > 1 && atoms.every((a) => LETTER_OR_DIGIT.test(a))
        ? [`[${atoms.join('')}]${rest}`]
        : atoms.map((a) => a + rest),
    );
  const parts = [...sources(before), ...(node.end >= 0 ? [''] : []), ...sources(after)];
  if (parts.length <= 1) return parts[0] ?? '';
  return `(?:${parts.join('|')})`;
}

/** A run of literal alternatives as one tree, or null when its order cannot be kept. */
function trieOf(run: string[][]): string | null {
  const root = newNode();
  run.forEach((atoms, index) => {
    let node = root;
    for (const atom of atoms) {
      let next = node.children.get(atom);
      if (!next) {
        next = newNode();
        node.children.set(atom, next);
      }
      node = next;
      node.first = Math.min(node.first, index);
      node.last = Math.max(node.last, index);
    }
    if (node.end < 0) node.end = index;
  });
  return emit(root);
}

/** Index just past a character class opening at `open`. */
function classEnd(src: string, open: number): number {
  let i = open + 1;
  for (; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
  return i + 1;
}

/** Index of the parenthesis closing the group opened at `open`. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new SyntaxError(`unbalanced group at ${open}`);
}

/** A group's top-level alternatives. */
function alternativesOf(content: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(content, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(content.slice(from, i));
      from = i + 1;
    }
  }
  out.push(content.slice(from));
  return out;
}

/**
 * Builds one run of literal alternatives (each given as its atoms) into a source, or null to keep
 * the run as it was. `trieOf` is ours; scripts/compare-regex-trie.ts plugs in npm packages.
 */
export type RunBuilder = (run: string[][]) => string | null;

/** A group's content with each run of two or more literal alternatives made a tree. */
function compactContent(content: string, build: RunBuilder): string {
  const alternatives = alternativesOf(content);
  const parts: string[] = [];
  for (let i = 0; i < alternatives.length; ) {
    const run: string[][] = [];
    let j = i;
    for (; j < alternatives.length; j++) {
      const atoms = literalAtoms(alternatives[j] as string);
      if (!atoms) break;
      run.push(atoms);
    }
    const tree = run.length >= 2 ? build(run) : null;
    if (tree !== null) {
      // The whole group a tree: its own group is the caller's.
      const whole = run.length === alternatives.length && tree.startsWith('(?:');
      parts.push(whole ? tree.slice(3, -1) : tree);
    } else if (j > i) parts.push(...alternatives.slice(i, j));
    else parts.push(compactSource(alternatives[i] as string, build));
    i = Math.max(j, i + 1);
  }
  return parts.join('|');
}

const GROUP_HEAD = /^\((?:\?:|\?=|\?!|\?<=|\?<!|\?<[A-Za-z_$][\w$]*>)?/u;
const CAPTURING = /\((?!\?(?::|=|!|<=|<!))/u;

function compactSource(src: string, build: RunBuilder): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += src.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      const end = classEnd(src, i);
      out += src.slice(i, end);
      i = end - 1;
    } else if (c === '(') {
      const end = groupEnd(src, i);
      const head = (GROUP_HEAD.exec(src.slice(i, i + 64)) as RegExpExecArray)[0];
      const content = src.slice(i + head.length, end);
      const lookbehind = head === '(?<=' || head === '(?<!';
      const keep = lookbehind && CAPTURING.test(content.replace(/\\./gu, ''));
      out += `${head}${keep ? content : compactContent(content, build)})`;
      i = end;
    } else out += c;
  }
  return out;
}

/** The source with literal alternations made prefix trees; unchanged for a pattern with `i`. */
export function compactAlternations(
  source: string,
  flags: string,
  build: RunBuilder = trieOf,
): string {
  return flags.includes('i') ? source : compactSource(source, build);
}
