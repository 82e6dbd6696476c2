import t from 'tap';
import {
  checkSharedLayout, SHARED_REGIONS, RING_CONTROL, OVERLOAD_BYTES, WORKER_CONTROL, WORKER_CONTROL_WORDS, JOURNAL_CONTROL,
  POOL_COUNTERS, ANSWERED_MARKS, CONNECTION_COUNT, SHOW_CLOCK, OVERLOAD_WORDS, MAX_LOGIC_WORKERS, poolRingBytes,
  ringControlRegion, overloadRegion, showClockRegion, workerControlRegion, journalControlRegion, poolCountersRegion,
  answeredMarksRegion, connectionCountRegion, type SharedRegion,
} from '../shared-layout.ts';
import { ringBytesFor } from '../ring/spsc-ring.ts';
import { OverloadShared } from '../overload/overload-shared.ts';
import { SharedClock } from '../show-clock.ts';
import { createJournalBuffers } from '../journal/journal-link.ts';
import { createPoolBuffers } from '../pool/packet-pool.ts';
import { createGatewayLanes } from '../lanes.ts';
import { createConnectionCount } from '../io/io-server.ts';

t.test('the layout the gateway runs with passes its checks', async (t) => {
  t.doesNotThrow(() => checkSharedLayout());
  t.same(SHARED_REGIONS.map((r) => r.name), [
    'ring control', 'overload', 'show clock', 'worker control', 'journal control', 'pool counters', 'answered marks', 'connection count',
  ], 'every shared region is declared and checked');
  t.equal(journalControlRegion(MAX_LOGIC_WORKERS).fields.length, 1 + 2 * MAX_LOGIC_WORKERS, 'the journal block is checked for the most lanes a gateway runs');
});

t.test('the buffers the parts create have the declared sizes', async (t) => {
  t.equal(ringBytesFor(1024), RING_CONTROL.dataByte + 1024, 'rings start their frames after the control block');
  t.equal(new OverloadShared().buffer.byteLength, OVERLOAD_BYTES);
  t.equal(new SharedClock().buffer.byteLength, SHOW_CLOCK.bytes);
  t.equal(createJournalBuffers(3, 2, 1024).ctl.byteLength, JOURNAL_CONTROL.bytes(3), 'journal control block for 3 logic workers');
  const pool = createPoolBuffers(100, 2);
  t.equal(pool.lanes[1].counters.byteLength, POOL_COUNTERS.bytes);
  t.equal(pool.lanes[0].ring.byteLength, ringBytesFor(poolRingBytes(100)));
  t.equal(createGatewayLanes(2, 1, 1024, 1024).answered[1].byteLength, ANSWERED_MARKS.bytes);
  t.equal(createConnectionCount().byteLength, CONNECTION_COUNT.bytes);
  t.ok(Object.values(WORKER_CONTROL).every((i) => i < WORKER_CONTROL_WORDS), 'every worker control word is inside the block');
});

t.test('the generic rules: each broken case fails', async (t) => {
  const ring = ringControlRegion();
  const withField = (extra: SharedRegion['fields'][number]): SharedRegion[] => [{ ...ring, fields: [...ring.fields, extra] }];
  t.throws(() => checkSharedLayout([{ name: 'r', bytes: 16, fields: [{ name: 'odd', byteOffset: 6, bytes: 4, align: 4 }] }]), /not aligned/);
  t.throws(() => checkSharedLayout(withField({ name: 'past', byteOffset: 256, bytes: 4, align: 4 })), /outside/);
  t.throws(() => checkSharedLayout([{ name: 'r', bytes: 16, fields: [{ name: 'a', byteOffset: 0, bytes: 8, align: 4 }, { name: 'b', byteOffset: 4, bytes: 4, align: 4 }] }]), /overlaps/);
  t.throws(() => checkSharedLayout(withField({ name: 'neighbour', byteOffset: 68, bytes: 4, align: 4 })), /cache line/);
  t.throws(() => checkSharedLayout([{ name: 'wide', bytes: 256, fields: [word8('wide', 56, true), word8('next', 80)] }]), /cache line/, 'a field crossing onto the next line owns both');
});

t.test('each region fails when its layout is broken', async (t) => {
  const fails = (name: string, region: SharedRegion, rule: RegExp) => t.throws(() => checkSharedLayout([region]), rule, name);
  fails('ring tail on the head\'s line', ringControlRegion({ ...RING_CONTROL, tailByte: 32 }), /cache line/);
  fails('ring data over the control block', ringControlRegion({ ...RING_CONTROL, dataByte: 192 }), /outside/);
  fails('overload tiers over the cheap flag', overloadRegion({ ...OVERLOAD_WORDS, tiers: 1 }), /overlaps/);
  fails('overload block too small for its tiers', overloadRegion(OVERLOAD_WORDS, OVERLOAD_BYTES - 4), /outside/);
  fails('show clock off its f64 alignment', showClockRegion({ offsetByte: 4, bytes: 16 }), /not aligned/);
  fails('two worker counters on one word', workerControlRegion({ ...WORKER_CONTROL, opened: WORKER_CONTROL.errors }), /overlaps/);
  fails('a worker counter past the block', workerControlRegion({ ...WORKER_CONTROL, shared: WORKER_CONTROL_WORDS }), /outside/);
  fails('committed ticket on the next ticket\'s line', journalControlRegion(2, { ...JOURNAL_CONTROL, committed: 4 }), /cache line/);
  fails('journal lanes closer than their words', journalControlRegion(2, { ...JOURNAL_CONTROL, laneWord: (lane) => 32 + lane * 16 }), /overlaps|cache line/);
  fails('journal block short of its last lane', journalControlRegion(2, { ...JOURNAL_CONTROL, bytes: (lanes) => (32 + lanes * 32) * 4 - 64 }), /outside/);
  fails('pool taken on the offered line', poolCountersRegion({ ...POOL_COUNTERS, taken: 1 }), /cache line/);
  fails('pool counters block too small', poolCountersRegion({ ...POOL_COUNTERS, bytes: 64 }), /outside/);
  fails('answered marks not a power of two (masked by size - 1)', answeredMarksRegion({ bytes: 1000 }), /power of two/);
  fails('connection count word outside its buffer', connectionCountRegion({ open: 1, bytes: 4 }), /outside/);
});

function word8(name: string, byteOffset: number, ownCacheLine = false) {
  return { name, byteOffset, bytes: 16, align: 8, ownCacheLine };
}
