import t from 'tap';
import { packetIdToString, recycledId } from '../../../seed-splitter/format/ids.ts';
import { capSetOf, mintedId, setInId, setOfPacket, setSubject } from '../set-of-packet.ts';
import { setOfNumericId } from '../own-rows.ts';
import { foreignMintCounter, mintMachineIndex, mintTarget, OWN_MINT_COUNTERS } from '../../../contracts/sets.ts';
import { shardOf } from '../../hash.ts';

t.test('money-minted ids carry their SET; SET 0 is the scheme of today', async (t) => {
  t.equal(mintedId(0, 3, 7), recycledId(0xff00 + 3, 7));
  for (const set of [0, 1, 2, 63]) for (const shard of [0, 5, 255]) {
    const id = packetIdToString(mintedId(set, shard, 12345));
    t.equal(setInId(id), set);
    t.equal(setOfPacket(id, 2), set, 'the id decides, whatever the seed SET count');
  }
  t.equal(setInId(packetIdToString(recycledId(4, 1))), null, 'an agent-minted id carries no SET');
  t.equal(setInId(packetIdToString(99)), null, 'a seed id carries no SET');
  t.equal(setInId('not-an-id'), null);
});

t.test('seed ids spread over the seed SETs independently of the shard inside a SET', async (t) => {
  const counts = [[0, 0], [0, 0]];
  for (let n = 1; n <= 20_000; n++) {
    const id = packetIdToString(n * 7919);
    counts[setOfPacket(id, 2)][shardOf(id, 2)]++;
  }
  for (const row of counts) for (const c of row) t.ok(c > 4000 && c < 6000, `each SET x shard cell holds about a quarter (${c})`);
  t.match(setSubject('shake.ops', packetIdToString(42), 2, 32), /^shake\.ops\.[01]\.\d+$/);
});

t.test('the import\'s numeric rule is the string rule; users spread over cap SETs', async (t) => {
  for (let n = 1; n <= 3000; n++) {
    const id = n % 3 === 0 ? mintedId(n % 5, n % 7, n) : n * 104_729;
    t.equal(setOfNumericId(id, 3), setOfPacket(packetIdToString(id), 3));
  }
  const counts = [0, 0];
  for (let u = 0; u < 10_000; u++) counts[capSetOf(`u${u}`, 2)]++;
  t.ok(counts.every((c) => c > 4000), `users over two cap SETs: ${counts.join(' / ')}`);
  t.equal(capSetOf('u1', 1), 0, 'one cap SET decides everyone');
});

t.test('the SET a recycled packet is minted for does not depend on the SET that recycles it', async (t) => {
  const into = [0, 1, 2];
  const counts = [[0, 0, 0], [0, 0, 0]];
  for (let n = 1; n <= 6000; n++) {
    const id = packetIdToString(n * 104_729);
    counts[setOfPacket(id, 2)][mintTarget(id, into)]++;
  }
  for (const row of counts) for (const c of row) t.ok(c > 700 && c < 1300, `each source SET x target SET cell holds about a sixth (${c})`);
  t.equal(mintTarget(packetIdToString(7), [3]), 3, 'one SET open: that one');
  t.equal(mintTarget(packetIdToString(7), into), mintTarget(packetIdToString(7), into), 'deterministic');
});

t.test('ids minted for another SET carry it and never meet that SET\'s own mints', async (t) => {
  const own = recycledId(mintMachineIndex(2, 1), OWN_MINT_COUNTERS - 1);
  const fromSet0 = recycledId(mintMachineIndex(2, 1), foreignMintCounter(0, 0));
  const fromSet1 = recycledId(mintMachineIndex(2, 1), foreignMintCounter(1, 0));
  t.equal(new Set([own, fromSet0, fromSet1]).size, 3);
  for (const id of [own, fromSet0, fromSet1, recycledId(mintMachineIndex(2, 1), foreignMintCounter(63, OWN_MINT_COUNTERS - 1))]) {
    t.equal(setInId(packetIdToString(id)), 2, 'the id carries the SET that pays it');
  }
  t.throws(() => foreignMintCounter(0, OWN_MINT_COUNTERS), RangeError);
});
