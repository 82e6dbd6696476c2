/**
 * The agent's HTTP to the money SETs: one pipelined keep-alive client per
 * endpoint (common/pipelined-http.ts) instead of fetch per call, because a grab
 * storm at one packet sends tens of thousands of calls a second through here.
 * Answers come back as status + body; a call the client could not complete
 * throws its PipelinedHttpError (the forwarder answers "try again later").
 */
import { DEFAULT_PIPELINED_HTTP, PipelinedHttpClient, type HttpResponse, type PipelinedHttpOptions, type PipelinedHttpStats } from '../../common/pipelined-http.ts';
import { serviceAuthHeaders } from '../../common/service-auth.ts';

export type MoneyHttpOptions = Pick<PipelinedHttpOptions, 'connections' | 'maxInFlightPerConnection' | 'maxQueued'>;

export const DEFAULT_MONEY_HTTP: MoneyHttpOptions = { connections: 4, maxInFlightPerConnection: 32, maxQueued: 2048 };

export class MoneyHttp {
  private readonly clients = new Map<string, PipelinedHttpClient>();
  private readonly headers: Readonly<Record<string, string>>;
  private readonly jsonHeaders: Readonly<Record<string, string>>;

  constructor(serviceToken: string, private readonly o: MoneyHttpOptions = DEFAULT_MONEY_HTTP) {
    this.headers = serviceAuthHeaders(serviceToken) as Record<string, string>;
    this.jsonHeaders = { ...this.headers, 'content-type': 'application/json' };
  }

  get(base: string, path: string, timeoutMs: number): Promise<HttpResponse> {
    return this.clientFor(base).request({ method: 'GET', path, headers: this.headers, timeoutMs, idempotent: true });
  }

  /** Not resent on a lost connection: the caller's "try again later" is the retry, and a repeat grab is answered as a repeat. */
  post(base: string, path: string, body: string, timeoutMs: number, onLateAnswer?: (r: HttpResponse) => void): Promise<HttpResponse> {
    return this.clientFor(base).request({ method: 'POST', path, headers: this.jsonHeaders, body, timeoutMs, onLateAnswer });
  }

  /** Summed over the endpoints. */
  stats(): Pick<PipelinedHttpStats, 'inFlight' | 'queued' | 'inFlightPeak' | 'queuedPeak' | 'connects'> {
    const s = { inFlight: 0, queued: 0, inFlightPeak: 0, queuedPeak: 0, connects: 0 };
    for (const c of this.clients.values()) {
      const x = c.stats();
      s.inFlight += x.inFlight; s.queued += x.queued; s.inFlightPeak += x.inFlightPeak; s.queuedPeak += x.queuedPeak; s.connects += x.connects;
    }
    return s;
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }

  private clientFor(base: string): PipelinedHttpClient {
    let c = this.clients.get(base);
    if (!c) {
      const u = new URL(base);
      if (u.protocol !== 'http:') throw new Error(`money endpoint ${base}: only http:// is spoken on the agent's pipelined client`);
      c = new PipelinedHttpClient({ ...DEFAULT_PIPELINED_HTTP, ...this.o, host: u.hostname, port: Number(u.port || 80) });
      this.clients.set(base, c);
    }
    return c;
  }
}

/** The `{ code, message }` of a money service's error body, or null when the body is not one. */
export function moneyErrorOf(text: string): { code: string; message: string } | null {
  try {
    const v = JSON.parse(text) as { code?: unknown; message?: unknown };
    return typeof v.code === 'string' ? { code: v.code, message: typeof v.message === 'string' ? v.message : '' } : null;
  } catch {
    return null;
  }
}
