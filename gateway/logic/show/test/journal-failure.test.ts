import t from 'tap';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { startGatewayProcess } from '../../../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../../../test/helpers/phone.ts';
import { drill, packets, roundShow, adminPost } from '../../../../test/helpers/show-drill.ts';

const secret = 'e2e-secret-0123456789';
const OK = 1;

t.test('the journal thread dies mid-stream: every open/share is answered, "ok" only if durable, the rest JOURNAL_UNAVAILABLE; shakes go on; a retry after restart succeeds', async (t) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gw-journal-fail-'));
  const env = { SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_DATA_DIR: dataDir };
  const gw = await startGatewayProcess(env);
  let stopped = false;
  t.teardown(() => (stopped ? undefined : gw.stop()));
  await drill.applyShow(gw.adminPort, roundShow({ caps: { packetsPerUser: 3, packetsPerSponsor: 3 } }));
  await drill.feed(gw.adminPort, packets(60, ['s1', 's2', 's3']));

  const users = Array.from({ length: 20 }, (_, i) => `f${i}`);
  const phones = await Promise.all(users.map((userId) => TestPhone.connect(gw.url, { secret, userId })));
  t.teardown(() => phones.forEach((p) => p.close()));
  const tokens: string[][] = [];
  await Promise.all(phones.map(async (p, i) => {
    tokens[i] = [];
    let cookie: Uint8Array = new Uint8Array();
    for (let seq = 1; tokens[i].length < 3 && seq < 100; seq++) {
      p.send({ seq, shake: { cookie } });
      await p.until((x) => x.replies.length === seq);
      const r = p.replies[seq - 1].shake!;
      if (r.cookie?.length) cookie = r.cookie;
      if (r.packet) tokens[i].push(r.packet.token!);
    }
  }));
  t.equal(tokens.flat().length, 60, 'every packet won');

  // Every phone opens and shares its packets at once; the journal thread is killed at the first "ok".
  const base = phones.map((p) => p.replies.length);
  let oks = 0;
  let crashed: Promise<unknown> | null = null;
  for (const p of phones) {
    p.ws.on('message', () => {
      const r = p.replies[p.replies.length - 1];
      if ((r.open ?? r.share)?.status === OK && ++oks === 1) {
        crashed = adminPost(gw.adminPort, `/admin/fault/journal-crash`);
      }
    });
  }
  const sent = phones.map((p, i) => {
    let seq = base[i];
    for (const token of tokens[i]) {
      p.send({ seq: ++seq, open: { packetToken: token } });
      p.send({ seq: ++seq, share: { packetToken: token } });
    }
    return seq;
  });
  await Promise.all(phones.map((p, i) => p.until((x) => x.replies.length === sent[i], 20_000)));
  t.ok(crashed, 'journal thread killed while operations were in flight');
  await crashed;

  // Anything sent once the failure is known is refused at once.
  phones[0].send({ seq: sent[0] + 1, open: { packetToken: tokens[0][0] } });
  phones[0].send({ seq: sent[0] + 2, shake: {} });
  await phones[0].until((x) => x.replies.length === sent[0] + 2);

  const acked = new Set<string>();
  const refused: string[] = [];
  const other: unknown[] = [];
  phones.forEach((p, i) => {
    for (const r of p.replies.slice(base[i], sent[i])) {
      const op = r.open ?? r.share;
      if (op?.status === OK) acked.add(op.operationId!);
      else if (r.error?.code === 'JOURNAL_UNAVAILABLE') refused.push(String(r.seq));
      else other.push(r);
    }
  });
  t.same(other, [], 'every answer is "ok" or JOURNAL_UNAVAILABLE');
  t.equal(acked.size + refused.length, 120, 'all 120 operations answered');
  t.ok(acked.size >= 1, `${acked.size} acknowledged before the failure`);
  const late = phones[0].replies.slice(sent[0]);
  t.equal(late.find((r) => r.seq === sent[0] + 1)?.error?.code, 'JOURNAL_UNAVAILABLE', 'an open after the failure is refused');
  t.ok(late.find((r) => r.seq === sent[0] + 2)?.shake, 'shakes are still answered');
  const status = (await (await fetch(`http://127.0.0.1:${gw.adminPort}/status`)).json()) as { journal: { running: boolean; failed: boolean } };
  t.same({ running: status.journal.running, failed: status.journal.failed }, { running: false, failed: true }, '/status shows the journal down');

  stopped = true;
  await gw.stop();
  const journalPath = path.join(dataDir, 'gw-1', 'journal.db');
  const db = new Database(journalPath, { readonly: true });
  const inJournal = new Set(db.prepare('SELECT operation_id FROM journal').pluck().all() as string[]);
  db.close();
  t.same([...acked].filter((id) => !inJournal.has(id)), [], 'every acknowledged operation is in the journal');

  // The phone retries a refused operation against the restarted gateway: now it is acknowledged, once.
  const again = await startGatewayProcess(env);
  t.teardown(() => again.stop());
  const retry = await TestPhone.connect(again.url, { secret, userId: users[0] });
  t.teardown(() => retry.close());
  retry.send({ seq: 1, open: { packetToken: tokens[0][0] } });
  retry.send({ seq: 2, open: { packetToken: tokens[0][0] } });
  await retry.until((x) => x.replies.length === 2);
  t.equal(retry.replies[0].open?.status, OK, 'retry acknowledged');
  t.same(retry.replies[1].open, retry.replies[0].open, 'a replay gets the same answer');
  await again.stop();
  const db2 = new Database(journalPath, { readonly: true });
  const opId = retry.replies[0].open!.operationId!;
  t.equal(db2.prepare('SELECT COUNT(*) FROM journal WHERE operation_id = ?').pluck().get(opId), 1, 'one entry for it');
  db2.close();
});
