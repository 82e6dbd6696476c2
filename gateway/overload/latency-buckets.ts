/**
 * Time a request spends inside the gateway (arrival in the IO thread to its
 * reply being sent), for replies that were not held back by pacing: the
 * service latency phones that obey the tiers get, minus the network. Power-of-
 * two millisecond buckets; cumulative counts, so a reader diffs two snapshots.
 */
export const BUCKET_UPPER_MS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, Infinity];

export class LatencyBuckets {
  readonly counts = new Array<number>(BUCKET_UPPER_MS.length).fill(0);

  record(ms: number): void {
    let i = 0;
    while (ms > BUCKET_UPPER_MS[i]) i++;
    this.counts[i]++;
  }
}

/** The upper bound of the bucket holding quantile q (0..1) of `counts`; 0 when empty. */
export function quantileUpperMs(counts: number[], q: number): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i];
    if (seen >= q * total) return BUCKET_UPPER_MS[i];
  }
  return Infinity;
}
