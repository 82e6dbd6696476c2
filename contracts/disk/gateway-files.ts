/**
 * The files a gateway keeps in its own directory, <dataDir>/<gatewayId>/, and
 * the agent on the same machine opens: the issued table
 * (contracts/disk/issued-table.ts), the journal (contracts/disk/journal-schema.ts)
 * and the agent link's Unix socket (contracts/agent-link/).
 */
import path from 'node:path';

export const ISSUED_DB_FILE = 'issued.db';
export const JOURNAL_DB_FILE = 'journal.db';
export const AGENT_SOCKET_FILE = 'agent.sock';

export interface GatewayFilePaths { socketPath: string; issuedDbPath: string; journalPath: string }

/** The gateway's files under its data dir. */
export function gatewayPaths(dataDir: string, gatewayId: string): GatewayFilePaths {
  const d = path.join(dataDir, gatewayId);
  return { socketPath: path.join(d, AGENT_SOCKET_FILE), issuedDbPath: path.join(d, ISSUED_DB_FILE), journalPath: path.join(d, JOURNAL_DB_FILE) };
}
