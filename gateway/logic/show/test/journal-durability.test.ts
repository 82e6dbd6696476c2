import t from 'tap';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { startGatewayProcess } from '../../../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../../../test/helpers/phone.ts';
import { drill, packets, roundShow } from '../../../../test/helpers/show-drill.ts';
import { shake as internalProto } from '../../../../contracts/proto/gen/internal.js';

const secret = 'e2e-secret-0123456789';
const OK = 1;

t.test('opens and shares acknowledged before a SIGKILL are all in the journal after restart, none twice; replays get the same answer', async (t) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gw-journal-'));
  const env = { SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_DATA_DIR: dataDir };
  const gw = await startGatewayProcess(env);
  await drill.applyShow(gw.adminPort, roundShow({ caps: { packetsPerUser: 3, packetsPerSponsor: 3 } }));
  await drill.feed(gw.adminPort, packets(150, ['s1', 's2', 's3']));

  // 50 users win 3 packets each.
  const tokens: { userId: string; token: string; packetId: string }[] = [];
  await Promise.all(Array.from({ length: 50 }, async (_, i) => {
    const userId = `j${i}`;
    const p = await TestPhone.connect(gw.url, { secret, userId });
    let cookie: Uint8Array = new Uint8Array();
    for (let seq = 1; tokens.filter((x) => x.userId === userId).length < 3 && seq < 100; seq++) {
      p.send({ seq, shake: { cookie } });
      await p.until((x) => x.replies.length === seq);
      const r = p.replies[seq - 1].shake!;
      if (r.cookie?.length) cookie = r.cookie;
      if (r.packet) tokens.push({ userId, token: r.packet.token!, packetId: r.packet.packetId! });
    }
    p.close();
  }));
  t.equal(tokens.length, 150, 'every packet won');

  // Every user opens and shares all of them at once; the gateway is killed after the first 120 oks.
  const acked = new Map<string, string>(); // operationId -> packetId
  let killed = false;
  const phones = await Promise.all(Array.from({ length: 50 }, (_, i) => TestPhone.connect(gw.url, { secret, userId: `j${i}` })));
  const exited = new Promise<void>((resolve) => {
    for (const p of phones) {
      p.ws.on('message', () => {
        const r = p.replies[p.replies.length - 1];
        const op = r.open ?? r.share;
        if (op && op.status === OK) acked.set(op.operationId!, op.packetId!);
        if (acked.size >= 120 && !killed) {
          killed = true;
          gw.child.kill('SIGKILL');
          gw.child.once('exit', () => resolve());
        }
      });
    }
  });
  phones.forEach((p, i) => {
    let seq = 0;
    for (const tk of tokens.filter((x) => x.userId === `j${i}`)) {
      p.send({ seq: ++seq, open: { packetToken: tk.token } });
      p.send({ seq: ++seq, share: { packetToken: tk.token } });
    }
  });
  await exited;
  t.ok(acked.size >= 120, `${acked.size} operations acknowledged before SIGKILL`);

  const journalPath = path.join(dataDir, 'gw-1', 'journal.db');
  const ids = () => {
    const db = new Database(journalPath, { readonly: true });
    const rows = db.prepare('SELECT operation_id, data FROM journal').all() as { operation_id: string; data: Buffer }[];
    db.close();
    return rows;
  };
  const rows = ids();
  const inJournal = new Set(rows.map((r) => r.operation_id));
  const missing = [...acked.keys()].filter((id) => !inJournal.has(id));
  t.same(missing, [], 'every acknowledged operation is in the journal');
  t.equal(inJournal.size, rows.length, 'no operation twice');
  for (const r of rows) {
    const e = internalProto.internal.v1.JournalEntry.decode(r.data);
    if (e.operationId !== r.operation_id || !e.entryId.startsWith('gw-1:')) t.fail(`bad entry ${r.operation_id}`);
  }

  const again = await startGatewayProcess(env);
  t.teardown(() => again.stop());
  const replayer = await TestPhone.connect(again.url, { secret, userId: tokens[0].userId });
  t.teardown(() => replayer.close());
  const acknowledgedToken = tokens.find((tk) => acked.has(`open:${tk.packetId}`) && tk.userId === tokens[0].userId) ?? tokens[0];
  replayer.send({ seq: 1, open: { packetToken: acknowledgedToken.token } });
  replayer.send({ seq: 2, open: { packetToken: acknowledgedToken.token } });
  await replayer.until((x) => x.replies.length === 2);
  t.equal(replayer.replies[0].open?.status, OK);
  t.same(replayer.replies[1].open, replayer.replies[0].open, 'a replay gets the same answer');
  const after = ids();
  t.equal(after.filter((r) => r.operation_id === `open:${acknowledgedToken.packetId}`).length, 1, 'one journal entry for the replayed open');
});

t.test('forged, foreign and expired packet tokens are refused with distinct codes, nothing journaled', async (t) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gw-journal-'));
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_DATA_DIR: dataDir });
  t.teardown(() => gw.stop());
  await drill.applyShow(gw.adminPort, roundShow());
  await drill.feed(gw.adminPort, packets(1, ['s1']));
  const alice = await TestPhone.connect(gw.url, { secret, userId: 'alice' });
  const mallory = await TestPhone.connect(gw.url, { secret, userId: 'mallory' });
  t.teardown(() => { alice.close(); mallory.close(); });
  alice.send({ seq: 1, shake: {} });
  await alice.until((x) => x.replies.length === 1);
  const token = alice.replies[0].shake!.packet!.token;
  mallory.send({ seq: 1, open: { packetToken: token! } });
  const [claim, sig] = token!.split('.');
  const richer = Buffer.from(Buffer.from(claim, 'base64url').toString().replace(/\|(\d+)\|3\|/, '|999999|3|')).toString('base64url');
  alice.send({ seq: 2, open: { packetToken: `${richer}.${sig}` } });
  alice.send({ seq: 3, share: { packetToken: 'garbage' } });
  await mallory.until((x) => x.replies.length === 1);
  await alice.until((x) => x.replies.length === 3);
  t.equal(mallory.replies[0].error?.code, 'PACKET_TOKEN_OTHER_USER');
  t.equal(alice.replies[1].error?.code, 'PACKET_TOKEN_FORGED');
  t.equal(alice.replies[2].error?.code, 'PACKET_TOKEN_MALFORMED');
  const db = new Database(path.join(dataDir, 'gw-1', 'journal.db'), { readonly: true });
  t.equal(db.prepare('SELECT COUNT(*) FROM journal').pluck().get(), 0, 'nothing journaled');
  db.close();
});
