/**
 * The console's static files (console/*.html|js|css), read once at start:
 * plain browser code, no bundler. Unknown names are refused (no path walking).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'console');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

const assets = new Map<string, { type: string; body: Buffer }>();
for (const name of readdirSync(DIR)) {
  const type = TYPES[path.extname(name)];
  if (type) assets.set(name, { type, body: readFileSync(path.join(DIR, name)) });
}

export function consoleAsset(name: string): { type: string; body: Buffer } | null {
  return assets.get(name) ?? null;
}
