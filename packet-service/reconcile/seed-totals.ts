/**
 * Seed totals for reconciliation, per sponsor: how many original seed packets
 * and how many cents (own amount + split amount) the show started with.
 * Sources: the seed-splitter manifest (original.sponsors), or a JSON totals file
 * {"sponsors": {"<sponsorId>": {"count": N, "amountCents": C}}}.
 */
import { readFileSync } from 'node:fs';
import { ShakeError } from '../../common/errors.ts';
import { readManifest } from '../../seed-splitter/index.ts';
import { isRecycledId, parsePacketId } from '../../seed-splitter/index.ts';

export interface SponsorSeedTotal { count: number; amountCents: number }

export interface SeedTotalsSource {
  readonly description: string;
  perSponsor(): Map<string, SponsorSeedTotal>;
}

export function manifestTotals(path: string): SeedTotalsSource {
  return {
    description: `seed-splitter manifest ${path}`,
    perSponsor() {
      const m = readManifest(path);
      const out = new Map<string, SponsorSeedTotal>();
      for (const s of m.original.sponsors) {
        const prev = out.get(s.id) ?? { count: 0, amountCents: 0 };
        out.set(s.id, { count: prev.count + s.count, amountCents: prev.amountCents + s.amountCents + s.shareAmountCents });
      }
      return out;
    },
  };
}

export function jsonTotals(path: string): SeedTotalsSource {
  return {
    description: `totals file ${path}`,
    perSponsor() {
      const j = JSON.parse(readFileSync(path, 'utf8')) as { sponsors?: Record<string, SponsorSeedTotal> };
      if (!j.sponsors || typeof j.sponsors !== 'object') throw new ShakeError('SEED_TOTALS_INVALID', 'totals file needs a "sponsors" object', { path });
      const out = new Map<string, SponsorSeedTotal>();
      for (const [id, t] of Object.entries(j.sponsors)) {
        if (!Number.isSafeInteger(t.count) || !Number.isSafeInteger(t.amountCents)) throw new ShakeError('SEED_TOTALS_INVALID', 'bad sponsor totals', { id });
        out.set(id, { count: t.count, amountCents: t.amountCents });
      }
      return out;
    },
  };
}

export function staticTotals(map: Map<string, SponsorSeedTotal>): SeedTotalsSource {
  return { description: 'in-memory totals', perSponsor: () => new Map(map) };
}

/** True for packets the agents minted from recycled money (seed-splitter id rule: bit 52 set). */
export function isRecycledPacketId(packetId: string): boolean {
  try {
    return isRecycledId(parsePacketId(packetId));
  } catch {
    return false;
  }
}
