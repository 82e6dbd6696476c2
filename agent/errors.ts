/** Stable error codes of the agent (operators see them in logs, /status and the CLI). */
import { ShakeError } from '../common/errors.ts';
import type { ErrorCode } from '../contracts/errors.ts';

export const AgentErrorCode = {
  CONFIG_INVALID: 'AGENT_CONFIG_INVALID',
  SEED_PART_MISSING: 'AGENT_SEED_PART_MISSING',
  SEED_PART_CORRUPT: 'AGENT_SEED_PART_CORRUPT',
  SEED_PART_WRONG_MACHINE: 'AGENT_SEED_PART_WRONG_MACHINE',
  SEED_PART_MANIFEST_MISMATCH: 'AGENT_SEED_PART_MANIFEST_MISMATCH',
  MANIFEST_INVALID: 'AGENT_MANIFEST_INVALID',
  MACHINE_NOT_IN_MANIFEST: 'AGENT_MACHINE_NOT_IN_MANIFEST',
  /** The state dir belongs to another seed part or machine. */
  STATE_PART_MISMATCH: 'AGENT_STATE_PART_MISMATCH',
  /** The gateway refused this agent (wrong gateway id, protocol version) or replaced it. */
  LINK_REFUSED: 'AGENT_LINK_REFUSED',
  ISSUED_DB_UNAVAILABLE: 'AGENT_ISSUED_DB_UNAVAILABLE',
  RECYCLE_SOURCE_FAILED: 'AGENT_RECYCLE_SOURCE_FAILED',
  RECYCLE_REJECTED: 'AGENT_RECYCLE_REJECTED',
  NOT_IN_FLEET: 'AGENT_NOT_IN_FLEET',
  /** A show document the agent cannot use (the same code as the gateway's and the config service's). */
  SHOW_CONFIG_INVALID: 'SHOW_CONFIG_INVALID',
} as const satisfies Record<string, ErrorCode>;
export type AgentErrorCode = (typeof AgentErrorCode)[keyof typeof AgentErrorCode];

export class AgentError extends ShakeError {
  constructor(code: AgentErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
    this.name = 'AgentError';
  }
}
