/**
 * Seed import CLI: puts the show's seed packets into the money side's packet book
 * before the show (the money service pays only packets its book holds). Give the
 * seed original, or the splitter's parts (and any recycled files). Idempotent:
 * running it again (or after a crash mid-way) imports only what is missing.
 * Run it while the money service is stopped (each shard has one writer).
 *
 *   node --import tsx packet-service/import-seeds.ts --data-dir DIR [--shards 2] [--set I --seed-sets N --cap-sets N] FILE.seed... | --parts-dir DIR
 * With several money SETs each SET's data dir imports only the packets it owns (contracts/sets.ts).
 * Prints one JSON line {records, inserted, existing, seconds, packetsPerSec}.
 * Exit codes: 0 imported, 2 usage or input error (one line on stderr: CODE: message).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isShakeError } from '../common/errors.ts';
import { createLogger } from '../common/logger.ts';
import { makeConfig } from './config.ts';
import { PacketService } from './service.ts';

/** The .seed files of a splitter output directory (parts; recycled files if any), in name order. */
export function seedFilesIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.seed')).sort().map((f) => path.join(dir, f));
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: {
    'data-dir': { type: 'string' }, shards: { type: 'string', default: process.env.PACKET_SHARDS ?? '2' }, 'parts-dir': { type: 'string' },
    set: { type: 'string', default: '0' }, 'seed-sets': { type: 'string', default: '1' }, 'cap-sets': { type: 'string', default: '1' },
  } });
  const files = [...positionals, ...(values['parts-dir'] ? seedFilesIn(values['parts-dir']) : [])];
  if (!values['data-dir'] || files.length === 0) {
    process.stderr.write('usage: import-seeds.ts --data-dir DIR [--shards N] (FILE.seed... | --parts-dir DIR)\n');
    return 2;
  }
  const set = { index: Number(values.set), seedSets: Number(values['seed-sets']), capSets: Number(values['cap-sets']), capLink: null };
  const svc = new PacketService(makeConfig({ dataDir: values['data-dir'], shardCount: Number(values.shards), set }), { logger: createLogger('seed-import') });
  try {
    const r = await svc.importSeedFiles(files);
    process.stdout.write(`${JSON.stringify({ ...r, packetsPerSec: Math.round(r.records / r.seconds) })}\n`);
    return 0;
  } finally {
    await svc.close();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  if (!isShakeError(e)) throw e;
  process.stderr.write(`import-seeds: ${e.code}: ${e.message}\n`);
  process.exitCode = 2;
}
