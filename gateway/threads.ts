/**
 * How many IO threads and logic workers a gateway runs. 0 in the config means
 * "from the core count": on 2 cores one of each (measured: a second thread of
 * either only adds hand-offs there), above that about half the cores for IO
 * (uWS frames, the heaviest part per shake) and a quarter for logic
 * (decisions cost ~0.5 µs each), leaving the rest to the main thread, the
 * journal thread and the kernel's network work.
 */
import { MAX_IO_THREADS, MAX_LOGIC_WORKERS } from './shared-layout.ts';

export interface ThreadCounts {
  io: number;
  logic: number;
}

export function defaultThreadCounts(cores: number): ThreadCounts {
  if (cores <= 2) return { io: 1, logic: 1 };
  // The 16-core device ran 4 x 2 on 8 cores.
  return { io: Math.max(1, Math.round(cores / 2)), logic: Math.max(1, Math.floor(cores / 4)) };
}

/**
 * The counts to run: configured ones, else the defaults; several IO threads
 * only when the process can share its port between them (`reusePort`).
 */
export function resolveThreadCounts(configured: ThreadCounts, cores: number, reusePort: boolean): ThreadCounts & { ioLimitedBy: 'reuseport' | null } {
  const d = defaultThreadCounts(cores);
  const io = Math.min(MAX_IO_THREADS, configured.io > 0 ? configured.io : d.io);
  const logic = Math.min(MAX_LOGIC_WORKERS, configured.logic > 0 ? configured.logic : d.logic);
  if (io > 1 && !reusePort) return { io: 1, logic, ioLimitedBy: 'reuseport' };
  return { io, logic, ioLimitedBy: null };
}
