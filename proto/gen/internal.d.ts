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
                SHARE = 2
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
        }
    }
}
