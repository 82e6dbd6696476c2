/**
 * Channel (b): file sync. Each config instance writes every new version into
 * each gateway config directory it serves as `show.<site>-<instance>.json`
 * (temp file, fsync, rename: a reader never sees half a file). One file per
 * instance, so six writers never race on one name; the gateway watches the
 * directory and takes the highest valid version among `show*.json` (an
 * operator can also drop a `show.json` by hand in an emergency).
 */
import { mkdir, open, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../common/logger.ts';
import type { ShowConfig } from '../contracts/show/types.ts';

export class ConfigFileWriter {
  private written = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly dirs: string[], private readonly fileName: string, private readonly logger: Logger) {}

  /** Queues a write of doc (skipped unless newer than the last one written). Resolves when done. */
  write(doc: ShowConfig): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (doc.version <= this.written) return;
      const data = JSON.stringify(doc);
      await Promise.all(this.dirs.map((d) => this.writeOne(d, data, doc.version)));
      this.written = doc.version;
    });
    return this.chain;
  }

  private async writeOne(dir: string, data: string, version: number): Promise<void> {
    try {
      await mkdir(dir, { recursive: true });
      const tmp = path.join(dir, `.${this.fileName}.tmp`);
      const fh = await open(tmp, 'w');
      try {
        await fh.writeFile(data);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, path.join(dir, this.fileName));
    } catch (e) {
      this.logger.warn({ dir, version, err: String(e) }, 'file channel write failed');
    }
  }
}
