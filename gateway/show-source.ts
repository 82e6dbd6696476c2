/**
 * The show config a gateway starts with: a validated file, or the embedded
 * demo show. Newer versions arrive later over the config channels.
 */
import { readFileSync } from 'node:fs';
import { ShakeError } from '../common/errors.ts';
import { validateShowConfig } from '../contracts/show/validate.ts';
import { defaultShowConfig } from '../contracts/show/default-show.ts';
import type { ShowConfig } from '../contracts/show/types.ts';

export function parseShowConfig(json: string, origin: string): ShowConfig {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (e) {
    throw new ShakeError('SHOW_CONFIG_INVALID', `${origin}: not JSON: ${(e as Error).message}`);
  }
  const result = validateShowConfig(input);
  if (!result.ok) {
    const reasons = result.errors.map((e) => `${e.path}: ${e.reason}`).join('; ');
    throw new ShakeError('SHOW_CONFIG_INVALID', `${origin}: ${reasons}`, { errors: result.errors });
  }
  return result.value;
}

export function initialShowConfig(file: string | null, gatewayId: string, nowMs: number): ShowConfig {
  if (!file) return defaultShowConfig(nowMs, { gatewayIds: [gatewayId] });
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ShakeError('SHOW_CONFIG_UNREADABLE', `cannot read show config ${file}: ${(e as Error).message}`);
  }
  return parseShowConfig(json, file);
}
