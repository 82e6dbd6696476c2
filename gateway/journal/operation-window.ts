/**
 * The operations the journal accepted whose packet token can still verify.
 * A replayed open/share must not add a second entry; once its token has
 * expired, the logic worker refuses the replay before it reaches the journal,
 * so the window can forget it. This replaces a UNIQUE index whose random page
 * writes cost more than the rest of a commit (contracts/disk/journal-schema.ts).
 *
 * `marginMs` keeps entries that long past their expiry, for a wall clock
 * stepped backwards (chrony steps only at start; it slews otherwise).
 * Memory: one map entry per operation within token lifetime + margin.
 */
export class OperationWindow {
  private readonly expiry = new Map<string, number>();
  /** Insertion order, for pruning from the front (expiries are nearly ordered; a later one only delays the rest). */
  private order: string[] = [];
  private head = 0;

  constructor(private readonly marginMs: number) {}

  has(operationId: string): boolean {
    return this.expiry.has(operationId);
  }

  /** tokenExpiresAtMs 0 = unknown: kept for as long as the process runs. */
  add(operationId: string, tokenExpiresAtMs: number): void {
    if (this.expiry.has(operationId)) return;
    this.expiry.set(operationId, tokenExpiresAtMs > 0 ? tokenExpiresAtMs + this.marginMs : Infinity);
    this.order.push(operationId);
  }

  /** Forgets operations whose token expired more than the margin before nowMs. */
  prune(nowMs: number): void {
    while (this.head < this.order.length) {
      const id = this.order[this.head];
      if ((this.expiry.get(id) as number) >= nowMs) break;
      this.expiry.delete(id);
      this.head++;
    }
    if (this.head > 4096 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }
}
