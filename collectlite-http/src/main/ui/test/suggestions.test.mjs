// Unit checks of the Suggestions page's helpers (src/pages/suggestions/format.ts) and the workbench's
// suggestion panel helpers (src/pages/workbench/suggestion.ts), run by `npm test` and by `npm run build`;
// each module is transpiled with the project's TypeScript and imported as is.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src');

async function load(relative) {
  const js = ts.transpileModule(fs.readFileSync(path.join(src, relative), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collectlite-suggestions-'));
  const file = path.join(dir, 'module.mjs');
  fs.writeFileSync(file, js);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const f = await load('pages/suggestions/format.ts');
const w = await load('pages/workbench/suggestion.ts');

test('a share reads as a whole percentage with its Wilson interval, a dash without trials', () => {
  assert.equal(f.shareWithInterval({ share: 2 / 3, lower: 0.3, upper: 0.9032 }), '67% (30–90%)');
  assert.equal(f.shareWithInterval({ share: 1, lower: undefined, upper: undefined }), '100%');
  assert.equal(f.shareWithInterval({}), '–');
  assert.equal(f.shareWithInterval({ share: null, lower: null, upper: null }), '–');
  assert.equal(f.interval(0.004, 0.996), '0–100%');
  assert.equal(f.interval(0.2, null), '');
});

test('a difference reads in signed percentage points with its interval', () => {
  assert.equal(f.difference(0.125, -0.3, 0.5), '+13 pts (−30 to +50)');
  assert.equal(f.difference(-0.04, -0.2, 0.12), '−4 pts (−20 to +12)');
  assert.equal(f.difference(0.001, -0.1, 0.1), '0 pts (−10 to +10)');
  assert.equal(f.difference(0.2, undefined, undefined), '+20 pts');
  assert.equal(f.difference(undefined, undefined, undefined), '–');
  assert.equal(f.difference(null, 0.1, 0.2), '–');
});

test('the anchoring reading follows where the interval lies against 0', () => {
  assert.match(f.anchoringReading(0.3, 0.05, 0.5), /above 0: annotators seem to follow the model/);
  assert.match(f.anchoringReading(-0.3, -0.5, -0.05), /below 0/);
  assert.match(f.anchoringReading(0.1, -0.2, 0.4), /includes 0.*above 0 would suggest annotators follow the model/);
  // an interval touching 0 is not above it
  assert.match(f.anchoringReading(0.2, 0, 0.4), /includes 0/);
  assert.match(f.anchoringReading(undefined, undefined, undefined), /^Not measured yet/);
});

test('jobs poll while queued or running, and progress never passes the total', () => {
  assert.deepEqual(['queued', 'running', 'done', 'failed', undefined].map(f.isActive), [true, true, false, false, false]);
  assert.deepEqual(f.progress({ processed: 3, total: 6 }), { text: '3 / 6', share: 0.5 });
  assert.deepEqual(f.progress({ processed: 0, total: 0 }), { text: '0 / 0', share: 0 });
  assert.equal(f.progress({ processed: 7, total: 6 }).share, 1);
});

test('a job is titled by its kind', () => {
  assert.equal(f.jobTitle({ kind: 'suggest', suggester: 'local' }), 'Suggestions by local');
  assert.equal(f.jobTitle({ kind: 'suggest', suggester: '' }), 'Suggestions');
  assert.equal(f.jobTitle({ kind: 'near_duplicates', suggester: '' }), 'Near-duplicate check');
  assert.equal(f.jobTitle({ kind: 're_embed', suggester: '' }), 're embed');
});

test('settings problems go next to their field by the suggestions.<field> name; the rest stay listed', () => {
  const { byField, rest } = f.fieldProblems([
    { field: 'suggestions.ablation_share', message: 'must be a number strictly between 0 and 1' },
    { field: 'suggestions.visibility', message: "'some' is not one of: shown, hidden, ablation" },
    { field: 'suggestions.visibility', message: 'second' },
    { field: 'suggestions.colour', message: 'unknown setting' },
    { field: 'body', message: 'a JSON object is required' },
  ]);
  assert.equal(byField.ablation_share, 'must be a number strictly between 0 and 1');
  assert.equal(byField.visibility, "'some' is not one of: shown, hidden, ablation; second");
  assert.equal(byField.active_learning, undefined);
  assert.deepEqual(rest.map((p) => p.field), ['suggestions.colour', 'body']);
  assert.equal(f.numberOrText('0.3'), 0.3);
  assert.equal(f.numberOrText('abc'), 'abc');
  assert.equal(f.numberOrText(''), '');
});

test('the workbench shows the newest suggestion, the later one on a tie', () => {
  const a = { id: 'a', created_at: '2025-01-01T10:00:00Z' };
  const b = { id: 'b', created_at: '2025-01-02T10:00:00Z' };
  const c = { id: 'c', created_at: '2025-01-02T10:00:00Z' };
  assert.equal(w.latestSuggestion([]), undefined);
  assert.equal(w.latestSuggestion([b, a]).id, 'b');
  assert.equal(w.latestSuggestion([a, b, c]).id, 'c');
  assert.equal(w.latestSuggestion([{ id: 'x', created_at: 'not a date' }, a]).id, 'a');
});

test('confidence reads as a clamped percentage and the score to three decimals; none when absent', () => {
  assert.equal(w.confidenceText(0.874), '87%');
  assert.equal(w.confidenceText(1.2), '100%');
  assert.equal(w.confidenceText(undefined), undefined);
  assert.equal(w.confidenceText(null), undefined);
  assert.equal(w.scoreText(0.71234), '0.712');
  assert.equal(w.scoreText(-0.05), '-0.050');
  assert.equal(w.scoreText(12.345), '12.3');
  assert.equal(w.scoreText(250.4), '250');
  assert.equal(w.scoreText(undefined), undefined);
});
