/**
 * The body of POST /admin/drill/feed, checked before any of it reaches the
 * pool: a drill runner (or a person with curl) may send anything, and a
 * malformed element would otherwise throw inside the pool's encoder on the IO
 * thread and take the whole gateway down. All or nothing: a batch with one bad
 * element feeds none, so the caller can fix and resend it without duplicates.
 */
import type { SeedPacket } from '../pool/packet-pool.ts';

const ID_CHARS_MAX = 64;
const SHARES_MAX = 1_000;

export class DrillPacketsError extends Error {}

function text(v: unknown, what: string, allowEmpty = false): string {
  if (typeof v !== 'string' || v.length > ID_CHARS_MAX || (!allowEmpty && v.length === 0)) {
    throw new DrillPacketsError(`${what} must be a ${allowEmpty ? '' : 'non-empty '}string of at most ${ID_CHARS_MAX} characters`);
  }
  return v;
}

/** Cents as the wire carries them: a safe integer, or its decimal string (64-bit fields serialised by protobufjs). */
function cents(v: unknown, what: string, min: number): number {
  const n = typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min) throw new DrillPacketsError(`${what} must be an integer ≥ ${min}`);
  return n;
}

/** The packets of a drill feed body, or a DrillPacketsError naming the first bad element. */
export function parseDrillPackets(body: unknown): SeedPacket[] {
  if (!Array.isArray(body)) throw new DrillPacketsError('body must be an array of packets');
  return body.map((p: unknown, i) => {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new DrillPacketsError(`packets[${i}] must be an object`);
    const o = p as Record<string, unknown>;
    const shares = o.shares ?? 0;
    if (typeof shares !== 'number' || !Number.isInteger(shares) || shares < 0 || shares > SHARES_MAX) {
      throw new DrillPacketsError(`packets[${i}].shares must be an integer 0..${SHARES_MAX}`);
    }
    return {
      packetId: text(o.packetId, `packets[${i}].packetId`),
      sponsorId: text(o.sponsorId, `packets[${i}].sponsorId`),
      amountCents: cents(o.amountCents, `packets[${i}].amountCents`, 1),
      shares,
      shareAmountCents: cents(o.shareAmountCents ?? 0, `packets[${i}].shareAmountCents`, 0),
      recycledFrom: text(o.recycledFrom ?? '', `packets[${i}].recycledFrom`, true),
    };
  });
}
