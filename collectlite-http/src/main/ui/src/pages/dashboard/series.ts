// Pure helpers of the dashboard page (no React, no imports), unit-tested by test/dashboard.test.mjs.

/** One UTC day of activity, as the API sends it. */
export interface Day {
  day: string;
  tasks_created: number;
  tasks_completed: number;
  annotations: number;
}

/** Longest span, in days, that is drawn with its quiet days as zeros; longer ones show active days only. */
export const MAX_FILLED_DAYS = 400;

const DAY_MS = 86_400_000;

/**
 * The days from the first to the last, quiet days (absent from the API's list) added as zeros so a chart's
 * x axis is true to time; a span over {@link MAX_FILLED_DAYS} is returned as it came. A lone day is preceded
 * by the quiet day before it, so that it draws as an area rather than a dot.
 */
export function fillDays(days: readonly Day[]): Day[] {
  if (days.length === 0) return [];
  if (days.length === 1) return [quiet(shift(days[0]!.day, -1)), days[0]!];
  const first = Date.parse(`${days[0]!.day}T00:00:00Z`);
  const last = Date.parse(`${days[days.length - 1]!.day}T00:00:00Z`);
  const span = Math.round((last - first) / DAY_MS) + 1;
  if (!Number.isFinite(span) || span > MAX_FILLED_DAYS) return [...days];
  const byDay = new Map(days.map((d) => [d.day, d]));
  const filled: Day[] = [];
  for (let i = 0; i < span; i++) {
    const day = new Date(first + i * DAY_MS).toISOString().slice(0, 10);
    filled.push(byDay.get(day) ?? quiet(day));
  }
  return filled;
}

function quiet(day: string): Day {
  return { day, tasks_created: 0, tasks_completed: 0, annotations: 0 };
}

/** "2025-03-01" moved by whole days. */
function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A share 0–1 as a whole percentage ("75%"), or a dash when absent. */
export function percent(share: number | null | undefined): string {
  return share == null ? '–' : `${Math.round(share * 100)}%`;
}

/** Milliseconds for people: "850 ms", "4.2 s", "3.5 min"; a dash when absent. */
export function latency(ms: number | null | undefined): string {
  if (ms == null) return '–';
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

/** Krippendorff's alpha to two decimals, or a dash when undefined. */
export function alpha(value: number | null | undefined): string {
  return value == null ? '–' : value.toFixed(2);
}

/** A label's distribution among final labels and among annotations, as counts and shares of each whole. */
export interface LabelRow {
  label: string;
  final: number;
  annotations: number;
  finalShare: number;
  annotationShare: number;
}

/** Every label of either distribution, in label order, with its share of each (0 when a whole is empty). */
export function labelRows(finals: Record<string, number>, annotations: Record<string, number>): LabelRow[] {
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const finalTotal = total(finals);
  const annotationTotal = total(annotations);
  const labels = [...new Set([...Object.keys(finals), ...Object.keys(annotations)])].sort();
  return labels.map((label) => {
    const final = finals[label] ?? 0;
    const raw = annotations[label] ?? 0;
    return {
      label,
      final,
      annotations: raw,
      finalShare: finalTotal === 0 ? 0 : final / finalTotal,
      annotationShare: annotationTotal === 0 ? 0 : raw / annotationTotal,
    };
  });
}

/** "highly_relevant" → "highly relevant". */
export function readable(value: string): string {
  return value.replace(/_/g, ' ');
}
