import t from 'tap';
import { deepMerge } from '../deep-merge.ts';

t.test('finding: deep-merge takes own keys only (no __proto__, constructor or other inherited names)', async (t) => {
  const base = { a: 1, nested: { b: 2 } };
  for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    const override = JSON.parse(`{"${key}": {"polluted": true}}`);
    t.throws(() => deepMerge(base, override), { message: new RegExp(`${key}: unknown setting`) }, `${key} is refused`);
  }
  const nested = JSON.parse('{"nested": {"__proto__": {"polluted": true}}}');
  t.throws(() => deepMerge(base, nested), { message: /nested\.__proto__: unknown setting/ });
  t.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
  t.same(deepMerge(base, { nested: { b: 3 } }), { a: 1, nested: { b: 3 } }, 'own keys still merge');
});
