/** The gateway's per-round figures: totals read at a round's start and end, counters that wrap, a bounded list. */
import t from 'tap';
import { RoundCounter, type CounterTotals } from '../show-config/round-counter.ts';
import { MAX_REPORTED_ROUNDS } from '../../contracts/round-report.ts';

t.test('a round counts what happened between its start and its end', async (t) => {
  let totals: CounterTotals = { released: 4_294_967_290, issued: 10, opened: 0, shared: 0 };
  const c = new RoundCounter(() => totals);
  t.same(c.counts(), [], 'nothing before a round');
  c.start('r1');
  totals = { released: 4, issued: 20, opened: 3, shared: 1 }; // released wrapped past 2^32
  t.same(c.counts(), [{ roundId: 'r1', released: 10, issued: 10, opened: 3, shared: 1 }], 'a running round: so far');
  c.end('r1');
  totals = { released: 100, issued: 100, opened: 100, shared: 100 };
  t.same(c.counts(), [{ roundId: 'r1', released: 10, issued: 10, opened: 3, shared: 1 }], 'an ended round is frozen');
  c.start('r1');
  t.same(c.counts(), [{ roundId: 'r1', released: 0, issued: 0, opened: 0, shared: 0 }], 'a round started again (corrected) counts afresh');
  for (let i = 0; i < MAX_REPORTED_ROUNDS + 4; i++) { c.start(`x${i}`); c.end(`x${i}`); }
  const ids = c.counts().map((r) => r.roundId);
  t.equal(ids.length, MAX_REPORTED_ROUNDS, 'bounded');
  t.equal(ids.at(-1), `x${MAX_REPORTED_ROUNDS + 3}`, 'the latest kept');
});
