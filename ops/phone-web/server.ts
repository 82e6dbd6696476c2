/**
 * The phone web server of the embedded deployment: serves a phone in the
 * browser (`/`, built on the SDK's browser bundle at `/sdk/`), the show's
 * resource files (`/resources/<file>`, so pre-download works on one machine),
 * and, in the development profile only, demo user tokens (`/api/token`), since
 * a local deployment has no account system.
 */
import http from 'node:http';
import path from 'node:path';
import { mkdirSync, readFileSync, existsSync, writeFileSync, statSync } from 'node:fs';
import { makeUserToken } from '../../gateway/index.ts';
import { demoResourceBytes, demoResourceFile } from '../../contracts/show/demo-resources.ts';
import type { Resource } from '../../contracts/show/types.ts';
import { buildSdk } from '../../client/build.ts';
import { phonePage } from './page.ts';

export interface PhoneWebOptions {
  host: string;
  port: number;
  /** Gateway WebSocket URLs the page connects to (fail-over list). */
  gateways: string[];
  /** Served under /resources/ (demo files are written here if missing). */
  resourcesDir: string;
  /** Where the SDK bundle is built (a state directory). */
  sdkDir: string;
  /** Mints demo tokens when set (development profile only). */
  authSecret: string | null;
  /** Demo resources to write into resourcesDir if absent. */
  demoResources: readonly Pick<Resource, 'id' | 'kind'>[];
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8' };
const USER_ID = /^[A-Za-z0-9_:-]{1,64}$/;
const TOKEN_TTL_MS = 6 * 3600_000;

export async function startPhoneWeb(o: PhoneWebOptions): Promise<{ server: http.Server; port: number }> {
  mkdirSync(o.resourcesDir, { recursive: true });
  for (const r of o.demoResources) {
    const file = path.join(o.resourcesDir, demoResourceFile(r.id, r.kind));
    if (!existsSync(file)) writeFileSync(file, demoResourceBytes(r.id, r.kind));
  }
  const sdk = await buildSdk(o.sdkDir);
  const sdkFiles = new Map([sdk.browser, `${sdk.browser}.map`].map((f) => [`/sdk/${path.basename(f)}`, f]));
  const page = phonePage({ sdkUrl: `/sdk/${path.basename(sdk.browser)}` });
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const p = url.pathname;
    if (req.method !== 'GET') return send(res, 405, 'application/json', JSON.stringify({ code: 'METHOD_NOT_ALLOWED', message: 'GET only' }));
    if (p === '/' || p === '/index.html') return send(res, 200, TYPES['.html'], page);
    if (p === '/api/phone-config') return send(res, 200, 'application/json', JSON.stringify({ gateways: o.gateways }));
    if (p === '/api/token') {
      const user = url.searchParams.get('user') ?? '';
      if (!o.authSecret) return send(res, 403, 'application/json', JSON.stringify({ code: 'DEMO_TOKENS_DISABLED', message: 'demo tokens are served in the development profile only' }));
      if (!USER_ID.test(user)) return send(res, 400, 'application/json', JSON.stringify({ code: 'BAD_REQUEST', message: 'user must be 1-64 of [A-Za-z0-9_:-]' }));
      return send(res, 200, 'application/json', JSON.stringify({ token: makeUserToken(o.authSecret, user, Date.now() + TOKEN_TTL_MS) }));
    }
    const sdkFile = sdkFiles.get(p);
    if (sdkFile) return sendFile(res, sdkFile);
    if (p.startsWith('/resources/')) {
      const name = path.basename(decodeURIComponent(p.slice('/resources/'.length)));
      const file = path.join(o.resourcesDir, name);
      if (name && existsSync(file) && statSync(file).isFile()) return sendFile(res, file);
    }
    send(res, 404, 'application/json', JSON.stringify({ code: 'NOT_FOUND', message: `no ${p}` }));
  });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(o.port, o.host, () => resolve()); });
  return { server, port: (server.address() as { port: number }).port };
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function sendFile(res: http.ServerResponse, file: string): void {
  send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', readFileSync(file));
}
