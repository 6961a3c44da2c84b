// Generates src/api/schema.d.ts from the server's OpenAPI document.
// The document's location is read from OPENAPI_PATH.txt (written by the server module), resolved
// against this folder, then against the collectlite-http module folder; OPENAPI_PATH overrides it.
// Without either, the javalin-openapi annotation processor's default output is used.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const uiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = path.resolve(uiDir, '../../..');
const DEFAULT = '../../../target/classes/openapi-plugin/openapi-default.json';

function declaredPath() {
  if (process.env.OPENAPI_PATH) return process.env.OPENAPI_PATH.trim();
  const file = path.join(uiDir, 'OPENAPI_PATH.txt');
  if (!fs.existsSync(file)) return DEFAULT;
  const line = fs.readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim())
    .find((l) => l && !l.startsWith('#'));
  if (!line) throw new Error(`${file} names no path`);
  return line;
}

const declared = declaredPath();
const candidates = path.isAbsolute(declared)
  ? [declared]
  : [path.resolve(uiDir, declared), path.resolve(moduleDir, declared)];
const input = candidates.find((c) => fs.existsSync(c));
if (!input) {
  console.error(`OpenAPI document not found; tried:\n  ${candidates.join('\n  ')}\n` +
    'Compile the server first (mvn -pl collectlite-http process-classes).');
  process.exit(1);
}
const ast = await openapiTS(pathToFileURL(input));
const header = `// Generated from ${path.relative(uiDir, input)} by scripts/gen-api.mjs. Do not edit.\n`;
fs.writeFileSync(path.join(uiDir, 'src/api/schema.d.ts'), header + astToString(ast));
console.log(`API types generated from ${path.relative(uiDir, input)}`);
