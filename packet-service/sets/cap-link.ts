/**
 * Cap decisions across money SETs over NATS request/reply. Each cap SET answers
 * on `<prefix>.<set>` from its own shards (LocalCaps); a SET whose packet is opened
 * by a user of another cap SET asks that SET, with a timeout per try and a few
 * tries. Safe to repeat: the cap SET stores the first decision per packet id and
 * returns it again. When no answer comes, admit() rejects: the operation stays
 * in the queue and is redelivered later, so a packet never moves without its decision.
 */
import { JSONCodec, type NatsConnection, type Subscription } from 'nats';
import { connectForever, type NatsAuth } from '../../queue/jetstream-connect.ts';
import { ShakeError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { capSetOf } from '../../contracts/sets.ts';
import type { SetConfig } from '../config.ts';
import type { CapAnswer, CapAuthority, CapRequest } from './cap-authority.ts';

type Reply = { ok: true; value: CapAnswer } | { ok: false, code: string; message: string };
const codec = JSONCodec<unknown>();

export class CapLink implements CapAuthority {
  /** Decisions asked of other SETs, and tries that got no answer (metrics). */
  readonly stats = { remote: 0, served: 0, failedTries: 0 };

  private constructor(private readonly nc: NatsConnection, private readonly sub: Subscription | null, private readonly set: SetConfig,
    private readonly local: CapAuthority, private readonly log: Logger) {}

  /**
   * Connects (with the NATS credential derived from `auth.serviceToken`); a SET that is a cap SET
   * starts answering other SETs' requests for its users.
   */
  static async start(set: SetConfig, local: CapAuthority, auth: NatsAuth, log: Logger): Promise<CapLink> {
    const link = set.capLink!;
    const nc = await connectForever([...link.servers], `money-set-${set.index}-caps`, auth, log);
    let sub: Subscription | null = null;
    if (set.index < set.capSets) sub = nc.subscribe(`${link.subjectPrefix}.${set.index}`, { queue: `cap-set-${set.index}` });
    const self = new CapLink(nc, sub, set, local, log);
    if (sub) void self.serve(sub);
    return self;
  }

  private async serve(sub: Subscription): Promise<void> {
    for await (const m of sub) {
      const r = codec.decode(m.data) as CapRequest;
      this.local.admit(r).then((value) => { this.stats.served++; m.respond(codec.encode({ ok: true, value } satisfies Reply)); },
        (e: Error & { code?: string }) => m.respond(codec.encode({ ok: false, code: e.code ?? 'SHARD_INTERNAL', message: e.message } satisfies Reply)));
    }
  }

  async admit(r: CapRequest): Promise<CapAnswer> {
    const capSet = capSetOf(r.userId, this.set.capSets);
    if (capSet === this.set.index) return this.local.admit(r);
    this.stats.remote++;
    const link = this.set.capLink!;
    let last = '';
    for (let attempt = 0; attempt < link.attempts; attempt++) {
      try {
        const m = await this.nc.request(`${link.subjectPrefix}.${capSet}`, codec.encode(r), { timeout: link.timeoutMs });
        const reply = codec.decode(m.data) as Reply;
        if (reply.ok) return reply.value;
        last = `${reply.code}: ${reply.message}`;
      } catch (e) {
        last = (e as Error).message;
      }
      this.stats.failedTries++;
    }
    this.log.warn({ packetId: r.packetId, userId: r.userId, capSet, attempts: link.attempts, err: last }, 'cap SET did not decide; the operation waits in the queue');
    throw new ShakeError('CAP_SET_UNREACHABLE', `cap SET ${capSet} did not answer for packet ${r.packetId}: ${last}`, { capSet, packetId: r.packetId });
  }

  async close(): Promise<void> {
    this.sub?.unsubscribe();
    await this.nc.drain().catch(() => this.nc.close());
  }
}
