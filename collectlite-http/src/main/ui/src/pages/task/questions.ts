import type { ProjectDetail } from '../../api/types';

/** One answer a question allows, with its shortcut. */
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

function options(list: OptionLike[] | undefined): Option[] {
  return (list ?? []).map((o, i) => ({ value: o.value ?? '', title: o.title ?? o.value ?? '', key: (o.key || String(i + 1)).toLowerCase() }));
}

/** The template's questions, the primary (consensus) one first. */
export function questionsOf(project: ProjectDetail): Question[] {
  const schema = project.template?.schema;
  const list: QuestionLike[] = schema?.questions?.length ? schema.questions : project.template?.question ? [project.template.question] : [];
  return list.map((q) => ({
    kind: q.kind,
    name: q.name,
    prompt: q.prompt ?? q.name,
    required: q.required ?? true,
    options: options(q.kind === 'pairwise' ? q.choices : q.options),
    strengths: options(q.strengths),
    min: Number(q.min ?? 0),
    max: Number(q.max ?? 0),
    step: Number(q.step ?? 1),
    key: (q.key ?? '').toLowerCase(),
    maxLength: q.max_length,
  }));
}

/** The values a numeric question offers as buttons: whole steps from 0 to 9, one key each; else none. */
export function numericValues(q: Question): number[] {
  if (q.kind !== 'numeric' || q.step !== 1 || q.min < 0 || q.max > 9 || !Number.isInteger(q.min)) return [];
  const values: number[] = [];
  for (let v = q.min; v <= q.max; v++) values.push(v);
  return values;
}

/** What pressing a key does to a question's answer; `focus` for a free-text box's key. */
export type KeyAction = { question: Question; key: string; title: string; apply: (a: Answer | undefined) => Answer } | { question: Question; key: string; title: string; focus: true };

/** Every answer shortcut of the questions, in display order. */
export function keyActions(questions: Question[]): KeyAction[] {
  const actions: KeyAction[] = [];
  for (const q of questions) {
    if (q.kind === 'free_text') {
      if (q.key) actions.push({ question: q, key: q.key, title: `write ${q.prompt.toLowerCase()}`, focus: true });
      continue;
    }
    if (q.kind === 'numeric') {
      for (const v of numericValues(q)) actions.push({ question: q, key: String(v), title: `${q.name} ${v}`, apply: () => v });
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
  return actions;
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
