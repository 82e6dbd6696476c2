/** What a gateway knows about its clock; reported to the config service. */
export interface ClockStatus {
  /** Last measured offset (NTP servers - local clock), ms; null before the first measurement. */
  offsetMs: number | null;
  delayMs: number | null;
  /** Server(s) the last measurement came from. */
  servers: string[];
  /** Local time of the last successful measurement. */
  lastSyncMs: number | null;
  /** True when a measurement succeeded recently (within staleAfterMs). */
  synced: boolean;
  /** |offset| beyond the threshold: the machine's own clock is off and needs attention. */
  drifting: boolean;
}

/** The time source rounds are scheduled by. */
export interface ShowClock {
  /** Corrected epoch ms. */
  now(): number;
  status(): ClockStatus;
}
