/**
 * The per-user connection cap of one gateway process: a user may hold at most
 * `maxPerUser` connections; a new one is admitted and the user's oldest closed
 * (a phone that reconnects after a network change must not be locked out by its
 * own stale connection, and one token cannot take every slot).
 *
 * The IO layer talks to it through `UserConnections` only, so the count can
 * later move into shared memory (one table for all IO threads of the process)
 * without the IO server changing: `opened` says which of the user's
 * connections must go, `closed` forgets one. Today there is one IO thread per
 * process, and this in-memory implementation is its counter.
 */
export interface UserConnections<C> {
  /** Records a new connection of `userId`; returns the user's connections to close, oldest first. */
  opened(userId: string, conn: C): C[];
  /** Forgets a closed connection (a no-op for one already evicted). */
  closed(userId: string, conn: C): void;
  /** Users holding at least one connection. */
  readonly users: number;
}

const NONE: never[] = [];

export class LocalUserConnections<C> implements UserConnections<C> {
  /** userId -> that user's open connections, oldest first (at most maxPerUser, usually 1). */
  private readonly byUser = new Map<string, C[]>();

  constructor(private readonly maxPerUser: number) {
    if (!Number.isInteger(maxPerUser) || maxPerUser < 1) throw new RangeError('maxPerUser must be an integer >= 1');
  }

  get users(): number {
    return this.byUser.size;
  }

  opened(userId: string, conn: C): C[] {
    const list = this.byUser.get(userId);
    if (!list) { this.byUser.set(userId, [conn]); return NONE; }
    list.push(conn);
    return list.length > this.maxPerUser ? list.splice(0, list.length - this.maxPerUser) : NONE;
  }

  closed(userId: string, conn: C): void {
    const list = this.byUser.get(userId);
    if (!list) return;
    const i = list.indexOf(conn);
    if (i < 0) return;
    list.splice(i, 1);
    if (list.length === 0) this.byUser.delete(userId);
  }
}
