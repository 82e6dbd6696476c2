/**
 * What differs between two show documents, item by item: rounds and segments
 * added, removed or changed (with each changed field's old and new value), and
 * the other top-level parts that changed. The console shows it before a
 * publish, and a conflict shows it as "what changed meanwhile".
 */
import type { ShowConfig } from './types.ts';

export interface FieldChange { field: string; from: unknown; to: unknown }
export interface ItemChange { id: string; change: 'added' | 'removed' | 'changed'; fields: FieldChange[] }
export interface ShowDiff {
  rounds: ItemChange[];
  segments: ItemChange[];
  /** Other top-level parts that differ (caps, resources, overload, fleet, showId). */
  other: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffItems<T extends { id: string }>(before: readonly T[], after: readonly T[]): ItemChange[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const out: ItemChange[] = [];
  for (const item of after) {
    const prev = old.get(item.id);
    if (!prev) { out.push({ id: item.id, change: 'added', fields: [] }); continue; }
    const keys = new Set([...Object.keys(prev), ...Object.keys(item)]) as Set<keyof T & string>;
    const fields = [...keys].filter((k) => !same(prev[k], item[k])).map((k) => ({ field: k, from: prev[k], to: item[k] }));
    if (fields.length > 0) out.push({ id: item.id, change: 'changed', fields });
  }
  const now = new Set(after.map((x) => x.id));
  for (const item of before) if (!now.has(item.id)) out.push({ id: item.id, change: 'removed', fields: [] });
  return out;
}

export function diffShows(before: ShowConfig, after: ShowConfig): ShowDiff {
  const parts = ['showId', 'caps', 'resources', 'overload', 'fleet'] as const;
  return {
    rounds: diffItems(before.rounds, after.rounds),
    segments: diffItems(before.segments, after.segments),
    other: parts.filter((k) => !same(before[k], after[k])),
  };
}

export function isEmptyDiff(d: ShowDiff): boolean {
  return d.rounds.length === 0 && d.segments.length === 0 && d.other.length === 0;
}

/** One line for the change history: "round r4 added; round r2 changed (startMs, endMs); caps changed". */
export function describeDiff(d: ShowDiff): string {
  const items = (kind: string, list: ItemChange[]) => list.map((c) => `${kind} ${c.id} ${c.change}${c.change === 'changed' ? ` (${c.fields.map((f) => f.field).join(', ')})` : ''}`);
  const parts = [...items('round', d.rounds), ...items('segment', d.segments), ...d.other.map((k) => `${k} changed`)];
  return parts.length === 0 ? 'no change' : parts.join('; ');
}
