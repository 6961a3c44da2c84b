// Unit checks of src/pages/task/fields.ts, run by `npm test` and by `npm run build`: fields.ts is transpiled
// with the project's TypeScript and imported as is.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/pages/task/fields.ts');
const js = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collectlite-fields-'));
fs.writeFileSync(path.join(dir, 'fields.mjs'), js);
const { fieldRows } = await import(pathToFileURL(path.join(dir, 'fields.mjs')).href);
fs.rmSync(dir, { recursive: true, force: true });

test('metadata reads as keys and values, not as JSON', () => {
  const rows = fieldRows({
    query: 'q', document: 'd',
    metadata: { source: 'wiki', rank: 3, tags: ['a', 'b'], fresh: true, note: null, spans: [{ start: 1 }] },
  }, new Set(['query', 'document']));
  assert.deepEqual(rows, [
    { key: 'metadata.source', value: 'wiki' },
    { key: 'metadata.rank', value: '3' },
    { key: 'metadata.tags', value: 'a, b' },
    { key: 'metadata.fresh', value: 'true' },
    { key: 'metadata.note', value: '–' },
    { key: 'metadata.spans[0].start', value: '1' },
  ]);
  assert.ok(rows.every((r) => !r.value.includes('{')));
});

test('metadata as the API sends it, JSON text, reads as keys and values too; other text stays text', () => {
  const rows = fieldRows({ metadata: '{"source":"arena","tags":["fp","python"],"turn":9}', note: '{not json', n: '7' });
  assert.deepEqual(rows, [
    { key: 'metadata.source', value: 'arena' },
    { key: 'metadata.tags', value: 'fp, python' },
    { key: 'metadata.turn', value: '9' },
    { key: 'note', value: '{not json' },
    { key: 'n', value: '7' },
  ]);
});

test('plain extra fields stay as they are; empty ones read as a dash', () => {
  assert.deepEqual(fieldRows({ lang: 'en', extra: {}, list: [] }), [
    { key: 'lang', value: 'en' }, { key: 'extra', value: '–' }, { key: 'list', value: '–' },
  ]);
});
