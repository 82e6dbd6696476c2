/**
 * AgentLinkServer over a real PoolProducer, driven by a raw socket client:
 * hello checks, feeding (prefix that fits), periodic PoolStatus, config push,
 * replacement, last-batch report, and hostile input that must only ever close
 * the offending connection.
 */
import t from 'tap';
import net from 'node:net';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import path from 'node:path';
import pino from 'pino';
import { AgentLinkServer } from '../agent-link-server.ts';
import { FrameDecoder } from '../../../contracts/agent-link/frame-codec.ts';
import { AGENT_LINK_PROTOCOL_VERSION, GatewayToAgent, encodeAgentMessage, type GatewayToAgentMsg, type IAgentToGateway } from '../../../contracts/agent-link/protocol.ts';
import { createPoolBuffers, PoolConsumer, PoolProducer } from '../../pool/packet-pool.ts';

const TOKEN = 'agent-link-test-token-0123456789';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Plain object with uint64 fields (decoded as Long) turned into numbers. */
const plain = (m: object | null | undefined) => JSON.parse(JSON.stringify(m, (_k, v) => (v && typeof v === 'object' && 'low' in v && 'high' in v ? Number(v) : v)));
const pkt = (i: number) => ({ packetId: `p${i.toString(16).padStart(14, '0')}`, sponsorId: 's1', amountCents: 100 + i, shares: 0, shareAmountCents: 0 });

class RawAgent {
  readonly msgs: GatewayToAgentMsg[] = [];
  closed = false;
  readonly sock: net.Socket;
  constructor(socketPath: string) {
    this.sock = net.connect(socketPath);
    const dec = new FrameDecoder();
    this.sock.on('data', (d: Buffer) => { for (const f of dec.push(d)) this.msgs.push(GatewayToAgent.decode(f)); });
    this.sock.on('close', () => (this.closed = true));
    this.sock.on('error', () => {});
  }
  send(m: IAgentToGateway): void { this.sock.write(encodeAgentMessage(m)); }
  hello(gatewayId = 'gw-1', protocolVersion = AGENT_LINK_PROTOCOL_VERSION, serviceToken: string = TOKEN): void { this.send({ hello: { agentId: 'a1', gatewayId, protocolVersion, serviceToken } }); }
  of(kind: string) { return this.msgs.filter((m) => m.msg === kind); }
  async until(pred: () => boolean, ms = 2000): Promise<void> {
    const end = Date.now() + ms;
    while (!pred()) { if (Date.now() > end) throw new Error(`timeout; got ${JSON.stringify(this.msgs.map((m) => m.msg))}`); await sleep(5); }
  }
}

async function setup(t: { teardown(fn: () => unknown): void }, capacity = 10) {
  const dir = mkdtempSync('/tmp/agl-test-');
  const socketPath = path.join(dir, 'gw.sock');
  const bufs = createPoolBuffers(capacity);
  const pool = new PoolProducer(bufs);
  const server = new AgentLinkServer({
    socketPath, gatewayId: 'gw-1', serviceToken: TOKEN, startedAtMs: 1234, pool, statusIntervalMs: 50,
    currentConfig: () => ({ version: 7, json: '{"version":7}' }), logger: pino({ level: 'silent' }),
  });
  await server.listen();
  t.teardown(async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); });
  const agents: RawAgent[] = [];
  t.teardown(() => agents.forEach((a) => a.sock.destroy()));
  const connect = () => { const a = new RawAgent(socketPath); agents.push(a); return a; };
  return { server, pool, bufs, socketPath, connect, dir };
}

t.test('hello, config, pool status, feeding a prefix that fits', async (t) => {
  const { server, pool, bufs, connect } = await setup(t, 10);
  const a = connect();
  a.hello();
  await a.until(() => a.of('pool').length >= 1);
  t.equal(a.msgs[0].msg, 'hello');
  t.match(plain(a.msgs[0].hello), { gatewayId: 'gw-1', protocolVersion: AGENT_LINK_PROTOCOL_VERSION, gatewayStartedAtMs: 1234, lastBatchId: 0 });
  t.equal(a.msgs[1].msg, 'config');
  t.equal(a.msgs[1].config!.json, '{"version":7}');
  a.send({ feed: { batchId: 5, packets: Array.from({ length: 15 }, (_, i) => pkt(i + 1)) } });
  await a.until(() => a.of('feedAck').length === 1);
  t.match(plain(a.of('feedAck')[0].feedAck), { batchId: 5, accepted: 10 }, 'takes the 10 that fit, never overfills');
  t.equal(pool.level(), 10);
  const c = new PoolConsumer(bufs);
  t.equal(c.next()!.packetId, pkt(1).packetId, 'in order');
  const n = a.of('pool').length;
  await a.until(() => a.of('pool').length >= n + 2, 500);
  t.match(plain(a.of('pool').at(-1)!.pool), { level: 10, capacity: 10, offeredTotal: 10 }, 'periodic PoolStatus');
  t.ok(Number(a.of('pool').at(-1)!.pool!.gatewayNowMs) > 0);
  server.broadcastConfig(8, '{"version":8}');
  await a.until(() => a.of('config').length === 2);
  t.match(server.stats(), { agentConnected: true, agentId: 'a1', feedBatches: 1, packetsReceived: 15, packetsAccepted: 10, lastBatchId: 5, lastBatchAccepted: 10 });
});

t.test('refuses a wrong gateway id or protocol version with a clear error', async (t) => {
  const { server, connect } = await setup(t);
  const a = connect();
  a.hello('gw-2');
  await a.until(() => a.closed);
  t.equal(a.msgs.length, 1);
  t.equal(a.msgs[0].error!.code, 'AGENT_LINK_GATEWAY_ID_MISMATCH');
  t.match(a.msgs[0].error!.message, /gw-2.*gw-1/);
  const b = connect();
  b.hello('gw-1', 99);
  await b.until(() => b.closed);
  t.equal(b.msgs[0].error!.code, 'AGENT_LINK_PROTOCOL_VERSION_MISMATCH');
  const c = connect();
  c.hello();
  await c.until(() => c.of('hello').length === 1);
  t.match(server.stats(), { hellosRefused: 2, agentConnected: true });
});

t.test('hostile input closes only that connection', async (t) => {
  const { server, pool, connect, socketPath } = await setup(t);
  const cases: [string, (s: net.Socket) => void, string][] = [
    ['garbage frame', (s) => s.write(Buffer.from([3, 0, 0, 0, 0xff, 0xff, 0xff])), 'AGENT_LINK_BAD_FRAME'],
    ['oversized length prefix', (s) => s.write(Buffer.from([0xff, 0xff, 0xff, 0x7f])), 'AGENT_LINK_BAD_FRAME'],
    ['feed before hello', (s) => s.write(encodeAgentMessage({ feed: { batchId: 1, packets: [pkt(1)] } })), 'AGENT_LINK_HELLO_EXPECTED'],
  ];
  for (const [name, act, code] of cases) {
    const a = connect();
    await sleep(20);
    act(a.sock);
    await a.until(() => a.closed);
    t.equal(a.msgs.at(-1)?.error?.code, code, name);
  }
  const bad = connect();
  bad.hello();
  await bad.until(() => bad.of('hello').length === 1);
  bad.send({ feed: { batchId: 1, packets: [pkt(1), { ...pkt(2), amountCents: 0 }] } });
  await bad.until(() => bad.closed);
  t.equal(bad.msgs.at(-1)?.error?.code, 'AGENT_LINK_BAD_FRAME', 'invalid packet refuses the batch');
  t.equal(pool.level(), 0, 'nothing of an invalid batch entered the pool');
  const half = net.connect(socketPath);
  half.on('error', () => {});
  half.write(Buffer.from([10, 0, 0])); // partial frame then hang up
  half.destroy();
  const good = connect();
  good.hello();
  good.send({ feed: { batchId: 2, packets: [pkt(3)] } });
  await good.until(() => good.of('feedAck').length === 1);
  t.equal(pool.level(), 1, 'server still serves a good agent');
  t.ok(server.stats().badFrames >= 3);
});

t.test('a second agent replaces the first; hello reports the last batch', async (t) => {
  const { server, connect } = await setup(t);
  const a = connect();
  a.hello();
  a.send({ feed: { batchId: 41, packets: [pkt(1), pkt(2)] } });
  await a.until(() => a.of('feedAck').length === 1);
  const b = connect();
  b.hello();
  await b.until(() => b.of('hello').length === 1);
  await a.until(() => a.closed);
  t.equal(a.msgs.at(-1)?.error?.code, 'AGENT_LINK_REPLACED');
  t.match(plain(b.of('hello')[0].hello), { lastBatchId: 41, lastBatchAccepted: 2 }, 'newcomer learns the fate of the last batch');
  t.equal(server.stats().agentsReplaced, 1);
});

t.test('socket file: stale one is replaced, a live one is refused', async (t) => {
  const { socketPath, dir } = await setup(t);
  const other = new AgentLinkServer({
    socketPath, gatewayId: 'gw-1', serviceToken: TOKEN, startedAtMs: 1, pool: new PoolProducer(createPoolBuffers(4)),
    currentConfig: () => null, logger: pino({ level: 'silent' }),
  });
  await t.rejects(other.listen(), { code: 'AGENT_LINK_SOCKET_IN_USE' });
  const stalePath = path.join(dir, 'stale.sock');
  const s = net.createServer().listen(stalePath);
  await new Promise((r) => s.once('listening', r));
  // Simulate a crashed gateway: the socket file stays, nobody listens.
  (s as unknown as { _handle: { close(): void } })._handle.close();
  const fresh = new AgentLinkServer({
    socketPath: stalePath, gatewayId: 'gw-1', serviceToken: TOKEN, startedAtMs: 1, pool: new PoolProducer(createPoolBuffers(4)),
    currentConfig: () => null, logger: pino({ level: 'silent' }),
  });
  await fresh.listen();
  await fresh.close();
  writeFileSync(path.join(dir, 'x'), '');
  t.pass('listened over a stale socket file');
});

t.test('finding: a process with the right gateway id but no service token cannot replace the agent', async (t) => {
  const { server, connect } = await setup(t);
  const real = connect();
  real.hello();
  await real.until(() => real.of('hello').length === 1);
  for (const token of ['', 'wrong-token-0123456789abcdef', TOKEN.slice(0, -1)]) {
    const intruder = connect();
    intruder.hello('gw-1', AGENT_LINK_PROTOCOL_VERSION, token);
    await intruder.until(() => intruder.closed);
    t.equal(intruder.msgs[0]?.error?.code, 'AGENT_LINK_UNAUTHORIZED', `token ${JSON.stringify(token.slice(0, 8))}: refused`);
  }
  t.equal(real.closed, false, 'the real agent keeps its link');
  t.match(server.stats(), { agentConnected: true, agentsReplaced: 0, hellosRefused: 3 });
});

t.test('finding: the socket is 0600 in a private 0700 directory', async (t) => {
  const { socketPath, dir } = await setup(t);
  t.equal(statSync(socketPath).mode & 0o777, 0o600, 'socket 0600');
  t.equal(statSync(dir).mode & 0o777, 0o700, 'directory 0700');
  // A directory this user owns but left open is tightened when the gateway listens.
  const open = mkdtempSync('/tmp/agl-open-');
  chmodSync(open, 0o755);
  const s = new AgentLinkServer({
    socketPath: path.join(open, 'gw.sock'), gatewayId: 'gw-1', serviceToken: TOKEN, startedAtMs: 1, pool: new PoolProducer(createPoolBuffers(4)),
    currentConfig: () => null, logger: pino({ level: 'silent' }),
  });
  await s.listen();
  t.teardown(async () => { await s.close(); rmSync(open, { recursive: true, force: true }); });
  t.equal(statSync(open).mode & 0o777, 0o700, 'an open directory of ours is made private');
});

t.test('fuzz: random frames and hellos close only the offending connection; the agent keeps its link', async (t) => {
  const { server, connect, pool } = await setup(t, 1000);
  const real = connect();
  real.hello();
  await real.until(() => real.of('hello').length === 1);
  const frames = fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    fc.uint8Array({ maxLength: 300 }).map((b) => { const h = Buffer.alloc(4); h.writeUInt32BE(b.length); return Buffer.concat([h, Buffer.from(b)]); }),
    fc.record({ agentId: fc.string(), gatewayId: fc.constantFrom('gw-1', 'gw-2', ''), protocolVersion: fc.nat(3), serviceToken: fc.oneof(fc.string(), fc.constant(TOKEN)) })
      .map((hello) => encodeAgentMessage({ hello: { ...hello, serviceToken: hello.serviceToken === TOKEN ? 'not-it' : hello.serviceToken } })),
  );
  await fc.assert(fc.asyncProperty(fc.array(frames, { minLength: 1, maxLength: 4 }), async (list) => {
    const a = connect();
    await new Promise<void>((r) => a.sock.once('connect', () => r()));
    for (const f of list) a.sock.write(f);
    a.sock.end();
    await a.until(() => a.closed, 6000).catch(() => a.sock.destroy());
    return real.closed === false;
  }), { numRuns: 60, interruptAfterTimeLimit: 20_000 });
  t.equal(real.closed, false, 'the real agent was never displaced');
  real.send({ feed: { batchId: 1, packets: [pkt(1)] } });
  await real.until(() => real.of('feedAck').length === 1);
  t.equal(pool.level(), 1, 'and still feeds');
  t.ok(server.stats().agentConnected);
});
