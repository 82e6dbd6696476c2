/** Merges a parsed JSON override into a typed default, key by key; arrays and scalars replace. Unknown keys are an error. */
export function deepMerge<T>(base: T, override: unknown, path = ''): T {
  if (override === undefined) return base;
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return override as T;
  if (override === null || typeof override !== 'object' || Array.isArray(override)) {
    throw new TypeError(`${path || '<root>'}: expected an object`);
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(override as Record<string, unknown>)) {
    // Own keys only: `k in out` would let __proto__, constructor and other inherited names through.
    if (!Object.hasOwn(out, k)) throw new TypeError(`${path}${k}: unknown setting`);
    out[k] = deepMerge(out[k], v, `${path}${k}.`);
  }
  return out as T;
}
