/** Files holding secrets (deployment descriptors, instance configs with tokens): owner-only, 0600, even when the file already existed. */
import { chmodSync, writeFileSync } from 'node:fs';

export function writeSecretFile(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}
