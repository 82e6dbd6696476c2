/**
 * Agent side of the gateway IPC: connects to the gateway's Unix socket, sends
 * the hello, waits for GatewayHello, then delivers the gateway's messages to
 * handlers. Reconnects every reconnectMs while the gateway is away. A refusal
 * (GatewayError: wrong gateway id, protocol version, replaced by another
 * agent) is final: onRefused is called and no reconnect is attempted.
 */
import { corkForTick } from '../../common/cork-tick.ts';
import net from 'node:net';
import type { Logger } from '../../common/logger.ts';
import { FrameDecoder } from '../../contracts/agent-link/frame-codec.ts';
import {
  AGENT_LINK_PROTOCOL_VERSION, AgentLinkErrorCode, GatewayToAgent, encodeAgentMessage,
  type GatewayToAgentMsg, type IMoneyReply, type IMoneyRequest, type ISeedPacket,
} from '../../contracts/agent-link/protocol.ts';

export interface GatewayHelloInfo {
  gatewayId: string;
  gatewayStartedAtMs: number;
  lastBatchId: number;
  lastBatchAccepted: number;
}

export interface PoolInfo {
  level: number;
  capacity: number;
  takenTotal: number;
  offeredTotal: number;
  gatewayNowMs: number;
  receivedAtMs: number;
}

export interface LinkHandlers {
  onHello(h: GatewayHelloInfo): void;
  onFeedAck(batchId: number, accepted: number): void;
  onPool(p: PoolInfo): void;
  onConfig(version: number, json: string): void;
  onDisconnect(): void;
  onRefused(code: string, message: string): void;
  /** A phone's money request relayed by the gateway; answer with sendMoneyReply. */
  onMoney?(req: IMoneyRequest): void;
}

export interface LinkClientOptions {
  socketPath: string;
  agentId: string;
  gatewayId: string;
  /** Sent in the hello (SHAKE_SERVICE_TOKEN); the gateway refuses a hello without it. */
  serviceToken: string;
  reconnectMs: number;
  logger: Logger;
}

/** Codes after which reconnecting would only repeat the refusal (or fight a newer agent). */
const FINAL = new Set<string>([AgentLinkErrorCode.GATEWAY_ID_MISMATCH, AgentLinkErrorCode.PROTOCOL_VERSION_MISMATCH, AgentLinkErrorCode.REPLACED, AgentLinkErrorCode.UNAUTHORIZED]);

export class LinkClient {
  private sock: net.Socket | null = null;
  private ready = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  connects = 0;
  lastError: { code: string; message: string } | null = null;

  constructor(private readonly o: LinkClientOptions, private readonly h: LinkHandlers) {}

  get connected(): boolean {
    return this.ready;
  }

  start(): void {
    this.connect();
  }

  /** Sends one feed batch; false if not connected (nothing was sent). */
  sendFeed(batchId: number, packets: ISeedPacket[]): boolean {
    if (!this.ready || !this.sock) return false;
    this.sock.write(encodeAgentMessage({ feed: { batchId, packets } }));
    return true;
  }

  /** Answers a money request; false if the link is down (the gateway has answered the phone by then). */
  sendMoneyReply(reply: IMoneyReply): boolean {
    if (!this.ready || !this.sock) return false;
    corkForTick(this.sock);
    this.sock.write(encodeAgentMessage({ moneyReply: reply }));
    return true;
  }

  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.sock?.destroy();
  }

  private connect(): void {
    if (this.stopped) return;
    const sock = net.connect(this.o.socketPath);
    this.sock = sock;
    const decoder = new FrameDecoder();
    let closedOnPurpose = false;
    sock.on('connect', () => {
      this.connects++;
      sock.write(encodeAgentMessage({ hello: { agentId: this.o.agentId, gatewayId: this.o.gatewayId, protocolVersion: AGENT_LINK_PROTOCOL_VERSION, serviceToken: this.o.serviceToken } }));
    });
    sock.on('data', (chunk: Buffer) => {
      let frames: Buffer[];
      try {
        frames = decoder.push(chunk);
        for (const f of frames) {
          const m = GatewayToAgent.decode(f);
          if (m.msg === 'error' && m.error && FINAL.has(m.error.code ?? '')) closedOnPurpose = true;
          this.onMessage(m);
        }
      } catch (e) {
        this.o.logger.error({ err: (e as Error).message, gatewayId: this.o.gatewayId }, 'bad frame from gateway; reconnecting');
        sock.destroy();
      }
    });
    sock.on('error', (err: NodeJS.ErrnoException) => {
      if (this.connects === 0 || err.code !== 'ENOENT') this.lastError = { code: err.code ?? 'SOCKET_ERROR', message: err.message };
    });
    sock.on('close', () => {
      const was = this.ready;
      this.ready = false;
      if (this.sock === sock) this.sock = null;
      if (was) {
        this.o.logger.warn({ gatewayId: this.o.gatewayId }, 'gateway link lost');
        this.h.onDisconnect();
      }
      if (!this.stopped && !closedOnPurpose) this.timer = setTimeout(() => this.connect(), this.o.reconnectMs);
    });
  }

  private onMessage(m: GatewayToAgentMsg): void {
    switch (m.msg) {
      case 'hello': {
        const h = m.hello!;
        this.ready = true;
        this.lastError = null;
        this.o.logger.info({ gatewayId: h.gatewayId, gatewayStartedAtMs: Number(h.gatewayStartedAtMs) }, 'gateway link up');
        this.h.onHello({
          gatewayId: h.gatewayId ?? '', gatewayStartedAtMs: Number(h.gatewayStartedAtMs),
          lastBatchId: Number(h.lastBatchId ?? 0), lastBatchAccepted: Number(h.lastBatchAccepted ?? 0),
        });
        return;
      }
      case 'feedAck':
        this.h.onFeedAck(Number(m.feedAck!.batchId), Number(m.feedAck!.accepted));
        return;
      case 'pool': {
        const p = m.pool!;
        this.h.onPool({
          level: p.level ?? 0, capacity: p.capacity ?? 0, takenTotal: Number(p.takenTotal), offeredTotal: Number(p.offeredTotal),
          gatewayNowMs: Number(p.gatewayNowMs ?? 0), receivedAtMs: Date.now(),
        });
        return;
      }
      case 'config':
        this.h.onConfig(Number(m.config!.version), m.config!.json ?? '');
        return;
      case 'money':
        this.h.onMoney?.(m.money!);
        return;
      case 'error': {
        const e = { code: m.error!.code ?? '', message: m.error!.message ?? '' };
        this.lastError = e;
        this.o.logger.error({ code: e.code, gatewayId: this.o.gatewayId }, `gateway refused the agent: ${e.message}`);
        if (FINAL.has(e.code)) {
          this.stopped = true;
          this.h.onRefused(e.code, e.message);
        }
        return;
      }
      default:
        this.o.logger.warn({ msg: m.msg }, 'unknown message from gateway ignored');
    }
  }
}
