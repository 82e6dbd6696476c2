/**
 * The newcomer's path, as a test: the product started exactly as `npm start`
 * ships it (the same entry, ops/start.ts, with its shipped default show, seeds
 * and secrets; only the ports, `--base-port 0` = free ports, and the state dir,
 * `--dir` in /tmp, are chosen so that it does not collide with other tests or a
 * running `npm start`), then real WebSocket phones (the SDK in client/) during
 * the embedded show's first round: they win packets, open and share them,
 * friends grab a shared packet, the money side agrees to the cent, and the
 * reconciliation exits clean after the deployment is stopped with Ctrl-C.
 */
import t from 'tap';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../helpers/gateway-process.ts';
import { ShakeClient, Outcome, NoPacketReason, type GatewayError, type WonPacket } from '../../client/index.ts';
import { nodeWebSocketFactory } from '../../client/node-websocket.ts';
import { makeUserToken } from '../../gateway/auth/user-token.ts';
import type { DeploymentInfo } from '../../ops/deploy/types.ts';

const PHONES = 5;

interface Started { child: ChildProcess; output: () => string; exited: Promise<number | null> }

function startAsShipped(dir: string): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'ops/start.ts'), '--base-port', '0', '--dir', dir], {
    cwd: repoRoot, env: process.env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

async function untilUp(s: Started, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!/embedded deployment up/.test(s.output())) {
    if (s.child.exitCode !== null) throw new Error(`npm start exited ${s.child.exitCode}:\n${s.output()}`);
    if (Date.now() > deadline) throw new Error(`npm start not up within ${timeoutMs} ms:\n${s.output()}`);
    await sleep(200);
  }
}

/**
 * A friend grabs a share of a group packet from their own phone (the SDK over
 * their own WebSocket, through the gateway and agent to the money service).
 * Resolves the amount grabbed (a retried grab that went through gives the first
 * amount back), 0 when the packet was empty, null while the share has not
 * reached the money service yet or the money side asks to try again.
 */
async function grab(friend: ShakeClient, groupPacketId: string): Promise<number | null> {
  try {
    return (await friend.grab(groupPacketId)).amountCents;
  } catch (e) {
    const code = (e as GatewayError).code;
    if (code === 'GROUP_PACKET_EMPTY') return 0;
    if (code === 'GROUP_PACKET_NOT_FOUND' || code === 'TRY_AGAIN_LATER') return null;
    throw e;
  }
}

/** A user's balance as their own phone reads it (null: the money side asked to try again). */
async function balance(phone: ShakeClient): Promise<number | null> {
  try {
    return await phone.balance();
  } catch (e) {
    if ((e as GatewayError).code === 'TRY_AGAIN_LATER') return null;
    throw e;
  }
}

async function eventually<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** One phone shaking on its cadence until it reached the show's cap or `enough()` says stop. */
async function shakeUntil(client: ShakeClient, won: WonPacket[], enough: () => boolean, deadlineMs: number): Promise<{ capReached: boolean }> {
  while (Date.now() < deadlineMs && !enough()) {
    const r = await client.shake();
    if (r.outcome === Outcome.RED_PACKET) won.push(r.packet!);
    if (r.noPacketReason === NoPacketReason.CAP_REACHED) return { capReached: true };
    await sleep(1000); // the phone's cadence: tier 0 of the shipped show allows one shake a second
  }
  return { capReached: false };
}

t.test('npm start as shipped: packets won in the first round, opened, shared, grabbed, reconciled', async (t) => {
  const started = Date.now();
  const dir = mkdtempSync('/tmp/newcomer-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const s = startAsShipped(dir);
  t.teardown(() => { if (s.child.exitCode === null) s.child.kill('SIGKILL'); });
  await untilUp(s, 120_000);
  t.match(s.output(), /First red-packet round r1 \(sponsor-\d\d/, 'the start banner names the first round and its seeded sponsors');
  const dep = JSON.parse(readFileSync(path.join(dir, 'deployment.json'), 'utf8')) as DeploymentInfo;

  const users = Array.from({ length: PHONES }, (_, i) => `newcomer-${i + 1}`);
  const phoneOf = (u: string) => new ShakeClient({
    gateways: dep.gateways.map((g) => g.wsUrl), token: makeUserToken(dep.secrets.auth, u, Date.now() + 3_600_000), webSocket: nodeWebSocketFactory(),
  });
  const clients = users.map(phoneOf);
  t.teardown(() => clients.forEach((c) => c.close()));
  await Promise.all(clients.map((c) => c.connect()));
  const won = users.map(() => [] as WonPacket[]);
  const shareable = () => won.flat().some((p) => p.shares > 0);
  const enough = () => won.every((w) => w.length > 0) && shareable();
  const deadline = Date.now() + 60_000;
  const runs = await Promise.all(clients.map((c, i) => shakeUntil(c, won[i]!, enough, deadline)));
  t.ok(won.every((w) => w.length > 0), `every phone won in the first round: ${won.map((w) => w.length).join(', ')}`);
  t.ok(shareable(), 'a won packet carries shares for friends');
  const sponsors = new Set(won.flat().map((p) => p.sponsorId));
  t.ok([...sponsors].every((sp) => dep.seeds.sponsors.includes(sp)), `packets come from the seeded sponsors: ${[...sponsors].join(', ')}`);
  if (runs.some((r) => r.capReached)) t.pass('a phone that won the most packets a user may win is told its cap is reached');

  // Open every packet won; share the shareable ones; everything over the phones' own connections.
  const groupIds = new Map<string, string>();
  for (const [i, c] of clients.entries()) {
    for (const p of won[i]!) {
      t.equal((await c.open(p.token)).status, 1, `${users[i]} opened ${p.packetId}`);
      if (p.shares === 0) continue;
      const shareReply = await c.share(p.token);
      t.equal(shareReply.status, 1, `${users[i]} shared ${p.packetId}`);
      groupIds.set(p.packetId, shareReply.groupPacketId);
    }
  }

  // The money side: each winner's balance is what they opened; friends grab one shared packet empty.
  for (const [i, u] of users.entries()) {
    const opened = won[i]!.reduce((a, p) => a + p.amountCents, 0);
    await eventually(`balance of ${u} = ${opened}`, 30_000, async () => ((await balance(clients[i]!)) === opened ? true : null));
  }
  t.pass('every winner\'s balance equals the amounts opened');
  const shared = won.flat().find((p) => p.shares > 0)!;
  const groupId = groupIds.get(shared.packetId)!;
  t.ok(groupId, `the share reply names the group packet to send to friends (${groupId})`);
  const friends = Array.from({ length: shared.shares + 1 }, (_, f) => phoneOf(`friend-${f}`));
  t.teardown(() => friends.forEach((c) => c.close()));
  await Promise.all(friends.map((c) => c.connect()));
  const grabs: number[] = [];
  for (let f = 0; f < shared.shares; f++) {
    grabs.push(await eventually(`grab ${f + 1} of ${groupId}`, 30_000, () => grab(friends[f]!, groupId)));
  }
  t.ok(grabs.every((g) => g >= 1), `every grab got at least a cent: ${grabs.join(', ')}`);
  t.equal(grabs.reduce((a, b) => a + b, 0), shared.shareAmountCents, 'the grabs sum to the share amount');
  t.equal(await eventually('a late grab', 30_000, () => grab(friends[shared.shares]!, groupId)), 0, 'a friend after the last share finds it empty');

  // Ctrl-C stops everything; the reconciliation of the show's money is clean.
  clients.forEach((c) => c.close());
  friends.forEach((c) => c.close());
  s.child.kill('SIGINT');
  t.equal(await s.exited, 0, 'Ctrl-C stops every component and exits 0');
  const rec = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'packet-service/reconcile.ts'),
    '--data-dir', dep.money.dataDir, '--manifest', dep.seeds.manifest], { cwd: repoRoot, encoding: 'utf8' });
  if (rec.status !== 0) t.comment(rec.stdout + rec.stderr);
  t.equal(rec.status, 0, 'the reconciliation exits 0');
  t.match(rec.stdout, /OK: every cent accounted for/);
  t.comment(`newcomer path took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
