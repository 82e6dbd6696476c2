/**
 * Final enforcement of the caps (3 packets per user, 1 per sponsor per user)
 * on the money side. Lives in the shard of the *user* (routed by user id), so
 * all of a user's admissions are decided by one writer. Idempotent by packet id:
 * the first decision for a packet is stored and returned forever.
 */
import type { ShardStore } from './store.ts';
import type { CapDecision } from './messages.ts';

export function admit(
  s: ShardStore,
  r: { packetId: string; userId: string; sponsorId: string; nowMs: number },
  caps: { perUser: number; perSponsor: number },
): { decision: CapDecision; repeat: boolean; atMs: number } {
  const prev = s.stmt('SELECT decision, at_ms FROM t_cap WHERE packet_id = ?').get(r.packetId) as { decision: CapDecision; at_ms: number } | undefined;
  if (prev) return { decision: prev.decision, repeat: true, atMs: prev.at_ms };
  const perUser = (s.stmt(`SELECT count(*) AS n FROM t_cap WHERE user_id = ? AND decision = 'admitted'`).get(r.userId) as { n: number }).n;
  const perSponsor = (s.stmt(`SELECT count(*) AS n FROM t_cap WHERE user_id = ? AND decision = 'admitted' AND sponsor_id = ?`)
    .get(r.userId, r.sponsorId) as { n: number }).n;
  const decision: CapDecision = perUser >= caps.perUser ? 'cap_user' : perSponsor >= caps.perSponsor ? 'cap_sponsor' : 'admitted';
  s.stmt('INSERT INTO t_cap (packet_id, user_id, sponsor_id, decision, at_ms) VALUES (?, ?, ?, ?, ?)')
    .run(r.packetId, r.userId, r.sponsorId, decision, r.nowMs);
  return { decision, repeat: false, atMs: r.nowMs };
}
