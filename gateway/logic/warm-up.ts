/**
 * Runs the codec hot paths on synthetic messages before a worker reports
 * ready, so a generation taking over mid-show starts with optimized code
 * instead of spending its first batches in the interpreter. Pure: touches no
 * ring, pool or database.
 */
import { shake } from '../../contracts/proto/gen/shake.js';
import { decodeShakeRequest, decodeTokenRequest, encodeShakeReply } from './fast-codec.ts';

export function warmUpCodecs(rounds = 5_000): number {
  const req = shake.v1.ClientMessage.encode({ seq: 12345, shake: { cookie: new Uint8Array(40) } }).finish();
  const open = shake.v1.ClientMessage.encode({ seq: 7, open: { packetToken: 'x'.repeat(180) } }).finish();
  let sink = 0;
  for (let i = 0; i < rounds; i++) {
    const m = decodeShakeRequest(req);
    const o = decodeTokenRequest(open);
    const r = encodeShakeReply(i, null, { outcome: 2, contentId: 'card-1', roundId: 'r1', noPacketReason: 6, nextRoundAtMs: 1_800_000_000_000 });
    sink += (m?.seq ?? 0) + (o?.seq ?? 0) + (r?.length ?? 0);
    if ((i & 63) === 0) sink += shake.v1.ServerMessage.encode({ seq: i, open: { status: 1, packetId: 'p', amountCents: 1, operationId: 'open:p' } }).finish().length;
  }
  return sink;
}
