/** Retries fn with backoff until it resolves or the deadline passes (then rethrows the last error). */
import { backoffMs } from './backoff.ts';

export async function retryUntil<T>(fn: () => Promise<T>, timeoutMs: number, onError?: (e: unknown, attempt: number) => void): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      onError?.(e, attempt);
      if (Date.now() >= deadline) throw e;
      await new Promise((r) => setTimeout(r, Math.min(backoffMs(attempt, 100, 2_000), Math.max(0, deadline - Date.now()))));
    }
  }
}
