/**
 * The WebSocket the SDK runs on is given by the caller: the browser's own
 * `WebSocket`, or `ws` in Node (client/node-websocket.ts). Only the standard
 * browser surface is used (onopen/onmessage/onclose/onerror, send, close).
 */

export interface MessageEventLike { data: unknown }
export interface CloseEventLike { code: number; reason: string }

export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: MessageEventLike) => void) | null;
  onclose: ((ev: CloseEventLike) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

/**
 * Why an upgrade was refused, when the implementation can see it (Node can; browsers
 * cannot read the HTTP answer of a failed WebSocket upgrade).
 */
export interface UpgradeRefusal {
  status: number;
  /** x-shake-error, e.g. GATEWAY_FULL, AUTH_TOKEN_EXPIRED. */
  code: string;
  retryAfterMs?: number;
}

/** Opens a socket to url. `refusal()` returns the upgrade refusal once one was seen. */
export type WebSocketFactory = (url: string) => { socket: WebSocketLike; refusal?: () => UpgradeRefusal | null };

/** A browser-style constructor (`globalThis.WebSocket`) as a factory. */
export function constructorFactory(Ctor: new (url: string) => WebSocketLike): WebSocketFactory {
  return (url) => ({ socket: new Ctor(url) });
}

export const OPEN = 1;

/** Resolves with the open socket, or rejects with { refusal } when it closed/failed first. */
export function openSocket(factory: WebSocketFactory, url: string, timeoutMs: number): Promise<WebSocketLike> {
  return new Promise((resolve, reject) => {
    let done = false;
    const { socket, refusal } = factory(url);
    socket.binaryType = 'arraybuffer';
    const fail = (why: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.onopen = socket.onclose = socket.onerror = null;
      try { socket.close(); } catch { /* already closed */ }
      reject(Object.assign(new Error(`connect to ${url} failed: ${why}`), { refusal: refusal?.() ?? null }));
    };
    const timer = setTimeout(() => fail('timeout'), timeoutMs);
    socket.onopen = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.onopen = socket.onerror = socket.onclose = null;
      resolve(socket);
    };
    socket.onerror = () => fail('error');
    socket.onclose = (ev) => fail(`closed ${ev?.code ?? ''}`);
  });
}
