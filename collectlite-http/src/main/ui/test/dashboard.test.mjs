// Unit checks of the dashboard's pure helpers (src/pages/dashboard/series.ts), run by `npm test` and by
// `npm run build`: series.ts is transpiled with the project's TypeScript and imported as is.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/pages/dashboard/series.ts');
const js = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collectlite-series-'));
fs.writeFileSync(path.join(dir, 'series.mjs'), js);
const { fillDays, MAX_FILLED_DAYS, activityShape, agreementRows, labelRows, latency, percent, alpha } = await import(
  pathToFileURL(path.join(dir, 'series.mjs')).href
);
fs.rmSync(dir, { recursive: true, force: true });

const day = (d, created = 0, completed = 0, annotations = 0) => ({
  day: d, tasks_created: created, tasks_completed: completed, annotations,
});

test('quiet days between active ones become zeros, across a month end', () => {
  const filled = fillDays([day('2025-02-27', 0, 0, 2), day('2025-03-02', 12, 3, 10)]);
  assert.deepEqual(filled.map((d) => d.day), ['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
  assert.deepEqual(filled[1], day('2025-02-28'));
  assert.equal(filled[3].tasks_created, 12);
});

test('a span longer than the limit keeps only its active days', () => {
  const days = [day('2020-01-01', 1), day('2025-01-01', 1)];
  assert.ok(MAX_FILLED_DAYS < 1_000);
  assert.deepEqual(fillDays(days), days);
  assert.deepEqual(fillDays([]), []);
});

test('a lone day stays alone: no quiet day the API never sent is invented, and it draws as bars', () => {
  const lone = [day('2025-03-01', 4, 3, 8)];
  assert.deepEqual(fillDays(lone), lone);
  assert.equal(activityShape(fillDays(lone)), 'bars');
  assert.deepEqual(fillDays([]), []);
});

test('two or more days draw as areas, their quiet days filled in between only', () => {
  const filled = fillDays([day('2025-03-01', 1), day('2025-03-03', 2)]);
  assert.deepEqual(filled.map((d) => d.day), ['2025-03-01', '2025-03-02', '2025-03-03']);
  assert.equal(activityShape(filled), 'areas');
});

test('a label whose alpha is 0 keeps its row and reads 0.00; undefined alphas are left out', () => {
  const rows = agreementRows([
    { label: 'highly_relevant', alpha: 0.8123 },
    { label: 'irrelevant', alpha: 0 },
    { label: 'partially_relevant', alpha: null },
  ]);
  assert.deepEqual(rows, [
    { label: 'highly relevant', alpha: 0.81, text: '0.81' },
    { label: 'irrelevant', alpha: 0, text: '0.00' },
  ]);
});

test('label rows give each distribution its own shares, labels of either included', () => {
  const rows = labelRows({ a: 1, b: 3 }, { a: 6, c: 2 });
  assert.deepEqual(rows.map((r) => r.label), ['a', 'b', 'c']);
  assert.deepEqual(rows[0], { label: 'a', final: 1, annotations: 6, finalShare: 0.25, annotationShare: 0.75 });
  assert.equal(rows[2].finalShare, 0);
  assert.deepEqual(labelRows({}, {}), []);
});

test('figures read as people say them', () => {
  assert.equal(latency(850), '850 ms');
  assert.equal(latency(4_230), '4.2 s');
  assert.equal(latency(210_000), '3.5 min');
  assert.equal(latency(null), '–');
  assert.equal(percent(0.5), '50%');
  assert.equal(percent(undefined), '–');
  assert.equal(alpha(0.0952), '0.10');
  assert.equal(alpha(null), '–');
});
