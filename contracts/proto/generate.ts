// Regenerates contracts/proto/gen/*.js and *.d.ts from the .proto files (static code, no runtime reflection).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '../..', 'node_modules', '.bin');
mkdirSync(path.join(here, 'gen'), { recursive: true });
for (const name of ['shake', 'internal']) {
  const js = path.join(here, 'gen', `${name}.js`);
  execFileSync(path.join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'es6', '--force-number', '--no-verify', '--no-delimited', '--root', name, '-o', js, path.join(here, `${name}.proto`)], { stdio: 'inherit' });
  // protobufjs/minimal is CommonJS: Node's ESM loader exposes it only as a default export.
  const code = readFileSync(js, 'utf8').replace('import * as $protobuf from "protobufjs/minimal";', 'import $protobuf from "protobufjs/minimal.js";');
  writeFileSync(js, code);
  execFileSync(path.join(bin, 'pbts'), ['-o', path.join(here, 'gen', `${name}.d.ts`), js], { stdio: 'inherit' });
  if (name === 'internal') {
    // Also export the root as `internal`, so callers write internal.shake.internal.v1.X
    // and never clash with the phone protocol's `shake` import.
    writeFileSync(js, readFileSync(js, 'utf8') + '\nexport const internal = { shake };\n');
    const dts = path.join(here, 'gen', `${name}.d.ts`);
    writeFileSync(dts, readFileSync(dts, 'utf8') + '\nimport _shakeRoot = shake;\nexport namespace internal {\n    export import shake = _shakeRoot;\n}\n');
  }
}
