/**
 * The show logic of a gateway: answers every shake from the timeline in
 * memory, hands out packets from the shared pool within the caps, and accepts
 * open/share operations into the local journal. No network call, no disk read
 * on the shake path; disk writes (issuance, journal) are staged and made
 * durable by flush() before the replies of the batch are sent.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { shake } from '../../../contracts/proto/gen/shake.js';
import type { ShowConfig } from '../../../contracts/show/types.ts';
import type { LogicApp } from '../logic-app.ts';
import type { LogicUpdate } from '../worker-protocol.ts';
import { PoolConsumer } from '../../pool/packet-pool.ts';
import { Timeline } from '../../../contracts/show/timeline.ts';
import { FastRandom } from './rng.ts';
import { Outcome, OutcomeTable, type Drawn } from './outcome-draw.ts';
import { CapCookies, type WonPacket } from './cap-cookie.ts';
import { PacketTokens } from './packet-token.ts';
import { WinsIndex, capVerdict, knownWins } from './cap-verdict.ts';
import { IssuedStore, type IssuedRow } from './issued-store.ts';
import { ISSUED_DB_FILE, JOURNAL_DB_FILE } from '../../../contracts/disk/gateway-files.ts';
import { NO_CONN, Redeliveries, packetsInJournal, type ConnKey, type Deliverable } from './redelivery.ts';
import { JournalSubmitter, type DurableReply } from '../../journal/journal-link.ts';
import { shake as pb } from '../../../contracts/proto/gen/internal.js';
import { isShakeError } from '../../../common/errors.ts';
import type { ShowLogicState, WonEvent } from './show-state.ts';
import { OverloadShared } from '../../overload/overload-shared.ts';

type Reply = shake.v1.IServerMessage;

/** Why a shake in a round got no packet (shake.v1.NoPacketReason). */
export const NoPacketReason = shake.v1.NoPacketReason;
const OpStatusOk = shake.v1.OpStatus.OK;
const KIND_OPEN = pb.internal.v1.OperationKind.OPEN;
const KIND_SHARE = pb.internal.v1.OperationKind.SHARE;
/** Pool packets checked against the issued record after a start (a crash may have left issued ones in the pool). */
const RECOVERY_POOL_CHECKS = 4096;

export interface ShowCounters {
  forgedCookie(): void;
  issued(): void;
  capRefused(): void;
  poolEmpty(): void;
  opened(): void;
  shared(): void;
  /** A won packet handed again (a reply that may have been lost); counted and logged by the worker. */
  redelivered(userId: string, packetId: string): void;
}

const JournalEntry = pb.internal.v1.JournalEntry;

const NOTHING: Drawn = { outcome: Outcome.NOTHING, contentId: '' };
/** Most batches win nothing: they all get this one (frozen) empty list. */
const NO_EVENTS: readonly WonEvent[] = Object.freeze([]);

/** A round is on but this shake wins no packet (a plain function: no closure per shake on the hot path). */
function miss(drawn: Drawn, roundId: string, reason: number, cookie?: Uint8Array): shake.v1.IShakeReply {
  return cookie
    ? { outcome: drawn.outcome, contentId: drawn.contentId, cookie, roundId, noPacketReason: reason }
    : { outcome: drawn.outcome, contentId: drawn.contentId, roundId, noPacketReason: reason };
}

export class ShowApp implements LogicApp {
  private show: ShowConfig | null = null;
  private timeline: Timeline | null = null;
  private tables = new Map<string, OutcomeTable>();
  private readonly rng = new FastRandom();
  private readonly cookies: CapCookies;
  private readonly tokens: PacketTokens;
  private readonly localWins = new WinsIndex();
  private readonly feedWins = new WinsIndex();
  /**
   * Wins this gateway has seen in valid cookies (won elsewhere). Layer (a) may
   * only add information: once a newer cookie showed a win, an older cookie of
   * the same user (rolled back by the phone) cannot lower the count here.
   */
  private readonly cookieWins = new WinsIndex();
  /**
   * Ring ends cache their positions, and a standby worker loads long before it
   * takes over: ends made at load would resume where the rings stood then
   * (packets read again, journal frames written over). They are made at first
   * use, which is after the hand-over.
   */
  private poolEnd: PoolConsumer | null = null;
  private journalEnd: JournalSubmitter | null = null;
  private readonly issued: IssuedStore;
  /** The journal entry the last handled request produced, until submitDurable() queues it with its reply. */
  private pendingEntry: Uint8Array | null = null;
  private readonly recovered = new Map<string, IssuedRow>();
  /** Last issued row loaded into localWins/recovered (the rest is loaded when this generation takes over). */
  private loadedSeq = 0;
  /** Last journal row read for the opened packets (loadOpened). */
  private journalSeq = 0;
  private poolChecksLeft = RECOVERY_POOL_CHECKS;
  private events: WonEvent[] = [];
  /** Won packets whose reply may have been lost, handed again on a new connection (./redelivery.ts). */
  private readonly redeliveries = new Redeliveries();
  /** Overload tiers: from a configured tier on, shakes outside rounds get the cheap answer. */
  private readonly overload: OverloadShared | null;

  /** `lane`: this worker's index among the gateway's logic workers: its pool lane and journal ring. */
  constructor(private readonly state: ShowLogicState, private readonly counters: ShowCounters, private readonly lane = 0) {
    mkdirSync(state.dataDir, { recursive: true });
    this.cookies = new CapCookies(state.secrets.cookie);
    this.tokens = new PacketTokens(state.secrets.packetToken);
    this.overload = state.overload ? new OverloadShared(state.overload) : null;
    this.issued = new IssuedStore(path.join(state.dataDir, ISSUED_DB_FILE));
    // Read in full at load (a standby loads long before it takes over, so the hand-over does not wait on
    // it); start() reads only the rows written since.
    this.loadOpened();
    this.loadIssued();
    for (const w of state.feedWins) this.addFeedWin(w);
    if (state.show) this.setShow(state.show);
  }

  /**
   * This generation takes over (the previous one has stopped or died): what
   * the previous one issued since this one loaded counts for caps and crash
   * replays too.
   */
  start(): void {
    this.loadOpened();
    this.loadIssued();
  }

  /** Opens/shares journaled since the last read: those packets are not handed again. */
  private loadOpened(): void {
    const now = Date.now();
    const { packets, lastSeq } = packetsInJournal(path.join(this.state.dataDir, JOURNAL_DB_FILE), now, this.journalSeq);
    // An entry without its token's expiry: no token issued before now outlives now + the packet TTL.
    for (const [id, expiresAtMs] of packets) this.redeliveries.seenOpened(id, expiresAtMs || now + this.state.packetTtlMs, now);
    this.journalSeq = lastSeq;
  }

  /**
   * Adds the rows issued since the last load to the wins index, the
   * crash-replay map and the re-deliveries (those whose token still verifies).
   */
  private loadIssued(): void {
    const after = this.loadedSeq;
    this.issued.rowsForProcess(this.state.processKey, this.recovered, after);
    this.loadedSeq = this.issued.loadWins(this.localWins, after);
    const now = Date.now();
    // A row of this process went to a connection the IO layer may still hold (a logic generation took over): not again there.
    const mine = `${this.state.processKey}:`;
    for (const row of this.issued.liveRows(after, this.loadedSeq, now)) this.redeliveries.add(row, row.req_key?.startsWith(mine) ? row.conn_key ?? NO_CONN : NO_CONN, now);
  }

  /** A win on another gateway: counts for the caps, and is handed again here if its phone comes over without it. */
  private addFeedWin(w: WonEvent): void {
    this.feedWins.add(w.userId, w);
    if (w.expiresAtMs === undefined) return; // an event without the packet's fields (older gateway): caps only
    this.redeliveries.add({
      packet_id: w.packetId, user_id: w.userId, sponsor_id: w.sponsorId, round_id: w.roundId ?? '', amount_cents: w.amountCents ?? 0,
      shares: w.shares ?? 0, share_amount_cents: w.shareAmountCents ?? 0, issued_at_ms: 0, token_expires_at_ms: w.expiresAtMs,
    });
  }

  private get pool(): PoolConsumer {
    return (this.poolEnd ??= new PoolConsumer(this.state.pool, this.lane));
  }

  private get journal(): JournalSubmitter {
    return (this.journalEnd ??= new JournalSubmitter(this.state.journal, this.lane));
  }

  private setShow(show: ShowConfig): void {
    this.show = show;
    this.timeline = new Timeline(show);
    this.tables = new Map(show.segments.map((s) => [s.id, new OutcomeTable(s)]));
  }

  update(update: LogicUpdate): void {
    if (update.kind === 'show') this.setShow(update.show);
    else if (update.kind === 'feed-wins') for (const w of update.wins) this.addFeedWin(w);
  }

  /** `conn`: the connection the request came on (re-delivery is once per connection); NO_CONN when unknown. */
  handle(userId: string, msg: shake.v1.ClientMessage, now: number, reqId: number, conn: ConnKey = NO_CONN): Reply {
    this.pendingEntry = null;
    switch (msg.op) {
      case 'shake':
        return { shake: this.shake(userId, msg.shake!, now, reqId, conn) };
      case 'open':
        return this.operation(KIND_OPEN, userId, msg.open!.packetToken ?? '', now);
      case 'share':
        return this.operation(KIND_SHARE, userId, msg.share!.packetToken ?? '', now);
      case 'ping':
        return { pong: { serverTimeMs: now } };
      default:
        return { error: { code: 'UNKNOWN_OPERATION', message: `unknown operation ${String(msg.op)}` } };
    }
  }

  private shake(userId: string, req: shake.v1.IShakeRequest, now: number, reqId: number, conn: ConnKey): shake.v1.IShakeReply {
    const m = this.timeline?.at(now);
    if (!m) return { outcome: Outcome.NOTHING, noPacketReason: NoPacketReason.NO_ROUND };
    if (!m.round && this.overload?.cheap()) {
      // Overloaded: no content draw outside rounds, just when to come back.
      return { outcome: Outcome.NOTHING, nextRoundAtMs: m.nextRoundAtMs, noPacketReason: m.justEnded ? NoPacketReason.ROUND_ENDED : NoPacketReason.NO_ROUND };
    }
    if (this.recovered.size > 0) {
      const again = this.recovered.get(`${this.state.processKey}:${reqId}`);
      if (again) {
        this.redeliveries.add(again, conn, now);
        return this.winReply(again, knownWins(this.localWins.get(userId)));
      }
    }
    // Also outside rounds: a packet won in a round's last seconds is still the phone's.
    if (this.redeliveries.users > 0) {
      const back = this.redeliver(userId, req, now, conn);
      if (back) return back;
    }
    const drawn = m.segment ? this.tables.get(m.segment.id)!.draw(this.rng) : NOTHING;
    const round = m.round;
    if (!round) {
      return {
        outcome: drawn.outcome, contentId: drawn.contentId, nextRoundAtMs: m.nextRoundAtMs,
        noPacketReason: m.justEnded ? NoPacketReason.ROUND_ENDED : NoPacketReason.NO_ROUND,
        roundId: m.justEnded?.id ?? '',
      };
    }
    if (this.rng.next() >= round.packetDrawProbability) return miss(drawn, round.id, NoPacketReason.NOT_DRAWN);

    const caps = this.show!.caps;
    const check = this.cookies.check(userId, req.cookie);
    if (check.kind !== 'absent' && check.kind !== 'valid') this.counters.forgedCookie();
    if (check.kind === 'valid') for (let i = 0; i < check.won.length; i++) this.cookieWins.add(userId, check.won[i]!);
    const wins = knownWins(this.cookieWins.get(userId), this.localWins.get(userId), this.feedWins.get(userId));
    // Refresh a phone whose cookie lags what the other layers know.
    const refresh = wins.length > 0 && (check.kind !== 'valid' || check.won.length !== wins.length) ? this.cookies.encode(userId, wins) : undefined;
    if (capVerdict(caps, wins, null) !== 'ok') {
      this.counters.capRefused();
      return miss(drawn, round.id, NoPacketReason.CAP_REACHED, refresh);
    }
    const packet = this.takePacket();
    if (!packet) {
      this.counters.poolEmpty();
      return miss(drawn, round.id, NoPacketReason.POOL_EMPTY, refresh);
    }
    if (capVerdict(caps, wins, packet.sponsorId) !== 'ok') {
      this.pool.unread();
      this.counters.capRefused();
      return miss(drawn, round.id, NoPacketReason.SPONSOR_CAP, refresh);
    }
    const row: IssuedRow = {
      packet_id: packet.packetId, user_id: userId, sponsor_id: packet.sponsorId, round_id: round.id,
      amount_cents: Number(packet.amountCents), shares: packet.shares, share_amount_cents: Number(packet.shareAmountCents),
      issued_at_ms: now, req_key: `${this.state.processKey}:${reqId}`, token_expires_at_ms: now + this.state.packetTtlMs, conn_key: conn,
    };
    this.issued.stage(row);
    const won: WonPacket = { packetId: row.packet_id, sponsorId: row.sponsor_id };
    this.localWins.add(userId, won);
    this.redeliveries.add(row, conn, now);
    this.events.push({
      userId, packetId: won.packetId, sponsorId: won.sponsorId, gatewayId: this.state.gatewayId, roundId: row.round_id,
      amountCents: row.amount_cents, shares: row.shares, shareAmountCents: row.share_amount_cents, expiresAtMs: row.token_expires_at_ms,
    });
    this.counters.issued();
    return this.winReply(row, [...wins, won]);
  }

  private takePacket() {
    for (;;) {
      const p = this.pool.next();
      if (!p || this.poolChecksLeft <= 0) return p;
      this.poolChecksLeft--;
      // Left in the pool by a crash after its issuance was committed: consume it, never give it again.
      if (!this.issued.isIssued(p.packetId)) return p;
    }
  }

  /** The packet this shake hands again (see ./redelivery.ts), or null: the shake draws as usual. */
  private redeliver(userId: string, req: shake.v1.IShakeRequest, now: number, conn: ConnKey): shake.v1.IShakeReply | null {
    let shown: WonPacket[] | null = null;
    const packet = this.redeliveries.due(userId, conn, now, (packetId) => {
      if (!shown) {
        const check = this.cookies.check(userId, req.cookie);
        shown = check.kind === 'valid' ? check.won : [];
      }
      return shown.some((w) => w.packetId === packetId);
    });
    if (!packet) return null;
    this.counters.redelivered(userId, packet.packet_id);
    return this.winReply(packet, knownWins(this.cookieWins.get(userId), this.localWins.get(userId), this.feedWins.get(userId)));
  }

  private winReply(row: Deliverable, wins: WonPacket[]): shake.v1.IShakeReply {
    // The recorded expiry, so a reply given again after a crash carries the same token life.
    const expiresAtMs = row.token_expires_at_ms || row.issued_at_ms + this.state.packetTtlMs;
    const token = this.tokens.sign({
      packetId: row.packet_id, userId: row.user_id, sponsorId: row.sponsor_id, roundId: row.round_id,
      amountCents: row.amount_cents, shares: row.shares, shareAmountCents: row.share_amount_cents, expiresAtMs,
    });
    return {
      outcome: Outcome.RED_PACKET,
      roundId: row.round_id,
      cookie: this.cookies.encode(row.user_id, wins),
      packet: {
        packetId: row.packet_id, sponsorId: row.sponsor_id, amountCents: row.amount_cents,
        shares: row.shares, shareAmountCents: row.share_amount_cents, token, expiresAtMs,
      },
    };
  }

  private operation(kind: number, userId: string, token: string, now: number): Reply {
    let claim;
    try {
      claim = this.tokens.verify(token, userId, now);
    } catch (e) {
      if (isShakeError(e)) return { error: { code: e.code, message: e.message } };
      throw e;
    }
    const operationId = `${kind === KIND_OPEN ? 'open' : 'share'}:${claim.packetId}`;
    this.redeliveries.opened(userId, claim.packetId, claim.expiresAtMs, now);
    if (kind === KIND_OPEN) this.counters.opened(); else this.counters.shared();
    // A replay is queued again; the journal keeps the first entry. The answer comes from the signed claim, so it is the same.
    // The "ok" is queued with the entry (submitDurable) and leaves only once the journal thread has committed it.
    this.pendingEntry = JournalEntry.encode({
      operationId, kind, packetId: claim.packetId, userId, sponsorId: claim.sponsorId, roundId: claim.roundId,
      amountCents: claim.amountCents, shares: claim.shares, shareAmountCents: claim.shareAmountCents, acceptedAtMs: now,
      tokenExpiresAtMs: claim.expiresAtMs,
    }).finish();
    return kind === KIND_OPEN
      ? { open: { status: OpStatusOk, packetId: claim.packetId, amountCents: claim.amountCents, operationId } }
      // A group packet's id is its seed packet's id (packet-service): the sharer sends it to friends.
      : { share: { status: OpStatusOk, packetId: claim.packetId, operationId, shares: claim.shares, groupPacketId: claim.shares > 0 ? claim.packetId : '' } };
  }

  flush(): void {
    this.issued.commit();
    this.pool.commit();
    this.journal.flush();
  }

  submitDurable(reply: DurableReply): number {
    const entry = this.pendingEntry;
    if (!entry) return 0;
    this.pendingEntry = null;
    return this.journal.submit(entry, reply);
  }

  journalCommitted(): number {
    return this.journal.committed();
  }

  journalFailed(): boolean {
    return this.journal.failed();
  }

  drainEvents(): readonly WonEvent[] {
    if (this.events.length === 0) return NO_EVENTS;
    const e = this.events;
    this.events = [];
    return e;
  }

  close(): void {
    this.issued.close();
  }
}
