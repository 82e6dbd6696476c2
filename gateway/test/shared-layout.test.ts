import t from 'tap';
import { checkSharedLayout, SHARED_REGIONS, RING_CONTROL, OVERLOAD_BYTES, type SharedRegion } from '../shared-layout.ts';
import { ringBytesFor } from '../ring/spsc-ring.ts';
import { OverloadShared } from '../overload/overload-shared.ts';
import { SharedClock } from '../show-clock.ts';

t.test('the layout the gateway runs with passes its checks', async (t) => {
  t.doesNotThrow(() => checkSharedLayout());
  t.equal(ringBytesFor(1024), RING_CONTROL.dataByte + 1024, 'rings start their frames after the control block');
  t.equal(new OverloadShared().buffer.byteLength, OVERLOAD_BYTES);
  t.equal(new SharedClock().buffer.byteLength, 8);
});

t.test('a broken layout fails the check', async (t) => {
  const ring = SHARED_REGIONS.find((r) => r.name === 'ring control')!;
  const withField = (extra: SharedRegion['fields'][number]): SharedRegion[] => [{ ...ring, fields: [...ring.fields, extra] }];
  t.throws(() => checkSharedLayout([{ name: 'r', bytes: 16, fields: [{ name: 'odd', byteOffset: 6, bytes: 4, align: 4 }] }]), /not aligned/);
  t.throws(() => checkSharedLayout(withField({ name: 'past', byteOffset: 256, bytes: 4, align: 4 })), /outside/);
  t.throws(() => checkSharedLayout([{ name: 'r', bytes: 16, fields: [{ name: 'a', byteOffset: 0, bytes: 8, align: 4 }, { name: 'b', byteOffset: 4, bytes: 4, align: 4 }] }]), /overlaps/);
  t.throws(() => checkSharedLayout(withField({ name: 'neighbour', byteOffset: 68, bytes: 4, align: 4 })), /cache line/);
});
