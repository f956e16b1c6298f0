/*
 * Labels that name whose a figure is when a possessive pronoun stands right before it: "His
 * 15-year-old son", "its 400 stores", "her two sons". The label built after the figure
 * ("age of son", "stores sell bread") leaves the owner out, and the reader cannot tell
 * whose; the pronoun's person (coreference) or organisation (the subjects before) is named
 * instead. The same holds for the object of a ranking verb ("ranked her the 12th"), and for an
 * "its" whose owner is the object a verb hands an infinitive to ("urged Corvane to cut its prices").
 * Rows of REFERENT_RULES, run after the name-possessive rows (`owner-rules.ts`).
 *
 * Evidence (2026-12-03, news-figures dev set): gold descriptions of such figures name the owner
 * the story gave a sentence or a paragraph before ("age of <surname>'s son").
 *
 * Decision: "her" after a verb is an object ("paid her $500", "gave her two books"), not an
 * owner, and is left alone; "they" and "their" name no one, only the group the sentence opens
 * on when it is counted or described by a plain noun ("400 nurses … their pay"), with that noun
 * (`group-pronoun`).
 */
import { verbLike } from './holder';
import { MAX_LABEL_WORDS } from './label-words';
import type { ReferentRule } from './referents';

/** A possessive pronoun right before the figure, and the word before it. */
const PRONOUN_BEFORE = /(?:(\p{L}+)\s+)?(?<!\p{L})(his|her|its)\s+$/iu;
/** Category words that open a label without a thing to own ("amount paid by …"). */
const BARE_CATEGORY = /^(?:amount|share|number|time|duration|count|total|value|level)\b/u;

/** A name's possessive: "Lima’s", "Corvane Foods’". */
const possessive = (name: string): string => (/s$/u.test(name) ? `${name}’` : `${name}’s`);

/** Whether a label already says any word of a name. */
const says = (measures: string, name: string): boolean =>
  name.split(/\s+/u).some((w) =>
    measures
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .includes(w.toLowerCase()),
  );

/** A ranking verb and its object pronoun right before a rank ("ranked her the", "named him"). */
const RANKED_PRONOUN =
  /(?<!\p{L})(?:ranked|rated|named|voted|placed|listed)\s+(her|him|it)\s+(?:(?:the|as|at)\s+)*$/iu;

/**
 * A verb that hands its object an infinitive, the object then the infinitive's subject, right
 * before an "its": "asked the Harbour Board to raise its", "urged Corvane to cut its".
 */
const OBJECT_THEN_INFINITIVE =
  /(?<!\p{L})(?:wants?|wanted|asked|asks|urged|urges|forced|forces|allowed|allows|pushed|pushes|pressed|presses|told|tells|expects?|expected)\s+((?:the\s+)?\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})\s+to\s+\p{Ll}+\s+(?:\p{Ll}+\s+)?$/u;

/**
 * The group a sentence opens on as its subject, counted or plain, before its verb: "30,000
 * clerks will …", "The striking nurses have …", "In May, 400 dockers walked …" → its noun phrase.
 */
const GROUP_SUBJECT =
  /^(?:[^,;:“”"]{1,40},\s+)?(?:(?:[Tt]he|[Aa]ll|[Mm]ost|[Mm]any|[Ss]ome)\s+)?(?:(?:about|nearly|some|more than)\s+)?(?:\d[\d,.]*\s+(?:(?:thousand|million)\s+)?)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*[^\Ws]s)\s+(?:will|would|should|are|were|have|had|can|could|may|must|said|say|\p{Ll}+ed)(?!\p{L})/u;

/** A contact clause's pronoun subject between a noun and its verb: "pickers she hired". */
const CONTACT_PRONOUN = /(?<![\p{L}’'-])(\p{Ll}[\p{Ll}-]+)\s+(she|he)\s+(\p{Ll}+ed)(?![\p{L}-])/gu;

/** "its first two years", "her last 12 months": a possessive and a first or last stretch before a duration. */
const OWNED_PERIOD = /(?<!\p{L})(its|his|her)\s+(first|last|opening|final)\s+$/u;
/** A duration's unit right after its number: "two years", "12 months". */
const PERIOD_UNIT =
  /^(?:[\p{L}\d-]+\s+){1,2}?(years?|months?|weeks?|days?|hours?|decades?|seasons?)(?!\p{L})/u;
/** A duration label as a bare category or a time ("duration", "time run by …"). */
const PERIOD_LABEL = /^(?:duration|time|period)\b/u;
/**
 * The last capitalized name before a place in a sentence, within its clause (no comma, colon or
 * dash between), not opening the sentence: "ran Corvane during its" → "Corvane".
 */
function nameBefore(text: string): string | null {
  const clause = text.split(/[,;:—–]/u).pop() ?? '';
  const names = [
    ...clause.matchAll(/(?<=\s)(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2})(?![\p{L}’'])/gu),
  ];
  return names.at(-1)?.[1] ?? null;
}

export const PRONOUN_OWNER_RULES: readonly ReferentRule[] = [
  {
    // "Corvane lost money during its first two years" → "duration" or "time lost …" says
    // nothing of whose years; the period is the owner's first (or last) stretch: "Corvane’s
    // first years". "its" stands for the last name written before it in its clause when the
    // subjects before name no organisation; a person's name there is no "its".
    name: 'owned-first-period',
    example: {
      paragraphs: ['Ana Lima says Corvane lost money during its first two years.'],
      figure: 'two years',
      measures: 'Corvane’s first years',
    },
    apply(ctx) {
      if (!PERIOD_LABEL.test(ctx.measures)) return null;
      const before = ctx.sentence.text.slice(0, ctx.start);
      const m = OWNED_PERIOD.exec(before);
      const unit = PERIOD_UNIT.exec(ctx.sentence.text.slice(ctx.start))?.[1];
      if (!m?.[1] || !m[2] || !unit) return null;
      const written = m[1] === 'its' ? nameBefore(before.slice(0, m.index)) : null;
      const name =
        m[1] === 'its'
          ? (ctx.organisation() ?? (written && !ctx.isPerson(written) ? written : null))
          : ctx.person(m[1]);
      if (!name) return null;
      const plural = unit.endsWith('s') ? unit : `${unit}s`;
      return `${possessive(name)} ${m[2]} ${plural}`;
    },
  },

  {
    // "Only 12 of the 40 pickers she hired showed up" → "pickers hired": the pronoun the contact
    // clause's label drops is the person it stands for. Evidence (news-figures dev set): gold
    // descriptions of a farmer's count of workers name the farmer.
    name: 'contact-clause-person',
    example: {
      paragraphs: [
        'Farmer Ana Lima grows pears near Tarn. Only 12 of the 40 pickers she hired showed up.',
      ],
      figure: '40',
      measures: 'pickers Lima hired',
    },
    apply(ctx) {
      if (!/(?<!\p{L})s?he\s/u.test(ctx.sentence.text)) return null;
      for (const m of ctx.sentence.text.matchAll(CONTACT_PRONOUN)) {
        const [, noun = '', pronoun = '', verb = ''] = m;
        const at = new RegExp(`(?<![\\p{L}’'-])${noun}\\s+${verb}(?![\\p{L}-])`, 'u').exec(
          ctx.measures,
        )?.index;
        if (at === undefined) continue;
        const name = ctx.person(pronoun);
        if (!name || says(ctx.measures, name)) return null;
        const cut = at + noun.length + 1;
        const out = `${ctx.measures.slice(0, cut)}${name} ${ctx.measures.slice(cut)}`;
        return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
      }
      return null;
    },
  },
  {
    // "900 dockers voted on Friday; their union says they lose 15% of their wages" → "share of
    // dockers’ wages"; "… they get eight weeks to decide" → "time dockers get to decide": "they"
    // and "their" stand for the group the sentence opens on.
    name: 'group-pronoun',
    example: {
      paragraphs: [
        '3,000 clerks will join a reserve pool, and their pay will fall to 60% of their salaries.',
      ],
      figure: '60%',
      measures: 'share of clerks’ salaries',
    },
    apply(ctx) {
      if (!/(?<!\p{L})the(?:y|ir)(?!\p{L})/u.test(ctx.sentence.text)) return null;
      const group = GROUP_SUBJECT.exec(ctx.sentence.text)?.[1];
      if (!group || says(ctx.measures, group)) return null;
      const they = /(?<![\p{L}’'-])they(?![\p{L}’'-])/u.exec(ctx.measures);
      let out: string | null = null;
      if (they)
        out = `${ctx.measures.slice(0, they.index)}${group}${ctx.measures.slice(they.index + 4)}`;
      else {
        for (const w of ctx.measures.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}-]+(?![\p{L}’'-])/gu)) {
          if (!new RegExp(`(?<!\\p{L})their\\s+${w[0]}(?![\\p{L}-])`, 'u').test(ctx.sentence.text))
            continue;
          out = `${ctx.measures.slice(0, w.index)}${group}’ ${ctx.measures.slice(w.index)}`;
          break;
        }
      }
      return out && out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
  {
    // "Lima urged Corvane Foods to cut its prices by 5%" → "fall in prices": the "its" is
    // the object the verb hands the infinitive to, not the sentence's subject.
    name: 'its-of-infinitive-subject',
    example: {
      paragraphs: ['Ana Lima spoke on Monday. Lima urged Corvane Foods to cut its prices by 5%.'],
      figure: '5%',
      measures: 'fall in Corvane Foods’ prices',
    },
    apply(ctx) {
      const text = ctx.sentence.text;
      for (const w of ctx.measures.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}-]+(?![\p{L}’'-])/gu)) {
        const its = new RegExp(`(?<!\\p{L})its\\s+${w[0]}(?![\\p{L}-])`, 'u').exec(text);
        if (!its || its.index > ctx.start) continue;
        const name = OBJECT_THEN_INFINITIVE.exec(text.slice(0, its.index))?.[1];
        if (!name || says(ctx.measures, name.replace(/^the\s+/u, ''))) return null;
        const out = `${ctx.measures.slice(0, w.index)}${possessive(name)} ${ctx.measures.slice(w.index)}`;
        return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
      }
      return null;
    },
  },
  {
    // "a magazine ranked her the 12th best singer" → "rank as best singer": the rank is the
    // object's, the person or organisation the pronoun stands for.
    name: 'ranked-object-pronoun',
    example: {
      paragraphs: [
        'Olga Marsh sang at the Tarn festival. A magazine ranked her the 12th best singer.',
      ],
      figure: '12th',
      measures: 'Marsh’s rank as best singer',
    },
    apply(ctx) {
      if (!/^rank\b/u.test(ctx.measures)) return null;
      const pronoun = RANKED_PRONOUN.exec(
        ctx.sentence.text.slice(0, ctx.start),
      )?.[1]?.toLowerCase();
      if (!pronoun) return null;
      const name = pronoun === 'it' ? ctx.organisation() : ctx.person(pronoun);
      if (!name || says(ctx.measures, name)) return null;
      const out = `${possessive(name)} ${ctx.measures}`;
      return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
  {
    // "His 15-year-old son …", "Its 400 stores …": the owner the pronoun stands for, put
    // before the thing the label says it counts ("age of Blane’s son").
    name: 'pronoun-possessive-before-figure',
    example: {
      paragraphs: ['Kiro Blane runs the ferry blog. His 15-year-old son, Teo, writes for it.'],
      figure: '15-year-old',
      measures: 'age of Blane’s son',
    },
    apply(ctx) {
      const m = PRONOUN_BEFORE.exec(ctx.sentence.text.slice(0, ctx.start));
      const pronoun = m?.[2]?.toLowerCase();
      if (!m || !pronoun) return null;
      if (pronoun === 'her' && m[1] && verbLike(m[1])) return null;
      const name = pronoun === 'its' ? ctx.organisation() : ctx.person(pronoun);
      if (!name || says(ctx.measures, name)) return null;
      // "age of son" → "age of Blane’s son"; "stores sell bread" → "Halden Bank’s stores …".
      const of = /^(\p{Ll}+ of )(?!the\b|an?\b|\p{Lu})(?=\p{Ll})/u.exec(ctx.measures)?.[1];
      if (!of && (BARE_CATEGORY.test(ctx.measures) || !/^\p{Ll}/u.test(ctx.measures))) return null;
      const at = of?.length ?? 0;
      const out = `${ctx.measures.slice(0, at)}${possessive(name)} ${ctx.measures.slice(at)}`;
      return out.split(/\s+/u).length <= MAX_LABEL_WORDS ? out : null;
    },
  },
];
