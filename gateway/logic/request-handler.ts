/**
 * Turns one request frame into one reply: decode -> dispatch -> encode.
 * Never throws: a bad frame or a failing operation becomes an error reply,
 * so one phone cannot take the logic layer down for the others.
 */
import { shake } from '../../contracts/proto/gen/shake.js';
import { decodeShakeRequest, decodeTokenRequest, encodeShakeReply } from './fast-codec.ts';
import type { RequestDecider } from './logic-app.ts';
import type { ErrorCode } from '../../contracts/errors.ts';
import { moneyRequestOf, type PhoneMoneyRequest } from '../money/money-request.ts';
import { splitRequest } from '../frame-format.ts';

type ClientMessage = shake.v1.ClientMessage;
type ServerMessageInit = shake.v1.IServerMessage;
const { ClientMessage, ServerMessage } = shake.v1;

export const LogicErrorCodes = {
  badRequest: 'BAD_REQUEST',
  unknownOperation: 'UNKNOWN_OPERATION',
  internal: 'INTERNAL_ERROR',
} as const satisfies Record<string, ErrorCode>;

export interface HandledReply {
  bytes: Uint8Array;
  flags: number;
  isError: boolean;
  /** Set (and bytes empty) when the request goes to the money service: the host answers it. */
  money?: PhoneMoneyRequest;
  /** Set (and bytes empty) for a resource manifest request: the host answers it and counts coverage. */
  resources?: ResourcesRequest;
}

export interface ResourcesRequest { seq: number; userId: string; haveVersion: number }

const NO_BYTES = new Uint8Array(0);

export class RequestHandler {
  constructor(private readonly app: RequestDecider, private readonly clock: () => number = Date.now) {}

  handleFrame(payload: Uint8Array, reqId = 0, conn = -1): HandledReply {
    const { userId, body } = splitRequest(payload);
    let msg: ClientMessage;
    try {
      msg = ((decodeShakeRequest(body) ?? decodeTokenRequest(body)) as ClientMessage | null) ?? ClientMessage.decode(body);
    } catch (e) {
      return this.error(0, LogicErrorCodes.badRequest, `undecodable ClientMessage: ${(e as Error).message}`);
    }
    if (!msg.op) return this.error(msg.seq, LogicErrorCodes.unknownOperation, 'ClientMessage carries no known operation');
    const money = moneyRequestOf(userId, msg);
    if (money) {
      if ('refusal' in money) return this.error(msg.seq, money.refusal.code, money.refusal.message);
      return { bytes: NO_BYTES, flags: 0, isError: false, money: money.request };
    }
    if (msg.op === 'resources') {
      return { bytes: NO_BYTES, flags: 0, isError: false, resources: { seq: msg.seq, userId, haveVersion: Number(msg.resources?.haveVersion ?? 0) } };
    }
    try {
      const reply = this.app.handle(userId, msg, this.clock(), reqId, conn);
      reply.seq = msg.seq;
      const fast = reply.shake && !reply.open && !reply.share && !reply.busy && !reply.error && !reply.pong
        ? encodeShakeReply(reply.seq, reply.rateLimit, reply.shake)
        : null;
      return { bytes: fast ?? ServerMessage.encode(reply).finish(), flags: 0, isError: !!reply.error };
    } catch (e) {
      return this.error(msg.seq, LogicErrorCodes.internal, `operation failed: ${(e as Error).message}`);
    }
  }

  private error(seq: number, code: string, message: string): HandledReply {
    return { bytes: ServerMessage.encode({ seq, error: { code, message } }).finish(), flags: 0, isError: true };
  }
}

