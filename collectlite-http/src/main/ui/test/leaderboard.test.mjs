// Unit checks of src/pages/leaderboard/reading.ts, run by `npm test` and by `npm run build`: reading.ts is
// transpiled with the project's TypeScript and imported as is.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const source = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/pages/leaderboard/reading.ts');
const js = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collectlite-leaderboard-'));
fs.writeFileSync(path.join(dir, 'reading.mjs'), js);
const { bootstrapNote, intervalReading } = await import(pathToFileURL(path.join(dir, 'reading.mjs')).href);
fs.rmSync(dir, { recursive: true, force: true });

test('"51 of 200" says what a resample is, why 149 were left out, and that so many make intervals too narrow', () => {
  const note = bootstrapNote(51, 200);
  assert.match(note, /from 51 of 200 resamples/);
  assert.match(note, /149 were left out because in them some model never won or never lost/);
  assert.match(note, /understate the uncertainty/);
  assert.doesNotMatch(bootstrapNote(190, 200), /understate/);
  assert.doesNotMatch(bootstrapNote(200, 200), /left out/);
  assert.match(bootstrapNote(0, 200), /no intervals yet/);
});

test('identical intervals read as "cannot order the models"; separate ones name who is ahead', () => {
  const same = { lower: -0.42, upper: 0.42 };
  assert.match(intervalReading([{ model: 'x', interval: same }, { model: 'y', interval: same }, { model: 'z', interval: same }]),
    /cannot order the models/);
  assert.equal(intervalReading([
    { model: 'a', interval: { lower: 0.5, upper: 1.5 } },
    { model: 'b', interval: { lower: -0.3, upper: 0.6 } },
    { model: 'c', interval: { lower: -1.6, upper: -0.7 } },
  ]), 'Told apart (intervals that do not overlap): a > c, b > c. Models whose intervals overlap are not clearly ordered yet.');
  assert.match(intervalReading([
    { model: 'a', interval: { lower: -0.5, upper: 0.6 } }, { model: 'b', interval: { lower: -0.6, upper: 0.4 } },
  ]), /overlaps every other/);
  assert.equal(intervalReading([{ model: 'a', interval: same }, { model: 'b' }]), '');
});
