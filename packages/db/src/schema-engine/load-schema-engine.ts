import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as runtime from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngineClass = typeof runtime.SchemaEngine;

let loading: Promise<SchemaEngineClass> | undefined;

/**
 * The Wasm build of Prisma's schema engine (the engine `prisma migrate` runs as a native binary
 * it would download). The package's main entry does `import * as wasm from "./x.wasm"`, which
 * Node 20 only loads behind --experimental-wasm-modules, so we wire the wasm-bindgen glue
 * ourselves, as Prisma's CLI does (packages/internals/src/WasmSchemaEngineLoader.ts).
 *
 * Instantiated once per process: the glue keeps its instance in module state, and a second
 * instantiation breaks it ("unwrap_throw failed").
 */
export function loadSchemaEngine(): Promise<SchemaEngineClass> {
  loading ??= instantiate();
  return loading;
}

async function instantiate(): Promise<SchemaEngineClass> {
  // The .wasm is not in the package's exports map; find it next to the package entry.
  const entry = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm');
  const bytes = await readFile(join(dirname(entry), 'schema_engine_bg.wasm'));
  const module = await WebAssembly.compile(bytes);
  const instance = new WebAssembly.Instance(module, { './schema_engine_bg.js': runtime });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports['__wbindgen_start'] as () => void)();
  return runtime.SchemaEngine;
}
