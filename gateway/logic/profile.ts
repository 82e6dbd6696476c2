/**
 * Optional CPU profile of a logic worker (worker threads cannot take
 * --cpu-prof): with SHAKE_LOGIC_PROFILE_DIR set, the worker records a V8 CPU
 * profile and writes <dir>/logic-<generation>-<pid>.cpuprofile when it stops.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export function startLogicProfile(dir: string | undefined, generation: number): () => Promise<void> {
  if (!dir) return async () => {};
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  return () =>
    new Promise<void>((resolve) => {
      session.post('Profiler.stop', (err, res) => {
        if (!err) writeFileSync(path.join(dir, `logic-${generation}-${process.pid}.cpuprofile`), JSON.stringify(res.profile));
        session.disconnect();
        resolve();
      });
    });
}
