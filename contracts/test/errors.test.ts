/**
 * The error catalogue against the source: every code the source uses is in the
 * catalogue, every catalogue entry is used, and every entry is well-formed.
 * How codes are found: contracts/test/error-code-scan.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { ERRORS, httpStatus, catalogued, closeReason, type ErrorSpec } from '../errors.ts';
import { scanSource, scanTree, NOT_CODES, type CodeUse } from './error-code-scan.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const catalogue: Record<string, ErrorSpec> = ERRORS;
const uses = scanTree(root);

t.test('the scan finds the source (sanity: a broken scan would pass vacuously)', async (t) => {
  t.ok(uses.length > 200, `${uses.length} code uses found`);
  t.ok(uses.some((u) => u.file === path.join('gateway', 'io', 'canned-replies.ts') && u.code === 'GATEWAY_BUSY'), 'an error-map value is found');
  t.ok(uses.some((u) => u.rule === 'error-call' && u.code === 'USAGE'), 'a one-word code passed to an error constructor is found');
  t.ok(uses.some((u) => u.rule === 'reply' && u.code === 'RATE_LIMIT_IGNORED'), 'a close reason (closeReason(...)) is found');
});

t.test('every code used in the source is in the catalogue', async (t) => {
  const missing = uses.filter((u) => !Object.hasOwn(catalogue, u.code));
  const lines = missing.map((u) => `${u.file}:${u.line} ${u.code} (${u.rule})`);
  t.same(lines, [], 'add these to contracts/errors.ts (or, if not an error code, to NOT_CODES with a reason)');
});

t.test('a code sent with an explicit HTTP status is sent with the catalogue\'s', async (t) => {
  const sent = uses.filter((u) => u.http !== undefined);
  t.ok(sent.length >= 5, `${sent.length} codes sent with a status in the same call`);
  const wrong = sent.filter((u) => Object.hasOwn(catalogue, u.code) && catalogue[u.code].http !== u.http)
    .map((u) => `${u.file}:${u.line} ${u.code} sent with ${u.http}, catalogue says ${catalogue[u.code].http ?? 'none'}`);
  t.same(wrong, []);
});

t.test('every catalogue entry is used in the source', async (t) => {
  const used = new Set(uses.map((u) => u.code));
  const unused = Object.keys(catalogue).filter((c) => !used.has(c));
  t.same(unused, [], 'remove these from contracts/errors.ts, or use them');
});

t.test('every catalogue entry is well-formed', async (t) => {
  const bad: string[] = [];
  for (const [code, spec] of Object.entries(catalogue)) {
    if (!/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(code)) bad.push(`${code}: not UPPER_SNAKE`);
    if (code.startsWith('SHAKE_')) bad.push(`${code}: SHAKE_ is the prefix of env var and stream names, which the scan skips`);
    if (!Array.isArray(spec.audience) || spec.audience.length === 0) bad.push(`${code}: no audience`);
    if (spec.http !== undefined && !(Number.isInteger(spec.http) && spec.http >= 400 && spec.http <= 599)) bad.push(`${code}: http ${spec.http} not in 400..599`);
    const close = spec.close;
    if (close !== undefined && !(Number.isInteger(close) && ((close >= 4000 && close <= 4999) || (close >= 1000 && close <= 1015)))) {
      bad.push(`${code}: close ${close} not in 4000..4999 or 1000..1015`);
    }
    if (typeof spec.message !== 'string' || spec.message.trim() === '') bad.push(`${code}: empty message`);
  }
  t.same(bad, []);
  t.notOk(Object.keys(NOT_CODES).some((c) => Object.hasOwn(catalogue, c)), 'nothing is both a code and allowlisted as a non-code');
});

t.test('the catalogue answers HTTP statuses and builds errors', async (t) => {
  t.equal(httpStatus('GROUP_PACKET_EXPIRED', 503), 410);
  t.equal(httpStatus('QUEUE_PUBLISH_FAILED', 503), 503, 'a code without a status gets the fallback');
  t.equal(httpStatus('NOT_A_CODE', 500), 500);
  t.equal(closeReason('RATE_LIMIT_IGNORED'), 'RATE_LIMIT_IGNORED', 'a close reason is the code');
  t.equal(closeReason('FRAME_TOO_LARGE', 'frame larger than 1024 bytes'), 'FRAME_TOO_LARGE: frame larger than 1024 bytes');
  const long = closeReason('FRAME_TOO_LARGE', '\u00e9'.repeat(200));
  t.ok(new TextEncoder().encode(long).length <= 123 && long.startsWith('FRAME_TOO_LARGE: '), 'cut to the 123 bytes a close frame allows');
  const e = catalogued('NOT_FOUND');
  t.equal(e.code, 'NOT_FOUND');
  t.equal(e.message, ERRORS.NOT_FOUND.message);
});

t.test('the scanner recognizes each place a code stands, and nothing else', async (t) => {
  const found = (src: string): string[] => scanSource('x.ts', src).map((u: CodeUse) => `${u.code}/${u.rule}`);
  t.same(found(`throw new ShakeError('NEW_CODE', 'has MESSAGE_TEXT inside');`), ['NEW_CODE/error-call'], 'constructor; message text is no code');
  t.same(found(`throw new SeedError(cond ? 'USAGE' : 'OTHER', m); queueError('Q', m); this.error('FAILED', m);`),
    ['USAGE/error-call', 'OTHER/error-call', 'Q/error-call', 'FAILED/error-call'], 'subclasses, factories, both branches');
  t.same(found(`const r = { error: { code: 'GONE', message: 'x' } }; interface I { code: 'LIMITED' }`), ['GONE/code-field', 'LIMITED/code-field']);
  t.same(found(`if (e.code === 'HERE') {} const c = e.code ?? 'FALLBACK'; const code = ok ? 'A_B' : 'C';`),
    ['HERE/code-test', 'FALLBACK/code-test', 'A_B/code-test', 'C/code-test']);
  t.same(found(`if (e.code === 'ENOENT') {}`), [], 'allowlisted errno code');
  t.same(found(`export const M = { a: 'ONE', b: 'TWO' } as const satisfies Record<string, ErrorCode>;`), ['ONE/error-map', 'TWO/error-map']);
  t.same(found(`export const M = { a: 'ONE' } as const;`), [], 'an untyped map of one-word values is not recognized (the type makes it one)');
  t.same(found(`ws.end(1008, 'GONE_AWAY'); ws.end(1008, 'words'); x.end('NOPE');`), ['GONE_AWAY/close-reason']);
  t.same(found(`violate('LOST', id, d); report.add('MISSING', d); set.add('NOT_A_FINDING_BUT_SNAKE');`),
    ['LOST/finding', 'MISSING/finding', 'NOT_A_FINDING_BUT_SNAKE/snake'], 'findings; other snake literals are codes until allowlisted');
  const statuses = scanSource('x.ts', `send(404, 'application/json', JSON.stringify({ code: 'GONE' })); json(res, '403 Forbidden', { code: 'NO' }); f({ code: 'NONE' });`);
  t.same(statuses.map((u) => `${u.code}/${u.http}`), ['GONE/404', 'NO/403', 'NONE/undefined'], 'the status sent with a code');
  t.same(found(`this.refuse(res, '503 Service Unavailable', 'FULL_UP', 'msg', 0); ws.end(1009, closeReason('BIG', \`x \${n}\`));`), ['FULL_UP/reply', 'BIG/reply']);
  t.same(found(`// throw new ShakeError('IN_COMMENT')\nconst env = process.env['SHAKE_DATA_DIR']; const m = 'GET';`), [], 'comments, SHAKE_ names, plain words');
});
