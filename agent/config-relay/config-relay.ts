/**
 * Channel (b) across machines: the relay beside a gateway fetches each new
 * show version from the config sites and writes it as a file into the
 * directory the gateway watches (temp file + fsync + rename, so the gateway
 * never reads a torn file). It is deliberately its own code path in its own
 * process (the agent, or its own entry): it shares nothing with the
 * gateway's push and poll, so a gateway whose push and poll are broken (or
 * stuck) still receives every change by file. Only valid, newer versions are
 * written; the gateway validates again on read.
 */
import { mkdirSync, openSync, fsyncSync, closeSync, writeSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../common/logger.ts';
import { validateShowConfig } from '../../contracts/show/validate.ts';

export interface ConfigRelayConfig {
  /** Config instance base URLs (both sites), tried in order with failover. */
  urls: string[];
  /** The gateway's config directory (it takes any newer, valid show*.json there). */
  configDir: string;
  intervalMs: number;
  requestTimeoutMs: number;
}

export const CONFIG_RELAY_FILE = 'show.relay.json';

export interface ConfigRelayStatus { version: number; url: string | null; lastWriteMs: number | null; lastError: string | null; writes: number }

export class ConfigFileRelay {
  private version = 0;
  private urlIndex = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly st: ConfigRelayStatus = { version: 0, url: null, lastWriteMs: null, lastError: null, writes: 0 };

  constructor(private readonly cfg: ConfigRelayConfig, private readonly logger: Logger) {}

  start(): void {
    mkdirSync(this.cfg.configDir, { recursive: true });
    const loop = async () => {
      await this.pollOnce();
      if (this.timer !== null) this.timer = setTimeout(() => void loop(), this.cfg.intervalMs);
    };
    this.timer = setTimeout(() => void loop(), 0);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  status(): ConfigRelayStatus { return { ...this.st, version: this.version }; }

  /** Asks the instances in turn for anything newer than what was written; writes it. */
  async pollOnce(): Promise<void> {
    for (let tried = 0; tried < this.cfg.urls.length; tried++) {
      const url = this.cfg.urls[this.urlIndex];
      try {
        const res = await fetch(`${url}/config?have=${this.version}`, { signal: AbortSignal.timeout(this.cfg.requestTimeoutMs) });
        this.st.url = url;
        if (res.status === 204) return;
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        this.write(await res.json());
        return;
      } catch (e) {
        this.st.lastError = `${url}: ${String(e)}`;
        this.urlIndex = (this.urlIndex + 1) % this.cfg.urls.length;
      }
    }
  }

  private write(doc: unknown): void {
    const v = validateShowConfig(doc);
    if (!v.ok) { this.st.lastError = `invalid document refused: ${v.errors[0].path} ${v.errors[0].reason}`; return; }
    if (v.value.version <= this.version) return;
    const target = path.join(this.cfg.configDir, CONFIG_RELAY_FILE);
    const tmp = path.join(this.cfg.configDir, `.${CONFIG_RELAY_FILE}.${process.pid}.tmp`);
    const fd = openSync(tmp, 'w');
    try { writeSync(fd, JSON.stringify(v.value)); fsyncSync(fd); } finally { closeSync(fd); }
    renameSync(tmp, target);
    this.version = v.value.version;
    this.st.lastWriteMs = Date.now();
    this.st.writes++;
    this.logger.info({ version: this.version, configDir: this.cfg.configDir }, 'config version relayed to the gateway file channel');
  }
}
