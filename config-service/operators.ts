/**
 * Operator tokens: every change needs `Authorization: Bearer <token>`; the
 * token maps to the operator's own name, which the change history records.
 * Each operator has their own token, so the history says who did what.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import os from 'node:os';
import { ShakeError } from '../common/errors.ts';
import { checkSecrets, profileFromEnv } from '../common/secrets.ts';

export interface Operator {
  name: string;
  token: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export class OperatorAuth {
  private readonly entries: { name: string; hash: Buffer }[];

  constructor(operators: Operator[]) {
    const tokens = new Set<string>();
    for (const o of operators) {
      if (tokens.has(o.token)) throw new ShakeError('SECRETS_REFUSED', `operator ${o.name} shares a token with another operator (the history could not tell them apart)`);
      tokens.add(o.token);
    }
    this.entries = operators.filter((o) => o.token.length > 0).map((o) => ({ name: o.name, hash: digest(o.token) }));
  }

  /** Returns the operator's name, or throws UNAUTHORIZED. */
  authenticate(authorization: string | undefined): string {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m) throw new ShakeError('UNAUTHORIZED', 'an operator token is required (Authorization: Bearer <token>)');
    const h = digest(m[1]);
    let found: string | null = null;
    for (const e of this.entries) if (timingSafeEqual(e.hash, h)) found = e.name;
    if (found === null) throw new ShakeError('UNAUTHORIZED', 'operator token not recognised');
    return found;
  }
}

/** Parses "alice=tokenA,bob=tokenB" (names: letters, digits, . _ @ -). */
export function parseOperatorList(list: string): Operator[] {
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((entry) => {
    const m = /^([A-Za-z0-9._@-]{1,64})=(\S+)$/.exec(entry);
    if (!m) throw new ShakeError('SECRETS_REFUSED', `SHAKE_OPERATORS entry must be name=token, got "${entry.split('=')[0]}=..."`);
    return { name: m[1], token: m[2] };
  });
}

/**
 * The operators of a deployment from its environment: SHAKE_OPERATORS
 * ("alice=tokenA,bob=tokenB"), plus `token` (the caller passes
 * SHAKE_OPERATOR_TOKEN or its own default; undefined = none) as the operator named
 * SHAKE_OPERATOR_NAME, by default the OS user running the deployment, so
 * changes are never all recorded under one anonymous "operator". Outside the
 * development profile every token must be long and not a public development one.
 */
export function operatorsFromEnv(env: NodeJS.ProcessEnv, token: string | undefined): Operator[] {
  const operators = parseOperatorList(env.SHAKE_OPERATORS ?? '');
  if (token) operators.push({ name: env.SHAKE_OPERATOR_NAME || os.userInfo().username || 'operator', token });
  // The same rule as every other secret (common/secrets.ts): in production, no short or public development token.
  const profile = profileFromEnv(env);
  if (profile === 'production') {
    const weak = operators.filter((o) => checkSecrets({ operator: o.token }, profile, () => {}).length > 0).map((o) => o.name);
    if (weak.length > 0) throw new ShakeError('SECRETS_REFUSED', `operator tokens too short or public development tokens (production profile): ${weak.join(', ')}`);
  }
  return operators;
}
