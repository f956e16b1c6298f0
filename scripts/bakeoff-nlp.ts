/**
 * NLP bake-off (issue 10, item 2): today's rules vs compromise 14 vs wink-nlp (+ eng-lite-web
 * model) vs Intl.Segmenter, on data nobody on the team wrote. Prints one table:
 * (a) sentence boundaries — Universal Dependencies English GUM and EWT dev (.cache/ud/),
 * (b) person / organisation mentions — GUM dev entity annotation (named person/org mentions),
 * (c) subject of a speech verb — PolNeAR train+dev speakers (../shared/eval-data/), read at run time,
 * plus milliseconds per 1,000 words (median of runs on the same text) and gzipped bytes each adds to
 * a bundle (esbuild, minified, gzip -9). `npm run bakeoff:nlp [-- --runs N]`.
 * How the UD files get into .cache/ud/ is written in docs/decisions/0001-nlp-layer.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { build } from 'esbuild';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { annotateParagraphs } from '../utils/analyze/annotate';
import { findSpeechSubject, maskQuotations } from '../utils/analyze/attribution';
import { SENTENCE_STARTERS, SPEECH_VERBS } from '../utils/analyze/lexicon';
import { findNames, indexPeople, isKnownSurname, type PersonIndex } from '../utils/analyze/names';
import { findQuoteSpans } from '../utils/analyze/quotes/spans';
import { splitSentences } from '../utils/analyze/sentences';
import { attributeSpeakers } from '../utils/analyze/speakers';

const ROOT = new URL('..', import.meta.url).pathname;
const UD_DIR = join(ROOT, '.cache/ud');
const POLNEAR = join(ROOT, '../shared/eval-data/polnear-traindev.json');
const arg = (flag: string) =>
  process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined;
const RUNS = Number(arg('--runs')) || 5;
/** `--only a,b,c,speed,bundle` runs some sections; `--errors N` prints N misses per tool in (c). */
const ONLY = arg('--only')?.split(',');
const ERRORS = Number(arg('--errors')) || 0;
const section = (name: string) => !ONLY || ONLY.includes(name);

const wink = winkNLP(model);
const its = wink.its;

// ---------------------------------------------------------------- shared helpers

interface Span {
  start: number;
  end: number;
}
interface Typed extends Span {
  type: string;
}

/** Offsets of pieces of `text` returned by a tool as strings, found in order (null if lost). */
function align(text: string, pieces: string[]): (Span | null)[] {
  let cursor = 0;
  return pieces.map((raw) => {
    const piece = raw.trim();
    if (piece === '') return null;
    let at = text.indexOf(piece, cursor);
    let len = piece.length;
    if (at < 0) {
      const re = new RegExp(
        piece
          .split(/\s+/u)
          .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('\\s+'),
        'gu',
      );
      re.lastIndex = cursor;
      const m = re.exec(text);
      if (!m) return null;
      at = m.index;
      len = m[0].length;
    }
    cursor = at + len;
    return { start: at, end: at + len };
  });
}

/** P/R/F1 from counts. */
function prf(tp: number, predicted: number, gold: number) {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, predicted, gold };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const countWords = (s: string) => s.split(/\s+/u).filter(Boolean).length;

// ---------------------------------------------------------------- UD CoNLL-U reader

interface UdWord {
  form: string;
  upos: string;
  start: number;
  end: number;
  misc: string;
}
interface UdParagraph {
  doc: string;
  text: string;
  /** End offset of each sentence in `text` (the last one is the paragraph end). */
  ends: number[];
  words: UdWord[];
}

function readConllu(path: string): UdParagraph[] {
  const paragraphs: UdParagraph[] = [];
  let doc = '';
  let para: UdParagraph | null = null;
  let sentText = '';
  let sentStart = 0;
  let cursor = 0;
  let mwt: { to: number; start: number; end: number } | null = null;
  const newPara = () => {
    para = { doc, text: '', ends: [], words: [] };
    paragraphs.push(para);
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      doc = line.split('=')[1]?.trim() ?? '';
      newPara();
    } else if (line.startsWith('# newpar')) {
      if (!line.startsWith('# newpar_block')) newPara();
    } else if (line.startsWith('# text = ')) {
      if (!para) newPara();
      const p = para as unknown as UdParagraph;
      sentText = line.slice('# text = '.length);
      if (p.text !== '') p.text += ' ';
      sentStart = p.text.length;
      p.text += sentText;
      p.ends.push(p.text.length);
      cursor = 0;
      mwt = null;
    } else if (/^\d/u.test(line)) {
      const cols = line.split('\t');
      const id = cols[0] ?? '';
      const form = cols[1] ?? '';
      const p = para as unknown as UdParagraph;
      if (id.includes('-')) {
        const at = sentText.indexOf(form, cursor);
        const to = Number(id.split('-')[1]);
        mwt = { to, start: sentStart + at, end: sentStart + at + form.length };
        cursor = at + form.length;
        continue;
      }
      if (id.includes('.')) continue;
      let start: number;
      let end: number;
      if (mwt && Number(id) <= mwt.to) {
        start = mwt.start;
        end = mwt.end;
      } else {
        mwt = null;
        const at = sentText.indexOf(form, cursor);
        start = sentStart + (at < 0 ? cursor : at);
        end = start + form.length;
        if (at >= 0) cursor = at + form.length;
      }
      p.words.push({ form, upos: cols[3] ?? '', start, end, misc: cols[9] ?? '' });
    }
  }
  return paragraphs.filter((p) => p.text !== '');
}

/** GUM named mentions: person/organization entities holding a proper noun of their own. */
function gumMentions(p: UdParagraph): { named: Typed[]; otherNamed: Span[] } {
  interface Open {
    id: string;
    type: string;
    from: number;
  }
  const open: Open[] = [];
  const mentions: { type: string; from: number; to: number }[] = [];
  p.words.forEach((w, i) => {
    const value = /(?:^|\|)Entity=([^|]*)/u.exec(w.misc)?.[1];
    if (!value) return;
    let k = 0;
    while (k < value.length) {
      if (value[k] === '(') {
        let j = k + 1;
        while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
        const [id = '', type = ''] = value.slice(k + 1, j).split('-');
        if (value[j] === ')') {
          mentions.push({ type, from: i, to: i });
          j++;
        } else open.push({ id, type, from: i });
        k = j;
      } else {
        let j = k;
        while (j < value.length && value[j] !== ')') j++;
        const id = value.slice(k, j);
        const o = open.findLastIndex((x) => x.id === id);
        if (o >= 0) {
          const [m] = open.splice(o, 1);
          if (m) mentions.push({ type: m.type, from: m.from, to: i });
        }
        k = j + 1;
      }
    }
  });
  const named: Typed[] = [];
  const otherNamed: Span[] = [];
  for (const m of mentions) {
    const own: number[] = [];
    for (let i = m.from; i <= m.to; i++) {
      if (p.words[i]?.upos !== 'PROPN') continue;
      const nested = mentions.some(
        (n) => n !== m && n.from >= m.from && n.to <= m.to && n.from <= i && i <= n.to,
      );
      if (!nested) own.push(i);
    }
    if (own.length === 0) continue;
    const start = p.words[own[0] as number]?.start ?? 0;
    const end = p.words[own[own.length - 1] as number]?.end ?? 0;
    if (m.type === 'person' || m.type === 'organization') named.push({ start, end, type: m.type });
    else otherNamed.push({ start, end });
  }
  return { named, otherNamed };
}

// ---------------------------------------------------------------- (a) sentence splitters

const intlSentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Words after which a period is not a sentence end when a name, number or word follows. */
const NEVER_FINAL =
  /(?:^|[\s(“"‘'-])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Rev|Hon|Pres|St|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Fig|vs|v|ca|approx|e\.g|i\.e|\p{Lu})\.$/u;
/** Dotted acronyms ("U.S.", "p.m."): a sentence end only when a usual sentence opener follows. */
const ACRONYM = /(?:^|[\s(“"‘'-])(?:\p{L}\.){2,}$/u;

/**
 * Intl.Segmenter sentences, with a thin pass that joins splits ICU makes inside a sentence: after
 * an abbreviation ("Mr. ", "Sen. ", "J. "), after a dotted acronym not followed by a sentence
 * opener ("The U.S. Senate"), and after "?” or "!” before a lowercase word (ICU always breaks
 * after "?" and "!": "“Ready?” he asked").
 */
function intlSuppressed(text: string): Span[] {
  const out: Span[] = [];
  for (const s of intlSentences.segment(text)) {
    const span = { start: s.index, end: s.index + s.segment.length };
    const prev = out[out.length - 1];
    if (prev) {
      const before = text.slice(prev.start, prev.end).trimEnd();
      const next = /^\s*([\p{L}\p{N}]+)/u.exec(s.segment)?.[1] ?? '';
      const opener = SENTENCE_STARTERS.has(next.toLowerCase());
      if (
        NEVER_FINAL.test(before) ||
        (ACRONYM.test(before) && !opener) ||
        (/[?!]["”’']+$/u.test(before) && /^\s*\p{Ll}/u.test(s.segment))
      ) {
        prev.end = span.end;
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

const SPLITTERS: Record<string, (text: string) => (Span | null)[]> = {
  rules: (t) =>
    align(
      t,
      splitSentences([t]).map((s) => s.text),
    ),
  compromise: (t) => align(t, nlp(t).sentences().out('array') as string[]),
  'compromise tokenize': (t) => align(t, nlp.tokenize(t).sentences().out('array') as string[]),
  'wink-nlp': (t) => align(t, wink.readDoc(t).sentences().out() as string[]),
  'Intl.Segmenter': (t) =>
    [...intlSentences.segment(t)].map((s) => ({ start: s.index, end: s.index + s.segment.length })),
  'Intl + abbrev pass': intlSuppressed,
};

/** A boundary as the offset of the next non-space character after a sentence. */
function boundarySet(text: string, ends: number[]): Set<number> {
  const set = new Set<number>();
  for (const e of ends) {
    let k = e;
    while (k < text.length && /\s/u.test(text[k] ?? '')) k++;
    if (k < text.length) set.add(k);
  }
  return set;
}

/** News check without gold: boundaries where two splitters agree or differ on PolNeAR paragraphs. */
function sentenceAgreement(articles: PolnearArticle[], a: string, b: string) {
  const splitA = SPLITTERS[a];
  const splitB = SPLITTERS[b];
  let both = 0;
  let onlyA = 0;
  let onlyB = 0;
  const samples: string[] = [];
  const ends = (spans: (Span | null)[]) =>
    spans.filter((x): x is Span => x !== null).map((x) => x.end);
  for (const article of articles) {
    for (const p of article.text.split('\n')) {
      if (!splitA || !splitB || p.trim() === '') continue;
      const setA = boundarySet(p, ends(splitA(p)));
      const setB = boundarySet(p, ends(splitB(p)));
      for (const x of setA) if (setB.has(x)) both++;
      for (const [set, other, tag] of [
        [setA, setB, a],
        [setB, setA, b],
      ] as const) {
        for (const x of set) {
          if (other.has(x)) continue;
          if (tag === a) onlyA++;
          else onlyB++;
          if (ERRORS && samples.length < ERRORS * 2 && (onlyA + onlyB) % 7 === 0)
            samples.push(`only ${tag}: …${p.slice(Math.max(0, x - 40), x)}‖${p.slice(x, x + 25)}…`);
        }
      }
    }
  }
  return { both, onlyA, onlyB, samples };
}

function scoreSentences(paragraphs: UdParagraph[]) {
  const rows: Record<string, ReturnType<typeof prf> & { punctRecall: number; lost: number }> = {};
  for (const [name, split] of Object.entries(SPLITTERS)) {
    let tp = 0;
    let pred = 0;
    let gold = 0;
    let punctGold = 0;
    let punctTp = 0;
    let lost = 0;
    for (const p of paragraphs) {
      const goldSet = boundarySet(p.text, p.ends);
      const spans = split(p.text);
      lost += spans.filter((s) => s === null).length;
      const predSet = boundarySet(
        p.text,
        spans.filter((s): s is Span => s !== null).map((s) => s.end),
      );
      gold += goldSet.size;
      pred += predSet.size;
      for (const b of predSet) if (goldSet.has(b)) tp++;
      for (const b of goldSet) {
        if (!/[.?!…]["”’)\]]*\s*$/u.test(p.text.slice(Math.max(0, b - 4), b))) continue;
        punctGold++;
        if (predSet.has(b)) punctTp++;
      }
    }
    rows[name] = { ...prf(tp, pred, gold), punctRecall: punctGold ? punctTp / punctGold : 0, lost };
  }
  return rows;
}

// ---------------------------------------------------------------- (b) mentions

/** Finds mentions in one paragraph; `doc` is every paragraph of its document. */
type MentionFinder = (text: string, doc: string[]) => Typed[];

const peopleOf = new WeakMap<string[], PersonIndex>();

function compromiseSpans(view: { json: (o: object) => unknown[] }, type: string): Typed[] {
  return (view.json({ offset: true }) as { text: string; offset: { start: number } }[]).map((m) => {
    const text = m.text.replace(/[\s,.;:!?"“”'’)]+$/u, '');
    return { start: m.offset.start, end: m.offset.start + text.length, type };
  });
}

/** Runs of PROPN tokens with offsets (wink has no person/organisation entity in its lite model). */
function winkTokens(text: string) {
  const doc = wink.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spans = align(text, values);
  return values.map((v, i) => ({ text: v, pos: pos[i] ?? '', span: spans[i] ?? null }));
}

const MENTION_FINDERS: Record<string, MentionFinder> = {
  'rules (all findNames)': (t) =>
    findNames(t).map((m) => ({ start: m.start, end: m.end, type: 'person' })),
  // What indexPeople keeps as a person: two words or more, or introduced by a role/honorific.
  'rules (people-index test)': (t) =>
    findNames(t)
      .filter((m) => m.introduced || m.name.includes(' '))
      .map((m) => ({ start: m.start, end: m.end, type: 'person' })),
  // …plus a single word that is the surname of someone the document's people index holds.
  'rules (people index + surnames)': (t, doc) => {
    let people = peopleOf.get(doc);
    if (!people) {
      people = indexPeople(doc);
      peopleOf.set(doc, people);
    }
    const index = people;
    return findNames(t)
      .filter((m) => m.introduced || m.name.includes(' ') || isKnownSurname(m.name, index))
      .map((m) => ({ start: m.start, end: m.end, type: 'person' }));
  },
  compromise: (t) => {
    const doc = nlp(t);
    return [
      ...compromiseSpans(doc.people(), 'person'),
      ...compromiseSpans(doc.organizations(), 'organization'),
    ];
  },
  'wink-nlp (PROPN runs, untyped)': (t) => {
    const out: Typed[] = [];
    let run: Typed | null = null;
    for (const tok of winkTokens(t)) {
      if (tok.pos === 'PROPN' && tok.span) {
        if (run && t.slice(run.end, tok.span.start).trim() === '') run.end = tok.span.end;
        else {
          run = { ...tok.span, type: 'name' };
          out.push(run);
        }
      } else run = null;
    }
    return out;
  },
};

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function scoreMentions(paragraphs: UdParagraph[]) {
  const rows: Record<string, Record<string, ReturnType<typeof prf>>> = {};
  for (const [name, find] of Object.entries(MENTION_FINDERS)) {
    const counts: Record<string, { tp: number; pred: number; gold: number }> = {};
    const add = (key: string, tp: number, pred: number, gold: number) => {
      const c = counts[key] ?? { tp: 0, pred: 0, gold: 0 };
      c.tp += tp;
      c.pred += pred;
      c.gold += gold;
      counts[key] = c;
    };
    const docs = new Map<string, string[]>();
    for (const p of paragraphs) docs.set(p.doc, [...(docs.get(p.doc) ?? []), p.text]);
    for (const p of paragraphs) {
      const { named } = gumMentions(p);
      const predicted = find(p.text, docs.get(p.doc) ?? [p.text]);
      for (const type of ['person', 'organization', 'any']) {
        const gold = named.filter((g) => type === 'any' || g.type === type);
        const pred = predicted.filter((m) => type === 'any' || m.type === type);
        const used = new Set<number>();
        let tp = 0;
        for (const m of pred) {
          const g = gold.findIndex((x, i) => !used.has(i) && overlaps(x, m));
          if (g >= 0) {
            used.add(g);
            tp++;
          }
        }
        add(type, tp, pred.length, gold.length);
      }
    }
    rows[name] = Object.fromEntries(
      Object.entries(counts).map(([k, c]) => [k, prf(c.tp, c.pred, c.gold)]),
    );
  }
  return rows;
}

// ---------------------------------------------------------------- (c) subject of a speech verb

interface PolnearQuote {
  speaker: string | null;
  speaker_resolution: string;
  start: number;
  end: number;
}
interface PolnearArticle {
  id: string;
  text: string;
  quotes: PolnearQuote[];
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'rev', 'prof']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'his', 'her', 'their', 'its']);
const speakerWords = (s: string) =>
  (s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
    .map((w) => w.replace(/['’]s$/u, ''))
    .filter((w) => !TITLES.has(w));

/**
 * Lenient speaker match as the PolNeAR README asks: titles ignored, a surname matches the full
 * name (same last word of the span's head), and one word sequence inside the other counts when it
 * is not only function words.
 */
export function sameSpeaker(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  // The head of an annotated span ends before an appositive or a parenthesis ("Jane Doe, a writer
  // for the Ledger" → "Jane Doe"), so its last word is the name's or the description's head.
  const head = gold.split(/\s*(?:,|\(|\s[—–-]\s|\swho\s)/u)[0] ?? gold;
  const g = speakerWords(head);
  const p = speakerWords(predicted);
  if (g.length === 0 || p.length === 0) return false;
  if (g[g.length - 1] === p[p.length - 1]) return true;
  const contains = (a: string[], b: string[]) =>
    b.some((w) => !FUNCTION_WORDS.has(w)) && ` ${a.join(' ')} `.includes(` ${b.join(' ')} `);
  return contains(g, p) || contains(p, g);
}

interface SubjectItem {
  sentence: string;
  gold: string;
}

/** One item per sentence holding a quote whose annotated speaker is written in that sentence. */
function speechItems(articles: PolnearArticle[]): SubjectItem[] {
  const items: SubjectItem[] = [];
  for (const a of articles) {
    const seen = new Set<string>();
    let offset = 0;
    const paragraphs = a.text.split('\n').map((text) => {
      const p = { text, start: offset };
      offset += text.length + 1;
      return p;
    });
    for (const q of a.quotes) {
      if (q.speaker_resolution !== 'polnear-source-span' || !q.speaker) continue;
      const p = paragraphs.find((x) => q.start >= x.start && q.start < x.start + x.text.length + 1);
      if (!p) continue;
      const sentences = splitSentences([p.text]).map((s) => s.text);
      const spans = align(p.text, sentences);
      const at = q.start - p.start;
      const k = spans.findIndex((s) => s !== null && at >= s.start && at < s.end);
      const sentence = sentences[k];
      if (!sentence || seen.has(`${p.start}:${k}`)) continue;
      if (!maskQuotations(sentence).includes(q.speaker)) continue;
      seen.add(`${p.start}:${k}`);
      items.push({ sentence, gold: q.speaker });
    }
  }
  return items;
}

const isSpeechVerb = (w: string) =>
  SPEECH_VERBS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')) && /^\p{Ll}/u.test(w);

/** The part of compromise's Verbs view used here (its .d.ts types eq() as a plain View). */
interface VerbView {
  json(options: object): unknown[];
  terms(): { out(format: 'array'): unknown };
  subjects(): VerbView;
  after(): VerbView;
  nouns(): VerbView;
  first(): VerbView;
}

/** A verb right after a closing quote mark (“…,” said X) takes its subject after it. */
function invertedAt(sentence: string, verbStart: number): boolean {
  const lead = sentence.slice(0, verbStart).replace(/[\s,—–:]+$/u, '');
  return lead === '' || /["”»]$/u.test(lead);
}

/** Speech-verb subject from compromise's own verb/subject API and noun-phrase chunker. */
function compromiseSubject(sentence: string): string | null {
  const masked = maskQuotations(sentence);
  const inQuote = (i: number) => masked[i] === ' ' && sentence[i] !== ' ';
  const doc = nlp(sentence);
  const verbs = doc.verbs();
  const list = verbs.json({ offset: true }) as { offset: { start: number }; text: string }[];
  for (let v = list.length - 1; v >= 0; v--) {
    const info = list[v];
    if (!info || inQuote(info.offset.start)) continue;
    const vb = verbs.eq(v) as unknown as VerbView;
    const terms = vb.terms().out('array') as string[];
    if (!terms.some(isSpeechVerb)) continue;
    const inverted = invertedAt(sentence, info.offset.start);
    const subject = vb.subjects();
    const s = (subject.json({ offset: true }) as { text: string; offset: { start: number } }[])[0];
    if (!inverted && s && !inQuote(s.offset.start) && s.text.trim() !== '') {
      return s.text.replace(/[\s,]+$/u, '');
    }
    const after = vb.after().nouns().first();
    const a = (after.json({ offset: true }) as { text: string; offset: { start: number } }[])[0];
    if (a && !inQuote(a.offset.start)) return a.text.replace(/[\s,.]+$/u, '');
  }
  return null;
}

const NP_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const SKIP_TAGS = new Set(['ADV', 'AUX', 'PART']);

/** Speech-verb subject from wink's POS tags: the noun phrase before the verb, or after it when inverted. */
function winkSubject(sentence: string): string | null {
  const masked = maskQuotations(sentence);
  const toks = winkTokens(sentence).filter(
    (t) => t.span && !(masked[t.span.start] === ' ' && sentence[t.span.start] !== ' '),
  );
  const phrase = (from: number, to: number) =>
    from <= to ? sentence.slice(toks[from]?.span?.start, toks[to]?.span?.end) : null;
  for (let v = toks.length - 1; v >= 0; v--) {
    const verb = toks[v];
    if (!verb?.span || !/^(?:VERB|AUX)$/u.test(verb.pos) || !isSpeechVerb(verb.text)) continue;
    let j = v - 1;
    while (j >= 0 && SKIP_TAGS.has(toks[j]?.pos ?? '')) j--;
    const prev = toks[j];
    const inverted = invertedAt(sentence, verb.span.start);
    if (!inverted && prev && (NP_TAGS.has(prev.pos) || prev.pos === 'PRON')) {
      if (prev.pos === 'PRON') return prev.text;
      let i = j;
      while (i - 1 >= 0 && NP_TAGS.has(toks[i - 1]?.pos ?? '')) i--;
      return phrase(i, j);
    }
    if (inverted || !prev || prev.pos === 'PUNCT') {
      let k = v + 1;
      while (k < toks.length && SKIP_TAGS.has(toks[k]?.pos ?? '')) k++;
      if (toks[k]?.pos === 'PRON') return toks[k]?.text ?? null;
      let e = k;
      while (e < toks.length && NP_TAGS.has(toks[e]?.pos ?? '')) e++;
      const p = phrase(k, e - 1);
      if (p) return p;
    }
  }
  return null;
}

/** Today's whole speaker attribution (quote spans + attributeSpeakers) run on the sentence alone. */
function rulesAttribution(sentence: string): string | null {
  const doc = annotateParagraphs([sentence]);
  const spans = findQuoteSpans(doc);
  const found = attributeSpeakers(doc, spans).find((a) => a.speaker !== null);
  return found?.speaker ?? null;
}

const SUBJECT_FINDERS: Record<string, (s: string) => string | null> = {
  'rules findSpeechSubject': findSpeechSubject,
  'rules attributeSpeakers': rulesAttribution,
  compromise: compromiseSubject,
  'wink-nlp': winkSubject,
  // A library only where today's attribution has no answer (its cost then scales with those sentences).
  'rules, else compromise': (s) => rulesAttribution(s) ?? compromiseSubject(s),
};

/** Named speakers (every word capitalised) found as a person/organisation mention: recall only. */
function scoreSpeakerMentions(items: SubjectItem[]) {
  const named = items.filter((i) =>
    /^(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and|de|van|von)\s*)+$/u.test(i.gold),
  );
  const rows: Record<string, { found: number; n: number }> = {};
  for (const [name, find] of Object.entries(MENTION_FINDERS)) {
    let found = 0;
    for (const item of named) {
      const at = maskQuotations(item.sentence).indexOf(item.gold);
      const gold = { start: at, end: at + item.gold.length };
      if (find(item.sentence, [item.sentence]).some((m) => overlaps(m, gold))) found++;
    }
    rows[name] = { found, n: named.length };
  }
  return rows;
}

function scoreSubjects(items: SubjectItem[]) {
  const rows: Record<string, { right: number; answered: number; n: number }> = {};
  for (const [name, find] of Object.entries(SUBJECT_FINDERS)) {
    let right = 0;
    let answered = 0;
    let shown = 0;
    for (const [i, item] of items.entries()) {
      const got = find(item.sentence);
      if (got) answered++;
      if (sameSpeaker(item.gold, got)) right++;
      else if (shown < ERRORS && i % 13 === 0) {
        shown++;
        console.log(`    miss ${name}: gold «${item.gold}» got «${got}» in: ${item.sentence}`);
      }
    }
    rows[name] = { right, answered, n: items.length };
  }
  return rows;
}

// ---------------------------------------------------------------- speed

/** Wall-clock and CPU milliseconds of one call (CPU time is steadier on a shared machine). */
function timeOnce(work: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  work();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * Median ms per 1,000 words of each job, runs interleaved (job A, B, C, A, B, C, …) so a busy
 * machine slows every tool alike.
 */
function speeds(
  paragraphs: string[],
  jobs: Record<string, (ps: string[]) => void>,
): Record<string, { wall: number; cpu: number }> {
  const words = paragraphs.reduce((n, p) => n + countWords(p), 0);
  const samples: Record<string, { wall: number[]; cpu: number[] }> = {};
  for (const [name, job] of Object.entries(jobs)) {
    job(paragraphs.slice(0, 50)); // warm-up: lazy lexicons, JIT
    samples[name] = { wall: [], cpu: [] };
  }
  for (let r = 0; r < RUNS; r++) {
    for (const [name, job] of Object.entries(jobs)) {
      const t = timeOnce(() => job(paragraphs));
      samples[name]?.wall.push(t.wall);
      samples[name]?.cpu.push(t.cpu);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      { wall: (median(s.wall) / words) * 1000, cpu: (median(s.cpu) / words) * 1000 },
    ]),
  );
}

/** What each tool costs: its sentence splitting alone, and the whole annotation we would use. */
const SPEED: Record<string, (ps: string[]) => void> = {
  'rules: sentences': (ps) => splitSentences(ps),
  'rules: sentences+names+subjects': (ps) => {
    for (const s of splitSentences(ps)) {
      findNames(s.text);
      findSpeechSubject(s.text);
    }
  },
  'compromise: tokenize sentences': (ps) => {
    for (const p of ps) nlp.tokenize(p).sentences().out('array');
  },
  'compromise: tagged (nlp())': (ps) => {
    for (const p of ps) nlp(p);
  },
  'compromise: +people+orgs': (ps) => {
    for (const p of ps) {
      const d = nlp(p);
      d.people().json({ offset: true });
      d.organizations().json({ offset: true });
    }
  },
  'compromise: +verb subjects': (ps) => {
    for (const p of ps) {
      const d = nlp(p);
      d.people().json({ offset: true });
      d.organizations().json({ offset: true });
      d.verbs().subjects().out('array');
    }
  },
  'wink-nlp: sentences': (ps) => {
    for (const p of ps) wink.readDoc(p).sentences().out();
  },
  'wink-nlp: +POS+entities': (ps) => {
    for (const p of ps) {
      const d = wink.readDoc(p);
      d.sentences().out();
      d.tokens().out(its.pos);
      d.entities().out(its.detail);
    }
  },
  'Intl.Segmenter: sentences': (ps) => {
    for (const p of ps) [...intlSentences.segment(p)];
  },
  'Intl + abbrev pass: sentences': (ps) => ps.map(intlSuppressed),
};

// ---------------------------------------------------------------- bundle size

const ENTRIES: Record<string, string> = {
  rules: `import { splitSentences } from '${ROOT}utils/analyze/sentences';
import { findNames } from '${ROOT}utils/analyze/names';
import { findSpeechSubject } from '${ROOT}utils/analyze/attribution';
export const run = (t: string) => [splitSentences([t]), findNames(t), findSpeechSubject(t)];`,
  compromise: `import nlp from 'compromise';
export const run = (t: string) => { const d = nlp(t); return [d.sentences().out('array'), d.people().json(), d.organizations().json(), d.verbs().subjects().out('array')]; };`,
  'compromise/two (POS only)': `import nlp from 'compromise/two';
export const run = (t: string) => nlp(t).sentences().json();`,
  'compromise/one (tokenize)': `import nlp from 'compromise/one';
export const run = (t: string) => nlp.tokenize(t).sentences().out('array');`,
  'wink-nlp': `import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const nlp = winkNLP(model);
export const run = (t: string) => { const d = nlp.readDoc(t); return [d.sentences().out(), d.tokens().out(nlp.its.pos), d.entities().out()]; };`,
  'Intl.Segmenter': `export const run = (t: string) => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(t)];`,
};

async function bundleBytes(): Promise<Record<string, { min: number; gzip: number }>> {
  const dir = join(ROOT, '.cache/bakeoff-bundle');
  mkdirSync(dir, { recursive: true });
  const out: Record<string, { min: number; gzip: number }> = {};
  for (const [name, source] of Object.entries(ENTRIES)) {
    const file = join(dir, `${name.replace(/[^a-z]+/giu, '-')}.ts`);
    writeFileSync(file, source);
    const result = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      nodePaths: [join(ROOT, 'node_modules')],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    out[name] = { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  }
  return out;
}

// ---------------------------------------------------------------- main

const pct = (x: number) => x.toFixed(3);

async function main(): Promise<void> {
  const gumPath = join(UD_DIR, 'en_gum-ud-dev.conllu');
  const ewtPath = join(UD_DIR, 'en_ewt-ud-dev.conllu');
  if (!existsSync(gumPath) || !existsSync(ewtPath) || !existsSync(POLNEAR)) {
    console.error(
      `Missing data: need ${gumPath}, ${ewtPath} (see docs/decisions/0001-nlp-layer.md, "Data") and ${POLNEAR}.`,
    );
    process.exitCode = 1;
    return;
  }
  const gum = readConllu(gumPath);
  const ewt = readConllu(ewtPath);
  const articles = JSON.parse(readFileSync(POLNEAR, 'utf8')) as PolnearArticle[];

  if (section('a')) {
    console.log('(a) Sentence boundaries (paragraph-internal boundaries; P / R / F1, recall on');
    console.log(
      '    boundaries after . ? ! …; lost = sentences a tool changed so they cannot be aligned)',
    );
    for (const [set, paras] of [
      ['GUM dev', gum],
      ['EWT dev', ewt],
    ] as const) {
      for (const [name, r] of Object.entries(scoreSentences(paras))) {
        console.log(
          `  ${set.padEnd(8)} ${name.padEnd(20)} P ${pct(r.p)} R ${pct(r.r)} F1 ${pct(r.f1)}  punctR ${pct(r.punctRecall)}  gold ${r.gold} pred ${r.predicted} lost ${r.lost}`,
        );
      }
    }
    const agree = sentenceAgreement(articles, 'rules', 'Intl + abbrev pass');
    console.log(
      `  PolNeAR (no gold): boundaries both rules and Intl + abbrev pass make ${agree.both}, only rules ${agree.onlyA}, only Intl + pass ${agree.onlyB}`,
    );
    for (const x of agree.samples) console.log(`    ${x}`);
  }
  if (section('b')) {
    console.log('\n(b) Named person / organisation mentions, GUM dev (overlap match, one-to-one)');
    for (const [name, r] of Object.entries(scoreMentions(gum))) {
      for (const [type, s] of Object.entries(r)) {
        console.log(
          `  ${name.padEnd(32)} ${type.padEnd(12)} P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f1)}  gold ${s.gold} pred ${s.predicted}`,
        );
      }
    }
  }
  if (section('c')) {
    const items = speechItems(articles);
    console.log(
      `\n(c) Subject of a speech verb, PolNeAR train+dev: sentences whose quote's annotated speaker is written in them (n = ${items.length})`,
    );
    console.log(
      '  (b, news) named speakers of those sentences found as a person/org mention (recall):',
    );
    for (const [name, r] of Object.entries(scoreSpeakerMentions(items))) {
      console.log(`    ${name.padEnd(32)} recall ${pct(r.found / r.n)} (${r.found}/${r.n})`);
    }
    for (const [name, r] of Object.entries(scoreSubjects(items))) {
      console.log(
        `  ${name.padEnd(24)} accuracy ${pct(r.right / r.n)} (${r.right}/${r.n}), answered ${pct(r.answered / r.n)}`,
      );
    }
  }
  if (section('speed')) {
    const speedText: string[] = [];
    for (const a of articles) {
      if (speedText.reduce((n, p) => n + countWords(p), 0) >= 10000) break;
      speedText.push(...a.text.split('\n').filter((p) => p.trim() !== ''));
    }
    const words = speedText.reduce((n, p) => n + countWords(p), 0);
    console.log(
      `\nSpeed: ms per 1,000 words (wall / CPU), median of ${RUNS} interleaved runs on ${words} PolNeAR words`,
    );
    for (const [name, t] of Object.entries(speeds(speedText, SPEED))) {
      console.log(`  ${name.padEnd(32)} ${t.wall.toFixed(2).padStart(9)} / ${t.cpu.toFixed(2)}`);
    }
  }
  if (section('bundle')) {
    console.log('\nBundle: bytes of a tiny entry using each (esbuild --minify, gzip -9)');
    for (const [name, b] of Object.entries(await bundleBytes())) {
      console.log(
        `  ${name.padEnd(28)} min ${String(b.min).padStart(8)}  gzip ${String(b.gzip).padStart(7)}`,
      );
    }
  }
}

await main();
