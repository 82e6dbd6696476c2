/**
 * Pipelined JetStream publishing without nats.js's per-request machinery (an
 * Error object and a timer per request dominated CPU at 20k msg/s): one
 * wildcard inbox subscription receives every PubAck; each publish waits on its
 * own token; one sweep timer expires overdue ones. After a reconnect every
 * publish still waiting is sent again at once (a publish in flight on a
 * connection that died is otherwise lost until its timeout); the stream drops
 * the repeats by Nats-Msg-Id.
 */
import { createInbox, type MsgHdrs, type NatsConnection, type Subscription } from 'nats';

export class AckError extends Error {
  constructor(readonly kind: 'timeout' | 'no-responders' | 'api' | 'closed', message: string, readonly apiCode?: number) {
    super(message);
  }
}

interface Waiter {
  subject: string;
  data: Uint8Array;
  headers: MsgHdrs;
  resolve: () => void;
  reject: (e: AckError) => void;
  deadline: number;
}

export class AckTracker {
  private readonly prefix: string;
  private readonly sub: Subscription;
  private readonly waiting = new Map<string, Waiter>();
  private readonly sweep: NodeJS.Timeout;
  private next = 0;
  private readonly decoder = new TextDecoder();

  constructor(private readonly nc: NatsConnection) {
    this.prefix = createInbox();
    this.sub = nc.subscribe(`${this.prefix}.*`, {
      callback: (err, m) => {
        if (err) return;
        const token = m.subject.slice(this.prefix.length + 1);
        const w = this.waiting.get(token);
        if (!w) return; // late ack after a timeout: the retry (same msgID) is deduped
        this.waiting.delete(token);
        if (m.headers && m.headers.code === 503) return w.reject(new AckError('no-responders', '503 no responders (no stream leader)'));
        if (m.data.length === 0) return w.reject(new AckError('api', `empty reply ${m.headers?.code ?? ''}`));
        // A PubAck is {"stream":...}; look at one byte and decode only what is not one.
        if (m.data[2] !== 0x73 /* s */) {
          const text = this.decoder.decode(m.data);
          if (!text.includes('"error"')) return w.resolve();
          let code: number | undefined, desc = text;
          try { const j = JSON.parse(text); code = j.error?.code; desc = j.error?.description ?? text; } catch { /* keep text */ }
          return w.reject(new AckError('api', `jetstream error: ${desc}`, code));
        }
        w.resolve();
      },
    });
    this.sweep = setInterval(() => this.expire(), 100);
    void (async () => {
      for await (const st of nc.status()) if (st.type === 'reconnect') this.resendAll();
    })().catch(() => { /* connection closed */ });
  }

  private resendAll(): void {
    for (const [token, w] of this.waiting) {
      try {
        this.nc.publish(w.subject, w.data, { headers: w.headers, reply: `${this.prefix}.${token}` });
      } catch { /* closed: the sweep or close() rejects it */ }
    }
  }

  /** Publishes with a reply inbox and resolves on a positive PubAck (stored, or a duplicate of a stored id). */
  publish(subject: string, data: Uint8Array, headers: MsgHdrs, timeoutMs: number): Promise<void> {
    const token = (this.next++).toString(36);
    return new Promise<void>((resolve, reject) => {
      this.waiting.set(token, { subject, data, headers, resolve, reject, deadline: Date.now() + timeoutMs });
      try {
        this.nc.publish(subject, data, { headers, reply: `${this.prefix}.${token}` });
      } catch (e) {
        this.waiting.delete(token);
        reject(new AckError('closed', (e as Error).message));
      }
    });
  }

  private expire(): void {
    const now = Date.now();
    for (const [token, w] of this.waiting) {
      if (w.deadline <= now) {
        this.waiting.delete(token);
        w.reject(new AckError('timeout', 'timed out waiting for the stream ack'));
      }
    }
  }

  close(): void {
    clearInterval(this.sweep);
    for (const w of this.waiting.values()) w.reject(new AckError('closed', 'publisher closed'));
    this.waiting.clear();
    this.sub.unsubscribe();
  }
}
