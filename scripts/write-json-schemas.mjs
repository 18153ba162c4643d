#!/usr/bin/env node
// Writes the published JSON Schemas into packages/core/dist/schemas/:
// charter.schema.json and one <contract>.schema.json per API contract, for
// editors' tools and for people building the server side in other languages.
//
// Uses the built package (packages/core/dist/index.js) when it exports
// `jsonSchemas`; otherwise the TypeScript source through tsx, so it also
// works before (or without) a build: `node scripts/write-json-schemas.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'packages/core/dist/schemas');

async function loadJsonSchemas() {
  try {
    const built = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
    if (typeof built.jsonSchemas === 'function') return built.jsonSchemas;
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  const { register } = await import('tsx/esm/api');
  register();
  const source = await import(pathToFileURL(join(root, 'packages/core/src/domain/json-schema.ts')).href);
  return source.jsonSchemas;
}

const jsonSchemas = await loadJsonSchemas();
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = join(outDir, `${name}.schema.json`);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${relative(root, file)}`);
}
