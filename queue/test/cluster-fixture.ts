/** Starts a 3-node JetStream cluster for one tap test and stops it in teardown. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NatsCluster } from '../../ops/nats/cluster.ts';

/** The service token of the test clusters (the NATS credentials derive from it). */
export const TEST_SERVICE_TOKEN = 'test-service-token-for-nats';

/** `serviceToken`: the one the test's other processes are given, so their NATS credentials match the cluster's. */
export async function startCluster(t: { teardown: (fn: () => unknown) => void }, serviceToken = TEST_SERVICE_TOKEN): Promise<NatsCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shake-nats-'));
  let cluster: NatsCluster | null = null;
  t.teardown(async () => {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  cluster = await NatsCluster.start({ dir, size: 3, serviceToken });
  return cluster;
}
