/**
 * Channel (b), gateway side: watches the gateway's config directory for
 * `show*.json` files (written atomically by the config instances as
 * show.<site>-<instance>.json, or dropped by hand as show.json) and offers
 * each changed file. fs.watch gives the fast path; a rescan every rescanMs
 * catches anything a watch event missed (and recreates the watch if the
 * directory was replaced).
 */
import { mkdirSync, watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../common/logger.ts';
import type { ChannelStatus, OfferFn } from './channel-types.ts';

export const CONFIG_FILE_PATTERN = /^show(\.[A-Za-z0-9_-]+)?\.json$/;

export interface FileChannelOptions {
  dir: string;
  rescanMs: number;
  offer: OfferFn;
  logger: Logger;
}

export class FileChannel {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly seen = new Map<string, string>();
  readonly state: ChannelStatus = { up: false, source: null, lastOkMs: null, errors: 0 };

  constructor(private readonly o: FileChannelOptions) {
    this.state.source = o.dir;
  }

  /** Reads what is already there, then watches. */
  async start(): Promise<void> {
    mkdirSync(this.o.dir, { recursive: true });
    this.ensureWatch();
    await this.rescan();
    this.timer = setInterval(() => { this.ensureWatch(); void this.rescan(); }, this.o.rescanMs);
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private ensureWatch(): void {
    if (this.watcher) return;
    try {
      this.watcher = watch(this.o.dir, (_event, name) => {
        if (name && CONFIG_FILE_PATTERN.test(name.toString())) void this.readIfChanged(name.toString());
      });
      this.watcher.on('error', () => { this.watcher?.close(); this.watcher = null; this.state.up = false; });
      this.state.up = true;
    } catch (e) {
      this.state.up = false;
      this.o.logger.warn({ dir: this.o.dir, err: String(e) }, 'cannot watch config dir; rescanning only');
    }
  }

  private async rescan(): Promise<void> {
    try {
      const names = await readdir(this.o.dir);
      await Promise.all(names.filter((n) => CONFIG_FILE_PATTERN.test(n)).map((n) => this.readIfChanged(n)));
    } catch (e) {
      this.state.errors++;
      this.o.logger.debug({ dir: this.o.dir, err: String(e) }, 'config dir rescan failed');
    }
  }

  private async readIfChanged(name: string): Promise<void> {
    const file = path.join(this.o.dir, name);
    try {
      const st = await stat(file);
      const sig = `${st.ino}:${st.size}:${st.mtimeMs}`;
      if (this.seen.get(name) === sig) return;
      this.seen.set(name, sig);
      const text = await readFile(file, 'utf8');
      this.state.lastOkMs = Date.now();
      let doc: unknown;
      try { doc = JSON.parse(text); } catch {
        this.state.errors++;
        this.o.logger.warn({ file }, 'config file is not valid JSON; ignored');
        return;
      }
      this.o.offer(doc, 'file', file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.o.logger.debug({ file, err: String(e) }, 'config file read failed');
    }
  }
}
