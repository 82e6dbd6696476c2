/**
 * A test phone built on the `ws` library (an independent WebSocket
 * implementation, not our IO code): sends ClientMessages, collects replies.
 */
import WebSocket from 'ws';
import { shake } from '../../contracts/proto/gen/shake.js';
import { makeUserToken } from '../../gateway/auth/user-token.ts';

export type ServerMessage = shake.v1.ServerMessage;

export class TestPhone {
  readonly replies: ServerMessage[] = [];
  readonly ws: WebSocket;
  closed: { code: number; reason: string } | null = null;
  private waiters: Array<() => void> = [];

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) throw new Error('gateway sent a text frame');
      this.replies.push(shake.v1.ServerMessage.decode(data));
      this.notify();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.notify();
    });
  }

  static async connect(url: string, opts: { token?: string; userId?: string; secret?: string; headers?: Record<string, string> } = {}): Promise<TestPhone> {
    const token = opts.token ?? makeUserToken(opts.secret ?? 'dev-only-shake-secret-change-me', opts.userId ?? 'u1', Date.now() + 3_600_000);
    const ws = new WebSocket(opts.headers ? url : `${url}?token=${encodeURIComponent(token)}`, { headers: opts.headers });
    const phone = new TestPhone(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { statusCode: res.statusCode, code: res.headers['x-shake-error'] })));
    });
    return phone;
  }

  send(msg: shake.v1.IClientMessage): void {
    this.ws.send(shake.v1.ClientMessage.encode(msg).finish(), { binary: true });
  }

  private nextCallSeq = 1_000_000;

  /** Sends one request with a fresh seq and resolves with the reply carrying that seq. */
  async call(msg: Omit<shake.v1.IClientMessage, 'seq'>, timeoutMs = 5000): Promise<ServerMessage> {
    const seq = this.nextCallSeq++;
    this.send({ ...msg, seq });
    await this.until((p) => p.replies.some((r) => r.seq === seq), timeoutMs);
    return this.replies.find((r) => r.seq === seq)!;
  }

  sendRaw(bytes: Uint8Array | string, binary = true): void {
    this.ws.send(bytes, { binary });
  }

  private notify(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when `pred` holds over the replies (or the socket closed), or rejects after timeoutMs. */
  async until(pred: (p: TestPhone) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pred(this)) {
      if (this.closed) throw new Error(`socket closed (${this.closed.code} ${this.closed.reason}) before condition held`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms with ${this.replies.length} replies`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => { clearTimeout(t); r(); });
      });
    }
  }

  async waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('socket did not close');
      await new Promise<void>((r) => { const t = setTimeout(r, 50); this.waiters.push(() => { clearTimeout(t); r(); }); });
    }
    return this.closed;
  }

  close(): void {
    this.ws.close();
  }
}
