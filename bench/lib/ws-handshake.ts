/** The client side of the RFC 6455 opening handshake (HTTP/1.1 Upgrade), minimal. */
import { createHash, randomBytes } from 'node:crypto';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export interface UpgradeRequest {
  bytes: Buffer;
  expectedAccept: string;
}

export function buildUpgradeRequest(host: string, port: number, path: string): UpgradeRequest {
  const key = randomBytes(16).toString('base64');
  const text =
    `GET ${path} HTTP/1.1\r\n` +
    `Host: ${host}:${port}\r\n` +
    'Upgrade: websocket\r\n' +
    'Connection: Upgrade\r\n' +
    `Sec-WebSocket-Key: ${key}\r\n` +
    'Sec-WebSocket-Version: 13\r\n\r\n';
  const expectedAccept = createHash('sha1').update(key + GUID).digest('base64');
  return { bytes: Buffer.from(text, 'latin1'), expectedAccept };
}

export type UpgradeResult =
  | { kind: 'incomplete' }
  | { kind: 'ok'; rest: Buffer }
  | { kind: 'rejected'; reason: string };

/** Looks for a complete response head in buf; on 101 returns the bytes after it (frames). */
export function parseUpgradeResponse(buf: Buffer, expectedAccept: string): UpgradeResult {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) {
    return buf.length > 16384 ? { kind: 'rejected', reason: 'response head too long' } : { kind: 'incomplete' };
  }
  const head = buf.subarray(0, end).toString('latin1');
  const lines = head.split('\r\n');
  const status = lines[0] ?? '';
  if (!/^HTTP\/1\.1 101\b/.test(status)) return { kind: 'rejected', reason: status || 'empty response' };
  const accept = lines.find((l) => l.toLowerCase().startsWith('sec-websocket-accept:'));
  const value = accept?.slice(accept.indexOf(':') + 1).trim();
  if (value !== expectedAccept) return { kind: 'rejected', reason: `bad Sec-WebSocket-Accept ${value}` };
  return { kind: 'ok', rest: buf.subarray(end + 4) };
}
