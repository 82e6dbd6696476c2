/** Resource pre-download: verified files are kept, a corrupted one (size or sha256) is refused and reported. */
import t from 'tap';
import http from 'node:http';
import { createHash } from 'node:crypto';
import { ResourcePrefetcher, MemoryResourceStore } from '../index.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

t.test('prefetch downloads, verifies, caches; refuses and reports corrupt files; holds a version only when complete', async (t) => {
  const files: Record<string, Buffer> = { '/a.svg': Buffer.from('<svg>a</svg>'), '/b.bin': Buffer.alloc(3000, 7), '/c.txt': Buffer.from('card c') };
  let served = 0;
  const server = http.createServer((req, res) => {
    served++;
    const body = files[req.url ?? ''];
    if (!body) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.teardown(() => server.close());
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const item = (id: string, p: string, kind = 'card') => ({ id, kind, url: p.slice(1), sizeBytes: files[p]!.length, sha256: sha(files[p]!) });
  const manifest = { version: 7, items: [item('a', '/a.svg', 'logo'), item('b', '/b.bin', 'video'), item('c', '/c.txt')] };

  const store = new MemoryResourceStore();
  const p = new ResourcePrefetcher({ baseUrl: base, store });
  const first = await p.prefetch(manifest);
  t.same([first.complete, first.downloaded.sort(), first.problems], [true, ['a', 'b', 'c'], []], 'all three downloaded and verified');
  t.equal(p.heldVersion, 7, 'the complete manifest version is held');
  t.same((await store.get('b'))!.bytes.length, 3000, 'stored bytes are the file');

  const again = await p.prefetch(manifest);
  t.same([again.cached.sort(), again.downloaded], [['a', 'b', 'c'], []], 'a second prefetch downloads nothing');

  files['/c.txt'] = Buffer.from('card C'); // same size, other bytes
  files['/a.svg'] = Buffer.from('<svg>a</svg>!'); // other size
  const fresh = new ResourcePrefetcher({ baseUrl: base });
  const bad = await fresh.prefetch({ ...manifest, version: 8, items: [...manifest.items, { id: 'd', kind: 'card', url: 'missing', sizeBytes: 1, sha256: '0'.repeat(64) }] });
  t.equal(bad.complete, false, 'not complete');
  t.same(bad.problems.map((x) => [x.id, x.code]).sort(), [['a', 'RESOURCE_CORRUPT'], ['c', 'RESOURCE_CORRUPT'], ['d', 'RESOURCE_FETCH_FAILED']], 'corrupt and missing files are reported by id');
  t.equal(await fresh.store.get('c'), undefined, 'a corrupt file is not stored');
  t.equal(fresh.heldVersion, 0, 'an incomplete manifest is not held');
  t.ok(served > 0);
});
