/**
 * Drill seed files: N packets over a sponsor list, a skewed (or uniform) amount
 * distribution in cents, some packets carrying split shares; reproducible from a seed.
 */
import { existsSync } from 'node:fs';
import { SeedError } from './errors.ts';
import { Rng } from './rng.ts';
import { RECORD_WORDS, W } from './format/layout.ts';
import { SEED_ID_LIMIT } from './format/ids.ts';
import { SeedWriter, type WriteResult } from './format/writer.ts';
import { DEFAULT_SPONSORS } from '../contracts/show/default-sponsors.ts';

export interface GenerateOptions {
  out: string;
  count: number;
  sponsors: string[];
  seed: number;
  firstId: number;
  /** Leave random gaps (1..3) between ids instead of consecutive ids. */
  sparse: boolean;
  amountMinCents: number;
  amountMaxCents: number;
  distribution: 'skewed' | 'uniform';
  /** Probability that a packet carries split shares. */
  shareProbability: number;
  maxShares: number;
  force: boolean;
}

export const GENERATE_DEFAULTS: Omit<GenerateOptions, 'out' | 'count'> = {
  sponsors: [...DEFAULT_SPONSORS],
  seed: 1,
  firstId: 1,
  sparse: false,
  amountMinCents: 100,
  amountMaxCents: 20000,
  distribution: 'skewed',
  shareProbability: 0.5,
  maxShares: 10,
  force: false,
};

function check(ok: boolean, msg: string): void {
  if (!ok) throw new SeedError('USAGE', msg);
}

export function generateSeedFile(o: GenerateOptions): WriteResult {
  check(Number.isSafeInteger(o.count) && o.count >= 0, '--count must be a non-negative integer');
  check(o.sponsors.length > 0, 'at least one sponsor is needed');
  check(Number.isSafeInteger(o.firstId) && o.firstId >= 1, '--first-id must be at least 1');
  check(o.firstId + o.count * (o.sparse ? 3 : 1) < SEED_ID_LIMIT, 'ids would leave the seed id space (2^52)');
  check(Number.isInteger(o.amountMinCents) && o.amountMinCents >= 1, '--amount-min must be at least 1 cent');
  check(Number.isInteger(o.amountMaxCents) && o.amountMaxCents >= o.amountMinCents && o.amountMaxCents <= 0xffffffff,
    '--amount-max must be >= --amount-min and fit in 32 bits');
  check(o.shareProbability >= 0 && o.shareProbability <= 1, '--share-probability must be in [0, 1]');
  check(Number.isInteger(o.maxShares) && o.maxShares >= 1 && o.maxShares <= 0xffff, '--max-shares must be 1..65535');
  if (!o.force && existsSync(o.out)) throw new SeedError('OUTPUT_EXISTS', `${o.out} already exists (use --force to replace it)`);

  const rng = new Rng(o.seed);
  // Sponsor popularity falls off as 1/(rank+1): the title sponsor issues the most packets.
  const cum = new Float64Array(o.sponsors.length);
  let acc = 0;
  for (let s = 0; s < cum.length; s++) cum[s] = acc += 1 / (s + 1);
  for (let s = 0; s < cum.length; s++) cum[s] /= acc;
  const span = o.amountMaxCents - o.amountMinCents;
  const perShareMax = Math.max(1, Math.min(1000, Math.floor(0xffffffff / o.maxShares)));

  const w = new SeedWriter(o.out, { kind: 'original', sponsors: o.sponsors });
  try {
    const scratch = new Uint32Array(RECORD_WORDS);
    let id = o.firstId;
    for (let i = 0; i < o.count; i++) {
      const u = rng.float();
      let s = 0;
      while (cum[s] < u && s < cum.length - 1) s++;
      const r = rng.float();
      const amount = o.amountMinCents + Math.floor(span * (o.distribution === 'skewed' ? r * r * r : r));
      let shares = 0;
      let shareAmount = 0;
      if (rng.float() < o.shareProbability) {
        shares = rng.int(1, o.maxShares);
        shareAmount = shares * rng.int(1, perShareMax);
      }
      scratch[W.idLo] = id % 4294967296;
      scratch[W.idHi] = Math.floor(id / 4294967296);
      scratch[W.amount] = amount;
      scratch[W.shareAmount] = shareAmount;
      scratch[W.sponsorShares] = s | (shares << 16);
      w.appendRaw(scratch, 0);
      id += o.sparse ? rng.int(1, 3) : 1;
    }
    return w.finish();
  } catch (e) {
    w.abort();
    throw e;
  }
}
