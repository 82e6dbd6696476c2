/**
 * A grab storm at one small group packet through the money HTTP API (the one
 * phones' grabs reach through gateway and agent): 20,000 users x 5 requests at
 * a 10-share packet. Exactly 10 are paid, every other request is answered
 * (empty, a repeat, or GRAB_BUSY "try again later"), none is lost, and the
 * grabs queued at once stay under the per-packet cap.
 */
import t from 'tap';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startPacketService } from '../app.ts';
import { makeConfig } from '../config.ts';
import { book, op, pid, quietLog, tempDir, type Seed } from './helpers.ts';
import type { StormResult, StormSpec } from '../../bench/lib/grab-storm-client.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOKEN = 'test-service-token-0123456789';

function runClient(spec: StormSpec): Promise<StormResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/lib/grab-storm-client.ts'), JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as StormResult) : reject(new Error(`storm client exited ${code}`))));
  });
}

t.test('100,000 grabs (20,000 users x 5) at one 10-share group packet', async (t) => {
  const queuedPerPacket = 256;
  const app = await startPacketService(makeConfig({ dataDir: tempDir(), shardCount: 2, grabGate: { queuedPerPacket } }), { serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => app.stop());
  const seed: Seed = { packetId: pid(777_001), userId: 'sender', sponsorId: 's1', amountCents: 1, shares: 10, shareAmountCents: 1000 };
  await book(app.service, seed);
  await app.service.apply(op('open', seed));
  t.equal((await app.service.apply(op('share', seed))).outcome, 'shared');

  const r = await runClient({ targets: [{ port: app.port, groupPacketIds: [seed.packetId] }], users: 20_000, repeats: 5, token: TOKEN, connections: 32, window: 32 });
  const stats = app.service.grabGate.stats();
  t.comment(`storm: ${r.sent} requests answered in ${r.elapsedMs} ms (${Math.round(r.sent / (r.elapsedMs / 1000))}/s, machine shared); `
    + `answers ${JSON.stringify(r.byCode)}; peak queued grabs ${stats.queuedPeak} (cap ${queuedPerPacket}), sent to the database ${stats.sentToDatabaseTotal}, `
    + `heap used after ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MiB`);
  t.equal(r.sent, 100_000, 'every request was sent');
  t.equal(r.lost, 0, 'none lost: every request got one answer');
  t.equal(r.answered, 100_000);
  t.equal(r.byCode.ok, 10, 'exactly 10 paid');
  t.equal(new Set(r.paidShares.map((s) => s.userId)).size, 10, 'to 10 different users');
  t.equal(r.paidCents, 1000, 'paying out the packet exactly');
  const known = new Set(['ok', 'ok_repeat', 'GROUP_PACKET_EMPTY', 'GRAB_BUSY']);
  t.same(Object.keys(r.byCode).filter((c) => !known.has(c)), [], 'every other answer is empty, a repeat or try again later');
  t.ok(stats.queuedPeak <= queuedPerPacket, `queued grabs bounded (peak ${stats.queuedPeak})`);
  t.ok(stats.sentToDatabaseTotal < 100_000 / 10, 'the storm mostly never reached the database');
  const d = await app.service.detail(seed.packetId, 0);
  t.equal(d.grabs.length, 10, 'the book holds 10 grabs');
  t.same(d.grabs.map((g) => g.userId).sort(), r.paidShares.map((s) => s.userId).sort(), 'the paid users are the book\'s');
  t.ok(r.elapsedMs < 60_000, 'answered in reasonable time on a shared machine');
});

t.test('grab gate: repeats and waiting grabs from memory; the cap refuses the excess at once', async (t) => {
  const app = await startPacketService(makeConfig({ dataDir: tempDir(), shardCount: 1, grabGate: { queuedPerPacket: 3 } }), { serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => app.stop());
  const seed: Seed = { packetId: pid(777_002), userId: 'sender', sponsorId: 's1', amountCents: 1, shares: 2, shareAmountCents: 500 };
  await book(app.service, seed);
  await app.service.apply(op('open', seed));
  await app.service.apply(op('share', seed));
  const svc = app.service;
  const settled = await Promise.allSettled(['a', 'a', 'b', 'c', 'd', 'e'].map((u) => svc.grab(seed.packetId, u)));
  const codes = settled.map((s) => (s.status === 'fulfilled' ? (s.value.status === 'ok' ? (s.value.repeat ? 'repeat' : 'ok') : s.value.status) : (s.reason as { code: string }).code));
  t.same(codes, ['ok', 'repeat', 'ok', 'empty', 'GRAB_BUSY', 'GRAB_BUSY'], 'a twice (second rides on the first), b, c queued; d, e refused at once');
  t.same((await svc.grab(seed.packetId, 'a')).status, 'ok', 'a repeat later is answered from memory');
  t.same((await svc.grab(seed.packetId, 'z')).status, 'empty', 'empty is remembered');
  const s = svc.grabGate.stats();
  t.equal(s.sentToDatabaseTotal, 3);
  t.equal(s.refusedBusyTotal, 2);
  t.equal(s.queued, 0);
});
