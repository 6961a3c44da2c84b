// Unit checks of the project page's pure helpers (src/pages/projects/upload.ts), run by `npm test` and by
// `npm run build`: upload.ts is transpiled with the project's TypeScript and imported as is.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/pages/projects/upload.ts');
const js = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collectlite-upload-'));
fs.writeFileSync(path.join(dir, 'upload.mjs'), js);
const { uploadHint, columns } = await import(pathToFileURL(path.join(dir, 'upload.mjs')).href);
fs.rmSync(dir, { recursive: true, force: true });

test('the upload hint names the template\'s own fields, not query and document', () => {
  const pairwise = uploadHint({
    task_type: 'pairwise_preference', required_fields: ['prompt', 'response_a', 'response_b'],
    optional_fields: ['model_a', 'model_b'],
  });
  assert.equal(pairwise, 'JSONL or CSV file, one row per example with prompt, response_a and response_b; '
    + 'optional: model_a, model_b, id, gold');
  const classification = uploadHint({ task_type: 'classification', required_fields: ['text'], optional_fields: [] });
  assert.match(classification, /with text; optional: id, gold$/);
  assert.doesNotMatch(classification, /query|document/);
  const critique = uploadHint({ task_type: 'critique', required_fields: ['prompt', 'response'], optional_fields: [] });
  assert.match(critique, /with prompt and response;/);
});

test('mapped fields are named by their file column; relevance documents may come as a list', () => {
  const hint = uploadHint({
    task_type: 'document_relevance', required_fields: ['query', 'document'], optional_fields: [],
    field_mapping: { query: 'question' },
  });
  assert.equal(hint, 'JSONL or CSV file, one row per example with question (read as query) and document '
    + '(or a documents list, or candidate_* columns); optional: id, gold');
  assert.deepEqual(columns(['model_a'], { model_a: 'left' }), [{ field: 'model_a', column: 'left' }]);
  assert.deepEqual(columns(['text'], null), [{ field: 'text', column: 'text' }]);
});
