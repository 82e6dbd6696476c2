/**
 * The verify merge: all inputs are ascending by packet id, so one k-way merge (binary
 * heap keyed by id, ties by input order) visits every id once with every copy of it,
 * in memory bounded by the number of inputs (the original, when given, is merged
 * against the heap top instead of sitting in the heap). Each id group is classified: present in
 * the original and exactly one part with identical bytes on the scheduled machine is
 * correct; anything else is a MISSING / DUPLICATE / ALIEN / AMOUNT_MISMATCH /
 * RECORD_MISMATCH / MISPLACED discrepancy.
 */
import { fmtId } from '../format/fmt.ts';
import type { Report } from './report.ts';
import type { Source } from './source.ts';
import type { SideSource } from './side.ts';
import type { RecycledIndex } from './recycled.ts';

interface Input {
  id: number;
  w: Uint32Array;
  i: number;
  pos: number;
  origin: number;
  advance(): void;
}

export interface MergeContext {
  sources: Source[];
  side: SideSource | null;
  /** sources[0] is the original. */
  hasOriginal: boolean;
  schedule: Uint16Array;
  /** Manifest-only mode with a dense original: ids first..last all exist. */
  dense: { first: number; last: number } | null;
  machineNames: string[];
  report: Report;
  recycled: RecycledIndex | null;
}

export interface MergeStats {
  ids: number;
  partRecords: number;
}

function range(from: number, to: number): string {
  return from === to ? fmtId(from) : `${fmtId(from)}..${fmtId(to)} (${to - from + 1} ids)`;
}

export function runMerge(ctx: MergeContext): MergeStats {
  const { report, schedule, hasOriginal, dense } = ctx;
  const inputs: Input[] = [...ctx.sources];
  if (ctx.side) inputs.push(ctx.side);
  const labels = ctx.sources.map((s) => s.info.label);
  const machineOf = Int32Array.from(ctx.sources.map((s) => s.info.machine));
  const name = (m: number): string => ctx.machineNames[m] ?? `#${m}`;
  const cycle = schedule.length;
  // Binary min-heap of input indexes; key[k] mirrors inputs[heap[k]].id (ties: lower index first).
  const heap = new Int32Array(inputs.length);
  const key = new Float64Array(inputs.length);
  let size = 0;
  const siftDown = (k: number): void => {
    const top = heap[k];
    const tk = key[k];
    for (;;) {
      let c = 2 * k + 1;
      if (c >= size) break;
      let ck = key[c];
      if (c + 1 < size) {
        const rk = key[c + 1];
        if (rk < ck || (rk === ck && heap[c + 1] < heap[c])) { c++; ck = rk; }
      }
      if (ck > tk || (ck === tk && heap[c] > top)) break;
      heap[k] = heap[c];
      key[k] = ck;
      k = c;
    }
    heap[k] = top;
    key[k] = tk;
  };
  // The original (input 0) stays out of the heap: it is merged against the heap top directly.
  const og = hasOriginal ? inputs[0] : null;
  og?.advance();
  for (let k = og ? 1 : 0; k < inputs.length; k++) {
    inputs[k].advance();
    if (inputs[k].id !== Infinity) { heap[size] = k; key[size] = inputs[k].id; size++; }
  }
  for (let k = (size >> 1) - 1; k >= 0; k--) siftDown(k);

  const orig = new Uint32Array(8);
  let parts = new Uint32Array(16 * 8);
  let pOrigin = new Int32Array(16);
  const rec = ctx.recycled;
  let nextFrom = rec ? rec.nextFrom : Infinity;
  let lastSeen = dense ? dense.first - 1 : 0;
  let ids = 0;
  let partRecords = 0;

  for (;;) {
    const ox = og !== null ? og.id : Infinity;
    const hx = size > 0 ? key[0] : Infinity;
    const x = ox < hx ? ox : hx;
    if (x === Infinity) break;
    let nO = 0;
    let nP = 0;
    let origPos = -1;
    if (ox === x) {
      const w = og!.w;
      const o = og!.i * 8;
      for (let j = 0; j < 8; j++) orig[j] = w[o + j];
      origPos = og!.pos;
      nO = 1;
      og!.advance();
    }
    while (size > 0 && key[0] === x) {
      const e = inputs[heap[0]];  // parts, or the side list (whose records may come from the original)
      const o = e.i * 8;
      const w = e.w;
      if (hasOriginal && e.origin === 0) {
        if (nO++ === 0) {
          for (let j = 0; j < 8; j++) orig[j] = w[o + j];
          origPos = e.pos;
        }
      } else {
        if (nP === pOrigin.length) {
          const p2 = new Uint32Array(parts.length * 2); p2.set(parts); parts = p2;
          const o2 = new Int32Array(pOrigin.length * 2); o2.set(pOrigin); pOrigin = o2;
        }
        for (let j = 0; j < 8; j++) parts[nP * 8 + j] = w[o + j];
        pOrigin[nP++] = e.origin;
      }
      e.advance();
      if (e.id === Infinity) { size--; heap[0] = heap[size]; key[0] = key[size]; }
      else key[0] = e.id;
      siftDown(0);
    }
    ids++;
    partRecords += nP;
    if (x >= nextFrom) nextFrom = rec!.resolve(x, nO > 0 ? orig : parts, 0);

    if (dense && x > lastSeen + 1 && lastSeen < dense.last) {
      const from = lastSeen + 1, to = Math.min(x - 1, dense.last);
      if (to >= from) report.add('MISSING', () => `${range(from, to)} in no part`, to - from + 1);
    }
    if (dense && x > lastSeen) lastSeen = Math.min(x, dense.last);

    if (nO > 1) report.add('DUPLICATE', () => `${fmtId(x)} appears ${nO} times in the original`);
    let expected = -1;
    if (nO > 0) expected = schedule[origPos % cycle];
    else if (dense && x >= dense.first && x <= dense.last) expected = schedule[(x - dense.first) % cycle];

    if (nP === 0) {
      if (nO > 0) report.add('MISSING', () => `${fmtId(x)} (original record ${origPos}, for ${name(expected)}) in no part`);
      continue;
    }
    if (nP > 1) {
      report.add('DUPLICATE', () => `${fmtId(x)} in ${nP} places: ${Array.from(pOrigin.subarray(0, nP), (s) => labels[s]).join(', ')}`);
    }
    if (hasOriginal) {
      if (nO === 0) {
        for (let k = 0; k < nP; k++) report.add('ALIEN', () => `${fmtId(x)} in ${labels[pOrigin[k]]} is not in the original`);
        continue;
      }
      for (let k = 0; k < nP; k++) {
        const b = k * 8;
        if (parts[b + 4] !== orig[4] || parts[b + 5] !== orig[5]) {
          report.add('AMOUNT_MISMATCH', () => `${fmtId(x)} in ${labels[pOrigin[k]]}: amount ${parts[b + 4]}/${parts[b + 5]} cents, original ${orig[4]}/${orig[5]} (amount/share amount)`);
        } else if (parts[b + 2] !== orig[2] || parts[b + 3] !== orig[3] || parts[b + 6] !== orig[6] || parts[b + 7] !== orig[7]) {
          report.add('RECORD_MISMATCH', () => `${fmtId(x)} in ${labels[pOrigin[k]]}: sponsor/shares/fields differ from the original`);
        }
      }
    } else if (dense && (x < dense.first || x > dense.last)) {
      for (let k = 0; k < nP; k++) report.add('ALIEN', () => `${fmtId(x)} in ${labels[pOrigin[k]]} is outside the original id range`);
      continue;
    }
    if (nP === 1 && expected >= 0 && machineOf[pOrigin[0]] !== expected) {
      report.add('MISPLACED', () => `${fmtId(x)} is in ${labels[pOrigin[0]]}, the split puts it on ${name(expected)}`);
    }
  }
  if (dense && lastSeen < dense.last) {
    const from = lastSeen + 1, to = dense.last;
    report.add('MISSING', () => `${range(from, to)} in no part`, to - from + 1);
  }
  if (rec) rec.resolve(Infinity, orig, 0);
  return { ids, partRecords };
}
