/** Starts a real config-service instance process (embedded SQLite store) for tests. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './gateway-process.ts';
import type { InstanceConfig } from '../../config-service/instance-config.ts';
import { nodeEntryArgs } from '../../common/bundle-entry.ts';

export interface ConfigInstanceProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
  post(route: string, body: unknown, token?: string): Promise<{ status: number; json: any }>;
}

export async function startConfigInstance(partial: Partial<InstanceConfig>): Promise<ConfigInstanceProcess> {
  const child = spawn(process.execPath, [...(await nodeEntryArgs(path.join(repoRoot, 'config-service/main.ts')))], {
    env: { ...process.env, SHAKE_LOG_LEVEL: 'warn', SHAKE_CONFIG_INSTANCE: JSON.stringify({ port: 0, ...partial }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr!.on('data', (d) => (out += d));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`config instance did not start:\n${out}`)), 20_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /"evt":"listening","port":(\d+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`config instance exited ${code}:\n${out}`)); });
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    post: async (route, body, token) => {
      const res = await fetch(url + route, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
      return { status: res.status, json: await res.json() };
    },
  };
}
