// Pure helpers of the workbench's model suggestion panel (type imports only), unit-tested by
// test/suggestions.test.mjs.

/** What the panel needs of a suggestion, as the API sends it. */
export interface SuggestionLike {
  created_at: string;
  confidence?: number | null;
  score?: number | null;
}

/**
 * The suggestion to show: the newest by `created_at`, the later in the list on a tie (the API lists
 * them oldest first); `undefined` for none.
 */
export function latestSuggestion<S extends SuggestionLike>(suggestions: readonly S[]): S | undefined {
  let latest: S | undefined;
  let at = -Infinity;
  for (const s of suggestions) {
    const t = Date.parse(s.created_at);
    const time = Number.isNaN(t) ? -Infinity : t;
    if (latest === undefined || time >= at) {
      latest = s;
      at = time;
    }
  }
  return latest;
}

/** A model's confidence 0–1 as a whole percentage, `87%`; `undefined` when it gave none. */
export function confidenceText(confidence: number | null | undefined): string | undefined {
  if (confidence == null || !Number.isFinite(confidence)) return undefined;
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

/** A model's raw score to three significant decimals (`0.712`, `12.4`); `undefined` when it gave none. */
export function scoreText(score: number | null | undefined): string | undefined {
  if (score == null || !Number.isFinite(score)) return undefined;
  const abs = Math.abs(score);
  return abs >= 100 ? score.toFixed(0) : abs >= 10 ? score.toFixed(1) : score.toFixed(3);
}
