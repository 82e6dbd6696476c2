/**
 * What every command-line tool shares: `--help` prints the usage and exits 0;
 * an unknown flag, a missing argument or a bad input file is one clear line on
 * stderr and exit 64 (EX_USAGE from sysexits.h), never a stack trace and never
 * one of a tool's own result codes (a drill's 1 and 2 mean "threshold failed"
 * and "invariant violated").
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isShakeError, type ShakeError } from './errors.ts';
import { catalogued } from '../contracts/errors.ts';

export const EX_USAGE = 64;

/** A usage error: the caller ends the process with EX_USAGE. */
export function usageError(message: string): ShakeError {
  return catalogued('USAGE', message);
}

export function isUsageError(e: unknown): e is ShakeError {
  return isShakeError(e) && e.code === 'USAGE';
}

/** Prints one line naming the tool and the problem, and exits 64. */
export function exitUsage(tool: string, message: string): never {
  // node:util's parseArgs adds a hint about '--' that reads as noise here.
  const line = message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '').replace(/ \(see --help\)$/, '');
  process.stderr.write(`${tool}: ${line} (see --help)\n`);
  process.exit(EX_USAGE);
}

/** True when the arguments ask for help (anywhere, so `tool sub --help` works too). */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/**
 * `parseArgs`, strict, with the shared behaviour: `--help` prints `usage` and
 * exits 0; an unknown flag or a missing value exits 64 with one line.
 */
export function parseCli<T extends ParseArgsConfig>(tool: string, usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  if (wantsHelp(args)) {
    process.stdout.write(`${usage.trimEnd()}\n`);
    process.exit(0);
  }
  try {
    return parseArgs<T>({ ...config, args, strict: true });
  } catch (e) {
    exitUsage(tool, (e as Error).message);
  }
}

/**
 * Runs a tool's main: its result is the exit code; a usage error exits 64; any
 * other error is one line and `failureCode` (the tool's "could not run" code).
 */
export function runCli(tool: string, main: () => number | Promise<number>, failureCode: number): void {
  Promise.resolve().then(main).then((code) => process.exit(code), (e: unknown) => {
    if (isUsageError(e)) exitUsage(tool, e.message);
    const code = isShakeError(e) ? `${e.code}: ` : '';
    process.stderr.write(`${tool}: ${code}${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(failureCode);
  });
}
