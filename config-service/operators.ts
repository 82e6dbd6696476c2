/**
 * Operator tokens: every change needs `Authorization: Bearer <token>`; the
 * token maps to the operator name recorded in the change history.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ShakeError } from '../common/errors.ts';

export interface Operator {
  name: string;
  token: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export class OperatorAuth {
  private readonly entries: { name: string; hash: Buffer }[];

  constructor(operators: Operator[]) {
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
