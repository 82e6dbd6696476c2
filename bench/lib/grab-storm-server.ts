/**
 * The server side of bench/grab-storm.ts, as its own process so its CPU is read
 * apart from the client's:
 *   money     the packet service (HTTP API, 2 shards) with one 10-share group packet shared;
 *   reference a bare node:http server answering every request with one fixed JSON body
 *             (what node:http itself costs per request on this machine, same client).
 * Prints `ready <port> <groupPacketId>`.
 *
 *   node --import tsx bench/lib/grab-storm-server.ts money|reference <token>
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startPacketService } from '../../packet-service/app.ts';
import { makeConfig } from '../../packet-service/config.ts';
import { importPackets } from '../../packet-service/seed-import.ts';
import { createLogger } from '../../common/logger.ts';
import { packetIdToString } from '../../seed-splitter/format/ids.ts';

const [mode, token] = process.argv.slice(2);
const packetId = packetIdToString(777_001);

async function money(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grab-storm-bench-'));
  process.once('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const app = await startPacketService(makeConfig({ dataDir, shardCount: 2, grabGate: { queuedPerPacket: 256 } }),
    { serviceToken: token, logger: createLogger('grab-storm-bench', { level: 'silent' }) });
  const seed = { packetId, userId: 'sender', sponsorId: 's1', amountCents: 1, shares: 10, shareAmountCents: 1000 };
  await importPackets(app.service, [seed]);
  for (const kind of ['open', 'share'] as const) {
    await app.service.apply({ opId: `${kind}:${packetId}`, entryId: `bench:${kind}`, kind, roundId: 'r1', ...seed });
  }
  process.once('SIGTERM', () => { void app.stop().then(() => process.exit(0)); });
  return app.port;
}

async function reference(): Promise<number> {
  const body = JSON.stringify({ code: 'GROUP_PACKET_EMPTY', message: 'group packet empty', details: { groupPacketId: packetId } });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(404, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
  return (server.address() as { port: number }).port;
}

const port = mode === 'reference' ? await reference() : await money();
process.stdout.write(`ready ${port} ${packetId}\n`);
