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
const CAP_REACHED = 3; // shake.v1.NoPacketReason

t.test('after logic crashes (a standby loaded long before takes over) and reloads, opens are still journaled and acknowledged, packets still issued once', async (t) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gw-journal-reload-'));
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_DATA_DIR: dataDir });
  t.teardown(() => gw.stop());
  await drill.applyShow(gw.adminPort, roundShow({ caps: { packetsPerUser: 3, packetsPerSponsor: 3 } }));
  await drill.feed(gw.adminPort, packets(90, ['s1', 's2', 's3']));
  const status = async () => (await (await fetch(`http://127.0.0.1:${gw.adminPort}/status`)).json()) as { logicStandbyReady: boolean; counters: { logicRestarts: number } };
  // The standby must have loaded before the round's traffic: that traffic then moves the rings past where it loaded.
  const standbyLoaded = async () => {
    for (let i = 0; i < 300 && !(await status()).logicStandbyReady; i++) await new Promise((r) => setTimeout(r, 20));
    t.ok((await status()).logicStandbyReady, 'a standby is loaded');
  };
  const swap = async (round: number) => {
    if (round % 2 === 0) {
      // A crash promotes the standby, which was loaded long before.
      const before = (await status()).counters.logicRestarts;
      await adminPost(gw.adminPort, `/admin/fault/logic-crash?afterFrames=1`);
      const p = await TestPhone.connect(gw.url, { secret, userId: `crash${round}` });
      p.send({ seq: 1, ping: {} }); // the frame after which the worker dies (a ping: it wins nothing)
      await p.until((x) => x.replies.length === 1);
      p.close();
      for (let i = 0; i < 100 && (await status()).counters.logicRestarts === before; i++) await new Promise((r) => setTimeout(r, 20));
      t.equal((await status()).counters.logicRestarts, before + 1, 'logic crashed and the standby took over');
    } else {
      const res = await adminPost(gw.adminPort, `/admin/reload`);
      t.equal(res.status, 200, 'reloaded');
    }
  };

  const won = new Map<string, string>(); // packetId -> userId
  let userNo = 0;
  const oks: string[] = [];
  // Rounds of: 10 users win 3 packets each and open them, then the logic crashes or reloads.
  for (let round = 0; round < 3; round++) {
    await standbyLoaded();
    for (let u = 0; u < 10; u++) {
      const userId = `r${userNo++}`;
      const p = await TestPhone.connect(gw.url, { secret, userId });
      let cookie: Uint8Array = new Uint8Array();
      const tokens: string[] = [];
      let seq = 0;
      while (tokens.length < 3 && seq < 60) {
        p.send({ seq: ++seq, shake: { cookie } });
        await p.until((x) => x.replies.length === seq);
        const r = p.replies[seq - 1].shake!;
        if (r.cookie?.length) cookie = r.cookie;
        if (r.packet) {
          if (won.has(r.packet.packetId!)) t.fail(`packet ${r.packet.packetId} issued twice`);
          won.set(r.packet.packetId!, userId);
          tokens.push(r.packet.token!);
        }
      }
      for (const token of tokens) p.send({ seq: ++seq, open: { packetToken: token } });
      await p.until((x) => x.replies.length === seq);
      for (const r of p.replies.slice(seq - tokens.length)) {
        if (r.open?.status === OK) oks.push(r.open.operationId!);
        else t.fail(`open not acknowledged after ${round} crashes/reloads: ${JSON.stringify(r.error ?? r)}`);
      }
      p.close();
    }
    await swap(round);
  }
  t.equal(won.size, 90, 'every packet issued, none twice');

  // Generations that took over know what earlier ones issued: users at their cap get nothing more, even without a cookie.
  await drill.feed(gw.adminPort, packets(30, ['s1', 's2', 's3'], 'extra'));
  const capped: string[] = [];
  for (let i = 0; i < userNo; i += 3) {
    const p = await TestPhone.connect(gw.url, { secret, userId: `r${i}` });
    p.send({ seq: 1, shake: {} });
    await p.until((x) => x.replies.length === 1);
    const r = p.replies[0].shake!;
    if (r.packet) t.fail(`r${i} won a 4th packet after the hand-overs`);
    else capped.push(String(r.noPacketReason));
    p.close();
  }
  t.same([...new Set(capped)], [String(CAP_REACHED)], 'every earlier winner is refused with CAP_REACHED');
  t.equal(oks.length, 90, 'every open acknowledged');
  const db = new Database(path.join(dataDir, 'gw-1', 'journal.db'), { readonly: true });
  const ids = new Set(db.prepare('SELECT operation_id FROM journal').pluck().all() as string[]);
  db.close();
  t.same(oks.filter((id) => !ids.has(id)), [], 'every acknowledged open is in the journal');
});
