/**
 * The journal thread handles JournalEntry bytes without a protobuf decode or
 * re-encode: it reads the three columns it indexes straight from the wire
 * format and numbers the entry by appending fields (protobuf merges a message
 * with fields appended after it, the last value of a field winning).
 */
import { ShakeError } from '../../common/errors.ts';

export interface EntryColumns {
  operationId: string;
  packetId: string;
  acceptedAtMs: number;
  /** The packet token's expiry (0 when the entry does not say). */
  tokenExpiresAtMs: number;
}

// shake.internal.v1.JournalEntry field numbers (contracts/proto/internal.proto).
const F_ENTRY_ID = 1;
const F_OPERATION_ID = 2;
const F_PACKET_ID = 4;
const F_GATEWAY_ID = 10;
const F_ACCEPTED_AT = 11;
const F_JOURNAL_SEQ = 13;
const F_TOKEN_EXPIRES_AT = 14;

/** Short strings decode several times faster through Buffer's native UTF-8 slice than through TextDecoder. */
const asBuffer = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

function fail(why: string): never {
  throw new ShakeError('JOURNAL_ENTRY_MALFORMED', `journal entry: ${why}`);
}

/** Reads operation_id, packet_id, accepted_at_ms and token_expires_at_ms; skips every other field. */
export function readEntryColumns(entry: Uint8Array): EntryColumns {
  const b = asBuffer(entry);
  let p = 0;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      if (p >= b.length) fail('truncated varint');
      const byte = b[p++];
      v += (byte & 0x7f) * mul;
      if (byte < 0x80) return v;
      mul *= 128;
    }
  };
  let operationId = '';
  let packetId = '';
  let acceptedAtMs = 0;
  let tokenExpiresAtMs = 0;
  while (p < b.length) {
    const tag = varint();
    const field = Math.floor(tag / 8);
    switch (tag & 7) {
      case 0: {
        const v = varint();
        if (field === F_ACCEPTED_AT) acceptedAtMs = v;
        else if (field === F_TOKEN_EXPIRES_AT) tokenExpiresAtMs = v;
        break;
      }
      case 2: {
        const len = varint();
        if (p + len > b.length) fail('field runs past the end');
        if (field === F_OPERATION_ID) operationId = b.toString('utf8', p, p + len);
        else if (field === F_PACKET_ID) packetId = b.toString('utf8', p, p + len);
        p += len;
        break;
      }
      case 1: p += 8; break;
      case 5: p += 4; break;
      default: fail(`unsupported wire type ${tag & 7}`);
    }
  }
  if (p !== b.length) fail('field runs past the end');
  if (!operationId) fail('no operation_id');
  return { operationId, packetId, acceptedAtMs, tokenExpiresAtMs };
}

/** Bytes of a varint. */
function varintBytes(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

function writeVarint(out: Buffer, at: number, v: number): number {
  while (v >= 0x80) {
    out[at++] = (v % 128) | 0x80;
    v = Math.floor(v / 128);
  }
  out[at++] = v;
  return at;
}

function writeString(out: Buffer, at: number, field: number, s: string, bytes: number): number {
  at = writeVarint(out, at, field * 8 + 2);
  at = writeVarint(out, at, bytes);
  return at + out.write(s, at, bytes, 'utf8');
}

/**
 * The entry as journaled: the logic worker's bytes plus entry_id, gateway_id and journal_seq, written
 * into one buffer sized up front (no intermediate arrays or encoded copies: this runs once per durable op).
 */
export function numberEntry(entry: Uint8Array, seq: number, entryId: string, gatewayId: string): Buffer {
  const idBytes = Buffer.byteLength(entryId, 'utf8');
  const gwBytes = Buffer.byteLength(gatewayId, 'utf8');
  const length = entry.length
    + varintBytes(F_ENTRY_ID * 8 + 2) + varintBytes(idBytes) + idBytes
    + varintBytes(F_GATEWAY_ID * 8 + 2) + varintBytes(gwBytes) + gwBytes
    + varintBytes(F_JOURNAL_SEQ * 8) + varintBytes(seq);
  const out = Buffer.allocUnsafe(length);
  out.set(entry, 0);
  let at = writeString(out, entry.length, F_ENTRY_ID, entryId, idBytes);
  at = writeString(out, at, F_GATEWAY_ID, gatewayId, gwBytes);
  at = writeVarint(out, at, F_JOURNAL_SEQ * 8);
  writeVarint(out, at, seq);
  return out;
}
