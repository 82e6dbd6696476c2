/**
 * Drill helper: makes a recycled seed file from a machine's part, as the red-packet
 * system would after users left split shares unshared. Each chosen packet (one with
 * shares) is replaced by one new seed worth its share money, under an id minted for the
 * part's machine. Real recycled files are written the same way through SeedWriter and
 * RecycledIdMinter.
 */
import { existsSync } from 'node:fs';
import { SeedError } from './errors.ts';
import { Rng } from './rng.ts';
import { RecycledIdMinter } from './format/ids.ts';
import { openSeedReader } from './format/reader.ts';
import { recId, recShareAmount, recShares, recSponsor } from './format/record.ts';
import { SeedWriter, type WriteResult } from './format/writer.ts';

export interface RecycleOptions {
  part: string;
  out: string;
  /** Probability that an eligible packet is recycled. */
  fraction: number;
  /** Stop after this many recycled packets. */
  max: number;
  seed: number;
  /** First counter value of the machine's recycled-id minter. */
  counterStart: number;
  force: boolean;
}

export function recyclePart(o: RecycleOptions): WriteResult & { nextCounter: number } {
  if (!(o.fraction >= 0 && o.fraction <= 1)) throw new SeedError('USAGE', '--fraction must be in [0, 1]');
  if (!o.force && existsSync(o.out)) throw new SeedError('OUTPUT_EXISTS', `${o.out} already exists (use --force to replace it)`);
  const r = openSeedReader(o.part);
  let w: SeedWriter | null = null;
  try {
    const h = r.header;
    if (h.kind !== 'part' || h.machineIndex === null) throw new SeedError('WRONG_KIND', `${o.part}: is a ${h.kind} file, recycle needs a part`);
    const minter = new RecycledIdMinter(h.machineIndex, o.counterStart);
    const rng = new Rng(o.seed);
    w = new SeedWriter(o.out, { kind: 'recycled', sponsors: h.sponsors.map((s) => s.id), machineIndex: h.machineIndex, machineName: h.machineName });
    let made = 0;
    for (const b of r.batches()) {
      for (let i = 0; i < b.count && made < o.max; i++) {
        if (recShares(b.words, i) === 0 || rng.float() >= o.fraction) continue;
        w.append({ id: minter.mint(), recycledFrom: recId(b.words, i), sponsorIndex: recSponsor(b.words, i), amountCents: recShareAmount(b.words, i), shares: 0, shareAmountCents: 0 });
        made++;
      }
    }
    return { ...w.finish(), nextCounter: minter.next };
  } catch (e) {
    w?.abort();
    throw e;
  } finally {
    r.close();
  }
}
