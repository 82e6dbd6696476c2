/**
 * A user's balance with several money SETs: their money lands in the SET of
 * each packet they opened, so the balance is the sum of every SET's answer.
 * One SET that cannot answer makes the whole call fail (the phone is told to
 * try again later), never a short figure.
 */
import { moneyErrorOf, type MoneyHttp } from './money-http.ts';

/** The money service's balance JSON with the summed balanceCents; throws when any SET fails. */
export async function balanceOverSets(http: MoneyHttp, endpoints: readonly string[], userId: string, timeoutMs: number): Promise<string> {
  const path = `/balance/${encodeURIComponent(userId)}`;
  const parts = await Promise.all(endpoints.map(async (base) => {
    const res = await http.get(base, path, timeoutMs);
    if (res.status !== 200) throw new Error(`money SET ${base} answered HTTP ${res.status} ${moneyErrorOf(res.body)?.code ?? res.body.slice(0, 100)}`);
    return JSON.parse(res.body) as { userId: string; balanceCents: number };
  }));
  return JSON.stringify({ ...parts[0], balanceCents: parts.reduce((a, p) => a + p.balanceCents, 0) });
}
