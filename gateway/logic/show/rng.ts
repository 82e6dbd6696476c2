/** xorshift128+: a fast, non-cryptographic draw for shake outcomes (fairness, not secrecy). */
import { randomBytes } from 'node:crypto';

export class FastRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed?: number) {
    const b = seed === undefined ? randomBytes(16) : Buffer.from(new Uint32Array([seed, seed ^ 0x9e3779b9, ~seed, seed * 31 + 7]).buffer);
    this.s0 = b.readUInt32LE(0) | 1;
    this.s1 = b.readUInt32LE(4);
    this.s2 = b.readUInt32LE(8);
    this.s3 = b.readUInt32LE(12);
  }

  /** Uniform in [0, 1). (xoshiro128** on 32-bit lanes.) */
  next(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result / 4294967296;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
