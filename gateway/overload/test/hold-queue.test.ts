import t from 'tap';
import fc from 'fast-check';
import { HoldQueue } from '../hold-queue.ts';

t.test('releases in due order, ties in insertion order', async (t) => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), (dues) => {
    const q = new HoldQueue<number>();
    dues.forEach((d, i) => q.push(d, i));
    const out: number[] = [];
    q.releaseDue(Infinity, (i) => out.push(i));
    const expected = dues.map((d, i) => [d, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
    return JSON.stringify(out) === JSON.stringify(expected) && q.size === 0;
  }), { numRuns: 300 });
});

t.test('releases only what is due', async (t) => {
  const q = new HoldQueue<string>();
  q.push(30, 'c'); q.push(10, 'a'); q.push(20, 'b');
  const out: string[] = [];
  t.equal(q.releaseDue(20, (x) => out.push(x)), 2);
  t.same(out, ['a', 'b']);
  t.equal(q.nextDueMs(), 30);
});
