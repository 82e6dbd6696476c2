/** Starts a 3-node JetStream cluster for one tap test and stops it in teardown. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NatsCluster } from '../../ops/nats/cluster.ts';

export async function startCluster(t: { teardown: (fn: () => unknown) => void }): Promise<NatsCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shake-nats-'));
  let cluster: NatsCluster | null = null;
  t.teardown(async () => {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  cluster = await NatsCluster.start({ dir, size: 3 });
  return cluster;
}
