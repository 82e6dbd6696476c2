/**
 * Tiny field checkers used by the document validator. Each records a precise
 * `{ path, reason }` and returns whether the value passed, so the validator can
 * keep going and report every problem at once.
 */
export interface FieldError {
  path: string;
  reason: string;
}

export class Checker {
  readonly errors: FieldError[] = [];

  fail(path: string, reason: string): false {
    this.errors.push({ path, reason });
    return false;
  }

  object(v: unknown, path: string): v is Record<string, unknown> {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return true;
    return this.fail(path, 'must be an object');
  }

  array(v: unknown, path: string, minLength = 0): v is unknown[] {
    if (!Array.isArray(v)) return this.fail(path, 'must be an array');
    if (v.length < minLength) return this.fail(path, `must have at least ${minLength} item(s)`);
    return true;
  }

  string(v: unknown, path: string, opts: { nonEmpty?: boolean; maxLength?: number; pattern?: RegExp; patternName?: string } = {}): v is string {
    if (typeof v !== 'string') return this.fail(path, 'must be a string');
    if (opts.nonEmpty && v.length === 0) return this.fail(path, 'must not be empty');
    if (opts.maxLength !== undefined && v.length > opts.maxLength) return this.fail(path, `must be at most ${opts.maxLength} characters`);
    if (opts.pattern && !opts.pattern.test(v)) return this.fail(path, `must match ${opts.patternName ?? opts.pattern.source}`);
    return true;
  }

  int(v: unknown, path: string, min?: number, max?: number): v is number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) return this.fail(path, 'must be an integer');
    if (min !== undefined && v < min) return this.fail(path, `must be >= ${min}`);
    if (max !== undefined && v > max) return this.fail(path, `must be <= ${max}`);
    return true;
  }

  number(v: unknown, path: string, min?: number, max?: number): v is number {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(path, 'must be a finite number');
    if (min !== undefined && v < min) return this.fail(path, `must be >= ${min}`);
    if (max !== undefined && v > max) return this.fail(path, `must be <= ${max}`);
    return true;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): v is T {
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return true;
    return this.fail(path, `must be one of ${allowed.join(', ')}`);
  }

  /** Flags fields not in `known` (catches typos such as `startMS`). */
  noUnknown(o: Record<string, unknown>, path: string, known: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!known.includes(k)) this.fail(path ? `${path}.${k}` : k, 'unknown field');
    }
  }

  /** Flags duplicate ids within a list. */
  uniqueIds(items: { id?: unknown }[], path: string, idField = 'id'): void {
    const seen = new Map<unknown, number>();
    items.forEach((it, i) => {
      const id = (it as Record<string, unknown>)[idField];
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first !== undefined) this.fail(`${path}[${i}].${idField}`, `duplicate of ${path}[${first}].${idField} ("${id}")`);
      else seen.set(id, i);
    });
  }
}

/** Ids travel in KV keys, file names and URLs: keep them simple. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const ID_PATTERN_NAME = 'an id: letters, digits, _ or -, 1-64 chars, starting with a letter or digit';
