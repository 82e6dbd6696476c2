/**
 * Reads HTTP/1.1 responses off a byte stream for common/pipelined-http.ts:
 * status line, headers, and a Content-Length body, nothing else. Our money
 * service always sends Content-Length; a chunked or length-less response is
 * reported as unreadable (the caller drops the connection) rather than guessed at.
 */

export interface HttpResponse {
  status: number;
  body: string;
  /** The server said `connection: close`: no further response will come on this connection. */
  closing: boolean;
}

const HEAD_END = Buffer.from('\r\n\r\n');
/** A head longer than this is not one of our services' answers. */
const MAX_HEAD_BYTES = 16 * 1024;

export class ResponseReader {
  private rest: Buffer | null = null;

  /**
   * Feeds bytes; calls `onResponse` for each complete response, in order.
   * Returns an error message when the stream cannot be read any further, else null.
   */
  push(chunk: Buffer, onResponse: (r: HttpResponse) => void): string | null {
    const buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    let at = 0;
    for (;;) {
      const headEnd = buf.indexOf(HEAD_END, at);
      if (headEnd < 0) {
        if (buf.length - at > MAX_HEAD_BYTES) return `response head over ${MAX_HEAD_BYTES} bytes`;
        break;
      }
      const head = buf.toString('latin1', at, headEnd);
      const parsed = parseHead(head);
      if (typeof parsed === 'string') return parsed;
      const bodyAt = headEnd + 4;
      if (parsed.status >= 100 && parsed.status < 200) { at = bodyAt; continue; } // interim answer: the real one follows
      if (buf.length < bodyAt + parsed.length) break;
      const body = buf.toString('utf8', bodyAt, bodyAt + parsed.length);
      at = bodyAt + parsed.length;
      onResponse({ status: parsed.status, body, closing: parsed.closing });
    }
    // Keep only the unread tail (a copy, so the chunk it came from can be collected).
    this.rest = at >= buf.length ? null : Buffer.from(buf.subarray(at));
    return null;
  }

  /** Bytes of a response begun but not complete. */
  get pendingBytes(): number { return this.rest?.length ?? 0; }
}

function parseHead(head: string): { status: number; length: number; closing: boolean } | string {
  if (!head.startsWith('HTTP/1.')) return `not an HTTP/1.x response: ${JSON.stringify(head.slice(0, 40))}`;
  const status = Number(head.slice(9, 12));
  if (!Number.isInteger(status) || status < 100) return `bad status line ${JSON.stringify(head.slice(0, 40))}`;
  let length = -1, closing = false, chunked = false;
  let lineAt = head.indexOf('\r\n');
  while (lineAt >= 0) {
    const next = head.indexOf('\r\n', lineAt + 2);
    const line = head.slice(lineAt + 2, next < 0 ? head.length : next);
    const colon = line.indexOf(':');
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim().toLowerCase();
      if (name === 'content-length') length = Number(value);
      else if (name === 'connection') closing = value === 'close';
      else if (name === 'transfer-encoding') chunked = value !== 'identity';
    }
    lineAt = next;
  }
  if (status < 200) return { status, length: 0, closing };
  if (status === 204 || status === 304) return { status, length: 0, closing };
  if (chunked) return 'chunked responses are not read by this client (Content-Length only)';
  if (!Number.isInteger(length) || length < 0) return 'response without a Content-Length';
  return { status, length, closing };
}
