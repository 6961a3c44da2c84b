// Every route of the app (src/app/routes.ts) loads a document the server answers with index.html: its path is
// in the server's list (collectlite-http/src/main/resources/io/collectlite/http/ui-paths.txt), and every entry
// of that list is some route's. A route added in the path rather than the hash fails here until it is listed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.join(here, '../src/app/routes.ts');
const js = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'collectlite-routes-'));
fs.writeFileSync(path.join(dir, 'routes.mjs'), js);
const { PAGES, href, parse } = await import(pathToFileURL(path.join(dir, 'routes.mjs')).href);
fs.rmSync(dir, { recursive: true, force: true });

const listed = fs.readFileSync(path.join(here, '../../resources/io/collectlite/http/ui-paths.txt'), 'utf8')
  .split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const matches = (pattern, documentPath) => {
  const want = pattern.split('/');
  const got = documentPath.split('/');
  return want.length === got.length && want.every((s, i) => s.startsWith(':') ? got[i] !== '' : s === got[i]);
};
const routes = PAGES.map((page) => (page === 'projects' || page === 'signin' ? { page } : { page, id: 7 }));

test('every route loads a document the server answers with the app', () => {
  for (const route of routes) {
    const url = new URL(href(route), 'http://ui.test/');
    assert.ok(listed.some((p) => matches(p, url.pathname)), `${href(route)} loads ${url.pathname}, not in ui-paths.txt`);
  }
});

test('every listed path is the document of some route', () => {
  for (const pattern of listed) {
    assert.ok(routes.some((r) => matches(pattern, new URL(href(r), 'http://ui.test/').pathname)),
      `${pattern} in ui-paths.txt is no route's document`);
  }
});

test('every route survives a reload: its link parses back to it', () => {
  for (const route of routes) assert.deepEqual(parse(new URL(href(route), 'http://ui.test/').hash), route);
});
