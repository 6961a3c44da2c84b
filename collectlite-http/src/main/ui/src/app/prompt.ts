// Pure helper naming a suggester's prompt version for people (no React, no imports), unit-tested by
// test/prompt.test.mjs. The raw string stays available beside it: it is what identifies a suggestion run.

/** `relevance-v1` or `rerank-grades.v1` as `relevance v1`, `rerank-grades v1`; other names as they are. */
function versioned(tag: string): string {
  return tag.trim().replace(/[-.]v(\d+)$/, ' v$1').replace(/_/g, ' ');
}

/**
 * A prompt version's readable name: each `|`-separated part by its name and version, without the settings
 * that follow a `;` or `(` (thresholds, temperatures), and a `name:` part with the list of prompts it holds.
 * `relevance-v1;t=0.2,0.65;temp=0.05|classification-v1;k=5` reads `relevance v1 + classification v1`,
 * `judge:classification.v1,critique.v2` reads `judge (classification v1, critique v2)`. Empty for an empty
 * version.
 */
export function promptName(version: string | null | undefined): string {
  if (!version || !version.trim()) return '';
  return version
    .split('|')
    .map((part) => {
      const head = part.split(/[;(]/)[0]!;
      const colon = head.indexOf(':');
      if (colon < 0) return versioned(head);
      const tags = head.slice(colon + 1).split(',').filter((t) => t.trim());
      const name = versioned(head.slice(0, colon));
      return tags.length === 0 ? name : `${name} (${tags.map(versioned).join(', ')})`;
    })
    .filter((name) => name)
    .join(' + ');
}
