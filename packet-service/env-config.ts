/**
 * The packet service's config input from its JSON file and environment overrides
 * (the embedded deployment starts it with env only). PACKET_EXPECTED_JOURNALS is
 * the comma-separated list of gateway ids whose journals can hold an open: expiry
 * of issued packets waits for a watermark from each of them (expiry.ts).
 */
import type { PacketServiceConfigInput } from './config.ts';

type Mutable = { -readonly [K in keyof PacketServiceConfigInput]: PacketServiceConfigInput[K] };

export function configInputFromEnv(file: Partial<PacketServiceConfigInput>, env: NodeJS.ProcessEnv): PacketServiceConfigInput {
  const input = { ...file } as Mutable;
  if (env.PACKET_DATA_DIR) input.dataDir = env.PACKET_DATA_DIR;
  if (env.PACKET_SHARDS) input.shardCount = Number(env.PACKET_SHARDS);
  if (env.PACKET_HTTP_PORT) input.http = { ...input.http, port: Number(env.PACKET_HTTP_PORT) };
  if (env.PACKET_QUEUE_PATH) input.queue = { kind: 'sqlite', path: env.PACKET_QUEUE_PATH, consumerName: env.PACKET_QUEUE_CONSUMER ?? 'packet-service', maxInFlight: 256 };
  if (env.PACKET_EXPECTED_JOURNALS !== undefined) {
    input.expiry = { ...input.expiry, expectedJournals: env.PACKET_EXPECTED_JOURNALS.split(',').map((g) => g.trim()).filter(Boolean) };
  }
  input.dataDir ??= 'var/packet-service';
  return input;
}
