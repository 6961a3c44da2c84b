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
 * x axis is true to time; a span over {@link MAX_FILLED_DAYS} is returned as it came. Only days inside the
 * span are added: a lone day stays alone (no day before or after it is invented).
 */
export function fillDays(days: readonly Day[]): Day[] {
  if (days.length <= 1) return [...days];
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

/**
 * How a run of days is drawn: as bars when there are too few days for a line between them to mean anything
 * (one day), as areas otherwise.
 */
export function activityShape(days: readonly Day[]): 'bars' | 'areas' {
  return days.length < 2 ? 'bars' : 'areas';
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

/** One bar of the per-label agreement chart: the label as read, α to two decimals, and that as text. */
export interface AgreementRow {
  label: string;
  alpha: number;
  text: string;
}

/**
 * The labels whose α is defined, α rounded to two decimals; a label at 0 keeps its row (it is drawn as a
 * visible stub with its value, not as nothing).
 */
export function agreementRows(labels: readonly { label: string; alpha?: number | null }[]): AgreementRow[] {
  return labels
    .filter((l): l is { label: string; alpha: number } => l.alpha != null)
    .map((l) => ({ label: readable(l.label), alpha: Number(alpha(l.alpha)), text: alpha(l.alpha) }));
}
