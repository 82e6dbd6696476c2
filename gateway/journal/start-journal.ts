/**
 * Starts the gateway's journal thread (see journal-thread.ts). If it dies, the
 * gateway keeps serving shakes and answers opens/shares JOURNAL_UNAVAILABLE
 * (nothing is acknowledged that is not durable); the failure is logged and
 * shown in /status.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../common/logger.ts';
import { bundleWorker, removeBundle } from '../../common/bundle-worker.ts';
import { JournalProgress, journalState } from './journal-link.ts';
import type { JournalThreadData } from './journal-thread.ts';

export interface JournalThread {
  status(): { running: boolean; committedTicket: number; failed: boolean };
  /** Fault drill: ends the thread as a crash would (not a clean close). */
  crash(): void;
  close(): Promise<void>;
}

export async function startJournalThread(data: JournalThreadData, bundleDir: string, logger: Logger): Promise<JournalThread> {
  const bundle = await bundleWorker(new URL('./journal-thread.ts', import.meta.url), bundleDir);
  const worker = new Worker(bundle, { execArgv: [], workerData: { data } });
  let running = true;
  let closing = false;
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  worker.on('error', (err) => logger.fatal({ err }, 'journal thread failed: opens/shares are refused (JOURNAL_UNAVAILABLE) until the gateway restarts'));
  worker.on('exit', (code) => {
    running = false;
    if (!closing) {
      new JournalProgress(data.buffers, data.logicDoorbells).fail();
      logger.fatal({ code }, 'journal thread exited');
    }
  });
  return {
    status: () => ({ running, ...journalState(data.buffers) }),
    crash: () => void worker.terminate(),
    close: async () => {
      closing = true;
      await worker.terminate();
      removeBundle(bundle);
    },
  };
}
