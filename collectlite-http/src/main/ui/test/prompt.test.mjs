// Unit checks of src/app/prompt.ts, run by `npm test` and by `npm run build`: prompt.ts is transpiled with the
// project's TypeScript and imported as is.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/app/prompt.ts');
const js = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collectlite-prompt-'));
fs.writeFileSync(path.join(dir, 'prompt.mjs'), js);
const { promptName } = await import(pathToFileURL(path.join(dir, 'prompt.mjs')).href);
fs.rmSync(dir, { recursive: true, force: true });

test('prompt versions read by name and version, without their settings', () => {
  // the local model's, the Cohere reranker's and the Cohere judge's, as their adapters write them
  assert.equal(promptName('relevance-v1;t=0.2,0.65;temp=0.05|classification-v1;k=5;min=10;temp=0.05;desc=titles'),
    'relevance v1 + classification v1');
  assert.equal(promptName('rerank-grades.v1(partial>=0.2,high>=0.65,softness=0.05)'), 'rerank-grades v1');
  assert.equal(promptName('judge:classification.v1,qa_validation.v2,critique.v1'),
    'judge (classification v1, qa validation v2, critique v1)');
});

test('a version without settings reads as it is; none reads as nothing', () => {
  assert.equal(promptName('v3'), 'v3');
  assert.equal(promptName('my-prompt'), 'my-prompt');
  assert.equal(promptName(''), '');
  assert.equal(promptName(null), '');
});
