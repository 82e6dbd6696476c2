/** Small helpers for printing benchmark figures. */
export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
export const fmtMs = (n: number): string => `${n < 1 ? n.toFixed(3) : n < 100 ? n.toFixed(2) : n.toFixed(0)} ms`;
export const fmtPct = (n: number): string => `${(n * 100).toFixed(0)}%`;

/** 127.0.77.1 … 127.0.77.n: source addresses for the load client (all loopback). */
export function sourceAddresses(n: number, prefix = '127.0.77.'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** CPU a server spent per operation, in µs: its cores over the run times 10^6 over the operations per second. */
export const cpuPerOpUs = (cores: number, opsPerSec: number): number => (opsPerSec > 0 ? (cores * 1e6) / opsPerSec : NaN);
export const fmtUs = (n: number): string => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} µs`;
