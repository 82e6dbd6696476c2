/**
 * How many IO threads and logic workers a gateway runs. 0 in the config means
 * "from the core count": on 2 cores one of each (measured: a second thread of
 * either only adds hand-offs there), above that about half the cores for IO
 * (uWS frames, the heaviest part per shake) and a quarter for logic
 * (decisions cost ~0.5 µs each), leaving the rest to the main thread, the
 * journal thread and the kernel's network work.
 */
import { MAX_IO_THREADS, MAX_LOGIC_WORKERS } from './lanes.ts';

export interface ThreadCounts {
  io: number;
  logic: number;
}

export function defaultThreadCounts(cores: number): ThreadCounts {
  // Until the known stall after a logic reload with several workers is fixed (gateway/test/swap-and-crash.test.ts,
  // its 2 x 2 drill), every machine defaults to one of each; several are an explicit choice
  // (threads.io / threads.logic, SHAKE_IO_THREADS / SHAKE_LOGIC_WORKERS). The sizing to return to once fixed:
  // 1 x 1 up to 2 cores, else io = round(cores / 2), logic = floor(cores / 4) (the 16-core device ran 4 x 2 on 8 cores).
  void cores;
  return { io: 1, logic: 1 };
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
