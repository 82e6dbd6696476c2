/** Shared shapes between the config follower and its three channels. */
export type ChannelName = 'push' | 'file' | 'poll';

/** Hands a candidate document (untrusted, unvalidated) to the follower. */
export type OfferFn = (raw: unknown, channel: ChannelName, source: string) => void;

/** Query parameters identifying this gateway and reporting its version and clock. */
export type ReportFn = () => URLSearchParams;

export interface ChannelStatus {
  /** push: connected now; poll: last poll succeeded; file: watching. */
  up: boolean;
  /** Instance URL or directory currently used. */
  source: string | null;
  lastOkMs: number | null;
  errors: number;
}
