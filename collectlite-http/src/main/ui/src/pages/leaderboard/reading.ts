// Pure helpers that put the leaderboard's statistics into words (no React, no imports), unit-tested by
// test/leaderboard.test.mjs.

/** One model's 95% interval of strength, as the API sends it. */
export interface Ranged {
  model: string;
  interval?: { lower: number; upper: number } | null;
}

/**
 * What "used of samples" bootstrap resamples means: how many resamples the intervals rest on, and why the
 * others were left out (in them some model never won or never lost, so its strength had no finite estimate),
 * with the warning that many left out make the intervals narrower than the real uncertainty.
 */
export function bootstrapNote(used: number, samples: number): string {
  if (samples <= 0) return 'No intervals were asked for.';
  if (used <= 0) {
    return `None of the ${samples} resamples could be fitted (in each, some model never won or never lost), so there `
      + 'are no intervals yet: collect more comparisons.';
  }
  const left = samples - used;
  const base = `The intervals come from ${used} of ${samples} resamples: the comparisons drawn again at random, with `
    + 'replacement, and refitted.';
  if (left === 0) return base;
  const why = ` ${left} were left out because in them some model never won or never lost, so its strength had no `
    + 'finite estimate.';
  // a fifth left out already hides the most lopsided resamples, the ones that would widen the intervals most
  return left * 5 >= samples
    ? `${base}${why} With so many left out, the intervals understate the uncertainty: collect more comparisons.`
    : `${base}${why}`;
}

/**
 * What the intervals say together: which models they tell apart. Two models are told apart when their
 * intervals do not overlap; identical intervals for every model mean the comparisons cannot order them at all
 * (each came first in some resamples and last in others). Empty when fewer than two models have intervals.
 */
export function intervalReading(models: readonly Ranged[]): string {
  const ranged = models.filter((m) => m.interval != null);
  if (ranged.length < 2) return '';
  const same = ranged.every((m) => near(m.interval!.lower, ranged[0]!.interval!.lower)
    && near(m.interval!.upper, ranged[0]!.interval!.upper));
  if (same) {
    return 'Every model has the same interval: each came first in some resamples and last in others, so these '
      + 'comparisons cannot order the models yet. Collect more.';
  }
  const apart: string[] = [];
  for (let i = 0; i < ranged.length; i++) {
    for (let j = i + 1; j < ranged.length; j++) {
      const a = ranged[i]!;
      const b = ranged[j]!;
      if (a.interval!.lower > b.interval!.upper) apart.push(`${a.model} > ${b.model}`);
      else if (b.interval!.lower > a.interval!.upper) apart.push(`${b.model} > ${a.model}`);
    }
  }
  return apart.length === 0
    ? 'Every interval overlaps every other: the comparisons so far do not clearly tell any two models apart.'
    : `Told apart (intervals that do not overlap): ${apart.join(', ')}. Models whose intervals overlap are not clearly ordered yet.`;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}
