/**
 * Node: a WebSocketFactory on the `ws` package (Node 20 has no global WebSocket).
 * Exposes refused upgrades (status, x-shake-error, retry-after) and lets a caller
 * pick the local source address (load drills spread over 127.x addresses).
 */
import WebSocket from 'ws';
import type { UpgradeRefusal, WebSocketFactory, WebSocketLike } from './transport.ts';

export interface NodeWebSocketOptions {
  localAddress?: string;
  /** Sent as Authorization: Bearer instead of ?token= (optional). */
  headers?: Record<string, string>;
}

export function nodeWebSocketFactory(o: NodeWebSocketOptions = {}): WebSocketFactory {
  return (url) => {
    let refusal: UpgradeRefusal | null = null;
    const ws = new WebSocket(url, { localAddress: o.localAddress, headers: o.headers, perMessageDeflate: false });
    ws.on('unexpected-response', (_req, res) => {
      const retry = Number(res.headers['retry-after']);
      refusal = {
        status: res.statusCode ?? 0,
        code: String(res.headers['x-shake-error'] ?? `HTTP_${res.statusCode}`),
        ...(Number.isFinite(retry) && retry >= 0 ? { retryAfterMs: retry * 1000 } : {}),
      };
      res.resume();
      ws.terminate(); // emits error + close: openSocket rejects with this refusal
    });
    ws.on('error', () => { /* surfaced through onerror/onclose */ });
    return { socket: ws as unknown as WebSocketLike, refusal: () => refusal };
  };
}
