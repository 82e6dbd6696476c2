/**
 * Secrets and the deployment profile, in one place for every process.
 *
 * A process runs in the `production` profile unless `SHAKE_PROFILE=development`
 * is set (`npm start`, the rehearsal and the tests set it). Outside development a
 * process refuses to start on any documented development secret, or with two of
 * its secrets equal; in development each development secret in use is warned
 * about once. Every process resolves its secrets through `resolveSecrets`.
 */
import { timingSafeEqual } from 'node:crypto';
import { ShakeError } from './errors.ts';

export type Profile = 'development' | 'production';

/** The documented development secrets: public, fine for a laptop and nothing else. */
export const DEV_SECRETS = {
  auth: 'dev-only-shake-secret-change-me',
  cookie: 'dev-only-cookie-secret-change-me',
  packet: 'dev-only-packet-secret-change-me',
  operator: 'dev-token',
  service: 'dev-only-service-token-change-me',
} as const;

export type SecretName = keyof typeof DEV_SECRETS;

/** The environment variable that sets each secret. */
export const SECRET_ENV: Record<SecretName, string> = {
  auth: 'SHAKE_AUTH_SECRET',
  cookie: 'SHAKE_COOKIE_SECRET',
  packet: 'SHAKE_PACKET_SECRET',
  operator: 'SHAKE_OPERATOR_TOKEN',
  service: 'SHAKE_SERVICE_TOKEN',
};

export const MIN_SECRET_LENGTH = 16;

export function profileFromEnv(env: NodeJS.ProcessEnv): Profile {
  const p = env.SHAKE_PROFILE ?? 'production';
  if (p !== 'development' && p !== 'production') {
    throw new ShakeError('PROFILE_INVALID', `SHAKE_PROFILE must be "development" or "production", got ${JSON.stringify(p)}`);
  }
  return p;
}

export type Warn = (msg: string, fields: Record<string, unknown>) => void;

/**
 * Resolves the named secrets from the environment (development defaults in the
 * development profile only) and checks them. Throws SECRETS_REFUSED with every
 * problem listed; a process exits on it before serving anything.
 */
export function resolveSecrets<N extends SecretName>(
  names: readonly N[], env: NodeJS.ProcessEnv, warn: Warn,
): Record<N, string> {
  const profile = profileFromEnv(env);
  const out = {} as Record<N, string>;
  const problems: string[] = [];
  for (const name of names) {
    const value = env[SECRET_ENV[name]] ?? (profile === 'development' ? DEV_SECRETS[name] : undefined);
    if (value === undefined) { problems.push(`${SECRET_ENV[name]} is not set`); continue; }
    out[name] = value;
  }
  problems.push(...checkSecrets(out, profile, warn));
  if (problems.length > 0) {
    throw new ShakeError('SECRETS_REFUSED', `refusing to start (${profile} profile): ${problems.join('; ')}`, { profile, problems });
  }
  return out;
}

/** Problems with a set of resolved secrets; warns once per development secret in the development profile. */
export function checkSecrets(secrets: Partial<Record<SecretName, string>>, profile: Profile, warn: Warn): string[] {
  const problems: string[] = [];
  const entries = Object.entries(secrets) as [SecretName, string][];
  const devValues = new Set<string>(Object.values(DEV_SECRETS));
  for (const [name, value] of entries) {
    if (value.length < MIN_SECRET_LENGTH && !(profile === 'development' && value === DEV_SECRETS[name])) {
      problems.push(`${SECRET_ENV[name]} must be at least ${MIN_SECRET_LENGTH} characters`);
    }
    if (devValues.has(value)) {
      if (profile === 'production') problems.push(`${SECRET_ENV[name]} is a public development secret`);
      else warnOnce(warn, name);
    }
  }
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      if (entries[i]![1] === entries[j]![1] && !(profile === 'development' && devValues.has(entries[i]![1]))) {
        problems.push(`${SECRET_ENV[entries[i]![0]]} and ${SECRET_ENV[entries[j]![0]]} must differ`);
      }
    }
  }
  return problems;
}

const warned = new Set<SecretName>();
function warnOnce(warn: Warn, name: SecretName): void {
  if (warned.has(name)) return;
  warned.add(name);
  warn(`development secret in use for ${SECRET_ENV[name]}: fine for a laptop, never for a show`, { secret: SECRET_ENV[name], profile: 'development' });
}

/** Constant-time comparison of a presented credential with the expected one. */
export function credentialMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
