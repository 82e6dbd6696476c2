import type { QueueMessage } from '../types.ts';

export function msg(id: string, key: string, body = id): QueueMessage {
  return { id, key, data: new TextEncoder().encode(body) };
}

export function text(data: Uint8Array): string {
  return new TextDecoder().decode(data);
}

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
