import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes a partial gateway config to a temp file and returns its path (for SHAKE_GATEWAY_CONFIG). */
export function gatewayConfigFile(partial: Record<string, unknown>): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gw-config-')), 'gateway.json');
  writeFileSync(file, JSON.stringify(partial));
  return file;
}
