/**
 * Encoding and decoding of the seed file header (format version 1).
 */
import { crc32 } from 'node:zlib';
import { SeedError } from '../errors.ts';
import {
  FORMAT_VERSION, H, HEADER_PREFIX, KIND_NAMES, MAGIC, MAX_NAME_BYTES, NAME_FIELD, NO_MACHINE,
  RECORD_SIZE, S, SPONSOR_ENTRY, SeedKind, type SeedKindName, headerLengthFor,
} from './layout.ts';

export interface SponsorTotals {
  id: string;
  count: number;
  amountCents: number;
  shares: number;
  shareAmountCents: number;
}

export interface SeedHeader {
  formatVersion: number;
  kind: SeedKindName;
  headerLength: number;
  recordCount: number;
  machineIndex: number | null;
  machineName: string | null;
  firstId: number;
  lastId: number;
  recordsCrc32: number;
  headerCrc32: number;
  originRecordsCrc32: number;
  originRecordCount: number;
  totalAmountCents: number;
  totalShareAmountCents: number;
  sponsors: SponsorTotals[];
}

function readU64(buf: Buffer, off: number, what: string): number {
  const v = buf.readBigUInt64LE(off);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new SeedError('BAD_HEADER', `${what} too large: ${v}`);
  return Number(v);
}

function writeU64(buf: Buffer, off: number, v: number): void {
  buf.writeBigUInt64LE(BigInt(v), off);
}

function readName(buf: Buffer, off: number, what: string): string {
  const len = buf[off];
  if (len > MAX_NAME_BYTES) throw new SeedError('BAD_HEADER', `${what}: name length ${len} too long`);
  return buf.toString('utf8', off + 1, off + 1 + len);
}

/** Validates a name that goes into a fixed 64-byte name field. */
export function checkName(name: string, what: string): void {
  const n = Buffer.byteLength(name, 'utf8');
  if (n === 0 || n > MAX_NAME_BYTES) {
    throw new SeedError('BAD_HEADER', `${what} ${JSON.stringify(name)} must be 1..${MAX_NAME_BYTES} UTF-8 bytes`);
  }
}

function writeName(buf: Buffer, off: number, name: string): void {
  const n = buf.write(name, off + 1, NAME_FIELD - 1, 'utf8');
  buf[off] = n;
}

export function encodeHeader(h: SeedHeader): Buffer {
  const len = headerLengthFor(h.sponsors.length);
  const buf = Buffer.alloc(len);
  MAGIC.copy(buf, H.magic);
  buf.writeUInt16LE(FORMAT_VERSION, H.version);
  buf[H.kind] = SeedKind[h.kind];
  buf.writeUInt32LE(len, H.headerLength);
  buf.writeUInt32LE(RECORD_SIZE, H.recordSize);
  buf.writeUInt16LE(h.sponsors.length, H.sponsorCount);
  buf.writeUInt16LE(h.machineIndex ?? NO_MACHINE, H.machineIndex);
  writeU64(buf, H.recordCount, h.recordCount);
  writeU64(buf, H.firstId, h.firstId);
  writeU64(buf, H.lastId, h.lastId);
  buf.writeUInt32LE(h.recordsCrc32 >>> 0, H.recordsCrc32);
  buf.writeUInt32LE(h.originRecordsCrc32 >>> 0, H.originRecordsCrc32);
  writeU64(buf, H.originRecordCount, h.originRecordCount);
  writeU64(buf, H.totalAmountCents, h.totalAmountCents);
  writeU64(buf, H.totalShareAmountCents, h.totalShareAmountCents);
  if (h.machineName !== null) writeName(buf, H.machineName, h.machineName);
  h.sponsors.forEach((s, i) => {
    const o = H.sponsorTable + i * SPONSOR_ENTRY;
    writeName(buf, o + S.name, s.id);
    writeU64(buf, o + S.count, s.count);
    writeU64(buf, o + S.amountCents, s.amountCents);
    writeU64(buf, o + S.shares, s.shares);
    writeU64(buf, o + S.shareAmountCents, s.shareAmountCents);
  });
  const crc = crc32(buf.subarray(0, len - 4));
  buf.writeUInt32LE(crc, len - 4);
  h.headerCrc32 = crc;
  h.headerLength = len;
  return buf;
}

/**
 * Checks the fixed prefix (magic, version, lengths) and returns the full header length.
 * `prefix` holds the first bytes of the file (fewer than HEADER_PREFIX if the file is short).
 */
export function headerLengthFromPrefix(prefix: Buffer, label: string): number {
  const m = Math.min(prefix.length, MAGIC.length);
  if (prefix.length === 0) throw new SeedError('TRUNCATED_HEADER', `${label}: empty file, no header`);
  if (!prefix.subarray(0, m).equals(MAGIC.subarray(0, m))) {
    throw new SeedError('BAD_MAGIC', `${label}: not a seed file (bad magic)`);
  }
  if (prefix.length < H.version + 2) throw new SeedError('TRUNCATED_HEADER', `${label}: header truncated at ${prefix.length} bytes`);
  const version = prefix.readUInt16LE(H.version);
  if (version !== FORMAT_VERSION) {
    throw new SeedError('UNSUPPORTED_VERSION', `${label}: format version ${version}, this tool reads version ${FORMAT_VERSION}`);
  }
  if (prefix.length < HEADER_PREFIX) throw new SeedError('TRUNCATED_HEADER', `${label}: header truncated at ${prefix.length} bytes`);
  const sponsorCount = prefix.readUInt16LE(H.sponsorCount);
  const len = prefix.readUInt32LE(H.headerLength);
  if (len !== headerLengthFor(sponsorCount) || prefix.readUInt32LE(H.recordSize) !== RECORD_SIZE) {
    throw new SeedError('BAD_HEADER', `${label}: inconsistent header length/record size`);
  }
  return len;
}

/** Decodes a complete header (exactly headerLength bytes), checking its crc32. */
export function decodeHeader(buf: Buffer, label: string): SeedHeader {
  const len = headerLengthFromPrefix(buf, label);
  if (buf.length < len) throw new SeedError('TRUNCATED_HEADER', `${label}: header truncated at ${buf.length} of ${len} bytes`);
  const stored = buf.readUInt32LE(len - 4);
  const actual = crc32(buf.subarray(0, len - 4));
  if (stored !== actual) throw new SeedError('HEADER_CHECKSUM', `${label}: header checksum mismatch (corrupt header)`);
  const kind = KIND_NAMES[buf[H.kind]];
  if (!kind) throw new SeedError('BAD_HEADER', `${label}: unknown file kind ${buf[H.kind]}`);
  const mi = buf.readUInt16LE(H.machineIndex);
  const sponsors: SponsorTotals[] = [];
  const sc = buf.readUInt16LE(H.sponsorCount);
  for (let i = 0; i < sc; i++) {
    const o = H.sponsorTable + i * SPONSOR_ENTRY;
    sponsors.push({
      id: readName(buf, o + S.name, `${label}: sponsor ${i}`),
      count: readU64(buf, o + S.count, 'sponsor count'),
      amountCents: readU64(buf, o + S.amountCents, 'sponsor amount'),
      shares: readU64(buf, o + S.shares, 'sponsor shares'),
      shareAmountCents: readU64(buf, o + S.shareAmountCents, 'sponsor share amount'),
    });
  }
  const nameLen = buf[H.machineName];
  return {
    formatVersion: buf.readUInt16LE(H.version),
    kind,
    headerLength: len,
    recordCount: readU64(buf, H.recordCount, 'record count'),
    machineIndex: mi === NO_MACHINE ? null : mi,
    machineName: nameLen === 0 ? null : readName(buf, H.machineName, `${label}: machine name`),
    firstId: readU64(buf, H.firstId, 'first id'),
    lastId: readU64(buf, H.lastId, 'last id'),
    recordsCrc32: buf.readUInt32LE(H.recordsCrc32),
    headerCrc32: stored,
    originRecordsCrc32: buf.readUInt32LE(H.originRecordsCrc32),
    originRecordCount: readU64(buf, H.originRecordCount, 'origin record count'),
    totalAmountCents: readU64(buf, H.totalAmountCents, 'total amount'),
    totalShareAmountCents: readU64(buf, H.totalShareAmountCents, 'total share amount'),
    sponsors,
  };
}
