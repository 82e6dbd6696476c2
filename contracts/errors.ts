/**
 * The one error catalogue: every code a phone, an operator, a CLI user or
 * another service can see, with who sees it, its HTTP status or WebSocket close
 * code where it has one, and its message. One code per meaning; codes never
 * change once shipped, messages may (the message here is the default and the
 * description; the place that raises a code may say more, e.g. which file).
 *
 * Entries are grouped by the part that raises them, alphabetical inside a
 * group; a code raised by several parts sits in "shared". How to add a code:
 * docs/CONVENTIONS.md ("Error codes"). contracts/test/errors.test.ts checks
 * that every code used in the source is here and every entry here is used.
 */
import { ShakeError } from './shake-error.ts';

export type Audience = 'phone' | 'operator' | 'service' | 'cli';

export interface ErrorSpec {
  readonly audience: readonly Audience[];
  /** HTTP status where the code is sent over HTTP. */
  readonly http?: number;
  /** WebSocket close code where the code closes a phone's connection (sent as the close reason). */
  readonly close?: number;
  readonly message: string;
}

export const ERRORS = {
  // ── shared: raised by several parts with one meaning ──────────────────────
  BAD_REQUEST: { audience: ['phone', 'operator', 'service'], http: 400, message: 'the request is malformed (not a ClientMessage, not JSON, or missing/invalid fields)' },
  FRAME_TOO_LARGE: { audience: ['phone', 'operator'], close: 1009, message: 'a frame is larger than the connection allows' },
  INTERNAL_ERROR: { audience: ['phone', 'operator', 'service'], http: 500, message: 'the server failed on this request; retrying later is safe' },
  NOT_FOUND: { audience: ['operator', 'service'], http: 404, message: 'no such route' },
  PAYLOAD_TOO_LARGE: { audience: ['operator', 'service'], http: 413, message: 'the request body is larger than allowed' },
  PROFILE_INVALID: { audience: ['operator'], message: 'SHAKE_PROFILE must be "development" or "production"' },
  SECRETS_REFUSED: { audience: ['operator'], message: 'a secret is missing, too short, a public development secret outside development, or equal to another' },
  SHOW_CONFIG_INVALID: { audience: ['operator', 'cli'], http: 400, message: 'the show document is not JSON or fails validation' },

  // ── gateway: phone connection (WebSocket upgrade, frames, closes) ─────────
  AUTH_BAD_USER_ID: { audience: ['service'], message: 'a user token can only be made for a user id of 1..64 letters, digits, _ : -' },
  AUTH_FAILED: { audience: ['phone'], http: 401, message: 'the user token could not be verified' },
  AUTH_TOKEN_BAD_SIGNATURE: { audience: ['phone'], http: 401, message: 'the user token is forged or for another deployment; get a new token' },
  AUTH_TOKEN_EXPIRED: { audience: ['phone'], http: 401, message: 'the user token is past its expiry; refresh it' },
  AUTH_TOKEN_MALFORMED: { audience: ['phone'], http: 401, message: 'the user token is not <claim>.<signature>; get a new token' },
  AUTH_TOKEN_MISSING: { audience: ['phone'], http: 401, message: 'no user token was sent; get a token' },
  CLOSED_BY_POLICY: { audience: ['phone'], close: 1008, message: 'the gateway closed the connection after this reply' },
  CONNECT_RATE_LIMITED: { audience: ['phone'], http: 503, message: 'too many new connections right now; retry after the retry-after delay' },
  EMPTY_FRAME: { audience: ['phone'], message: 'a zero-length frame was sent' },
  GATEWAY_BUSY: { audience: ['phone'], message: 'the gateway is busy (request ring full); nothing was done, retry after retryAfterMs' },
  GATEWAY_FULL: { audience: ['phone'], http: 503, message: 'connection limit reached; back off or try another gateway' },
  GATEWAY_SHUTTING_DOWN: { audience: ['phone'], close: 1001, message: 'the gateway is shutting down; reconnect to another gateway' },
  RATE_LIMIT_IGNORED: { audience: ['phone'], close: 1008, message: 'the phone kept shaking faster than the rate-limit tier allows' },
  TEXT_FRAME_NOT_SUPPORTED: { audience: ['phone'], message: 'send one binary protobuf ClientMessage per frame' },
  TOO_MANY_IN_FLIGHT: { audience: ['phone'], message: 'too many requests in flight on this connection; nothing was done, retry after retryAfterMs' },
  TOO_MANY_REJECTED: { audience: ['phone'], close: 1008, message: 'the connection kept sending requests the gateway had to refuse' },

  // ── gateway: logic replies ────────────────────────────────────────────────
  JOURNAL_UNAVAILABLE: { audience: ['phone'], message: 'the operation could not be made durable; nothing is promised, retry later' },
  PACKET_TOKEN_EXPIRED: { audience: ['phone'], message: 'the packet token is past its expiry' },
  PACKET_TOKEN_FORGED: { audience: ['phone'], message: 'the packet token signature does not match' },
  PACKET_TOKEN_MALFORMED: { audience: ['phone'], message: 'not a packet token, or an unknown version' },
  PACKET_TOKEN_OTHER_USER: { audience: ['phone'], message: 'the packet was won by another user' },
  UNKNOWN_OPERATION: { audience: ['phone'], message: 'no operation set, or one this gateway does not serve' },

  // ── gateway: operator (startup, admin HTTP, clock, journal) ───────────────
  FAULT_INJECTION_DISABLED: { audience: ['operator', 'cli'], http: 403, message: 'fault injection and drill hooks are off; set logic.allowFaultInjection' },
  GATEWAY_CONFIG_INVALID: { audience: ['operator'], message: 'the gateway deployment settings are invalid' },
  JOURNAL_ENTRY_MALFORMED: { audience: ['operator', 'service'], message: 'a journal entry is malformed or fails validation' },
  LOGIC_RELOAD_FAILED: { audience: ['operator'], http: 500, message: 'the new logic code did not build or start; the running generation keeps serving' },
  NTP_BAD_REPLY: { audience: ['operator'], message: 'an NTP server sent an unusable reply (short, wrong mode, unsynchronised)' },
  NTP_ERROR: { audience: ['operator'], message: 'the NTP query failed on the socket' },
  NTP_TIMEOUT: { audience: ['operator'], message: 'no NTP reply in time' },
  SHOW_CONFIG_UNREADABLE: { audience: ['operator'], message: 'the show config file cannot be read' },

  // ── agent ↔ gateway link ──────────────────────────────────────────────────
  AGENT_LINK_BAD_FRAME: { audience: ['service', 'operator'], message: 'undecodable frame, unknown message, or a frame over the size limit' },
  AGENT_LINK_GATEWAY_ID_MISMATCH: { audience: ['service', 'operator'], message: 'the agent serves another gateway id' },
  AGENT_LINK_HELLO_EXPECTED: { audience: ['service', 'operator'], message: 'the first frame was not a hello, or a second hello came' },
  AGENT_LINK_HELLO_TIMEOUT: { audience: ['service', 'operator'], message: 'no hello within the hello timeout' },
  AGENT_LINK_PROTOCOL_VERSION_MISMATCH: { audience: ['service', 'operator'], message: "the agent's protocol version differs from the gateway's" },
  AGENT_LINK_REPLACED: { audience: ['service', 'operator'], message: 'a newer agent connection took over this gateway' },
  AGENT_LINK_SOCKET_IN_USE: { audience: ['operator'], message: 'another process listens on the agent-link socket' },
  AGENT_LINK_SOCKET_PATH_TOO_LONG: { audience: ['operator'], message: 'the agent-link Unix socket path is longer than 103 bytes' },

  // ── agent (logs, /status, CLI) ────────────────────────────────────────────
  AGENT_CONFIG_INVALID: { audience: ['operator'], message: 'the agent deployment settings are invalid' },
  AGENT_ISSUED_DB_UNAVAILABLE: { audience: ['operator'], message: "the gateway's issued table cannot be read" },
  AGENT_LINK_REFUSED: { audience: ['operator'], message: 'the gateway refused this agent (wrong gateway id, protocol version) or replaced it' },
  AGENT_MACHINE_NOT_IN_MANIFEST: { audience: ['operator'], message: "this machine is not in the seed manifest" },
  AGENT_MANIFEST_INVALID: { audience: ['operator'], message: 'the seed manifest is unreadable or invalid' },
  AGENT_NOT_IN_FLEET: { audience: ['operator'], message: "this gateway is not in the show config's fleet; feeding nothing" },
  AGENT_RECYCLE_REJECTED: { audience: ['operator'], message: 'a returned packet was refused for recycling; its money is held' },
  AGENT_RECYCLE_SOURCE_FAILED: { audience: ['operator'], message: "the money service's recycled feed cannot be read" },
  AGENT_SEED_PART_CORRUPT: { audience: ['operator'], message: 'the seed part file is corrupt' },
  AGENT_SEED_PART_MANIFEST_MISMATCH: { audience: ['operator'], message: 'the seed part does not match its manifest entry' },
  AGENT_SEED_PART_MISSING: { audience: ['operator'], message: 'the seed part file is missing' },
  AGENT_SEED_PART_WRONG_MACHINE: { audience: ['operator'], message: 'the seed part belongs to another machine' },
  AGENT_STATE_PART_MISMATCH: { audience: ['operator'], message: 'the state directory belongs to another seed part or machine' },
  FORWARDER_CONFIG_INVALID: { audience: ['operator'], message: 'the journal forwarder settings are invalid' },
  FORWARDER_JOURNAL_BEHIND_PROGRESS: { audience: ['operator'], message: "the journal ends before the forwarder's progress (journal replaced or truncated)" },
  FORWARDER_JOURNAL_READ_FAILED: { audience: ['operator'], message: 'reading the journal failed' },
  FORWARDER_JOURNAL_UNAVAILABLE: { audience: ['operator'], message: 'the journal cannot be opened' },
  SOCKET_ERROR: { audience: ['operator'], message: 'the agent-link socket failed' },

  // ── agent accounting CLI (violations) ─────────────────────────────────────
  FED_AFTER_ISSUE: { audience: ['cli'], message: 'a packet was fed again after the gateway issued it' },
  FED_TWICE: { audience: ['cli'], message: 'a packet was fed twice to one gateway process' },
  ISSUED_ROW_MISSING: { audience: ['cli'], message: 'the agent recorded a packet issued; the issued table does not have it' },
  ISSUED_UNKNOWN: { audience: ['cli'], message: 'issued by the gateway but never fed by this agent' },
  LOST_TRACK: { audience: ['cli'], message: 'a packet is in no state the agent can account for' },
  MULTIPLE_STATES: { audience: ['cli'], message: 'a packet is in more than one state' },
  POOL_LEVEL_MISMATCH: { audience: ['cli'], message: "the gateway's pool level differs from the packets accounted in the pool" },
  RECYCLED_UNISSUED_SOURCE: { audience: ['cli'], message: 'a recycled packet replaces a packet that was never issued' },
  SKIPPED: { audience: ['cli'], message: 'behind the cursor, never fed, not queued' },

  // ── client SDK (the phone app sees these from the SDK) ────────────────────
  CLIENT_AUTH_REFUSED: { audience: ['phone'], message: 'the gateway refused the upgrade for a reason retrying cannot fix (bad or expired token)' },
  CLIENT_BAD_OPTIONS: { audience: ['phone'], message: 'the client options are invalid' },
  CLIENT_BAD_REPLY: { audience: ['phone'], message: 'the reply did not carry the body the request expects' },
  CLIENT_CLOSED: { audience: ['phone'], message: 'close() was called; pending requests are rejected' },
  CLIENT_CONNECT_FAILED: { audience: ['phone'], message: 'every gateway of the list failed for maxConnectAttempts attempts' },
  CLIENT_RATE_LIMITED: { audience: ['phone'], message: 'a shake was refused locally: the rate-limit tier forbids it now' },
  CLIENT_REQUEST_FAILED: { audience: ['phone'], message: 'a request was given up after maxRequestAttempts timeouts or busy answers' },

  // ── config service (operator console, gateways) ───────────────────────────
  CONFIG_INSTANCE_INVALID: { audience: ['operator'], message: 'the config instance settings are invalid' },
  INVALID_CORRECTION: { audience: ['operator'], http: 400, message: 'the correction is invalid' },
  NO_CONFIG: { audience: ['operator', 'service'], http: 409, message: 'no show document is stored yet' },
  ROUND_ALREADY_STARTED: { audience: ['operator'], http: 409, message: 'the round has already started' },
  ROUND_NOT_FOUND: { audience: ['operator'], http: 404, message: 'no such round in this version' },
  ROUND_NOT_RUNNING: { audience: ['operator'], http: 409, message: 'the round has not started yet or has already ended' },
  STORE_UNAVAILABLE: { audience: ['operator'], http: 503, message: 'the config store is unavailable; retry' },
  UNAUTHORIZED: { audience: ['operator'], http: 401, message: 'an operator token is required (Authorization: Bearer <token>) and must be recognised' },
  VERSION_CONFLICT: { audience: ['operator'], http: 409, message: 'the document was edited from an older version than the latest' },
  VERSION_NOT_FOUND: { audience: ['operator', 'service'], http: 404, message: 'no such version' },
  VERSION_TAKEN: { audience: ['operator'], http: 503, message: 'another instance stored this version first; retry' },

  // ── money service (packet-service) ────────────────────────────────────────
  AMOUNT_INVALID: { audience: ['operator'], message: 'amounts must be safe integers (cents) that split into shares within [1, maxShareCents]' },
  ARCHIVE_MISMATCH: { audience: ['operator'], message: 'a day archive copy is incomplete' },
  CONFIG_INVALID: { audience: ['operator'], message: 'the money service deployment settings are invalid' },
  DAY_SLOT_CONFLICT: { audience: ['operator'], message: 'a day slot holds a later day (clock went back?)' },
  DETAIL_PAGE_LIMIT: { audience: ['phone', 'service'], http: 403, message: 'only the first screens of the detail list are served' },
  GRAB_BUSY: { audience: ['phone', 'service'], http: 429, message: 'too many grabs are waiting for this group packet; nothing was done, try again later' },
  GROUP_PACKET_EMPTY: { audience: ['phone', 'service'], http: 409, message: 'the group packet is empty' },
  GROUP_PACKET_EXPIRED: { audience: ['phone', 'service'], http: 410, message: 'the group packet has expired' },
  GROUP_PACKET_NOT_FOUND: { audience: ['phone', 'service'], http: 404, message: 'group packet not found' },
  SEED_TOTALS_INVALID: { audience: ['cli'], message: 'the seed totals file is invalid' },
  CAP_SET_UNREACHABLE: { audience: ['operator', 'service'], http: 503, message: 'the money SET that decides this user\'s caps did not answer; the operation stays queued and is tried again (nothing is paid without the decision)' },
  MINT_CONFLICT: { audience: ['operator', 'service'], message: 'a MINT entry names a packet this SET\'s book already holds with other content, or an id not minted for this SET: it is not added (logged, never retried)' },
  MINT_PUBLISH_FAILED: { audience: ['operator'], message: 'packets minted for another money SET could not be published to it yet; their recycled records wait (not exported) and publishing is retried' },
  SHARD_DOWN: { audience: ['operator', 'service'], http: 503, message: 'a shard writer failed or exited' },
  SHARD_INTERNAL: { audience: ['operator', 'service'], http: 503, message: 'a shard writer failed on this request' },

  // ── queue ─────────────────────────────────────────────────────────────────
  QUEUE_BAD_MESSAGE: { audience: ['operator'], message: 'a message was rejected as malformed (empty id or key)' },
  QUEUE_CLOSED: { audience: ['operator'], message: 'the publisher or consumer was closed' },
  QUEUE_CONFIG_INVALID: { audience: ['operator'], message: 'the queue settings are invalid' },
  QUEUE_PUBLISH_FAILED: { audience: ['operator'], message: 'the queue did not durably accept a message (down, timeout, no quorum); retry' },
  QUEUE_SETUP_FAILED: { audience: ['operator'], message: 'stream or consumer setup did not succeed before the deadline' },

  // ── seed splitter CLI: errors ─────────────────────────────────────────────
  BAD_HEADER: { audience: ['cli', 'operator'], message: 'the seed file header is invalid' },
  BAD_MACHINE_LIST: { audience: ['cli'], message: 'the machine list is invalid' },
  BAD_MAGIC: { audience: ['cli', 'operator'], message: 'not a seed file (bad magic)' },
  BAD_MANIFEST: { audience: ['cli', 'operator'], message: 'the manifest is invalid' },
  BAD_PACKET_ID: { audience: ['cli', 'operator'], message: 'not a valid packet id' },
  EMPTY_MACHINE_LIST: { audience: ['cli'], message: 'the machine list is empty' },
  FILE_IO: { audience: ['cli'], message: 'a file could not be read or written' },
  FILE_NOT_FOUND: { audience: ['cli'], message: 'no such file or directory' },
  HEADER_CHECKSUM: { audience: ['cli', 'operator'], message: 'header checksum mismatch (corrupt header)' },
  ID_SPACE_EXHAUSTED: { audience: ['cli', 'operator'], message: 'no packet ids are left in this id space' },
  INVALID_RECORD: { audience: ['cli'], message: 'a seed record is invalid' },
  OUTPUT_EXISTS: { audience: ['cli'], message: 'the output already exists (use --force to replace it)' },
  RECORDS_CHECKSUM: { audience: ['cli', 'operator'], message: 'records checksum mismatch (corrupt records)' },
  TOTAL_OVERFLOW: { audience: ['cli'], message: 'amount totals exceed 2^53 cents; cannot be summed exactly' },
  TOTALS_MISMATCH: { audience: ['cli'], message: 'totals disagree (header, records, manifest or all parts together)' },
  TRUNCATED_HEADER: { audience: ['cli', 'operator'], message: 'the seed file header is truncated' },
  TRUNCATED_RECORDS: { audience: ['cli', 'operator'], message: 'the seed file holds fewer records than its header says' },
  UNORDERED_RECORDS: { audience: ['cli'], message: 'records are not in ascending packet id order' },
  UNSUPPORTED_VERSION: { audience: ['cli', 'operator'], message: 'the seed format version is not the one this tool reads' },
  USAGE: { audience: ['cli'], message: 'bad command-line usage' },
  WRONG_KIND: { audience: ['cli'], message: 'the seed file is of the wrong kind for this command' },

  // ── seed splitter CLI: verify discrepancies ───────────────────────────────
  ALIEN: { audience: ['cli'], message: 'a packet id found where it does not belong (not in the original, or not this machine\'s)' },
  AMOUNT_MISMATCH: { audience: ['cli'], message: 'a packet amount differs from the original' },
  CHECKSUM_MISMATCH: { audience: ['cli'], message: 'a part differs from its manifest entry' },
  CORRUPT_PART: { audience: ['cli'], message: 'a part file is corrupt' },
  DUPLICATE: { audience: ['cli'], message: 'a packet id appears more than once' },
  MISPLACED: { audience: ['cli'], message: 'a packet is on another machine than the split rule names' },
  MISSING: { audience: ['cli'], message: 'packet ids of the original are in no part' },
  ORIGINAL_MISMATCH: { audience: ['cli'], message: 'the file is not the original of this manifest' },
  PART_ASSIGNED_TWICE: { audience: ['cli'], message: "several files hold the part of one machine" },
  PART_MISSING: { audience: ['cli'], message: 'no part file for a machine of the manifest' },
  RECORD_MISMATCH: { audience: ['cli'], message: 'sponsor, shares or fields differ from the original' },
  RECYCLED_OVERDRAWN: { audience: ['cli'], message: 'replacements of a packet hold more than its unshared money' },
  RECYCLED_SPONSOR_MISMATCH: { audience: ['cli'], message: 'a recycled packet has another sponsor than the packet it replaces' },
  RECYCLED_UNKNOWN_SOURCE: { audience: ['cli'], message: 'a recycled packet replaces a packet that is in no part and no recycled file' },
  RECYCLED_WRONG_MACHINE: { audience: ['cli'], message: 'a recycled packet was minted by another machine than its file belongs to' },
  TRUNCATED_PART: { audience: ['cli'], message: 'a part file is truncated' },
  UNKNOWN_PART: { audience: ['cli'], message: 'a part file is not one of this manifest' },

  // ── drill CLI (bench/drill) ───────────────────────────────────────────────
  ACKED_OP_MISSING_DOWNSTREAM: { audience: ['cli'], message: 'acknowledged operations are not in the money service' },
  ACKED_PACKET_EXPIRED: { audience: ['cli'], message: 'packets expired although a phone was told its open or share was accepted' },
  DRILL_SCENARIO_INVALID: { audience: ['cli'], message: 'the drill scenario is unreadable or invalid' },
  DRILL_SHOW_NOT_APPLIED: { audience: ['cli'], message: 'a gateway did not apply the drill show in time' },
  DRILL_SHOW_REFUSED: { audience: ['cli'], message: 'no config instance accepted the drill show' },
  EXPIRED_PACKET_MINTS: { audience: ['cli'], message: 'expired packets were not re-minted exactly once' },
  ISSUED_PACKET_NOT_EXPIRED: { audience: ['cli'], message: 'issued packets are still in the pool or issued after their tokens expired' },
  ISSUED_PACKET_NOT_IN_BOOK: { audience: ['cli'], message: "issued packets are not in the money side's packet book" },
  MONEY_SIDE_OVER_CAP: { audience: ['cli'], message: 'users have more packets admitted by the money side than the caps' },
  PACKET_ISSUED_TWICE: { audience: ['cli'], message: 'packets are in more than one issued table' },
  PACKET_WON_TWICE: { audience: ['cli'], message: 'packets were received by more than one user' },
  RECONCILIATION_FAILED: { audience: ['cli'], message: "the money service's reconciliation does not balance" },
  UNCODED_ERROR: { audience: ['cli'], message: 'a phone request (shake, open or share) failed with an error that carries no code' },
  USER_OVER_CAP: { audience: ['cli'], message: 'users hold more packets than the per-user cap' },
  USER_OVER_SPONSOR_CAP: { audience: ['cli'], message: 'user/sponsor pairs are above the per-sponsor cap' },
  WON_PACKET_NOT_RECORDED: { audience: ['cli'], message: 'packets a phone received are not in an issued table for that user' },
  SHOW_UNFED: { audience: ['operator', 'cli'], message: 'a round of the show names only sponsors that hold no seed packets: it would give nobody a red packet' },
  AGENT_ROUND_UNFED: { audience: ['operator'], message: "the running round's sponsors have no packets left on this machine while packets of other sponsors remain" },
  DEPLOYMENT_NOT_RUNNING: { audience: ['cli'], message: 'no running local deployment descriptor (deployment.json) was found' },
  SHARD_COUNT_MISMATCH: { audience: ['operator'], message: 'the money data dir was created with another shard count; start with the recorded count (packets route by id mod shard count)' },
  SET_LAYOUT_MISMATCH: { audience: ['operator'], message: 'the money data dir belongs to another SET or was made with other pinned SET counts; start it as the SET it records (packets and users route by these counts)' },
  DATA_FORMAT_UNSUPPORTED: { audience: ['operator'], message: 'the money data dir has another format version than this service reads' },
  DATA_LAYOUT_INVALID: { audience: ['operator'], message: 'the money data dir layout record (layout.json) is unreadable or incomplete' },
  ARCHIVE_BLOCKED: { audience: ['operator'], message: 'a day slot still holds an open group packet or a pending split amount; it is not archived (money would be moved out of reach)' },
  OPERATION_REJECTED: { audience: ['operator'], message: 'an open/share operation paid nothing: its packet is not in the money side\'s book as it says (reason unknown_packet, content_differs, other_user or expired); kept in t_rejected and listed by the reconciliation' },
  PACKET_STATE_ILLEGAL: { audience: ['operator'], message: 'a money move would take a packet to a state it cannot reach from its current one (a packet never goes back); the move and its money were rolled back' },
  SEED_IMPORT_CONFLICT: { audience: ['operator', 'cli'], message: 'a seed record is already in the money side\'s packet book with another sponsor, amount or shares; nothing of that chunk was imported' },
  SEED_IMPORT_FAILED: { audience: ['operator', 'cli'], message: 'the seed import could not read or record its input' },
  UNAUTHENTICATED_RATE_LIMITED: { audience: ['phone'], http: 429, message: 'too many upgrades without a valid token' },
  USER_CONNECTION_REPLACED: { audience: ['phone'], close: 4001, message: 'a newer connection of the same user replaced this one' },
  SERVICE_UNAUTHORIZED: { audience: ['service', 'operator'], http: 401, message: 'missing or wrong service credential (Authorization: Bearer, or the NATS user/password derived from it)' },
  CROSS_ORIGIN_REFUSED: { audience: ['operator'], http: 403, message: 'state-changing requests from another origin are refused' },
  UNKNOWN_GATEWAY: { audience: ['service'], http: 403, message: 'the gateway id is not in the show\'s fleet list' },
  REQUEST_TIMEOUT: { audience: ['service', 'operator'], http: 408, message: 'request headers or body not received in time' },
  TOO_MANY_CONNECTIONS: { audience: ['service', 'operator'], http: 503, message: 'connection limit of this server reached' },
  PUSH_CLIENTS_FULL: { audience: ['service'], http: 503, message: 'push client limit reached; poll instead' },
  AGENT_LINK_UNAUTHORIZED: { audience: ['service'], message: 'agent hello without the right service token' },
  BASE_VERSION_REQUIRED: { audience: ['operator'], http: 400, message: 'a change must carry baseVersion, the version it was prepared from' },
  CONFIRMATION_REQUIRED: { audience: ['operator'], http: 409, message: 'the change moves a running or imminent round, or adds a round no seed can feed; resend with confirmed: true after showing details.confirmations' },
  TWO_PERSON_RULE: { audience: ['operator'], http: 403, message: 'rounds are changed by two people: one prepares a draft, another operator publishes it' },
  DRAFT_NOT_FOUND: { audience: ['operator'], http: 404, message: 'no such draft (published or discarded meanwhile?)' },
  TRY_AGAIN_LATER: { audience: ['phone'], message: 'the money side did not answer in time; send the same request again after retry_after_ms' },
  RESOURCE_CORRUPT: { audience: ['phone'], message: 'a downloaded resource does not match the manifest (size or sha256): refused, not cached' },
  METHOD_NOT_ALLOWED: { audience: ['phone', 'operator'], http: 405, message: 'this route answers GET only' },
  DEMO_TOKENS_DISABLED: { audience: ['phone', 'operator'], http: 403, message: 'the phone page hands out demo user tokens in the development profile only' },
  RESOURCE_FETCH_FAILED: { audience: ['phone'], message: 'a resource could not be downloaded; it is tried again on the next prefetch' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code);
}

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERRORS[code];
}

/** The HTTP status of a code sent over HTTP: the catalogue's, or `fallback` where it has none. */
export function httpStatus(code: string, fallback: number): number {
  const spec: ErrorSpec | undefined = isErrorCode(code) ? ERRORS[code] : undefined;
  return spec?.http ?? fallback;
}

const CLOSE_REASON_MAX_BYTES = 123;

/**
 * The WebSocket close reason for a code: the code, then ": detail" where there
 * is one, cut to the 123 bytes a close frame allows. A phone reads the code as
 * the text before the first ':'.
 */
export function closeReason(code: ErrorCode, detail?: string): string {
  let s = detail ? `${code}: ${detail}` : code;
  const bytes = new TextEncoder();
  while (bytes.encode(s).length > CLOSE_REASON_MAX_BYTES) s = s.slice(0, -1);
  return s;
}

/** A ShakeError whose code is in the catalogue (message defaults to the catalogue's). */
export function catalogued(code: ErrorCode, message?: string, details?: Record<string, unknown>): ShakeError {
  return new ShakeError(code, message ?? ERRORS[code].message, details);
}
