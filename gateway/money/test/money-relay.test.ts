/** The gateway's money relay: answers within its deadline whatever the agent does, passes answers and refusals, drops late and repeated ones. */
import t from 'tap';
import pino from 'pino';
import { shake } from '../../../contracts/proto/gen/shake.js';
import { MoneyRelay } from '../money-relay.ts';
import { moneyRequestOf } from '../money-request.ts';
import { moneyEndpointFor } from '../../../agent/money/route.ts';

const silent = pino({ level: 'silent' });
type Sent = { requestId?: number | null; userId?: string | null; groupPacketId?: string | null; op?: number | null };

function relay(linked: boolean, deadlineMs = 60, maxInFlight = 512) {
  const sent: Sent[] = [];
  const delivered: { connId: number; reqId: number; msg: shake.v1.ServerMessage; atMs: number }[] = [];
  const r = new MoneyRelay({
    send: (req) => { if (!linked) return false; sent.push(req as Sent); return true; },
    deliver: (connId, reqId, bytes) => delivered.push({ connId, reqId, msg: shake.v1.ServerMessage.decode(bytes), atMs: Date.now() }),
    deadlineMs, retryAfterMs: 700, maxInFlight, logger: silent,
  });
  return { r, sent, delivered };
}

const grab = (seq: number, userId: string, id = 'p1') => ({ seq, op: 'grab' as const, userId, groupPacketId: id, page: 0 });

t.test('the user comes from the connection; a request names none', async (t) => {
  const msg = shake.v1.ClientMessage.decode(shake.v1.ClientMessage.encode({ seq: 3, grab: { groupPacketId: 'g1' } }).finish());
  t.same(moneyRequestOf('conn-user', msg), { request: { seq: 3, op: 'grab', userId: 'conn-user', groupPacketId: 'g1', page: 0 } });
  const page2 = shake.v1.ClientMessage.decode(shake.v1.ClientMessage.encode({ seq: 4, packetDetail: { groupPacketId: 'g1', page: 2 } }).finish());
  t.equal((moneyRequestOf('u', page2) as { refusal: { code: string } }).refusal.code, 'DETAIL_PAGE_LIMIT');
});

t.test('no agent linked: TRY_AGAIN_LATER at once', async (t) => {
  const { r, delivered } = relay(false);
  r.submit(1, 10, grab(5, 'u1'));
  t.equal(delivered.length, 1);
  t.same([delivered[0].msg.seq, delivered[0].msg.error?.code, delivered[0].msg.error?.retryAfterMs], [5, 'TRY_AGAIN_LATER', 700]);
});

t.test('no answer: TRY_AGAIN_LATER at the deadline; the late answer is dropped', async (t) => {
  const { r, sent, delivered } = relay(true, 60);
  const t0 = Date.now();
  r.submit(1, 11, grab(6, 'u1'));
  t.same([sent[0].userId, sent[0].groupPacketId, sent[0].op], ['u1', 'p1', 1], 'sent with the connection\'s user');
  while (delivered.length === 0) await new Promise((res) => setTimeout(res, 5));
  t.equal(delivered[0].msg.error?.code, 'TRY_AGAIN_LATER');
  t.ok(delivered[0].atMs - t0 >= 55 && delivered[0].atMs - t0 < 250, `answered at the deadline (${delivered[0].atMs - t0} ms)`);
  r.onReply({ requestId: sent[0].requestId, json: JSON.stringify({ amountCents: 5, seq: 1, atMs: 1, repeat: false }) });
  t.equal(delivered.length, 1, 'a late answer is not sent');
  t.equal(r.stats().lateReplies, 1);
});

t.test('answers and refusals are passed on; a repeated hand-over of one request is sent once', async (t) => {
  const { r, sent, delivered } = relay(true, 1000);
  r.submit(1, 12, grab(7, 'u1'));
  r.submit(1, 12, grab(7, 'u1')); // a restarted logic generation handed it over again
  r.submit(2, 13, grab(8, 'u2'));
  t.equal(sent.length, 2, 'one send per request');
  r.onReply({ requestId: sent[0].requestId, json: JSON.stringify({ amountCents: 42, seq: 2, atMs: 9, repeat: true }) });
  r.onReply({ requestId: sent[1].requestId, code: 'GROUP_PACKET_EMPTY', message: 'empty' });
  t.same([delivered[0].msg.grab?.status, Number(delivered[0].msg.grab?.amountCents), delivered[0].msg.seq], [2, 42, 7], 'DUPLICATE with the first amount');
  t.same([delivered[1].msg.error?.code, delivered[1].msg.seq], ['GROUP_PACKET_EMPTY', 8]);
  r.close();
});

t.test('one routing function: a key always maps to the same endpoint', async (t) => {
  const eps = ['http://a', 'http://b', 'http://c'];
  t.equal(moneyEndpointFor('p1', ['http://only']), 'http://only');
  t.equal(moneyEndpointFor('p1', eps), moneyEndpointFor('p1', eps));
  t.equal(new Set(Array.from({ length: 100 }, (_, i) => moneyEndpointFor(`p${i}`, eps))).size, 3, 'keys spread over the endpoints');
});

t.test('past maxInFlight waiting: TRY_AGAIN_LATER at once, nothing sent; room again once answered', async (t) => {
  const { r, sent, delivered } = relay(true, 5000, 3);
  for (let i = 0; i < 5; i++) r.submit(1, 100 + i, grab(i, `u${i}`));
  t.equal(sent.length, 3, 'three sent to the agent');
  t.same(delivered.map((d) => [d.msg.seq, d.msg.error?.code, d.msg.error?.retryAfterMs]), [[3, 'TRY_AGAIN_LATER', 700], [4, 'TRY_AGAIN_LATER', 700]], 'the excess answered at once with a retry hint');
  t.same([r.stats().tryAgainBusy, r.stats().waiting, r.stats().waitingPeak], [2, 3, 3]);
  r.onReply({ requestId: sent[0].requestId, json: JSON.stringify({ amountCents: 5, seq: 1, atMs: 1, repeat: false }) });
  r.submit(1, 200, grab(9, 'u9'));
  t.equal(sent.length, 4, 'an answer makes room');
  r.close();
});
