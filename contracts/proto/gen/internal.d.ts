import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace shake. */
export namespace shake {

    /** Namespace internal. */
    namespace internal {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a SeedPacket. */
            interface ISeedPacket {

                /** SeedPacket packetId */
                packetId?: (string|null);

                /** SeedPacket sponsorId */
                sponsorId?: (string|null);

                /** SeedPacket amountCents */
                amountCents?: (number|null);

                /** SeedPacket shares */
                shares?: (number|null);

                /** SeedPacket shareAmountCents */
                shareAmountCents?: (number|null);

                /** SeedPacket recycledFrom */
                recycledFrom?: (string|null);
            }

            /** Represents a SeedPacket. */
            class SeedPacket implements ISeedPacket {

                /**
                 * Constructs a new SeedPacket.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.ISeedPacket);

                /** SeedPacket packetId. */
                public packetId: string;

                /** SeedPacket sponsorId. */
                public sponsorId: string;

                /** SeedPacket amountCents. */
                public amountCents: number;

                /** SeedPacket shares. */
                public shares: number;

                /** SeedPacket shareAmountCents. */
                public shareAmountCents: number;

                /** SeedPacket recycledFrom. */
                public recycledFrom: string;

                /**
                 * Creates a new SeedPacket instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SeedPacket instance
                 */
                public static create(properties?: shake.internal.v1.ISeedPacket): shake.internal.v1.SeedPacket;

                /**
                 * Encodes the specified SeedPacket message. Does not implicitly {@link shake.internal.v1.SeedPacket.verify|verify} messages.
                 * @param message SeedPacket message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.ISeedPacket, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SeedPacket message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SeedPacket
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.SeedPacket;

                /**
                 * Creates a SeedPacket message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SeedPacket
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.SeedPacket;

                /**
                 * Creates a plain object from a SeedPacket message. Also converts values to other types if specified.
                 * @param message SeedPacket
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.SeedPacket, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SeedPacket to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for SeedPacket
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** OperationKind enum. */
            enum OperationKind {
                OPERATION_KIND_UNSPECIFIED = 0,
                OPEN = 1,
                SHARE = 2,
                ISSUE = 3,
                WATERMARK = 4,
                MINT = 5
            }

            /** Properties of a JournalEntry. */
            interface IJournalEntry {

                /** JournalEntry entryId */
                entryId?: (string|null);

                /** JournalEntry operationId */
                operationId?: (string|null);

                /** JournalEntry kind */
                kind?: (shake.internal.v1.OperationKind|null);

                /** JournalEntry packetId */
                packetId?: (string|null);

                /** JournalEntry userId */
                userId?: (string|null);

                /** JournalEntry sponsorId */
                sponsorId?: (string|null);

                /** JournalEntry amountCents */
                amountCents?: (number|null);

                /** JournalEntry shares */
                shares?: (number|null);

                /** JournalEntry shareAmountCents */
                shareAmountCents?: (number|null);

                /** JournalEntry gatewayId */
                gatewayId?: (string|null);

                /** JournalEntry acceptedAtMs */
                acceptedAtMs?: (number|null);

                /** JournalEntry roundId */
                roundId?: (string|null);

                /** JournalEntry journalSeq */
                journalSeq?: (number|null);

                /** JournalEntry tokenExpiresAtMs */
                tokenExpiresAtMs?: (number|null);

                /** JournalEntry recycledFrom */
                recycledFrom?: (string|null);
            }

            /** Represents a JournalEntry. */
            class JournalEntry implements IJournalEntry {

                /**
                 * Constructs a new JournalEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IJournalEntry);

                /** JournalEntry entryId. */
                public entryId: string;

                /** JournalEntry operationId. */
                public operationId: string;

                /** JournalEntry kind. */
                public kind: shake.internal.v1.OperationKind;

                /** JournalEntry packetId. */
                public packetId: string;

                /** JournalEntry userId. */
                public userId: string;

                /** JournalEntry sponsorId. */
                public sponsorId: string;

                /** JournalEntry amountCents. */
                public amountCents: number;

                /** JournalEntry shares. */
                public shares: number;

                /** JournalEntry shareAmountCents. */
                public shareAmountCents: number;

                /** JournalEntry gatewayId. */
                public gatewayId: string;

                /** JournalEntry acceptedAtMs. */
                public acceptedAtMs: number;

                /** JournalEntry roundId. */
                public roundId: string;

                /** JournalEntry journalSeq. */
                public journalSeq: number;

                /** JournalEntry tokenExpiresAtMs. */
                public tokenExpiresAtMs: number;

                /** JournalEntry recycledFrom. */
                public recycledFrom: string;

                /**
                 * Creates a new JournalEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JournalEntry instance
                 */
                public static create(properties?: shake.internal.v1.IJournalEntry): shake.internal.v1.JournalEntry;

                /**
                 * Encodes the specified JournalEntry message. Does not implicitly {@link shake.internal.v1.JournalEntry.verify|verify} messages.
                 * @param message JournalEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IJournalEntry, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JournalEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns JournalEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.JournalEntry;

                /**
                 * Creates a JournalEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns JournalEntry
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.JournalEntry;

                /**
                 * Creates a plain object from a JournalEntry message. Also converts values to other types if specified.
                 * @param message JournalEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.JournalEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this JournalEntry to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for JournalEntry
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AgentToGateway. */
            interface IAgentToGateway {

                /** AgentToGateway hello */
                hello?: (shake.internal.v1.IAgentHello|null);

                /** AgentToGateway feed */
                feed?: (shake.internal.v1.IFeedPackets|null);

                /** AgentToGateway moneyReply */
                moneyReply?: (shake.internal.v1.IMoneyReply|null);
            }

            /** Represents an AgentToGateway. */
            class AgentToGateway implements IAgentToGateway {

                /**
                 * Constructs a new AgentToGateway.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IAgentToGateway);

                /** AgentToGateway hello. */
                public hello?: (shake.internal.v1.IAgentHello|null);

                /** AgentToGateway feed. */
                public feed?: (shake.internal.v1.IFeedPackets|null);

                /** AgentToGateway moneyReply. */
                public moneyReply?: (shake.internal.v1.IMoneyReply|null);

                /** AgentToGateway msg. */
                public msg?: ("hello"|"feed"|"moneyReply");

                /**
                 * Creates a new AgentToGateway instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AgentToGateway instance
                 */
                public static create(properties?: shake.internal.v1.IAgentToGateway): shake.internal.v1.AgentToGateway;

                /**
                 * Encodes the specified AgentToGateway message. Does not implicitly {@link shake.internal.v1.AgentToGateway.verify|verify} messages.
                 * @param message AgentToGateway message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IAgentToGateway, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AgentToGateway message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AgentToGateway
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.AgentToGateway;

                /**
                 * Creates an AgentToGateway message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AgentToGateway
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.AgentToGateway;

                /**
                 * Creates a plain object from an AgentToGateway message. Also converts values to other types if specified.
                 * @param message AgentToGateway
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.AgentToGateway, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AgentToGateway to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for AgentToGateway
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AgentHello. */
            interface IAgentHello {

                /** AgentHello agentId */
                agentId?: (string|null);

                /** AgentHello gatewayId */
                gatewayId?: (string|null);

                /** AgentHello protocolVersion */
                protocolVersion?: (number|null);

                /** AgentHello serviceToken */
                serviceToken?: (string|null);
            }

            /** Represents an AgentHello. */
            class AgentHello implements IAgentHello {

                /**
                 * Constructs a new AgentHello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IAgentHello);

                /** AgentHello agentId. */
                public agentId: string;

                /** AgentHello gatewayId. */
                public gatewayId: string;

                /** AgentHello protocolVersion. */
                public protocolVersion: number;

                /** AgentHello serviceToken. */
                public serviceToken: string;

                /**
                 * Creates a new AgentHello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AgentHello instance
                 */
                public static create(properties?: shake.internal.v1.IAgentHello): shake.internal.v1.AgentHello;

                /**
                 * Encodes the specified AgentHello message. Does not implicitly {@link shake.internal.v1.AgentHello.verify|verify} messages.
                 * @param message AgentHello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IAgentHello, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AgentHello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AgentHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.AgentHello;

                /**
                 * Creates an AgentHello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AgentHello
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.AgentHello;

                /**
                 * Creates a plain object from an AgentHello message. Also converts values to other types if specified.
                 * @param message AgentHello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.AgentHello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AgentHello to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for AgentHello
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a FeedPackets. */
            interface IFeedPackets {

                /** FeedPackets batchId */
                batchId?: (number|null);

                /** FeedPackets packets */
                packets?: (shake.internal.v1.ISeedPacket[]|null);
            }

            /** Represents a FeedPackets. */
            class FeedPackets implements IFeedPackets {

                /**
                 * Constructs a new FeedPackets.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IFeedPackets);

                /** FeedPackets batchId. */
                public batchId: number;

                /** FeedPackets packets. */
                public packets: shake.internal.v1.ISeedPacket[];

                /**
                 * Creates a new FeedPackets instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FeedPackets instance
                 */
                public static create(properties?: shake.internal.v1.IFeedPackets): shake.internal.v1.FeedPackets;

                /**
                 * Encodes the specified FeedPackets message. Does not implicitly {@link shake.internal.v1.FeedPackets.verify|verify} messages.
                 * @param message FeedPackets message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IFeedPackets, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FeedPackets message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns FeedPackets
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.FeedPackets;

                /**
                 * Creates a FeedPackets message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FeedPackets
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.FeedPackets;

                /**
                 * Creates a plain object from a FeedPackets message. Also converts values to other types if specified.
                 * @param message FeedPackets
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.FeedPackets, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FeedPackets to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for FeedPackets
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GatewayToAgent. */
            interface IGatewayToAgent {

                /** GatewayToAgent hello */
                hello?: (shake.internal.v1.IGatewayHello|null);

                /** GatewayToAgent feedAck */
                feedAck?: (shake.internal.v1.IFeedAck|null);

                /** GatewayToAgent pool */
                pool?: (shake.internal.v1.IPoolStatus|null);

                /** GatewayToAgent config */
                config?: (shake.internal.v1.IShowConfigUpdate|null);

                /** GatewayToAgent error */
                error?: (shake.internal.v1.IGatewayError|null);

                /** GatewayToAgent money */
                money?: (shake.internal.v1.IMoneyRequest|null);
            }

            /** Represents a GatewayToAgent. */
            class GatewayToAgent implements IGatewayToAgent {

                /**
                 * Constructs a new GatewayToAgent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IGatewayToAgent);

                /** GatewayToAgent hello. */
                public hello?: (shake.internal.v1.IGatewayHello|null);

                /** GatewayToAgent feedAck. */
                public feedAck?: (shake.internal.v1.IFeedAck|null);

                /** GatewayToAgent pool. */
                public pool?: (shake.internal.v1.IPoolStatus|null);

                /** GatewayToAgent config. */
                public config?: (shake.internal.v1.IShowConfigUpdate|null);

                /** GatewayToAgent error. */
                public error?: (shake.internal.v1.IGatewayError|null);

                /** GatewayToAgent money. */
                public money?: (shake.internal.v1.IMoneyRequest|null);

                /** GatewayToAgent msg. */
                public msg?: ("hello"|"feedAck"|"pool"|"config"|"error"|"money");

                /**
                 * Creates a new GatewayToAgent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GatewayToAgent instance
                 */
                public static create(properties?: shake.internal.v1.IGatewayToAgent): shake.internal.v1.GatewayToAgent;

                /**
                 * Encodes the specified GatewayToAgent message. Does not implicitly {@link shake.internal.v1.GatewayToAgent.verify|verify} messages.
                 * @param message GatewayToAgent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IGatewayToAgent, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GatewayToAgent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GatewayToAgent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.GatewayToAgent;

                /**
                 * Creates a GatewayToAgent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GatewayToAgent
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.GatewayToAgent;

                /**
                 * Creates a plain object from a GatewayToAgent message. Also converts values to other types if specified.
                 * @param message GatewayToAgent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.GatewayToAgent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GatewayToAgent to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GatewayToAgent
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GatewayError. */
            interface IGatewayError {

                /** GatewayError code */
                code?: (string|null);

                /** GatewayError message */
                message?: (string|null);
            }

            /** Represents a GatewayError. */
            class GatewayError implements IGatewayError {

                /**
                 * Constructs a new GatewayError.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IGatewayError);

                /** GatewayError code. */
                public code: string;

                /** GatewayError message. */
                public message: string;

                /**
                 * Creates a new GatewayError instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GatewayError instance
                 */
                public static create(properties?: shake.internal.v1.IGatewayError): shake.internal.v1.GatewayError;

                /**
                 * Encodes the specified GatewayError message. Does not implicitly {@link shake.internal.v1.GatewayError.verify|verify} messages.
                 * @param message GatewayError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IGatewayError, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GatewayError message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GatewayError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.GatewayError;

                /**
                 * Creates a GatewayError message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GatewayError
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.GatewayError;

                /**
                 * Creates a plain object from a GatewayError message. Also converts values to other types if specified.
                 * @param message GatewayError
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.GatewayError, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GatewayError to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GatewayError
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GatewayHello. */
            interface IGatewayHello {

                /** GatewayHello gatewayId */
                gatewayId?: (string|null);

                /** GatewayHello protocolVersion */
                protocolVersion?: (number|null);

                /** GatewayHello gatewayStartedAtMs */
                gatewayStartedAtMs?: (number|null);

                /** GatewayHello lastBatchId */
                lastBatchId?: (number|null);

                /** GatewayHello lastBatchAccepted */
                lastBatchAccepted?: (number|null);
            }

            /** Represents a GatewayHello. */
            class GatewayHello implements IGatewayHello {

                /**
                 * Constructs a new GatewayHello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IGatewayHello);

                /** GatewayHello gatewayId. */
                public gatewayId: string;

                /** GatewayHello protocolVersion. */
                public protocolVersion: number;

                /** GatewayHello gatewayStartedAtMs. */
                public gatewayStartedAtMs: number;

                /** GatewayHello lastBatchId. */
                public lastBatchId: number;

                /** GatewayHello lastBatchAccepted. */
                public lastBatchAccepted: number;

                /**
                 * Creates a new GatewayHello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GatewayHello instance
                 */
                public static create(properties?: shake.internal.v1.IGatewayHello): shake.internal.v1.GatewayHello;

                /**
                 * Encodes the specified GatewayHello message. Does not implicitly {@link shake.internal.v1.GatewayHello.verify|verify} messages.
                 * @param message GatewayHello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IGatewayHello, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GatewayHello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GatewayHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.GatewayHello;

                /**
                 * Creates a GatewayHello message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GatewayHello
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.GatewayHello;

                /**
                 * Creates a plain object from a GatewayHello message. Also converts values to other types if specified.
                 * @param message GatewayHello
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.GatewayHello, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GatewayHello to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GatewayHello
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a FeedAck. */
            interface IFeedAck {

                /** FeedAck batchId */
                batchId?: (number|null);

                /** FeedAck accepted */
                accepted?: (number|null);
            }

            /** Represents a FeedAck. */
            class FeedAck implements IFeedAck {

                /**
                 * Constructs a new FeedAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IFeedAck);

                /** FeedAck batchId. */
                public batchId: number;

                /** FeedAck accepted. */
                public accepted: number;

                /**
                 * Creates a new FeedAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FeedAck instance
                 */
                public static create(properties?: shake.internal.v1.IFeedAck): shake.internal.v1.FeedAck;

                /**
                 * Encodes the specified FeedAck message. Does not implicitly {@link shake.internal.v1.FeedAck.verify|verify} messages.
                 * @param message FeedAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IFeedAck, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FeedAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns FeedAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.FeedAck;

                /**
                 * Creates a FeedAck message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FeedAck
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.FeedAck;

                /**
                 * Creates a plain object from a FeedAck message. Also converts values to other types if specified.
                 * @param message FeedAck
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.FeedAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FeedAck to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for FeedAck
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PoolStatus. */
            interface IPoolStatus {

                /** PoolStatus level */
                level?: (number|null);

                /** PoolStatus capacity */
                capacity?: (number|null);

                /** PoolStatus takenTotal */
                takenTotal?: (number|null);

                /** PoolStatus offeredTotal */
                offeredTotal?: (number|null);

                /** PoolStatus gatewayNowMs */
                gatewayNowMs?: (number|null);
            }

            /** Represents a PoolStatus. */
            class PoolStatus implements IPoolStatus {

                /**
                 * Constructs a new PoolStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IPoolStatus);

                /** PoolStatus level. */
                public level: number;

                /** PoolStatus capacity. */
                public capacity: number;

                /** PoolStatus takenTotal. */
                public takenTotal: number;

                /** PoolStatus offeredTotal. */
                public offeredTotal: number;

                /** PoolStatus gatewayNowMs. */
                public gatewayNowMs: number;

                /**
                 * Creates a new PoolStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolStatus instance
                 */
                public static create(properties?: shake.internal.v1.IPoolStatus): shake.internal.v1.PoolStatus;

                /**
                 * Encodes the specified PoolStatus message. Does not implicitly {@link shake.internal.v1.PoolStatus.verify|verify} messages.
                 * @param message PoolStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IPoolStatus, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PoolStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.PoolStatus;

                /**
                 * Creates a PoolStatus message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolStatus
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.PoolStatus;

                /**
                 * Creates a plain object from a PoolStatus message. Also converts values to other types if specified.
                 * @param message PoolStatus
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.PoolStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolStatus to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for PoolStatus
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ShowConfigUpdate. */
            interface IShowConfigUpdate {

                /** ShowConfigUpdate version */
                version?: (number|null);

                /** ShowConfigUpdate json */
                json?: (string|null);
            }

            /** Represents a ShowConfigUpdate. */
            class ShowConfigUpdate implements IShowConfigUpdate {

                /**
                 * Constructs a new ShowConfigUpdate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IShowConfigUpdate);

                /** ShowConfigUpdate version. */
                public version: number;

                /** ShowConfigUpdate json. */
                public json: string;

                /**
                 * Creates a new ShowConfigUpdate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShowConfigUpdate instance
                 */
                public static create(properties?: shake.internal.v1.IShowConfigUpdate): shake.internal.v1.ShowConfigUpdate;

                /**
                 * Encodes the specified ShowConfigUpdate message. Does not implicitly {@link shake.internal.v1.ShowConfigUpdate.verify|verify} messages.
                 * @param message ShowConfigUpdate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IShowConfigUpdate, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShowConfigUpdate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ShowConfigUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.ShowConfigUpdate;

                /**
                 * Creates a ShowConfigUpdate message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ShowConfigUpdate
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.ShowConfigUpdate;

                /**
                 * Creates a plain object from a ShowConfigUpdate message. Also converts values to other types if specified.
                 * @param message ShowConfigUpdate
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.ShowConfigUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ShowConfigUpdate to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ShowConfigUpdate
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** MoneyOp enum. */
            enum MoneyOp {
                MONEY_OP_UNSPECIFIED = 0,
                GRAB = 1,
                BALANCE = 2,
                DETAIL = 3
            }

            /** Properties of a MoneyRequest. */
            interface IMoneyRequest {

                /** MoneyRequest requestId */
                requestId?: (number|null);

                /** MoneyRequest op */
                op?: (shake.internal.v1.MoneyOp|null);

                /** MoneyRequest userId */
                userId?: (string|null);

                /** MoneyRequest groupPacketId */
                groupPacketId?: (string|null);

                /** MoneyRequest page */
                page?: (number|null);

                /** MoneyRequest timeoutMs */
                timeoutMs?: (number|null);
            }

            /** Represents a MoneyRequest. */
            class MoneyRequest implements IMoneyRequest {

                /**
                 * Constructs a new MoneyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IMoneyRequest);

                /** MoneyRequest requestId. */
                public requestId: number;

                /** MoneyRequest op. */
                public op: shake.internal.v1.MoneyOp;

                /** MoneyRequest userId. */
                public userId: string;

                /** MoneyRequest groupPacketId. */
                public groupPacketId: string;

                /** MoneyRequest page. */
                public page: number;

                /** MoneyRequest timeoutMs. */
                public timeoutMs: number;

                /**
                 * Creates a new MoneyRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MoneyRequest instance
                 */
                public static create(properties?: shake.internal.v1.IMoneyRequest): shake.internal.v1.MoneyRequest;

                /**
                 * Encodes the specified MoneyRequest message. Does not implicitly {@link shake.internal.v1.MoneyRequest.verify|verify} messages.
                 * @param message MoneyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IMoneyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MoneyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MoneyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.MoneyRequest;

                /**
                 * Creates a MoneyRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MoneyRequest
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.MoneyRequest;

                /**
                 * Creates a plain object from a MoneyRequest message. Also converts values to other types if specified.
                 * @param message MoneyRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.MoneyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MoneyRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MoneyRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MoneyReply. */
            interface IMoneyReply {

                /** MoneyReply requestId */
                requestId?: (number|null);

                /** MoneyReply code */
                code?: (string|null);

                /** MoneyReply message */
                message?: (string|null);

                /** MoneyReply json */
                json?: (string|null);
            }

            /** Represents a MoneyReply. */
            class MoneyReply implements IMoneyReply {

                /**
                 * Constructs a new MoneyReply.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: shake.internal.v1.IMoneyReply);

                /** MoneyReply requestId. */
                public requestId: number;

                /** MoneyReply code. */
                public code: string;

                /** MoneyReply message. */
                public message: string;

                /** MoneyReply json. */
                public json: string;

                /**
                 * Creates a new MoneyReply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MoneyReply instance
                 */
                public static create(properties?: shake.internal.v1.IMoneyReply): shake.internal.v1.MoneyReply;

                /**
                 * Encodes the specified MoneyReply message. Does not implicitly {@link shake.internal.v1.MoneyReply.verify|verify} messages.
                 * @param message MoneyReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: shake.internal.v1.IMoneyReply, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MoneyReply message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MoneyReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.internal.v1.MoneyReply;

                /**
                 * Creates a MoneyReply message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MoneyReply
                 */
                public static fromObject(object: { [k: string]: any }): shake.internal.v1.MoneyReply;

                /**
                 * Creates a plain object from a MoneyReply message. Also converts values to other types if specified.
                 * @param message MoneyReply
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: shake.internal.v1.MoneyReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MoneyReply to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MoneyReply
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}

import _shakeRoot = shake;
export namespace internal {
    export import shake = _shakeRoot;
}
