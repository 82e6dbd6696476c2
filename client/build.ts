/**
 * Builds the SDK: a browser bundle (ESM, everything inlined, no Node imports)
 * and a Node entry (ESM; `ws` and `protobufjs` stay external dependencies).
 *
 *   node --import tsx client/build.ts [--out DIR]      (default: var/sdk; `npm run sdk:build`)
 *
 * Outputs go to a state directory, never into tracked source.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface SdkBuild { browser: string; node: string }

export async function buildSdk(outDir: string): Promise<SdkBuild> {
  const browser = path.join(outDir, 'shake-sdk.browser.js');
  const node = path.join(outDir, 'shake-sdk.node.js');
  await build({
    entryPoints: [path.join(here, 'index.ts')], outfile: browser, bundle: true, format: 'esm', platform: 'browser',
    target: 'es2022', sourcemap: true, minify: false, logLevel: 'warning', legalComments: 'none',
  });
  await build({
    entryPoints: [path.join(here, 'node.ts')], outfile: node, bundle: true, format: 'esm', platform: 'node',
    target: 'node20', sourcemap: true, logLevel: 'warning', external: ['ws', 'protobufjs', 'protobufjs/*'],
  });
  return { browser, node };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'var/sdk' } } });
  const out = await buildSdk(path.resolve(values.out!));
  console.log(`browser bundle: ${out.browser}\nnode entry:     ${out.node}`);
}
