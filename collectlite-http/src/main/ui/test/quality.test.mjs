// Unit checks of the quality page's settings helpers (src/pages/quality/settings.ts) and the review
// reasons (src/pages/review/reasons.ts), run by `npm test` and by `npm run build`; each module is
// transpiled with the project's TypeScript and imported as is.
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collectlite-quality-'));
  const file = path.join(dir, 'module.mjs');
  fs.writeFileSync(file, js);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const { fieldProblems, methodsFor, numberOrText } = await load('pages/quality/settings.ts');
const { reasonOf, REVIEW_REASONS } = await load('pages/review/reasons.ts');
const values = (methods) => methods.map((m) => m.value);

test('aggregation choices follow the first question, as AggregationMethod.fits', () => {
  assert.deepEqual(values(methodsFor('ordinal')), ['majority', 'weighted_vote', 'dawid_skene', 'median']);
  assert.deepEqual(values(methodsFor('numeric')), ['majority', 'median']);
  for (const kind of ['single_choice', 'multi_choice', 'pairwise']) {
    assert.deepEqual(values(methodsFor(kind)), ['majority', 'weighted_vote', 'dawid_skene'], kind);
  }
});

test('quality.<field> problems go to their field; the rest stay listed', () => {
  const { byField, rest } = fieldProblems([
    { line: 0, field: 'quality.gold_rate', message: 'must be between 0 and 0.5' },
    { line: 0, field: 'quality.min_agreement', message: 'must be a number' },
    { line: 0, field: 'quality.threshold', message: 'unknown setting' },
    { line: 0, field: 'body', message: 'must be a JSON object' },
  ]);
  assert.deepEqual(byField, { gold_rate: 'must be between 0 and 0.5', min_agreement: 'must be a number' });
  assert.deepEqual(rest.map((p) => p.field), ['quality.threshold', 'body']);
});

test('number boxes send numbers, and text the server will name', () => {
  assert.equal(numberOrText('0.25'), 0.25);
  assert.equal(numberOrText(' 3 '), 3);
  assert.equal(numberOrText(''), '');
  assert.equal(numberOrText('abc'), 'abc');
});

test('every reason the API filters by has a human text; an unknown one reads as its name', () => {
  assert.deepEqual(REVIEW_REASONS.map((r) => r.value),
    ['disagreement', 'low_confidence', 'model_disagreement', 'failed_gold', 'owner_flag']);
  assert.equal(reasonOf('owner_flag').text, 'Flagged by the owner');
  assert.equal(reasonOf('new_reason').text, 'new reason');
});
