// Bootstrap for worker threads running TypeScript: registers tsx in this
// thread (Node 20 does not carry the parent's loader hooks into workers),
// then loads the real entry named in workerData.__entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.__entry);
