/**
 * `npm run rehearsal`: the full topology on loopback: chrony, a 3-node NATS
 * JetStream cluster, 2 sites x 3 config instances, the money service on the
 * JetStream queue, 2 gateways (--gateways N) each with its agent. Drill hooks
 * are on (rehearsals run drills). Ctrl-C stops everything.
 *
 *   npm run rehearsal [-- --gateways 2 --base-port 8080 --no-drill-hooks --keep]
 */
import { runProfile } from './deploy/run-profile.ts';

await runProfile('rehearsal', { basePort: 8080, gateways: 2, drillHooks: true });
