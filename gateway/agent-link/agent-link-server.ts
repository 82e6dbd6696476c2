/**
 * Gateway side of the agent IPC: a Unix-socket server the local agent connects
 * to. It checks the agent's hello (protocol version, gateway id), offers the
 * agent's FeedPackets to the packet pool (a prefix that fits; never overfills),
 * answers each with a FeedAck, sends PoolStatus every statusIntervalMs and
 * after each feed, and pushes the show config (ShowConfigUpdate).
 *
 * One agent at a time: a new agent whose hello is accepted REPLACES the current
 * one (the old connection gets GatewayError AGENT_LINK_REPLACED and is closed).
 * A dead agent's socket may linger, so refusing newcomers could lock the pool
 * out; replacing is safe because a feed is applied synchronously per frame.
 *
 * Nothing an agent sends can crash the gateway: bad frames, oversized frames,
 * invalid packets and socket errors close that connection with a logged error.
 */
import { corkForTick } from '../../common/cork-tick.ts';
import net from 'node:net';
import { chmodSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import { credentialMatches } from '../../common/secrets.ts';
import path from 'node:path';
import type { Logger } from '../../common/logger.ts';
import { ShakeError } from '../../common/errors.ts';
import { FrameDecoder, DEFAULT_MAX_FRAME_BYTES } from '../../contracts/agent-link/frame-codec.ts';
import {
  AGENT_LINK_PROTOCOL_VERSION, AgentLinkErrorCode, AgentToGateway, encodeGatewayMessage,
  type AgentToGatewayMsg, type IGatewayToAgent, type IMoneyReply, type IMoneyRequest, type ISeedPacket,
} from '../../contracts/agent-link/protocol.ts';
import { seedPacketProblem } from './packet-check.ts';

export interface AgentLinkPool {
  offer(p: ISeedPacket[]): number;
  level(): number;
  readonly capacity: number;
  offeredTotal(): number;
  takenTotal(): number;
}

export interface AgentLinkServerOptions {
  socketPath: string;
  gatewayId: string;
  /** The service token an agent's hello must carry (SHAKE_SERVICE_TOKEN). */
  serviceToken: string;
  /** This gateway process's start time: tells the agent when the pool was lost. */
  startedAtMs: number;
  pool: AgentLinkPool;
  currentConfig: () => { version: number; json: string } | null;
  logger: Logger;
  /** PoolStatus period. Default 100 ms. */
  statusIntervalMs?: number;
  maxFrameBytes?: number;
  /** A connection that sends no hello within this is closed. Default 5000 ms. */
  helloTimeoutMs?: number;
  /** The gateway's corrected clock (sent in PoolStatus). Default Date.now. */
  now?: () => number;
  /** A MoneyReply from the agent (answers a sendMoney request). */
  onMoneyReply?: (reply: IMoneyReply) => void;
  /** The linked agent went away (its money requests will not be answered). */
  onAgentGone?: () => void;
}

export interface AgentLinkStats {
  agentConnected: boolean;
  agentId: string | null;
  connectionsAccepted: number;
  hellosRefused: number;
  agentsReplaced: number;
  badFrames: number;
  feedBatches: number;
  /** Packets the agent sent / the pool took. */
  packetsReceived: number;
  packetsAccepted: number;
  lastBatchId: number;
  lastBatchAccepted: number;
  lastFeedAtMs: number | null;
}

interface Conn {
  id: number;
  sock: net.Socket;
  decoder: FrameDecoder;
  agentId: string | null;
  helloTimer: NodeJS.Timeout | null;
  closed: boolean;
}

/** PoolStatus is skipped while this many bytes wait unread in the agent's socket. */
const MAX_BUFFERED = 256 * 1024;

export class AgentLinkServer {
  private readonly o: Required<Omit<AgentLinkServerOptions, 'now' | 'onMoneyReply' | 'onAgentGone'>> & Pick<AgentLinkServerOptions, 'onMoneyReply' | 'onAgentGone'> & { now: () => number };
  private server: net.Server | null = null;
  private readonly conns = new Set<Conn>();
  private active: Conn | null = null;
  private nextConnId = 1;
  private timer: NodeJS.Timeout | null = null;
  private readonly s: AgentLinkStats = {
    agentConnected: false, agentId: null, connectionsAccepted: 0, hellosRefused: 0, agentsReplaced: 0, badFrames: 0,
    feedBatches: 0, packetsReceived: 0, packetsAccepted: 0, lastBatchId: 0, lastBatchAccepted: 0, lastFeedAtMs: null,
  };

  constructor(opts: AgentLinkServerOptions) {
    this.o = {
      statusIntervalMs: 100, maxFrameBytes: DEFAULT_MAX_FRAME_BYTES, helloTimeoutMs: 5000, now: Date.now, ...opts,
    };
  }

  /** Listens on socketPath (its directory is created; a stale socket file is removed, a live one is refused). */
  async listen(): Promise<void> {
    const p = this.o.socketPath;
    if (Buffer.byteLength(p) >= 104) throw new ShakeError('AGENT_LINK_SOCKET_PATH_TOO_LONG', `Unix socket path too long (${Buffer.byteLength(p)} bytes, max 103): ${p}`);
    makePrivateDir(path.dirname(p), this.o.logger);
    if (isSocketFile(p)) {
      if (await somebodyListens(p)) throw new ShakeError('AGENT_LINK_SOCKET_IN_USE', `another process listens on ${p}`);
      unlinkSync(p);
    }
    const server = net.createServer((sock) => this.onConnection(sock));
    server.on('error', (err) => this.o.logger.error({ err, socketPath: p }, 'agent link server error'));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, () => { server.off('error', reject); resolve(); });
    });
    chmodSync(p, 0o600); // only this user's processes may connect (the token in the hello is checked too)
    this.server = server;
    this.timer = setInterval(() => this.sendStatus(), this.o.statusIntervalMs);
    this.timer.unref();
    this.o.logger.info({ socketPath: p, gatewayId: this.o.gatewayId }, 'agent link listening');
  }

  /** Pushes a show config to the connected agent (the gateway calls this when it applies a new version). */
  broadcastConfig(version: number, json: string): void {
    if (this.active) this.send(this.active, { config: { version, json } });
  }

  /** Sends a phone's money request to the linked agent; false when no agent is linked (nothing sent). */
  sendMoney(req: IMoneyRequest): boolean {
    const c = this.active;
    if (!c || c.closed || c.sock.destroyed) return false;
    corkForTick(c.sock);
    this.send(c, { money: req });
    return true;
  }

  stats(): AgentLinkStats {
    return { ...this.s, agentConnected: this.active !== null, agentId: this.active?.agentId ?? null };
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const c of this.conns) this.drop(c);
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((r) => server.close(() => r()));
    try { if (isSocketFile(this.o.socketPath)) unlinkSync(this.o.socketPath); } catch { /* already gone */ }
  }

  private onConnection(sock: net.Socket): void {
    const c: Conn = { id: this.nextConnId++, sock, decoder: new FrameDecoder(this.o.maxFrameBytes), agentId: null, helloTimer: null, closed: false };
    this.conns.add(c);
    this.s.connectionsAccepted++;
    c.helloTimer = setTimeout(() => this.refuse(c, AgentLinkErrorCode.HELLO_TIMEOUT, `no hello within ${this.o.helloTimeoutMs} ms`), this.o.helloTimeoutMs);
    sock.on('data', (chunk: Buffer) => this.onData(c, chunk));
    sock.on('error', (err) => this.o.logger.warn({ err: err.message, conn: c.id, agentId: c.agentId }, 'agent link socket error'));
    sock.on('close', () => this.onClose(c));
  }

  private onData(c: Conn, chunk: Buffer): void {
    if (c.closed) return;
    let frames: Buffer[];
    try {
      frames = c.decoder.push(chunk);
    } catch (e) {
      this.s.badFrames++;
      return this.refuse(c, AgentLinkErrorCode.BAD_FRAME, (e as Error).message);
    }
    for (const f of frames) {
      if (c.closed) return;
      let msg: AgentToGatewayMsg;
      try {
        msg = AgentToGateway.decode(f);
      } catch (e) {
        this.s.badFrames++;
        return this.refuse(c, AgentLinkErrorCode.BAD_FRAME, `undecodable frame: ${(e as Error).message}`);
      }
      try {
        this.onMessage(c, msg);
      } catch (e) {
        this.o.logger.error({ err: e, conn: c.id, agentId: c.agentId }, 'agent link message failed');
        return this.refuse(c, AgentLinkErrorCode.BAD_FRAME, `message failed: ${(e as Error).message}`);
      }
    }
  }

  private onMessage(c: Conn, msg: AgentToGatewayMsg): void {
    if (msg.msg === 'hello' && msg.hello) {
      if (c.agentId !== null) return this.refuse(c, AgentLinkErrorCode.HELLO_EXPECTED, 'second hello on one connection');
      const h = msg.hello;
      if (h.protocolVersion !== AGENT_LINK_PROTOCOL_VERSION) {
        this.s.hellosRefused++;
        return this.refuse(c, AgentLinkErrorCode.PROTOCOL_VERSION_MISMATCH,
          `agent speaks protocol ${h.protocolVersion}, gateway speaks ${AGENT_LINK_PROTOCOL_VERSION}`);
      }
      // The token first: a process that can reach the socket but lacks it must not replace the agent.
      if (!credentialMatches(h.serviceToken ?? '', this.o.serviceToken)) {
        this.s.hellosRefused++;
        return this.refuse(c, AgentLinkErrorCode.UNAUTHORIZED, 'hello without the right service token');
      }
      if (h.gatewayId !== this.o.gatewayId) {
        this.s.hellosRefused++;
        return this.refuse(c, AgentLinkErrorCode.GATEWAY_ID_MISMATCH,
          `agent ${h.agentId} serves gateway ${JSON.stringify(h.gatewayId)}, this is ${JSON.stringify(this.o.gatewayId)}`);
      }
      if (c.helloTimer) clearTimeout(c.helloTimer);
      c.helloTimer = null;
      c.agentId = h.agentId || `conn-${c.id}`;
      const old = this.active;
      this.active = c;
      if (old && old !== c) {
        this.s.agentsReplaced++;
        this.o.logger.warn({ oldAgentId: old.agentId, agentId: c.agentId }, 'a newer agent connection replaces the current one');
        this.refuse(old, AgentLinkErrorCode.REPLACED, `replaced by agent ${c.agentId}`);
      }
      this.o.logger.info({ agentId: c.agentId, gatewayId: this.o.gatewayId }, 'agent connected');
      this.send(c, { hello: {
        gatewayId: this.o.gatewayId, protocolVersion: AGENT_LINK_PROTOCOL_VERSION, gatewayStartedAtMs: this.o.startedAtMs,
        lastBatchId: this.s.lastBatchId, lastBatchAccepted: this.s.lastBatchAccepted,
      } });
      const cfg = this.o.currentConfig();
      if (cfg) this.send(c, { config: { version: cfg.version, json: cfg.json } });
      this.send(c, { pool: this.poolStatus() });
      return;
    }
    if (c.agentId === null) return this.refuse(c, AgentLinkErrorCode.HELLO_EXPECTED, `first message must be a hello, got ${msg.msg ?? 'nothing'}`);
    if (msg.msg === 'feed' && msg.feed) {
      const packets = msg.feed.packets ?? [];
      for (let i = 0; i < packets.length; i++) {
        const why = seedPacketProblem(packets[i]);
        if (why) {
          this.s.badFrames++;
          return this.refuse(c, AgentLinkErrorCode.BAD_FRAME, `packet ${i} (${packets[i].packetId}) invalid: ${why}`);
        }
      }
      const accepted = packets.length === 0 ? 0 : this.o.pool.offer(packets);
      const batchId = Number(msg.feed.batchId ?? 0);
      this.s.feedBatches++;
      this.s.packetsReceived += packets.length;
      this.s.packetsAccepted += accepted;
      this.s.lastBatchId = batchId;
      this.s.lastBatchAccepted = accepted;
      this.s.lastFeedAtMs = Date.now();
      this.send(c, { feedAck: { batchId, accepted } });
      this.send(c, { pool: this.poolStatus() });
      return;
    }
    if (msg.msg === 'moneyReply' && msg.moneyReply) {
      this.o.onMoneyReply?.(msg.moneyReply);
      return;
    }
    this.refuse(c, AgentLinkErrorCode.BAD_FRAME, `unknown message ${msg.msg ?? '(none)'}`);
  }

  private poolStatus() {
    const p = this.o.pool;
    return { level: Math.max(0, p.level()), capacity: p.capacity, takenTotal: p.takenTotal(), offeredTotal: p.offeredTotal(), gatewayNowMs: this.o.now() };
  }

  private sendStatus(): void {
    const c = this.active;
    if (c && c.sock.writableLength < MAX_BUFFERED) this.send(c, { pool: this.poolStatus() });
  }

  private send(c: Conn, m: IGatewayToAgent): void {
    if (c.closed || c.sock.destroyed) return;
    try {
      c.sock.write(encodeGatewayMessage(m));
    } catch (e) {
      this.o.logger.warn({ err: (e as Error).message, conn: c.id }, 'agent link write failed');
    }
  }

  private refuse(c: Conn, code: string, message: string): void {
    if (c.closed) return;
    this.o.logger.error({ code, conn: c.id, agentId: c.agentId, gatewayId: this.o.gatewayId }, `agent link: ${message}`);
    this.send(c, { error: { code, message } });
    c.closed = true;
    c.sock.end();
    setTimeout(() => c.sock.destroy(), 200).unref();
    this.detach(c);
  }

  private drop(c: Conn): void {
    c.closed = true;
    c.sock.destroy();
    this.detach(c);
  }

  private detach(c: Conn): void {
    if (c.helloTimer) clearTimeout(c.helloTimer);
    c.helloTimer = null;
    if (this.active === c) {
      this.active = null;
      this.o.logger.warn({ agentId: c.agentId }, 'agent disconnected');
      this.o.onAgentGone?.();
    }
  }

  private onClose(c: Conn): void {
    c.closed = true;
    this.detach(c);
    this.conns.delete(c);
  }
}

function isSocketFile(p: string): boolean {
  try { return statSync(p).isSocket(); } catch { return false; }
}

function somebodyListens(p: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(p);
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

/**
 * The socket's directory, private to this user (0700): created so, and tightened
 * when this user owns it. A shared directory (sticky, like /tmp, or another
 * user's) is left alone and warned about; the socket's own 0600 and the hello's
 * token still hold there.
 */
function makePrivateDir(dir: string, logger: Logger): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = statSync(dir);
  if ((st.mode & 0o077) === 0) return;
  const mine = typeof process.getuid === 'function' && st.uid === process.getuid();
  if (mine && (st.mode & 0o1000) === 0) chmodSync(dir, 0o700);
  else logger.warn({ dir, mode: (st.mode & 0o7777).toString(8) }, 'agent socket directory is not private; put the socket in a directory of its own');
}
