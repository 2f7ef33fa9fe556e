// Generates packages/sdk/src/generated/<api>.ts from schemas/<api>.yaml with openapi-typescript.
// `node scripts/generate.mjs` writes the files; `--check` exits 1 when the committed files
// differ from a fresh generation (the drift test in test/generated.test.ts does the same).
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
export const schemasDir = join(here, '..', '..', '..', 'schemas');
export const generatedDir = join(here, '..', 'src', 'generated');

const HEADER = (file) =>
  `/**\n * This file was generated from schemas/${file} by packages/sdk/scripts/generate.mjs\n` +
  ` * (openapi-typescript). Do not edit: change the schema and run \`npm run generate\`.\n */\n\n`;

/** Generates every schema; returns a map of output file name -> contents. */
export async function generateAll() {
  const out = new Map();
  const files = readdirSync(schemasDir).filter((f) => f.endsWith('.yaml')).sort();
  for (const file of files) {
    const ast = await openapiTS(pathToFileURL(join(schemasDir, file)), {
      alphabetize: false,
      // A field with a default is optional in requests: the server fills it in.
      defaultNonNullable: false,
      exportType: false,
      immutable: false,
    });
    out.set(`${basename(file, '.yaml')}.ts`, HEADER(file) + astToString(ast));
  }
  return out;
}

/** Files whose committed contents differ from a fresh generation (missing and stale files included). */
export async function drift() {
  const fresh = await generateAll();
  const problems = [];
  for (const [name, text] of fresh) {
    const path = join(generatedDir, name);
    if (!existsSync(path)) problems.push(`${name}: missing`);
    else if (readFileSync(path, 'utf8') !== text) problems.push(`${name}: differs from schemas/`);
  }
  for (const name of existsSync(generatedDir) ? readdirSync(generatedDir) : []) {
    if (!fresh.has(name)) problems.push(`${name}: no schema generates it`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const problems = await drift();
    for (const p of problems) process.stderr.write(`generate --check: ${p}\n`);
    process.exit(problems.length ? 1 : 0);
  }
  const fresh = await generateAll();
  rmSync(generatedDir, { recursive: true, force: true });
  mkdirSync(generatedDir, { recursive: true });
  for (const [name, text] of fresh) writeFileSync(join(generatedDir, name), text);
  process.stdout.write(`generated ${[...fresh.keys()].join(', ')}\n`);
}
