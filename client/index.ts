/** The shake client SDK (browser-safe: no Node imports here; Node users add client/node-websocket.ts). */
export { ShakeClient, type ShakeClientOptions, type ClientListener } from './shake-client.ts';
export { ClientError, ClientErrorCode, GatewayError } from './errors.ts';
export { constructorFactory, type WebSocketFactory, type WebSocketLike, type UpgradeRefusal } from './transport.ts';
export type { ShakeResult, OpResult, WonPacket, GrabResult, PacketDetail, ResourceManifest, ResourceItem } from './results.ts';
export { Outcome, NoPacketReason, OpStatus } from './codec.ts';
export { connectBackoffMs, busyDelayMs, nextShakeAtMs, DEFAULT_BACKOFF, REQUEST_TIMEOUT_MS } from './rules.ts';
export { ResourcePrefetcher, MemoryResourceStore, sha256Hex, type ResourceStore, type StoredResource, type PrefetchReport, type ResourceProblem } from './resources.ts';
