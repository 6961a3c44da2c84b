// Unit checks of the workbench's key assignment (src/pages/task/questions.ts), run by `npm test` and
// by `npm run build`: questions.ts is transpiled with the project's TypeScript and imported as is.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/pages/task/questions.ts');
const js = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collectlite-questions-'));
fs.writeFileSync(path.join(dir, 'questions.mjs'), js);
const { GOLD_KEY, keyActions, numericValues, questionsOf, unkeyed } = await import(pathToFileURL(path.join(dir, 'questions.mjs')).href);
fs.rmSync(dir, { recursive: true, force: true });

const project = (questions) => ({ template: { schema: { questions } } });
const opts = (...values) => values.map((v) => (typeof v === 'string' ? { value: v } : v));
const keysOf = (q) => q.options.map((o) => o.key);
const rating = { kind: 'numeric', name: 'rating', min: 1, max: 5, step: 1 };
const reserved = ['s', 'n', 'q', 'w', 'e', '?'];

function assertUnique(questions) {
  const keys = keyActions(questions).map((a) => a.key);
  assert.deepEqual(keys, [...new Set(keys)], `duplicate keys: ${keys}`);
  for (const k of keys) assert.ok(k.length === 1 && !reserved.includes(k), `bad key ${k}`);
}

test('unkeyed options of a secondary question skip the rating\'s number keys', () => {
  const qs = questionsOf(project([rating, { kind: 'single_choice', name: 'tone', options: opts('calm', 'rude', 'dry') }]));
  assert.deepEqual(keysOf(qs[1]), ['6', '7', '8']);
  assert.deepEqual(keyActions(qs).filter((a) => a.question.name === 'rating').map((a) => a.key), ['1', '2', '3', '4', '5']);
  assertUnique(qs);
});

test('the schema\'s own keys are kept and unkeyed options avoid them and the reserved keys', () => {
  const qs = questionsOf(project([
    { kind: 'single_choice', name: 'label', options: opts({ value: 'x', key: '2' }, 'y', { value: 'z', key: 'A' }) },
    { kind: 'multi_choice', name: 'tags', options: opts('p', 'q', { value: 'r', key: '1' }) },
    { kind: 'free_text', name: 'why', key: 'c' },
  ]));
  assert.deepEqual(keysOf(qs[0]), ['2', '3', 'a']);
  assert.deepEqual(keysOf(qs[1]), ['4', '5', '1']);
  assert.equal(qs[2].key, 'c');
  assertUnique(qs);
});

test('keys are single characters; options beyond the spare keys have none and are listed as click only', () => {
  const many = Array.from({ length: 40 }, (_, i) => `v${i}`);
  const qs = questionsOf(project([{ kind: 'single_choice', name: 'label', options: opts(...many) }]));
  const keys = keysOf(qs[0]);
  assert.deepEqual(keys.slice(0, 11), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'a']);
  assert.ok(!keys.includes('10') && !keys.includes('j') && !keys.includes('k'));
  const given = keys.filter(Boolean);
  assert.equal(given.length, 29);
  assert.deepEqual(unkeyed(qs).map((u) => u.option.value), many.slice(29));
  assertUnique(qs);
});

test('with a pairwise question, A, B and T stay with it', () => {
  const qs = questionsOf(project([
    { kind: 'pairwise', name: 'preference', choices: opts('a', 'b', 'tie'), strengths: opts('slightly', 'clearly') },
    { kind: 'single_choice', name: 'topic', options: opts(...Array.from({ length: 12 }, (_, i) => `t${i}`)) },
  ]));
  assert.deepEqual(keysOf(qs[0]), ['a', 'b', 't']);
  assert.deepEqual(qs[0].strengths.map((o) => o.key), ['1', '2']);
  assert.deepEqual(keysOf(qs[1]).slice(7), ['0', 'c', 'd', 'f', 'g']);
  assertUnique(qs);
});

test('number keys follow the server\'s rule: whole steps, integral bounds within 0 to 9', () => {
  const q = (min, max, step = 1) => questionsOf(project([{ ...rating, min, max, step }]))[0];
  assert.deepEqual(numericValues(q(0, 9)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(numericValues(q(1, 10)), []);
  assert.deepEqual(numericValues(q(-1, 3)), []);
  assert.deepEqual(numericValues(q(1, 4.5)), []);
  assert.deepEqual(numericValues(q(0.5, 4)), []);
  assert.deepEqual(numericValues(q(1, 5, 0.5)), []);
  assert.deepEqual(keyActions([q(1, 10)]), []);
});

test('a rating whose numbers another question keys has no number keys (the server saw none)', () => {
  const qs = questionsOf(project([rating, { kind: 'single_choice', name: 'tone', options: opts({ value: 'calm', key: '1' }, 'rude') }]));
  assert.equal(qs[0].digitKeys, false);
  assert.deepEqual(keysOf(qs[1]), ['1', '2']);
  assertUnique(qs);
});

test('the review page\'s gold key is reserved, so no answer of any schema ever has it', () => {
  assert.ok(reserved.includes(GOLD_KEY));
  assert.ok(!['j', 'k'].includes(GOLD_KEY));
  const many = Array.from({ length: 40 }, (_, i) => `v${i}`);
  const qs = questionsOf(project([
    { kind: 'pairwise', name: 'preference', choices: opts('a', 'b', 'tie'), strengths: opts('slightly', 'clearly') },
    { kind: 'single_choice', name: 'label', options: opts(...many, { value: 'explicit', key: GOLD_KEY.toUpperCase() }) },
  ]));
  assert.ok(keyActions(qs).every((a) => a.key !== GOLD_KEY));
});
