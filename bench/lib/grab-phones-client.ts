/**
 * One slice of bench/grab-storm-phones.ts's crowd, as its own process (a
 * process holds at most ~20,000 sockets here, and the bench reads each one's
 * CPU apart): connects its users over WebSockets, prints `connected`, waits for
 * `go` on stdin, sends every user's grabs at once, and prints one JSON line
 * (GrabPhonesResult) once every request is answered or `waitMs` has passed;
 * with `retry`, a second line once every user holds a final answer.
 *
 *   node --import tsx bench/lib/grab-phones-client.ts '<json GrabPhonesSpec>'
 */
import { createInterface } from 'node:readline';
import { shake } from '../../contracts/proto/gen/shake.js';
import { answerLabel, closeCrowd, connectCrowd, sendGrabs, type CrowdPhone } from '../../test/helpers/grab-path.ts';

export interface GrabPhonesSpec { url: string; secret: string; userFrom: number; userTo: number; groupPacketId: string; repeats: number; waitMs: number; retry: boolean }

export interface GrabPhonesResult {
  sent: number;
  answered: number;
  lost: number;
  /** From `go` until the last answer (or the wait's end). */
  elapsedMs: number;
  byAnswer: Record<string, number>;
  /** This process's CPU from `go` to the end of the storm, µs. */
  cpuUs: number;
  /**
   * After the storm, phones obey retry_after_ms: each user without a final answer (OK, DUPLICATE,
   * empty) asks again after the hint until it has one. Null when not asked for.
   */
  retry: { users: number; requests: number; untilAllFinalMs: number; byAnswer: Record<string, number>; unresolved: number } | null;
}

async function waitAll(phones: CrowdPhone[], count: number, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  let i = 0;
  // Walks the phones once: a phone found complete stays complete.
  while (i < phones.length && Date.now() < deadline) {
    if (phones[i].replies.length >= count) { i++; continue; }
    await new Promise((r) => setTimeout(r, 5));
  }
}

const isFinal = (label: string) => label !== 'TRY_AGAIN_LATER';

/** Each user without a final answer asks again after its last retry_after_ms, until final (at most 20 tries). */
async function retryUntilFinal(phones: CrowdPhone[], spec: GrabPhonesSpec, t0: number): Promise<NonNullable<GrabPhonesResult['retry']>> {
  const waiting = phones.filter((p) => !p.replies.some((r) => isFinal(answerLabel(r))));
  const byAnswer: Record<string, number> = {};
  let requests = 0, unresolved = 0;
  await Promise.all(waiting.map(async (p) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const last = p.replies[p.replies.length - 1];
      await new Promise((r) => setTimeout(r, last?.error?.retryAfterMs ?? 1000));
      const before = p.replies.length;
      requests++;
      p.ws.send(shake.v1.ClientMessage.encode({ seq: 1000 + attempt, grab: { groupPacketId: spec.groupPacketId } }).finish(), { binary: true });
      while (p.replies.length === before) await new Promise((r) => setTimeout(r, 5));
      const label = answerLabel(p.replies[before]);
      byAnswer[label] = (byAnswer[label] ?? 0) + 1;
      if (isFinal(label)) return;
    }
    unresolved++;
  }));
  return { users: waiting.length, requests, untilAllFinalMs: performance.now() - t0, byAnswer, unresolved };
}

async function main(spec: GrabPhonesSpec): Promise<void> {
  const users = Array.from({ length: spec.userTo - spec.userFrom }, (_, i) => `storm-${spec.userFrom + i}`);
  const phones = await connectCrowd([spec.url], users, spec.secret, 128);
  process.stdout.write('connected\n');
  await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  sendGrabs(phones, spec.groupPacketId, spec.repeats);
  await waitAll(phones, spec.repeats, spec.waitMs);
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const byAnswer: Record<string, number> = {};
  let answered = 0;
  for (const p of phones) {
    answered += Math.min(spec.repeats, p.replies.length);
    for (const r of p.replies) byAnswer[answerLabel(r)] = (byAnswer[answerLabel(r)] ?? 0) + 1;
  }
  const sent = phones.length * spec.repeats;
  const result: GrabPhonesResult = { sent, answered, lost: sent - answered, elapsedMs, byAnswer, cpuUs: cpu.user + cpu.system, retry: null };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // The storm's figures are out (the bench reads every process's CPU now); the retries are reported on a second line.
  if (spec.retry) process.stdout.write(`${JSON.stringify({ ...result, retry: await retryUntilFinal(phones, spec, t0) })}\n`);
  closeCrowd(phones);
  process.exit(0);
}

await main(JSON.parse(process.argv[2]) as GrabPhonesSpec);
