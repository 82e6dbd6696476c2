/**
 * The boundary rule between the repository's parts, as code (docs/ARCHITECTURE.md
 * "Parts and boundaries"). A part is a top-level folder that runs as, or inside,
 * its own process: it may import another part only through that part's
 * `index.ts` (or an entry it declares public, PUBLIC_ENTRIES). Shared libraries (contracts/, common/, queue/) may be imported by
 * anyone and import no part. Tests (a `test/` folder, `*.test.ts`) and the
 * harness folders (test/, bench/) drive parts from outside and are not checked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const LIBRARIES = new Set(['contracts', 'common', 'queue']);
export const HARNESSES = new Set(['test', 'bench']);

/**
 * A part's public entries besides its `index.ts`, each declared by the part
 * itself. The phone SDK is published with a Node entry (its package.json
 * `exports["./node"]`: index.ts stays browser-safe) and its bundle build
 * (its package.json `build` script), which ops' phone page runs at start.
 */
export const PUBLIC_ENTRIES: Readonly<Record<string, readonly string[]>> = {
  client: ['node.ts', 'build.ts'],
};

export interface CrossImport { from: string; to: string }

const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]*)['"]|(?:^|[\s;(])import\(\s*['"](\.[^'"]*)['"]\s*\)|^\s*import\s*['"](\.[^'"]*)['"]/gm;

/** Relative import specifiers of one source text. */
export function importSpecifiers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(SPECIFIER)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function isTestCode(file: string): boolean {
  return file.endsWith('.test.ts') || file.split('/').slice(0, -1).includes('test');
}

/** The import from `file` (repository-relative) to `spec` when it breaks the rule, else null. */
export function boundaryViolation(file: string, spec: string): CrossImport | null {
  const fromPart = file.split('/')[0];
  if (HARNESSES.has(fromPart) || isTestCode(file)) return null;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  const [toPart, ...rest] = target.split('/');
  if (toPart === fromPart || toPart === '..' || rest.length === 0) return null;
  if (LIBRARIES.has(toPart) && !LIBRARIES.has(fromPart)) return null;
  if (LIBRARIES.has(fromPart) && LIBRARIES.has(toPart)) return null;
  const entry = rest.join('/');
  if (!LIBRARIES.has(fromPart) && (entry === 'index.ts' || PUBLIC_ENTRIES[toPart]?.includes(entry))) return null;
  return { from: file, to: target };
}

/** Every import that breaks the rule in the given files (paths relative to root). */
export function scanBoundaries(root: string, files: readonly string[]): CrossImport[] {
  const out: CrossImport[] = [];
  for (const file of files) {
    if (!/\.(ts|mts|mjs)$/.test(file) || file.endsWith('.d.ts')) continue;
    for (const spec of importSpecifiers(readFileSync(path.join(root, file), 'utf8'))) {
      const v = boundaryViolation(file, spec);
      if (v) out.push(v);
    }
  }
  return out;
}
