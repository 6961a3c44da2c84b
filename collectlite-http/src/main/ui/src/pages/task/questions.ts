import type { ProjectDetail } from '../../api/types';

/** One answer a question allows, with its shortcut ('' when it has none and is picked by clicking). */
export interface Option {
  value: string;
  title: string;
  key: string;
}

/** A template question as the workbench uses it; which fields apply depends on `kind`. */
export interface Question {
  kind: 'single_choice' | 'ordinal' | 'multi_choice' | 'numeric' | 'pairwise' | 'free_text' | string;
  name: string;
  prompt: string;
  required: boolean;
  options: Option[];
  strengths: Option[];
  min: number;
  max: number;
  step: number;
  /** Whether a numeric question's values are picked with the number keys. */
  digitKeys: boolean;
  /** A free-text box's focus key. */
  key: string;
  maxLength: number | undefined;
}

/** A pairwise answer, as stored. */
export interface Pairwise {
  choice: string;
  strength?: string;
}

/** One answer: an option value, option values, a number, a pairwise choice or text. */
export type Answer = string | string[] | number | Pairwise;
export type Answers = Record<string, Answer | undefined>;

type OptionLike = { value?: string; title?: string; key?: string };
type QuestionLike = NonNullable<ProjectDetail['template']>['schema']['questions'][number];

/** Keys the workbench keeps for itself: skip, notes, confidence, the key map (as the server's LabelSchema.RESERVED_KEYS). */
export const RESERVED_KEYS: readonly string[] = ['s', 'n', 'q', 'w', 'e', '?'];
/**
 * The review page's "mark as gold" key: one of the reserved keys, so no answer ever has it, and
 * unused on the review page otherwise (Q sets low confidence in the workbench, which reviewers do not).
 */
export const GOLD_KEY = 'q';
/**
 * Keys given, in this order, to options the schema leaves without one: single characters only (a key
 * is one key press), never J or K (they move through the review queue).
 */
const SPARE_KEYS = '1234567890abcdfghilmoprtuvxyz';
/** A pairwise question's usual keys, kept free for it when it is in the schema. */
const PAIRWISE_KEYS: Record<string, string> = { a: 'a', b: 'b', tie: 't' };

function options(list: OptionLike[] | undefined): Option[] {
  return (list ?? []).map((o) => ({ value: o.value ?? '', title: o.title ?? o.value ?? '', key: (o.key ?? '').toLowerCase() }));
}

/** The template's questions, the primary (consensus) one first, each option with a unique key or none. */
export function questionsOf(project: ProjectDetail): Question[] {
  const schema = project.template?.schema;
  const list: QuestionLike[] = schema?.questions?.length ? schema.questions : project.template?.question ? [project.template.question] : [];
  return assignKeys(list.map((q) => ({
    kind: q.kind,
    name: q.name,
    prompt: q.prompt ?? q.name,
    required: q.required ?? true,
    options: options(q.kind === 'pairwise' ? q.choices : q.options),
    strengths: options(q.strengths),
    min: Number(q.min ?? 0),
    max: Number(q.max ?? 0),
    step: Number(q.step ?? 1),
    digitKeys: false,
    key: (q.key ?? '').toLowerCase(),
    maxLength: q.max_length,
  })));
}

/**
 * Makes every shortcut unique, deterministically. The schema's own keys come first (the server
 * refused any that collide or are reserved; one that does anyway is dropped). A numeric question
 * keeps its number keys unless another question owns one of them, in which case the server found
 * it has none. Options without a key then get the first spare single character that no question
 * uses, that the workbench does not keep and, with a pairwise question present, that is not A, B
 * or T; options left over have no key and are picked by clicking.
 */
export function assignKeys(questions: Question[]): Question[] {
  const used = new Set<string>(RESERVED_KEYS);
  const claim = (key: string) => {
    if ([...key].length !== 1 || used.has(key)) return '';
    used.add(key);
    return key;
  };
  const claimed = questions.map((q) => ({
    ...q,
    key: q.kind === 'free_text' ? claim(q.key) : '',
    options: q.options.map((o) => ({ ...o, key: claim(o.key) })),
    strengths: q.strengths.map((o) => ({ ...o, key: claim(o.key) })),
  }));
  const withDigits = claimed.map((q) => {
    if (q.kind !== 'numeric') return q;
    const digits = numericValues(q).map(String);
    const digitKeys = digits.length > 0 && digits.every((d) => !used.has(d));
    if (digitKeys) digits.forEach((d) => used.add(d));
    return { ...q, digitKeys };
  });
  // A, B and T stay free for the pairwise question: its own choices without a key get them back.
  const pairwise = new Set(withDigits.some((q) => q.kind === 'pairwise') ? Object.values(PAIRWISE_KEYS).filter((k) => !used.has(k)) : []);
  pairwise.forEach((k) => used.add(k));
  const spare = (q: Question, o: Option): Option => {
    if (o.key) return o;
    const usual = q.kind === 'pairwise' ? PAIRWISE_KEYS[o.value] : undefined;
    const key = usual && pairwise.delete(usual) ? usual : [...SPARE_KEYS].find((k) => !used.has(k)) ?? '';
    used.add(key);
    return { ...o, key };
  };
  return withDigits.map((q) => ({ ...q, options: q.options.map((o) => spare(q, o)), strengths: q.strengths.map((o) => spare(q, o)) }));
}

/** The values a numeric question offers as buttons: whole steps within 0–9 (NumericRating.digitKeys); else none. */
export function numericValues(q: Question): number[] {
  if (q.kind !== 'numeric' || q.step !== 1 || !Number.isInteger(q.min) || !Number.isInteger(q.max) || q.min < 0 || q.max > 9) return [];
  const values: number[] = [];
  for (let v = q.min; v <= q.max; v++) values.push(v);
  return values;
}

/** The options (and strengths) of each question that have no key, so are picked by clicking only. */
export function unkeyed(questions: Question[]): { question: Question; option: Option }[] {
  return questions.flatMap((q) => [...q.options, ...q.strengths].filter((o) => !o.key).map((option) => ({ question: q, option })));
}

/** What pressing a key does to a question's answer; `focus` for a free-text box's key. */
export type KeyAction = { question: Question; key: string; title: string; apply: (a: Answer | undefined) => Answer } | { question: Question; key: string; title: string; focus: true };

/** Every answer shortcut of the questions, in display order (options without a key have none). */
export function keyActions(questions: Question[]): KeyAction[] {
  const actions: KeyAction[] = [];
  for (const q of questions) {
    if (q.kind === 'free_text') {
      if (q.key) actions.push({ question: q, key: q.key, title: `write ${q.prompt.toLowerCase()}`, focus: true });
      continue;
    }
    if (q.kind === 'numeric') {
      if (q.digitKeys) for (const v of numericValues(q)) actions.push({ question: q, key: String(v), title: `${q.name} ${v}`, apply: () => v });
      continue;
    }
    if (q.kind === 'pairwise') {
      for (const o of q.options) {
        actions.push({
          question: q, key: o.key, title: o.title,
          apply: (a) => ({ choice: o.value, ...(o.value !== 'tie' && isPairwise(a) && a.strength ? { strength: a.strength } : {}) }),
        });
      }
      for (const s of q.strengths) {
        actions.push({
          question: q, key: s.key, title: s.title,
          apply: (a) => (isPairwise(a) && a.choice !== 'tie' ? { choice: a.choice, strength: s.value } : a ?? { choice: '' }),
        });
      }
      continue;
    }
    for (const o of q.options) {
      actions.push({
        question: q, key: o.key, title: o.title,
        apply: q.kind === 'multi_choice' ? (a) => toggle(Array.isArray(a) ? a : [], o.value, q) : () => o.value,
      });
    }
  }
  return actions.filter((a) => a.key !== '');
}

function isPairwise(a: Answer | undefined): a is Pairwise {
  return typeof a === 'object' && a !== null && !Array.isArray(a);
}

/** Adds or removes a multi-choice value, keeping the options' order. */
export function toggle(chosen: string[], value: string, q: Question): string[] {
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
  return q.options.map((o) => o.value).filter((v) => next.includes(v));
}

/** Whether a question has an answer worth sending. */
export function answered(a: Answer | undefined): boolean {
  if (a === undefined) return false;
  if (typeof a === 'string') return a.trim() !== '';
  if (Array.isArray(a)) return a.length > 0;
  if (typeof a === 'number') return true;
  return a.choice !== '';
}

/** The required questions left unanswered. */
export function missing(questions: Question[], answers: Answers): Question[] {
  return questions.filter((q) => q.required && !answered(answers[q.name]));
}

/** The answers to send: only the answered ones, free text trimmed. */
export function payload(questions: Question[], answers: Answers): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const q of questions) {
    const a = answers[q.name];
    if (!answered(a) || a === undefined) continue;
    out[q.name] = typeof a === 'string' && q.kind === 'free_text' ? a.trim() : a;
  }
  return out;
}

/** An answer as text, with option titles, e.g. "Response A is better (clearly better)". */
export function describe(q: Question | undefined, a: unknown): string {
  if (a === undefined || a === null || a === '') return '–';
  const title = (list: Option[], v: unknown) => list.find((o) => o.value === v)?.title ?? String(v);
  if (!q) return typeof a === 'string' ? a : JSON.stringify(a);
  if (Array.isArray(a)) return a.map((v) => title(q.options, v)).join(', ') || '–';
  if (typeof a === 'object') {
    const p = a as Pairwise;
    return p.strength ? `${title(q.options, p.choice)} (${title(q.strengths, p.strength).toLowerCase()})` : title(q.options, p.choice);
  }
  if (q.kind === 'free_text' || q.kind === 'numeric') return String(a);
  return title(q.options, a);
}

/** The text consensus votes on for an answer to the primary question (as the server computes it). */
export function consensusKey(a: Answer | undefined): string | undefined {
  if (a === undefined || !answered(a)) return undefined;
  if (Array.isArray(a)) return JSON.stringify(a);
  if (typeof a === 'object') return a.choice;
  return String(a);
}

/** A consensus key as text, with option titles. */
export function describeKey(q: Question | undefined, key: string | null | undefined): string {
  if (!key) return '–';
  if (q?.kind === 'multi_choice') {
    try {
      return describe(q, JSON.parse(key));
    } catch {
      return key;
    }
  }
  return describe(q, q?.kind === 'pairwise' ? { choice: key } : key);
}
