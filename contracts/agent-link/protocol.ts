/**
 * The agent <-> gateway IPC protocol (version 1): message types from
 * contracts/proto/internal.proto, the version constant, stable error codes and the
 * encode/decode helpers both sides use. See contracts/agent-link/README.md.
 */
import { internal } from '../proto/gen/internal.js';
import { encodeFrame } from './frame-codec.ts';
import type { ErrorCode } from '../errors.ts';

export const AGENT_LINK_PROTOCOL_VERSION = 1;

const v1 = internal.shake.internal.v1;
export const AgentToGateway = v1.AgentToGateway;
export const GatewayToAgent = v1.GatewayToAgent;
export type IAgentToGateway = internal.shake.internal.v1.IAgentToGateway;
export type IGatewayToAgent = internal.shake.internal.v1.IGatewayToAgent;
export type AgentToGatewayMsg = internal.shake.internal.v1.AgentToGateway;
export type GatewayToAgentMsg = internal.shake.internal.v1.GatewayToAgent;
export type ISeedPacket = internal.shake.internal.v1.ISeedPacket;
export type IMoneyRequest = internal.shake.internal.v1.IMoneyRequest;
export type IMoneyReply = internal.shake.internal.v1.IMoneyReply;

/** Codes sent in GatewayError (and used by the agent in its own errors). Stable. */
export const AgentLinkErrorCode = {
  /** protocol_version differs from the gateway's. */
  PROTOCOL_VERSION_MISMATCH: 'AGENT_LINK_PROTOCOL_VERSION_MISMATCH',
  /** The agent serves another gateway id. */
  GATEWAY_ID_MISMATCH: 'AGENT_LINK_GATEWAY_ID_MISMATCH',
  /** First frame was not a hello, or a second hello came. */
  HELLO_EXPECTED: 'AGENT_LINK_HELLO_EXPECTED',
  /** Undecodable frame, unknown message, or a frame over the size limit. */
  BAD_FRAME: 'AGENT_LINK_BAD_FRAME',
  /** A newer agent connection took over this gateway. */
  REPLACED: 'AGENT_LINK_REPLACED',
  /** The hello lacks the right service token. */
  UNAUTHORIZED: 'AGENT_LINK_UNAUTHORIZED',
  /** No hello within the hello timeout. */
  HELLO_TIMEOUT: 'AGENT_LINK_HELLO_TIMEOUT',
} as const satisfies Record<string, ErrorCode>;

export function encodeAgentMessage(m: IAgentToGateway): Buffer {
  return encodeFrame(AgentToGateway.encode(m).finish());
}

export function encodeGatewayMessage(m: IGatewayToAgent): Buffer {
  return encodeFrame(GatewayToAgent.encode(m).finish());
}
