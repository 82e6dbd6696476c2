/**
 * Finds the error codes the source uses, for the catalogue test. Each file is
 * parsed with the TypeScript parser (syntax only, no type check), so comments
 * and the text inside messages are never taken for codes.
 *
 * A "code-shaped" literal is a string literal (or template without
 * substitutions) matching UPPER_SNAKE: /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.
 * A code-shaped literal is a use of an error code when it stands in one of
 * these places (the rule name is reported with each use):
 *
 *   error-call     first argument of a call or `new` whose callee name ends in
 *                  "error" (ShakeError, SeedError, AgentError, ClientError,
 *                  GatewayError, queueError, this.error(...)) or is `catalogued`
 *   code-field     the value of a `code` property (`{ code: 'X' }`), or the
 *                  literal type of a `code` property in a type (`code: 'X'`)
 *   code-test      the other side of `x.code === / !== / ?? / || 'X'`, and the
 *                  initializer of a variable named `code`
 *   error-map      a value inside an object or array literal declared with
 *                  `satisfies ... ErrorCode ...` (AgentErrorCode, IoErrorCodes, ...)
 *   close-reason   the reason of `.end(n, 'X')` / `.close(n, 'X')` with n in 1000..4999
 *   finding        the first argument of `violate(...)` or `<...report...>.add(...)`
 *   reply          an argument of `refuse(...)`, `errorReply(...)`, `busyReply(...)`,
 *                  `closeReason(...)`
 *   snake          any other code-shaped literal with an underscore that does
 *                  not start with SHAKE_ (env var and NATS stream names do, and
 *                  no error code does): a new UPPER_SNAKE literal is a code
 *                  until it is catalogued or allowlisted
 *
 * Through a conditional (`a ? 'X' : 'Y'`), a parenthesis or `??`/`||`, every
 * branch is looked at. A use inside a call that also passes an HTTP status as
 * a direct argument (a number 400..599, or a string like '403 Forbidden') is
 * reported with that status, so the test can hold it to the catalogue's. Literals in these places that are not error codes are
 * in NOT_CODES, each with its reason.
 *
 * Files scanned: every `.ts` under the root except node_modules, dot folders,
 * folders named `test`, `*.test.ts`, `*.d.ts` (generated protobuf code is
 * `.js` + `.d.ts`, so it is never scanned) and the catalogue itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface CodeUse {
  code: string; file: string; line: number; rule: string;
  /** The HTTP status sent with the code, where the same call names one (`send(404, ...)`, `json(res, '403 Forbidden', ...)`). */
  http?: number;
}

/** Code-shaped literals that are not error codes, with the reason. Keep it small. */
export const NOT_CODES: Readonly<Record<string, string>> = {
  ENOENT: 'Node errno code, compared with a caught fs/socket error (`e.code === ...`), never raised by us',
  EEXIST: 'Node errno code, compared with a caught fs error, never raised by us',
  EPERM: 'Node errno code, compared with a caught process.kill error, never raised by us',
  ERR_HTTP_REQUEST_TIMEOUT: "Node http server's clientError code, compared to pick our own REQUEST_TIMEOUT answer",
  ERR_HTTP_HEADERS_TIMEOUT: "Node http server's clientError code, compared to pick our own REQUEST_TIMEOUT answer",
  HPE_HEADER_OVERFLOW: "Node's HTTP parser error code, compared to pick our own PAYLOAD_TOO_LARGE answer",
};

const CODE_SHAPE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

export function listSourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) { if (e.name !== 'test') walk(p); continue; }
      if (!e.name.endsWith('.ts') || e.name.endsWith('.test.ts') || e.name.endsWith('.d.ts')) continue;
      out.push(p);
    }
  };
  walk(root);
  return out.filter((f) => path.relative(root, f) !== path.join('contracts', 'errors.ts')).sort();
}

function calleeName(e: ts.Expression): string {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

function isCodeAccess(e: ts.Expression): boolean {
  return (ts.isPropertyAccessExpression(e) && e.name.text === 'code') || (ts.isIdentifier(e) && e.text === 'code');
}

/** The code-shaped literals an expression can evaluate to (through ?:, (), ??, ||, `as`). */
function literalsOf(e: ts.Node | undefined): ts.StringLiteralLike[] {
  if (!e) return [];
  if (ts.isStringLiteralLike(e)) return CODE_SHAPE.test(e.text) ? [e] : [];
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) return literalsOf(e.expression);
  if (ts.isConditionalExpression(e)) return [...literalsOf(e.whenTrue), ...literalsOf(e.whenFalse)];
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...literalsOf(e.left), ...literalsOf(e.right)];
  }
  if (ts.isLiteralTypeNode(e)) return literalsOf(e.literal);
  if (ts.isUnionTypeNode(e)) return e.types.flatMap(literalsOf);
  return [];
}

/** Every code-shaped literal anywhere inside a node (for error maps). */
function allLiterals(n: ts.Node): ts.StringLiteralLike[] {
  const out: ts.StringLiteralLike[] = [];
  const visit = (c: ts.Node) => {
    if (ts.isStringLiteralLike(c) && CODE_SHAPE.test(c.text)) out.push(c);
    ts.forEachChild(c, visit);
  };
  visit(n);
  return out;
}

/** The places a node puts codes, as [rule, literals]; empty when it is none of them. */
function codePlaces(n: ts.Node): [string, ts.StringLiteralLike[]][] {
  if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
    const name = calleeName(n.expression);
    const args = n.arguments ?? ts.factory.createNodeArray<ts.Expression>();
    if ((/error$/i.test(name) && name !== 'Error') || name === 'catalogued') return [['error-call', literalsOf(args[0])]];
    if (name === 'violate' || (name === 'add' && ts.isPropertyAccessExpression(n.expression) && /report/i.test(n.expression.expression.getText()))) {
      return [['finding', literalsOf(args[0])]];
    }
    if (name === 'refuse' || name === 'errorReply' || name === 'busyReply' || name === 'closeReason') return [['reply', args.flatMap(literalsOf)]];
    if ((name === 'end' || name === 'close') && args.length === 2 && ts.isNumericLiteral(args[0])) {
      const c = Number(args[0].text);
      if (c >= 1000 && c <= 4999) return [['close-reason', literalsOf(args[1])]];
    }
    return [];
  }
  if ((ts.isPropertyAssignment(n) || ts.isPropertySignature(n)) && ts.isIdentifier(n.name) && n.name.text === 'code') {
    return [['code-field', literalsOf(ts.isPropertyAssignment(n) ? n.initializer : n.type)]];
  }
  if (ts.isBinaryExpression(n)) {
    const k = n.operatorToken.kind;
    const compares = k === ts.SyntaxKind.EqualsEqualsEqualsToken || k === ts.SyntaxKind.ExclamationEqualsEqualsToken
      || k === ts.SyntaxKind.QuestionQuestionToken || k === ts.SyntaxKind.BarBarToken;
    if (compares && isCodeAccess(n.left)) return [['code-test', literalsOf(n.right)]];
    if (compares && isCodeAccess(n.right)) return [['code-test', literalsOf(n.left)]];
    return [];
  }
  if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === 'code') return [['code-test', literalsOf(n.initializer)]];
  if (ts.isSatisfiesExpression(n) && /\bErrorCode\b/.test(n.type.getText())) return [['error-map', allLiterals(n.expression)]];
  return [];
}

/** The codes one source text uses. `file` is only the label in the answer. */
export function scanSource(file: string, text: string): CodeUse[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const uses: CodeUse[] = [];
  const placed = new Map<ts.Node, CodeUse | null>();
  const use = (lit: ts.StringLiteralLike, rule: string) => {
    if (placed.has(lit)) return;
    const u = Object.hasOwn(NOT_CODES, lit.text) ? null
      : { code: lit.text, file, line: sf.getLineAndCharacterOfPosition(lit.getStart(sf)).line + 1, rule };
    placed.set(lit, u);
    if (u) uses.push(u);
  };
  const visit = (n: ts.Node) => {
    for (const [rule, lits] of codePlaces(n)) for (const l of lits) use(l, rule);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  // The sweep runs last so that a literal already placed keeps its more precise rule.
  const sweep = (n: ts.Node) => {
    if (ts.isStringLiteralLike(n) && SNAKE.test(n.text) && !n.text.startsWith('SHAKE_')) use(n, 'snake');
    ts.forEachChild(n, sweep);
  };
  sweep(sf);
  const withStatus = (n: ts.Node) => {
    const status = ts.isCallExpression(n) ? n.arguments.map(httpStatusArg).find((s) => s !== undefined) : undefined;
    if (status !== undefined) {
      const mark = (c: ts.Node) => { const u = placed.get(c); if (u) u.http = status; ts.forEachChild(c, mark); };
      ts.forEachChild(n, mark);
    }
    ts.forEachChild(n, withStatus);
  };
  withStatus(sf);
  return uses;
}

function httpStatusArg(a: ts.Expression): number | undefined {
  const n = ts.isNumericLiteral(a) ? Number(a.text) : ts.isStringLiteralLike(a) && /^[45]\d\d /.test(a.text) ? Number(a.text.slice(0, 3)) : NaN;
  return n >= 400 && n <= 599 ? n : undefined;
}

export function scanTree(root: string): CodeUse[] {
  return listSourceFiles(root).flatMap((f) => scanSource(path.relative(root, f), fs.readFileSync(f, 'utf8')));
}
