import t from 'tap';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeEntryArgs } from '../bundle-entry.ts';
import { fnv1a32 } from '../fnv1a.ts';

const entry = fileURLToPath(new URL('./fixtures/entry-main.ts', import.meta.url));

t.test('a bundled entry runs as its source would under tsx: main-module check, import.meta.url, relative imports', async (t) => {
  const args = await nodeEntryArgs(entry);
  t.equal(args.length, 1, 'one argument: the bundle');
  t.match(args[0], /\.mjs$/);
  t.not(path.dirname(args[0]!), path.dirname(entry), 'the bundle lies outside the source tree');
  const out = JSON.parse(execFileSync(process.execPath, [...args, 'a', 'b'], { encoding: 'utf8' })) as Record<string, unknown>;
  t.same(out, {
    main: true, file: entry, sibling: path.join(path.dirname(entry), 'bundle-entry.ts'), hash: fnv1a32('x'), args: ['a', 'b'],
  }, 'it is the main module, its import.meta.url is its source file, and its arguments follow');
  t.same(await nodeEntryArgs(entry), args, 'bundled once per process');
});
