/**
 * A share of a group that opens its clause and says, thinks or backs something: "60% of those
 * polled said they opposed the toll", "About 40% of residents back the plan". The verb and what
 * follows say which part of the group the share is; without this row the verb was read as part
 * of the group ("share of residents say", "share of polled"). A row of `MEASURE_RULES`, run
 * before the other "of" complement rows.
 */
import type { MeasureRule } from './describe';
import { dropTrailingFunctionWords, FUNCTION_WORDS, wordsOf } from './grammar';
import { MAX_LABEL_WORDS } from './label-words';

/**
 * "of those polled said …", "of the voters opposed …": the group (1-3 words, "those" kept) and
 * a verb of saying, thinking or backing.
 */
const GROUP_THEN_VIEW =
  /^\s+of\s+(?:(those)\s+|(?:the|all)\s+)?((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)\s+(said|say|says|think|thinks|thought|believe|believes|believed|want|wants|wanted|support|supports|supported|back|backs|backed|oppose|opposes|opposed|favou?r|favou?rs|favou?red|agree|agrees|agreed|expect|expects|expected)\s+(?:that\s+)?([^,;:—–()]*)/u;
/**
 * What may stand before the share in its clause: nothing, a joining word or a verb that reports
 * a finding ("and", "said that", "found"), then an intensifier.
 */
const OPENS_CLAUSE =
  /(?:^|[,;:—–(“"]\s*|(?:^|\s)(?:and|but|said|says|found|finds|shows|showed)\s+(?:that\s+)?)(?:(?:a\s+)?(?:whopping|fully|just|only|some|about|nearly|roughly|almost)\s+)?$/iu;
/** What the view ends before: another clause joined on. */
const VIEW_END = /\s+(?:and|or|but|because|when|if|while|although)\s.*$/u;

/** The opinion rows, in order. */
export const OPINION_RULES: readonly MeasureRule[] = [
  {
    name: 'share-of-group-view',
    example: {
      sentence: 'Sixty percent of those polled said they opposed the toll or were unsure.',
      figure: 'Sixty percent',
      measures: 'share of those polled who said they opposed the toll',
    },
    apply: (ctx) => {
      if (ctx.category !== 'share' || !OPENS_CLAUSE.test(ctx.before)) return null;
      const m = GROUP_THEN_VIEW.exec(ctx.right);
      if (!m) return null;
      const [, those, group = '', verb = '', rest = ''] = m;
      if (group.split(/\s+/u).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return null;
      const head = `${ctx.category} of ${those ? 'those ' : ''}${group} who ${verb}`;
      // A view cut short reads as a fragment: it is said whole or not at all.
      const out = wordsOf(rest.replace(VIEW_END, '')).map((w) => w.text);
      dropTrailingFunctionWords(out);
      const label = `${head} ${out.join(' ')}`;
      return out.length > 0 && label.split(' ').length <= MAX_LABEL_WORDS ? label : null;
    },
  },
];
