/**
 * What a started local deployment looks like from outside: every URL, port,
 * directory and (local, development-only) secret a drill or an operator needs.
 * Written as <dir>/deployment.json once everything is up.
 */
export type Profile = 'embedded' | 'rehearsal';

export interface GatewayInfo {
  id: string;
  wsUrl: string;
  wsPort: number;
  adminUrl: string;
  /** <dataDir>/<id>/: issued.db, journal.db, agent.sock, config/ */
  dataDir: string;
  agentAdminUrl: string;
  /** Supervisor component names. */
  component: string;
  agentComponent: string;
}

export interface MoneySetInfo { index: number; url: string; dataDir: string; component: string }

export interface DeploymentInfo {
  profile: Profile;
  dir: string;
  logsDir: string;
  startedAtMs: number;
  gateways: GatewayInfo[];
  config: { urls: string[]; operatorToken: string };
  /**
   * The money service; with several money SETs (rehearsal) `url`/`dataDir`/`component` are SET 0's and `sets` lists every SET (index = SET).
   * expectedJournals: the gateways whose watermarks expiry of issued packets waits for (every gateway of the deployment).
   */
  money: { url: string; dataDir: string; component: string; expectedJournals: string[]; sets: MoneySetInfo[] };
  queue: { kind: 'sqlite'; path: string } | { kind: 'jetstream'; servers: string[]; stream: string };
  nats: { urls: string[]; monitorUrls: string[] } | null;
  chrony: { host: string; port: number } | null;
  seeds: { manifest: string; partsDir: string; count: number; sponsors: string[] };
  /** The secrets this deployment's components run with (the drill and `npm run token` mint user tokens with auth; service: the one credential between our own processes). File mode 0600. */
  secrets: { auth: string; cookie: string; packet: string; service: string };
  faultInjection: boolean;
  /** Embedded profile: the phone in the browser (page, SDK bundle, resource files); null elsewhere. */
  phone: { url: string; resourcesDir: string } | null;
}

export interface DeployOptions {
  profile: Profile;
  /** Root of all state and logs (default var/<profile>). */
  dir: string;
  gateways?: number;
  /** Fixed ports from here (gateway i: base+2i ws, +1 admin; agents base+90+i; money base+80; config base+70; phone web base+60); 0 = free ports. */
  basePort?: number;
  seedCount?: number;
  sponsors?: string[];
  /** Enables the gateways' drill hooks (POST /admin/drill/*). */
  faultInjection?: boolean;
  /** Wipe dir first (drills start from a clean show). */
  fresh?: boolean;
  logLevel?: string;
  /** Rehearsal: money SET processes on the JetStream queue (default 2; the embedded profile runs one). */
  moneySets?: number;
  /** Rehearsal: config instances per site (default 3; tests use 1 to start faster). */
  configPerSite?: number;
  say?: (line: string) => void;
  /** A show document (JSON) to start with instead of the embedded default; refused if a round can never be fed. */
  showFile?: string;
  /** Where the secrets come from (default process.env): SHAKE_PROFILE and SHAKE_*_SECRET / SHAKE_OPERATOR_TOKEN. */
  env?: NodeJS.ProcessEnv;
  /**
   * How long a won packet's token verifies (the gateways' packets.ttlMs; default 30 min). Drills shorten
   * it to see packets issued and never opened expire back to the pool within the drill.
   */
  packetTtlMs?: number;
}
