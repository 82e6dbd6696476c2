/**
 * Loads uWebSockets.js and refuses to run on its silent pure-JS fallback,
 * which would quietly cost an order of magnitude of throughput.
 */
import { createRequire } from 'node:module';
import type * as UWS from 'uWebSockets.js';

const require = createRequire(import.meta.url);

function loadNative(): typeof UWS {
  if (/^(1|true)$/i.test(process.env.UWS_USE_FALLBACK ?? '')) {
    throw new Error('UWS_USE_FALLBACK is set: refusing to run the gateway on the slow JS fallback of uWebSockets.js');
  }
  const uws = require('uWebSockets.js') as typeof UWS;
  const native = typeof uws.App === 'function' && uws.App.toString().includes('[native code]');
  if (!native) {
    throw new Error(
      `uWebSockets.js native binary did not load for ${process.platform}-${process.arch} ABI ${process.versions.modules}; ` +
        'the package fell back to a slow JS implementation. Use Node 20 (ABI 115) on linux-x64.',
    );
  }
  return uws;
}

export const uws = loadNative();
export type { TemplatedApp, WebSocket, HttpRequest, HttpResponse, us_socket_context_t, us_listen_socket } from 'uWebSockets.js';
