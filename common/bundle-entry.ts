/**
 * Runs a TypeScript entry point as a node process without tsx: the entry is
 * bundled once per parent process into one ES module (common/bundle-worker.ts
 * does the same for worker threads), and the child starts from that plain JS.
 * Loading tsx's hooks and transpiling the module graph costs a child about
 * 0.6–0.9 s of CPU at start; a bundle loads in about 0.1 s. Deployments and
 * tests start hundreds of such children.
 *
 * The bundle behaves as the source would under tsx:
 *  - every `import.meta.url` in the project's own files is the URL of the
 *    source file it is written in, so paths built from it (worker entries,
 *    native addons, console assets) still point into the source tree;
 *  - `process.argv[1]` is the entry's source path, so the "am I the main
 *    module" check (`import.meta.url === file://argv[1]`) still holds.
 * Packages stay external and resolve through the cache directory's
 * node_modules link. A run-time `import()` of a .ts file would not work from
 * a bundle; no entry started this way does one.
 */
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prepareBundle, removeBundleAtExit, tempBundleDir } from './bundle-worker.ts';

const BUNDLE_DIR = tempBundleDir('entry');
const bundles = new Map<string, Promise<URL>>();

/** Replaces `import.meta.url` in each project source file with that file's own URL. */
const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

async function bundleEntry(entryPath: string): Promise<URL> {
  const options = prepareBundle(pathToFileURL(entryPath), BUNDLE_DIR);
  await build({ ...options, plugins: [sourceUrls], banner: { js: `process.argv[1] = ${JSON.stringify(entryPath)};` } });
  const url = pathToFileURL(options.outfile!);
  removeBundleAtExit(url);
  return url;
}

/**
 * The node arguments that run `entryPath` (an absolute .ts path): the path of
 * its bundle, made at the first call for that entry in this process.
 */
export async function nodeEntryArgs(entryPath: string): Promise<string[]> {
  let bundle = bundles.get(entryPath);
  if (!bundle) {
    bundle = bundleEntry(entryPath);
    bundles.set(entryPath, bundle);
    bundle.catch(() => bundles.delete(entryPath));
  }
  return [fileURLToPath(await bundle)];
}
