/**
 * The list of sources being built for a story: one entry per name (the same source seen as
 * named, organization or anonymous is one source), the sentences citing each, and the counts the
 * contract reports.
 */
import type { Quote, Source } from '../../summary';
import type { AnnotatedDocument } from '../annotate';
import { ORG_WORDS } from '../lexicon';
import { fullestName } from '../names';

interface Entry extends Source {
  first: number;
  key: string;
}

/** A named source outranks an organization, which outranks an unnamed one, for the same name. */
const KIND_RANK: Record<Source['kind'], number> = {
  named: 3,
  organization: 2,
  document: 1,
  anonymous: 0,
};

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One key per source: case and a leading article aside ("the Associated Press" = "Associated Press"). */
const keyOf = (name: string): string => name.toLowerCase().replace(/^(?:the|a|an)\s+/u, '');

export class SourceBook {
  private readonly entries = new Map<string, Entry>();
  private readonly cited = new Map<string, Set<number>>();
  /** The entry cited last: the source a phrase rule took. */
  lastCited: Entry | null = null;
  /** The last unnamed source cited, for "these sources" further on. */
  lastAnonymous: Entry | null = null;

  /**
   * The entry for a name, created or upgraded to a stronger kind; a role fills a missing one.
   * `exact`: a quote's speaker keeps its own entry under its own spelling, so every speaker is
   * a listed source ("the star" and "star" quoted are two entries; cited, they are one).
   */
  add(
    name: string,
    kind: Source['kind'],
    role: string | null,
    first: number,
    exact = false,
  ): Entry {
    let key = keyOf(name);
    let e = this.entries.get(key);
    if (exact && e && e.name.toLowerCase() !== name.toLowerCase()) {
      key = `=${name.toLowerCase()}`;
      e = this.entries.get(key);
    }
    if (!e) {
      e = { name, kind, role, mentions: 0, quotes: 0, first, key };
      this.entries.set(key, e);
    }
    if (KIND_RANK[kind] > KIND_RANK[e.kind]) e.kind = kind;
    if (!e.role && role) e.role = role;
    return e;
  }

  /** Records that a sentence cites an entry. */
  cite(e: Entry, sentence: number): Entry {
    const { key } = e;
    const set = this.cited.get(key) ?? new Set<number>();
    set.add(sentence);
    this.cited.set(key, set);
    this.lastCited = e;
    return e;
  }

  /** The last unnamed source whose name has this head noun ("source", "official"). */
  lastAnonymousWith(head: string): Entry | null {
    return (
      [...this.entries.values()]
        .filter((x) => x.kind === 'anonymous' && x.name.toLowerCase().includes(head))
        .pop() ?? this.lastAnonymous
    );
  }

  /**
   * The sources, most cited first (quotes, then mentions, then position). Named: mentions =
   * sentences naming the person in any form; the others: sentences that cite them.
   */
  sources(doc: AnnotatedDocument, quotes: Quote[]): Source[] {
    const { sentences, people } = doc;
    for (const e of this.entries.values()) {
      if (e.kind === 'named') {
        const words = e.name.split(' ');
        const surname = words[words.length - 1] ?? e.name;
        // Any form of the name counts: the surname, or the first name when it stands for this person.
        const first = words[0] ?? '';
        const forms = [
          surname,
          ...(words.length > 1 && fullestName(first, people) === e.name ? [first] : []),
        ];
        const re = new RegExp(`\\b(?:${forms.map(escapeRe).join('|')})\\b`, 'u');
        e.mentions = sentences.filter((s) => re.test(s.text)).length;
        const firstMention = sentences.find((s) => re.test(s.text));
        if (firstMention) e.first = Math.min(e.first, firstMention.index);
      } else {
        const set = this.cited.get(e.key) ?? new Set<number>();
        for (const q of quotes)
          if (q.speaker?.toLowerCase() === e.name.toLowerCase()) set.add(q.sentence);
        e.mentions = set.size;
      }
    }
    return (
      [...this.entries.values()]
        // A bare organisation word ("Police") cited in passing is no source; one quoted is.
        .filter(
          (e) =>
            !(e.kind === 'organization' && e.quotes === 0 && ORG_WORDS.has(e.name.toLowerCase())),
        )
        .sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || a.first - b.first)
        .map(({ name, kind, role, mentions, quotes: q }) => ({
          name,
          kind,
          role,
          mentions,
          quotes: q,
        }))
    );
  }
}
