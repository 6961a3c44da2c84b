import type { Problem } from '../../api/client';

/** An aggregation method as the API names it. */
export type Aggregation = 'majority' | 'weighted_vote' | 'dawid_skene' | 'median';

export interface Method {
  value: Aggregation;
  title: string;
  help: string;
}

/** Every aggregation method, in the order the settings form offers them. */
export const METHODS: readonly Method[] = [
  {
    value: 'majority',
    title: 'Majority vote',
    help: 'An answer held by more than half of the annotations wins (numeric ratings: the median within tolerance).',
  },
  {
    value: 'weighted_vote',
    title: 'Weighted vote',
    help: "Each vote weighs its annotator's reliability (gold accuracy, or the Dawid–Skene estimate).",
  },
  {
    value: 'dawid_skene',
    title: 'Dawid–Skene',
    help: 'Per-annotator confusion matrices fitted by EM over the whole project at each recompute; majority until the first recompute.',
  },
  { value: 'median', title: 'Median', help: 'The (lower) median answer of an ordinal scale or a numeric rating.' },
];

/**
 * The methods that can decide answers to a first question of this kind, as the server's
 * `AggregationMethod.fits`: numeric ratings take majority or median, ordinal scales any method,
 * other kinds every method but the median.
 */
export function methodsFor(kind: string | undefined): Method[] {
  if (kind === 'numeric') return METHODS.filter((m) => m.value === 'majority' || m.value === 'median');
  if (kind === 'ordinal') return [...METHODS];
  return METHODS.filter((m) => m.value !== 'median');
}

/** The settings form's fields, as the API and its `quality.<field>` problems name them. */
export const SETTINGS_FIELDS = [
  'aggregation', 'min_agreement', 'review_low_confidence', 'model_disagreement', 'gold_rate', 'failed_gold_review',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/**
 * Splits the problems of a refused save: the message of each `quality.<field>` problem by field
 * (shown next to that field), and the rest as they came.
 */
export function fieldProblems(problems: readonly Problem[]): { byField: Partial<Record<SettingsField, string>>; rest: Problem[] } {
  const byField: Partial<Record<SettingsField, string>> = {};
  const rest: Problem[] = [];
  for (const p of problems) {
    const field = (p.field ?? '').replace(/^quality\./, '') as SettingsField;
    if (p.field?.startsWith('quality.') && SETTINGS_FIELDS.includes(field)) {
      byField[field] = byField[field] ? `${byField[field]}; ${p.message}` : p.message;
    } else {
      rest.push(p);
    }
  }
  return { byField, rest };
}

/**
 * A number box's text as a JSON value: the number it reads as, else the text itself, so the server
 * names the field ("must be a number") instead of the form guessing.
 */
export function numberOrText(text: string): number | string {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) ? text : n;
}

/** A share 0–1 as a whole percentage, e.g. `0.75` → `75%`. */
export function percent(x: number | null | undefined): string {
  return x == null ? '–' : `${Math.round(x * 100)}%`;
}
