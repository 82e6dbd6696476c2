/** Reads a process's resident memory and CPU time from /proc (Linux only). */
import { readdirSync, readFileSync } from 'node:fs';

/** VmRSS of pid in KiB. */
export function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!m) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(m[1]);
}

const CLK_TCK = 100; // USER_HZ; `getconf CLK_TCK` is 100 on Linux x86-64/arm64

/** user+system CPU time of pid (all its threads) in ms. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the ")" that closes the command name; utime and stime are fields 14 and 15.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
}

/** Measures CPU use of a pid over an interval, as a fraction of one core. */
export class CpuMeter {
  private t0 = 0;
  private c0 = 0;
  constructor(private readonly pid: number) {}
  start(): void { this.t0 = performance.now(); this.c0 = cpuMs(this.pid); }
  /** Cores used since start() (1.0 = one core fully busy). */
  stop(): number { return (cpuMs(this.pid) - this.c0) / (performance.now() - this.t0); }
}

/** Voluntary (the thread slept: a park, a wait, a blocking call) and involuntary (preempted) context switches, all threads of pid. */
export function contextSwitches(pid: number): { voluntary: number; involuntary: number } {
  let voluntary = 0;
  let involuntary = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let status: string;
    try {
      status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    voluntary += Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    involuntary += Number(/^nonvoluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  }
  return { voluntary, involuntary };
}

/** Context switches per second of pid's threads over an interval (threads that end meanwhile drop out). */
export class SwitchMeter {
  private t0 = 0;
  private c0 = { voluntary: 0, involuntary: 0 };
  constructor(private readonly pid: number) {}
  start(): void { this.t0 = performance.now(); this.c0 = contextSwitches(this.pid); }
  stop(): { voluntaryPerSec: number; involuntaryPerSec: number } {
    const c = contextSwitches(this.pid);
    const s = (performance.now() - this.t0) / 1000;
    return { voluntaryPerSec: (c.voluntary - this.c0.voluntary) / s, involuntaryPerSec: (c.involuntary - this.c0.involuntary) / s };
  }
}

/** user+system CPU time (ms) and name of each live thread of pid. */
export function threadCpuMs(pid: number): Map<number, { name: string; ms: number; sysMs: number }> {
  const out = new Map<number, { name: string; ms: number; sysMs: number }>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), { name, ms: ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK, sysMs: (Number(f[12]) * 1000) / CLK_TCK });
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/** Cores used per thread over an interval (threads started meanwhile count from 0), busiest first. */
export class ThreadCpuMeter {
  private t0 = 0;
  private c0 = new Map<number, { name: string; ms: number; sysMs: number }>();
  constructor(private readonly pid: number) {}
  start(): void { this.t0 = performance.now(); this.c0 = threadCpuMs(this.pid); }
  /** `cores`: user+system; `sysCores`: the kernel's part (syscalls: futex, fsync, sockets). */
  stop(): { tid: number; name: string; cores: number; sysCores: number }[] {
    const elapsed = performance.now() - this.t0;
    return [...threadCpuMs(this.pid)].map(([tid, t]) => {
      const before = this.c0.get(tid);
      return { tid, name: t.name, cores: (t.ms - (before?.ms ?? 0)) / elapsed, sysCores: (t.sysMs - (before?.sysMs ?? 0)) / elapsed };
    })
      .filter((t) => t.cores > 0).sort((a, b) => b.cores - a.cores);
  }
}
