/**
 * What a packet's records must be, given its state in the book. Every state
 * fixes every record: which seed row (if any), how many cents each ledger kind
 * moved for it, its group, its recycled record and the packet minted from it.
 * Anything else is a difference naming the packet.
 *
 *   in_pool, issued  nothing: no seed row, no entry, no group, no recycled record
 *   opened           seed row opened (split pending or none); open entry = A
 *   shared           + share entry = B into its group (open or emptied by grabs); grab entries = its grabs
 *   refunded         + its group refunded; refund entry = what the group held at expiry
 *   recycled         refused at a cap: seed row refused, no entry, recycled record A+B;
 *                    split not shared (or not splittable): open entry = A, recycled record B
 *   expired          no seed row, no entry, recycled record A+B (reason expired)
 * A recycled or expired packet has exactly one mint worth its recycled record; no other packet has one.
 */
import type { PacketFacts, Sum } from './facts.ts';

export interface BookPacket {
  sponsor_id: string; amount_cents: number; share_amount_cents: number; shares: number; state: string; user_id: string | null;
}

interface Expect {
  seed: null | { state: string; shareStates: readonly string[] };
  open: number; share: number; group: null | readonly string[]; recycled: null | { cents: number; reasons: 'whole' | 'split' | 'expired' };
}

/** Reasons a split amount alone is recycled (the rest of a recycled record's reasons are cap refusals: the whole packet). */
const SPLIT_REASONS = new Set(['unshared', 'invalid_share']);

function expectFor(b: BookPacket, f: PacketFacts | undefined): Expect | string {
  const a = b.amount_cents, s = b.share_amount_cents;
  const nothing: Expect = { seed: null, open: 0, share: 0, group: null, recycled: null };
  const opened = (shareStates: readonly string[]) => ({ state: 'opened', shareStates });
  switch (b.state) {
    case 'in_pool': case 'issued': return nothing;
    case 'expired': return { ...nothing, recycled: { cents: a + s, reasons: 'expired' } };
    case 'opened': return { ...nothing, seed: opened(['pending', 'none']), open: a };
    case 'shared': return { ...nothing, seed: opened(['shared']), open: a, share: s, group: ['open', 'empty'] };
    case 'refunded': return { ...nothing, seed: opened(['shared']), open: a, share: s, group: ['refunded'] };
    case 'recycled': {
      const reason = f?.recycled?.reason;
      if (reason === undefined) return 'book says recycled but no recycled record holds its money';
      if (SPLIT_REASONS.has(reason)) return { ...nothing, seed: opened(['recycled', 'invalid']), open: a, recycled: { cents: s, reasons: 'split' } };
      return { ...nothing, seed: { state: 'refused', shareStates: ['refused'] }, recycled: { cents: a + s, reasons: 'whole' } };
    }
    default: return `unknown state ${b.state}`;
  }
}

function sumDiff(what: string, got: Sum | undefined, cents: number): string | null {
  const want = { n: cents > 0 ? 1 : 0, cents };
  const have = got ?? { n: 0, cents: 0 };
  return have.n === want.n && have.cents === want.cents ? null : `${what} ${have.cents} in ${have.n} entries, expected ${want.cents} in ${want.n}`;
}

/** The differences between a book packet's state and its records (empty when they match). */
export function packetDifferences(b: BookPacket, f: PacketFacts | undefined): string[] {
  const e = expectFor(b, f);
  if (typeof e === 'string') return [e];
  const out: string[] = [];
  const push = (d: string | null) => { if (d) out.push(d); };
  const seed = f?.seed;
  if ((f?.seedRows ?? 0) > 1) out.push(`${f!.seedRows} seed rows`);
  if (!e.seed && seed) out.push(`has a seed row (${seed.state})`);
  if (e.seed && !seed) out.push('no seed row');
  if (e.seed && seed) {
    if (seed.state !== e.seed.state || !e.seed.shareStates.includes(seed.share_state)) {
      out.push(`seed row ${seed.state}/${seed.share_state}, expected ${e.seed.state}/${e.seed.shareStates.join('|')}`);
    }
    if (seed.sponsor_id !== b.sponsor_id || seed.amount_cents !== b.amount_cents || seed.share_amount_cents !== b.share_amount_cents || seed.shares !== b.shares) {
      out.push(`paid as ${seed.sponsor_id} ${seed.amount_cents}+${seed.share_amount_cents}/${seed.shares} but the book holds ${b.sponsor_id} ${b.amount_cents}+${b.share_amount_cents}/${b.shares}`);
    }
    if (seed.user_id !== b.user_id) out.push(`paid to ${seed.user_id} but the book's owner is ${b.user_id}`);
  }
  push(sumDiff('open', f?.entries.open, e.open));
  push(sumDiff('share', f?.entries.share, e.share));
  const g = f?.group;
  if (!e.group && g) out.push(`has a group (${g.state})`);
  if (e.group && !g) out.push('no group');
  if (e.group && g) {
    if (!e.group.includes(g.state)) out.push(`group ${g.state}, expected ${e.group.join('|')}`);
    if (g.total !== b.share_amount_cents) out.push(`group total ${g.total}, expected ${b.share_amount_cents}`);
  }
  const grabbed = g?.grabbed ?? 0;
  if ((f?.entries.grab?.cents ?? 0) !== grabbed) out.push(`grab entries ${f?.entries.grab?.cents ?? 0} but its group's grabs ${grabbed}`);
  push(sumDiff('refund', f?.entries.refund, g?.state === 'refunded' ? g.refunded : 0));
  const r = f?.recycled;
  if (!e.recycled && r) out.push(`has a recycled record (${r.reason}, ${r.cents})`);
  if (e.recycled && !r) out.push('no recycled record');
  if (e.recycled && r) {
    if (r.n !== 1 || r.cents !== e.recycled.cents) out.push(`recycled ${r.cents} in ${r.n} records, expected ${e.recycled.cents} in 1`);
    if ((e.recycled.reasons === 'expired') !== (r.reason === 'expired')) out.push(`recycled for ${r.reason}, state ${b.state}`);
  }
  const mints = f?.mints ?? { n: 0, cents: 0 };
  const wantMint = r && e.recycled ? { n: 1, cents: r.cents } : { n: 0, cents: 0 };
  if (mints.n !== wantMint.n || mints.cents !== wantMint.cents) out.push(`re-minted ${mints.n} times (${mints.cents}), expected ${wantMint.n} (${wantMint.cents})`);
  return out;
}
