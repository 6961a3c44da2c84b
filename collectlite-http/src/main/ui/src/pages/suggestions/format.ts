// Pure helpers of the Suggestions page (type imports only), unit-tested by test/suggestions.test.mjs.
import type { Problem } from '../../api/client';

/** A job's status as the API names it. */
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** Whether a job may still change, so is worth polling. */
export function isActive(status: string | undefined): boolean {
  return status === 'queued' || status === 'running';
}

/** What a job does, by its kind: model suggestions, a near-duplicate check, or the kind as named. */
export function jobTitle(job: { kind: string; suggester: string }): string {
  if (job.kind === 'suggest') return job.suggester ? `Suggestions by ${job.suggester}` : 'Suggestions';
  if (job.kind === 'near_duplicates') return 'Near-duplicate check';
  return job.kind.replace(/_/g, ' ');
}

/** A share 0–1 as a whole percentage (`0.667` → `67%`); a dash when undefined. */
export function percent(x: number | null | undefined): string {
  return x == null || !Number.isFinite(x) ? '–' : `${Math.round(x * 100)}%`;
}

/** A 0–1 interval as percentages, `30–90%`; empty when either bound is undefined. */
export function interval(lower: number | null | undefined, upper: number | null | undefined): string {
  if (lower == null || upper == null || !Number.isFinite(lower) || !Number.isFinite(upper)) return '';
  return `${Math.round(lower * 100)}–${Math.round(upper * 100)}%`;
}

/** A share with its interval, `67% (30–90%)`, or a dash when there is no share yet. */
export function shareWithInterval(s: { share?: number | null; lower?: number | null; upper?: number | null }): string {
  const range = interval(s.lower, s.upper);
  return s.share == null ? '–' : range ? `${percent(s.share)} (${range})` : percent(s.share);
}

/** A signed difference of shares in percentage points, `+13 pts`, `−4 pts`, `0 pts`. */
export function points(x: number): string {
  const n = Math.round(x * 100);
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)} pts`;
}

/** A difference of shares with its interval in points, `+13 pts (−30 to +50)`; a dash when undefined. */
export function difference(d: number | null | undefined, lower: number | null | undefined, upper: number | null | undefined): string {
  if (d == null || !Number.isFinite(d)) return '–';
  if (lower == null || upper == null) return points(d);
  const bound = (x: number) => points(x).replace(' pts', '');
  return `${points(d)} (${bound(lower)} to ${bound(upper)})`;
}

/** What the anchoring interval says, in one line. */
export function anchoringReading(d: number | null | undefined, lower: number | null | undefined, upper: number | null | undefined): string {
  if (d == null || lower == null || upper == null) {
    return 'Not measured yet: it needs settled annotations made both with suggestions shown and hidden (visibility “ablation” draws both).';
  }
  if (lower > 0) return 'The interval lies above 0: annotators seem to follow the model when they see it (anchoring).';
  if (upper < 0) return 'The interval lies below 0: annotators agree with the model less when they see it.';
  return 'The interval includes 0: no clear sign of anchoring yet (an interval above 0 would suggest annotators follow the model when they see it).';
}

/** A correlation or gain to two decimals, `0.83`; a dash when undefined. */
export function decimal(x: number | null | undefined, digits = 2): string {
  return x == null || !Number.isFinite(x) ? '–' : x.toFixed(digits);
}

/** A job's progress, `processed / total`, with its share 0–1 (0 while the total is unknown). */
export function progress(job: { processed: number; total: number }): { text: string; share: number } {
  const share = job.total > 0 ? Math.min(1, job.processed / job.total) : 0;
  return { text: `${job.processed} / ${job.total}`, share };
}

/** The settings form's fields, as the API and its `suggestions.<field>` problems name them. */
export const SETTINGS_FIELDS = ['visibility', 'ablation_share', 'active_learning'] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/**
 * Splits the problems of a refused save: the message of each `suggestions.<field>` problem by field
 * (shown next to that field), and the rest as they came.
 */
export function fieldProblems(problems: readonly Problem[]): { byField: Partial<Record<SettingsField, string>>; rest: Problem[] } {
  const byField: Partial<Record<SettingsField, string>> = {};
  const rest: Problem[] = [];
  for (const p of problems) {
    const field = (p.field ?? '').replace(/^suggestions\./, '') as SettingsField;
    if (p.field?.startsWith('suggestions.') && SETTINGS_FIELDS.includes(field)) {
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
