/**
 * Machine lists: a file with one `name [weight]` per line (`#` comments), or an inline
 * list `a,b:2,c`. Names become part file names, so they are restricted to [A-Za-z0-9._-].
 */
import { readFileSync } from 'node:fs';
import { SeedError, fsError } from './errors.ts';
import { MAX_MACHINES } from './format/layout.ts';

export interface Machine {
  name: string;
  weight: number;
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
export const MAX_WEIGHT = 1_000_000;

function parseEntry(name: string, weightText: string | undefined, where: string): Machine {
  if (!NAME_RE.test(name)) {
    throw new SeedError('BAD_MACHINE_LIST', `${where}: bad machine name ${JSON.stringify(name)} (letters, digits, . _ -; max 63)`);
  }
  let weight = 1;
  if (weightText !== undefined) {
    if (!/^[0-9]+$/.test(weightText)) throw new SeedError('BAD_MACHINE_LIST', `${where}: weight ${JSON.stringify(weightText)} is not a positive integer`);
    weight = Number(weightText);
    if (weight < 1 || weight > MAX_WEIGHT) throw new SeedError('BAD_MACHINE_LIST', `${where}: weight ${weight} out of range 1..${MAX_WEIGHT}`);
  }
  return { name, weight };
}

export function checkMachines(list: Machine[], source: string): Machine[] {
  if (list.length === 0) throw new SeedError('EMPTY_MACHINE_LIST', `${source}: machine list is empty`);
  if (list.length > MAX_MACHINES - 1) throw new SeedError('BAD_MACHINE_LIST', `${source}: too many machines (${list.length})`);
  const seen = new Set<string>();
  for (const m of list) {
    const key = m.name.toLowerCase();
    if (seen.has(key)) throw new SeedError('BAD_MACHINE_LIST', `${source}: machine ${m.name} listed twice`);
    seen.add(key);
  }
  return list;
}

export function parseMachineText(text: string, source: string): Machine[] {
  const list: Machine[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const body = line.replace(/#.*/, '').trim();
    if (!body) return;
    const parts = body.split(/\s+/);
    if (parts.length > 2) throw new SeedError('BAD_MACHINE_LIST', `${source}:${i + 1}: expected "name [weight]"`);
    list.push(parseEntry(parts[0], parts[1], `${source}:${i + 1}`));
  });
  return checkMachines(list, source);
}

export function parseMachineInline(text: string): Machine[] {
  const items = text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  const list = items.map((item) => {
    const [name, weight, extra] = item.split(':');
    if (extra !== undefined) throw new SeedError('BAD_MACHINE_LIST', `--machines: bad entry ${JSON.stringify(item)}`);
    return parseEntry(name, weight, '--machines');
  });
  return checkMachines(list, '--machines');
}

export function readMachineFile(path: string): Machine[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw fsError(e, path, 'cannot read machine list');
  }
  return parseMachineText(text, path);
}
