/**
 * Raw uWebSockets.js echo server: the reference the gateway is compared against.
 * Every binary (or text) message is sent straight back. Accepts any path and query.
 *   node --import tsx bench/echo-server.ts [--port 0] [--host 127.0.0.1]
 * Prints `READY <port>` on stdout once listening. Exits with an error if uWS is not native.
 */
import uWS from 'uWebSockets.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

if (!uWS.App.toString().includes('[native code]')) {
  console.error('echo-server: uWebSockets.js native binary did not load (JS fallback in use); refusing to run');
  process.exit(2);
}

const host = arg('host', process.env.HOST ?? '127.0.0.1');
const port = Number(arg('port', process.env.PORT ?? '0'));

uWS.App()
  .ws('/*', {
    compression: uWS.DISABLED,
    maxPayloadLength: 64 * 1024,
    maxBackpressure: 1024 * 1024,
    idleTimeout: 120,
    message: (ws, message, isBinary) => {
      ws.send(message, isBinary);
    },
  })
  .listen(host, port, (listenSocket) => {
    if (!listenSocket) {
      console.error(`echo-server: could not listen on ${host}:${port}`);
      process.exit(1);
    }
    console.log(`READY ${uWS.us_socket_local_port(listenSocket)}`);
  });
