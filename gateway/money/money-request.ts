/**
 * Which phone requests leave the machine: grab, balance and packet detail are
 * answered by the money service (through the local agent), never by the logic
 * layer. The logic worker recognises them here, checks what it can check
 * locally (a group packet id, a page within the two screens), and hands the
 * rest to the host with the user of the connection, never one from the request.
 */
import type { shake } from '../../contracts/proto/gen/shake.js';

export type MoneyOpName = 'grab' | 'balance' | 'detail';

export interface PhoneMoneyRequest {
  /** The phone's seq, echoed in the reply. */
  seq: number;
  op: MoneyOpName;
  /** From the connection's token (the IO layer's request prefix). */
  userId: string;
  groupPacketId: string;
  page: number;
}

/** Pages of a detail list served to phones (seed 001: two screens). */
export const DETAIL_PAGES = 2;
const GROUP_ID_MAX_CHARS = 64;

export type MoneyRequestCheck =
  | { request: PhoneMoneyRequest }
  | { refusal: { code: 'BAD_REQUEST' | 'DETAIL_PAGE_LIMIT'; message: string } }
  | null;

/** The money request a ClientMessage carries, a local refusal, or null when it is not a money request. */
export function moneyRequestOf(userId: string, msg: shake.v1.ClientMessage): MoneyRequestCheck {
  const seq = msg.seq;
  switch (msg.op) {
    case 'balance':
      return { request: { seq, op: 'balance', userId, groupPacketId: '', page: 0 } };
    case 'grab':
      return withGroupId(msg.grab?.groupPacketId, (id) => ({ seq, op: 'grab', userId, groupPacketId: id, page: 0 }));
    case 'packetDetail': {
      const page = msg.packetDetail?.page ?? 0;
      if (page >= DETAIL_PAGES) return { refusal: { code: 'DETAIL_PAGE_LIMIT', message: `only pages 0..${DETAIL_PAGES - 1} of a detail list are served` } };
      return withGroupId(msg.packetDetail?.groupPacketId, (id) => ({ seq, op: 'detail', userId, groupPacketId: id, page }));
    }
    default:
      return null;
  }
}

function withGroupId(id: string | null | undefined, make: (id: string) => PhoneMoneyRequest): MoneyRequestCheck {
  if (!id || id.length > GROUP_ID_MAX_CHARS) {
    return { refusal: { code: 'BAD_REQUEST', message: `group_packet_id must be 1..${GROUP_ID_MAX_CHARS} characters` } };
  }
  return { request: make(id) };
}
