/**
 * `npm start`: the whole system on one machine, on embedded defaults: the
 * config service (console), the money service (embedded SQLite queue), the
 * gateway and its agent. Every component is a real process; logs under
 * var/embedded/logs/<component>.log. Ctrl-C stops everything.
 *
 *   npm start [-- --gateways 1 --base-port 8010 --drill-hooks --keep]
 * (SHAKE_WS_PORT, if set, moves the base port: gateway ws on it, admin on +1.)
 */
import { runProfile } from './deploy/run-profile.ts';

await runProfile('embedded', { basePort: Number(process.env.SHAKE_WS_PORT ?? 8080), gateways: 1, drillHooks: false });
