/**
 * The money SETs a config instance watches (instance config `moneySets`):
 * which SET answers where. Checked once at start, so a typo in a deployment's
 * list stops the instance with the reason instead of showing a SET as down
 * all night.
 */
import { ShakeError } from '../common/errors.ts';

export interface MoneySetEndpoint {
  /** The SET's index (`set.index` of its packet-service config). */
  set: number;
  /** Base URL of the SET's HTTP API (http or https), no trailing slash. */
  url: string;
}

/** The list as given, checked: each entry `{ set, url }`, indexes exactly 0..N-1 once each, http(s) URLs. Throws CONFIG_INSTANCE_INVALID. */
export function checkMoneySetList(input: unknown): MoneySetEndpoint[] {
  const bad = (reason: string) => new ShakeError('CONFIG_INSTANCE_INVALID', `moneySets: ${reason}`);
  if (!Array.isArray(input)) throw bad('must be a list of { set, url }');
  const out = input.map((entry: unknown, i): MoneySetEndpoint => {
    if (typeof entry !== 'object' || entry === null) throw bad(`[${i}] must be an object { set, url }`);
    const { set, url, ...rest } = entry as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) throw bad(`[${i}] has unknown field(s) ${extra.join(', ')}`);
    if (typeof set !== 'number' || !Number.isSafeInteger(set) || set < 0) throw bad(`[${i}].set must be an integer >= 0, got ${JSON.stringify(set)}`);
    return { set, url: checkUrl(url, (reason) => bad(`[${i}].url ${reason}`)) };
  });
  const seen = new Set<number>();
  for (const e of out) {
    if (seen.has(e.set)) throw bad(`SET ${e.set} is listed twice`);
    seen.add(e.set);
  }
  // SETs are numbered 0..count-1 (contracts/sets.ts): a gap means one SET is missing from the list, and it would never be watched.
  for (let i = 0; i < out.length; i++) if (!seen.has(i)) throw bad(`SET indexes must be 0..${out.length - 1}, each once; SET ${i} is missing`);
  return out.sort((a, b) => a.set - b.set);
}

function checkUrl(url: unknown, bad: (reason: string) => ShakeError): string {
  if (typeof url !== 'string') throw bad('must be a string');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw bad(`is not a URL: ${JSON.stringify(url.slice(0, 200))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw bad(`must be http or https, got ${JSON.stringify(url.slice(0, 200))}`);
  if (parsed.search || parsed.hash || parsed.username || parsed.password) throw bad('must be a base URL without query, fragment or credentials');
  return url.replace(/\/+$/, '');
}
