/** Encoding of ClientMessage and decoding of ServerMessage frames (shake.v1, contracts/proto/shake.proto). */
import { shake } from '../contracts/proto/gen/shake.js';

export type ServerMessage = shake.v1.ServerMessage;
export type ClientOp =
  | { shake: shake.v1.IShakeRequest }
  | { open: shake.v1.IOpenRequest }
  | { share: shake.v1.IShareRequest }
  | { ping: shake.v1.IPingRequest }
  | { grab: shake.v1.IGrabRequest }
  | { balance: shake.v1.IBalanceRequest }
  | { packetDetail: shake.v1.IPacketDetailRequest }
  | { resources: shake.v1.IResourcesRequest };

export function encodeClientMessage(seq: number, op: ClientOp): Uint8Array {
  return shake.v1.ClientMessage.encode({ seq, ...op }).finish();
}

/** Accepts what WebSocket implementations deliver: ArrayBuffer (browsers), Buffer/Uint8Array (ws), Buffer[] fragments. */
export function toBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data) && data.every((d) => d instanceof Uint8Array)) {
    const total = data.reduce((n: number, d: Uint8Array) => n + d.length, 0);
    const out = new Uint8Array(total);
    let off = 0;
    for (const d of data as Uint8Array[]) { out.set(d, off); off += d.length; }
    return out;
  }
  return null;
}

export function decodeServerMessage(bytes: Uint8Array): ServerMessage {
  return shake.v1.ServerMessage.decode(bytes);
}

export const Outcome = shake.v1.Outcome;
export const NoPacketReason = shake.v1.NoPacketReason;
export const OpStatus = shake.v1.OpStatus;
