/**
 * `npm start`: the whole system on one machine, on embedded defaults.
 * Every component is a real process; logs go to var/logs/<component>.log.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Supervisor } from './supervisor.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = (entry: string) => [process.execPath, ['--import', 'tsx', path.join(root, entry)]] as const;

const wsPort = Number(process.env.SHAKE_WS_PORT ?? 8080);
const sup = new Supervisor(path.join(root, 'var', 'logs'));
sup.stopOnSignals();

try {
  const [cmd, args] = tsx('gateway/main.ts');
  await sup.start({
    name: 'gateway',
    command: cmd,
    args: [...args],
    env: { SHAKE_WS_PORT: String(wsPort) },
    ready: /listening/,
    urls: [`ws://127.0.0.1:${wsPort}/`, `http://127.0.0.1:${wsPort + 1}/status`, `http://127.0.0.1:${wsPort + 1}/metrics`],
  });
  console.log(`\nshake deployment up (embedded defaults). Logs: ${path.join(root, 'var', 'logs')}. Ctrl-C stops everything.`);
} catch (e) {
  console.error(`start failed: ${(e as Error).message}`);
  await sup.stopAll();
  process.exit(1);
}
