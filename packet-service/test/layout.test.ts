import t from 'tap';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeConfig } from '../config.ts';
import { PacketService } from '../service.ts';
import { DATA_FORMAT_VERSION, layoutPath } from '../layout.ts';
import { book, op, pid, quietLog, tempDir, type Seed } from './helpers.ts';

const P: Seed = { packetId: pid(7), userId: 'u1', sponsorId: 's1', amountCents: 10_000, shares: 0, shareAmountCents: 0 };
const open = (dataDir: string, shardCount: number) => new PacketService(makeConfig({ dataDir, shardCount }), { logger: quietLog() });

t.test('the data dir pins its shard count: another count is refused before any shard opens, nothing paid', async (t) => {
  const dataDir = tempDir();
  t.teardown(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const first = open(dataDir, 2);
  await book(first, P);
  t.equal((await first.apply(op('open', P))).outcome, 'opened');
  await first.close();
  t.same(JSON.parse(fs.readFileSync(layoutPath(dataDir), 'utf8')), { formatVersion: DATA_FORMAT_VERSION, shardCount: 2 });
  const before = fs.readdirSync(dataDir).sort();
  for (const n of [1, 3, 4]) {
    t.throws(() => open(dataDir, n), { code: 'SHARD_COUNT_MISMATCH', details: { recorded: 2, configured: n } }, `${n} shards refused`);
  }
  t.same(fs.readdirSync(dataDir).sort(), before, 'no shard database created by a refused start');
  const again = open(dataDir, 2);
  t.same(await again.apply(op('open', P)), { outcome: 'opened', repeat: true }, 'the redelivered open is found: paid once');
  t.equal(await again.balance('u1'), 10_000);
  await again.close();
});

t.test('format version and legacy data dirs', async (t) => {
  const dataDir = tempDir();
  t.teardown(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const svc = open(dataDir, 2);
  await svc.close();
  fs.writeFileSync(layoutPath(dataDir), JSON.stringify({ formatVersion: 1, shardCount: 2 }));
  t.throws(() => open(dataDir, 2), { code: 'DATA_FORMAT_UNSUPPORTED', details: { found: 1, expected: DATA_FORMAT_VERSION } });
  fs.writeFileSync(layoutPath(dataDir), '{"shardCount":');
  t.throws(() => open(dataDir, 2), { code: 'DATA_LAYOUT_INVALID' });
  // Data written before the record existed: accepted only with exactly its shard files.
  fs.rmSync(layoutPath(dataDir));
  t.throws(() => open(dataDir, 3), { code: 'SHARD_COUNT_MISMATCH', details: { recorded: 2, configured: 3 } });
  t.notOk(fs.existsSync(layoutPath(dataDir)), 'a refused legacy start writes no record');
  const legacy = open(dataDir, 2);
  await legacy.close();
  t.equal(JSON.parse(fs.readFileSync(layoutPath(dataDir), 'utf8')).shardCount, 2, 'record written for the legacy dir');
});

t.test('the process refuses with one line naming both counts and exit 2', async (t) => {
  const dataDir = tempDir();
  t.teardown(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const svc = open(dataDir, 2);
  await svc.close();
  const main = path.join(import.meta.dirname, '..', 'main.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, PACKET_DATA_DIR: dataDir, PACKET_SHARDS: '3', LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 60_000,
  });
  t.equal(r.status, 2);
  t.match(r.stderr, /^packet-service: SHARD_COUNT_MISMATCH: .*created with 2 shards; refusing to start with 3/);
  t.notOk(fs.existsSync(path.join(dataDir, 'db_02.sqlite')));
});
