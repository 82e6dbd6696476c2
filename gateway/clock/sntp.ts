/**
 * SNTP client (RFC 4330): one UDP request/response with an NTP server and the
 * clock offset and round-trip delay it implies:
 *   offset = ((t2 - t1) + (t3 - t4)) / 2      (server clock - local clock)
 *   delay  = (t4 - t1) - (t3 - t2)
 * t1/t4 are read from the caller's local clock (Date.now by default, or an
 * injected one, e.g. a deliberately skewed clock in tests).
 */
import dgram from 'node:dgram';
import { ShakeError } from '../../common/errors.ts';

export interface NtpServer {
  host: string;
  port: number;
}

export interface SntpSample {
  server: string;
  offsetMs: number;
  delayMs: number;
  stratum: number;
  /** Local clock reading when the reply arrived. */
  localMs: number;
}

/** Seconds between the NTP epoch (1900) and the Unix epoch (1970). */
const NTP_UNIX_DELTA_S = 2_208_988_800;

export function writeNtpTime(buf: Buffer, offset: number, ms: number): void {
  const totalS = ms / 1000 + NTP_UNIX_DELTA_S;
  const s = Math.floor(totalS);
  buf.writeUInt32BE(s >>> 0, offset);
  buf.writeUInt32BE(Math.floor((totalS - s) * 2 ** 32) >>> 0, offset + 4);
}

export function readNtpTime(buf: Buffer, offset: number): number {
  const s = buf.readUInt32BE(offset);
  const f = buf.readUInt32BE(offset + 4);
  return (s - NTP_UNIX_DELTA_S) * 1000 + (f / 2 ** 32) * 1000;
}

export function sntpQuery(server: NtpServer, timeoutMs: number, localClock: () => number = Date.now): Promise<SntpSample> {
  const name = `${server.host}:${server.port}`;
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket(server.host.includes(':') ? 'udp6' : 'udp4');
    const req = Buffer.alloc(48);
    req[0] = (0 << 6) | (4 << 3) | 3; // LI 0, version 4, mode 3 (client)
    let t1 = 0;
    let finished = false;
    const timer = setTimeout(() => done(new ShakeError('NTP_TIMEOUT', `no NTP reply from ${name} in ${timeoutMs} ms`)), timeoutMs);
    const done = (err: Error | null, sample?: SntpSample) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      sock.close();
      if (err) reject(err); else resolve(sample!);
    };
    sock.on('error', (e) => done(new ShakeError('NTP_ERROR', `NTP ${name}: ${e.message}`)));
    sock.on('message', (msg) => {
      const t4 = localClock();
      if (msg.length < 48) return done(new ShakeError('NTP_BAD_REPLY', `short NTP reply from ${name}`));
      const li = msg[0] >> 6;
      const mode = msg[0] & 7;
      const stratum = msg[1];
      if (mode !== 4) return done(new ShakeError('NTP_BAD_REPLY', `NTP ${name}: mode ${mode}, expected 4 (server)`));
      if (stratum === 0 || stratum > 15) return done(new ShakeError('NTP_BAD_REPLY', `NTP ${name}: stratum ${stratum} (kiss-o'-death or unsynchronised)`));
      if (li === 3) return done(new ShakeError('NTP_BAD_REPLY', `NTP ${name}: server clock not synchronised (LI=3)`));
      // The server echoes our transmit timestamp as its originate timestamp; reject anything else.
      if (!msg.subarray(24, 32).equals(req.subarray(40, 48))) return;
      const t2 = readNtpTime(msg, 32);
      const t3 = readNtpTime(msg, 40);
      done(null, { server: name, offsetMs: ((t2 - t1) + (t3 - t4)) / 2, delayMs: (t4 - t1) - (t3 - t2), stratum, localMs: t4 });
    });
    sock.connect(server.port, server.host, () => {
      t1 = localClock();
      writeNtpTime(req, 40, t1);
      sock.send(req);
    });
  });
}
