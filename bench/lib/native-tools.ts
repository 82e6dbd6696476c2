/**
 * Builds and runs the native load tools in bench/native (C++, g++ from the machine's toolchain).
 * A tool is compiled on first use, and again whenever its sources are newer than the binary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const NATIVE_DIR = fileURLToPath(new URL('../native/', import.meta.url));
const BUILD_DIR = path.join(NATIVE_DIR, 'build');

/** Path of the built tool `name` (bench/native/<name>.cc), compiling it if needed. */
export function nativeTool(name: 'loadgen' | 'phones'): string {
  const source = path.join(NATIVE_DIR, `${name}.cc`);
  const binary = path.join(BUILD_DIR, name);
  const sources = [source, ...readdirSync(NATIVE_DIR).filter((f) => f.endsWith('.h')).map((f) => path.join(NATIVE_DIR, f))];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (existsSync(binary) && statSync(binary).mtimeMs >= newest) return binary;
  mkdirSync(BUILD_DIR, { recursive: true });
  const tmp = `${binary}.${process.pid}.tmp`;
  try {
    execFileSync('g++', ['-O2', '-std=c++17', '-Wall', '-Wextra', '-Wno-unused-parameter', '-o', tmp, source], { stdio: ['ignore', 'inherit', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer };
    throw new Error(`building bench/native/${name}.cc failed (needs g++):\n${err.stderr?.toString() ?? String(e)}`);
  }
  execFileSync('mv', [tmp, binary]);
  return binary;
}

export interface PlanConnection {
  /** Request path incl. query, e.g. `/?token=...`. */
  path: string;
  /** Source address ('' = any). */
  address: string;
  /** Request payloads (protobuf ClientMessage bytes) the connection sends in turn, cycling. */
  payloads: Uint8Array[];
}

/** Writes a plan file in the layout bench/native/ws-client.h readPlan() expects. */
export function writePlan(file: string, conns: PlanConnection[]): void {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(12);
  head.write('SHKP', 0, 'latin1');
  head.writeUInt32LE(1, 4);
  head.writeUInt32LE(conns.length, 8);
  parts.push(head);
  for (const c of conns) {
    const p = Buffer.from(c.path, 'latin1');
    const a = Buffer.from(c.address, 'latin1');
    if (p.length > 0xffff || a.length > 0xff) throw new Error('plan: path or address too long');
    const h = Buffer.alloc(2 + p.length + 1 + a.length + 4);
    let o = h.writeUInt16LE(p.length, 0);
    o += p.copy(h, o);
    o = h.writeUInt8(a.length, o);
    o += a.copy(h, o);
    h.writeUInt32LE(c.payloads.length, o);
    parts.push(h);
    for (const f of c.payloads) {
      const l = Buffer.alloc(4);
      l.writeUInt32LE(f.length, 0);
      parts.push(l, Buffer.from(f.buffer, f.byteOffset, f.length));
    }
  }
  writeFileSync(file, Buffer.concat(parts));
}
