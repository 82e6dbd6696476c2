/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["internal"] || ($protobuf.roots["internal"] = {});

export const shake = $root.shake = (() => {

    /**
     * Namespace shake.
     * @exports shake
     * @namespace
     */
    const shake = {};

    shake.internal = (function() {

        /**
         * Namespace internal.
         * @memberof shake
         * @namespace
         */
        const internal = {};

        internal.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof shake.internal
             * @namespace
             */
            const v1 = {};

            v1.SeedPacket = (function() {

                /**
                 * Properties of a SeedPacket.
                 * @memberof shake.internal.v1
                 * @interface ISeedPacket
                 * @property {string|null} [packetId] SeedPacket packetId
                 * @property {string|null} [sponsorId] SeedPacket sponsorId
                 * @property {number|null} [amountCents] SeedPacket amountCents
                 * @property {number|null} [shares] SeedPacket shares
                 * @property {number|null} [shareAmountCents] SeedPacket shareAmountCents
                 * @property {string|null} [recycledFrom] SeedPacket recycledFrom
                 */

                /**
                 * Constructs a new SeedPacket.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a SeedPacket.
                 * @implements ISeedPacket
                 * @constructor
                 * @param {shake.internal.v1.ISeedPacket=} [properties] Properties to set
                 */
                function SeedPacket(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SeedPacket packetId.
                 * @member {string} packetId
                 * @memberof shake.internal.v1.SeedPacket
                 * @instance
                 */
                SeedPacket.prototype.packetId = "";

                /**
                 * SeedPacket sponsorId.
                 * @member {string} sponsorId
                 * @memberof shake.internal.v1.SeedPacket
                 * @instance
                 */
                SeedPacket.prototype.sponsorId = "";

                /**
                 * SeedPacket amountCents.
                 * @member {number} amountCents
                 * @memberof shake.internal.v1.SeedPacket
                 * @instance
                 */
                SeedPacket.prototype.amountCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SeedPacket shares.
                 * @member {number} shares
                 * @memberof shake.internal.v1.SeedPacket
                 * @instance
                 */
                SeedPacket.prototype.shares = 0;

                /**
                 * SeedPacket shareAmountCents.
                 * @member {number} shareAmountCents
                 * @memberof shake.internal.v1.SeedPacket
                 * @instance
                 */
                SeedPacket.prototype.shareAmountCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SeedPacket recycledFrom.
                 * @member {string} recycledFrom
                 * @memberof shake.internal.v1.SeedPacket
                 * @instance
                 */
                SeedPacket.prototype.recycledFrom = "";

                /**
                 * Creates a new SeedPacket instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.SeedPacket
                 * @static
                 * @param {shake.internal.v1.ISeedPacket=} [properties] Properties to set
                 * @returns {shake.internal.v1.SeedPacket} SeedPacket instance
                 */
                SeedPacket.create = function create(properties) {
                    return new SeedPacket(properties);
                };

                /**
                 * Encodes the specified SeedPacket message. Does not implicitly {@link shake.internal.v1.SeedPacket.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.SeedPacket
                 * @static
                 * @param {shake.internal.v1.ISeedPacket} message SeedPacket message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SeedPacket.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.packetId != null && Object.hasOwnProperty.call(message, "packetId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.packetId);
                    if (message.sponsorId != null && Object.hasOwnProperty.call(message, "sponsorId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.sponsorId);
                    if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.amountCents);
                    if (message.shares != null && Object.hasOwnProperty.call(message, "shares"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.shares);
                    if (message.shareAmountCents != null && Object.hasOwnProperty.call(message, "shareAmountCents"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.shareAmountCents);
                    if (message.recycledFrom != null && Object.hasOwnProperty.call(message, "recycledFrom"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.recycledFrom);
                    return writer;
                };

                /**
                 * Decodes a SeedPacket message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.SeedPacket
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.SeedPacket} SeedPacket
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SeedPacket.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.SeedPacket();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.packetId = reader.string();
                                break;
                            }
                        case 2: {
                                message.sponsorId = reader.string();
                                break;
                            }
                        case 3: {
                                message.amountCents = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.shares = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.shareAmountCents = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.recycledFrom = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a SeedPacket message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.SeedPacket
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.SeedPacket} SeedPacket
                 */
                SeedPacket.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.SeedPacket)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.SeedPacket: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.SeedPacket();
                    if (object.packetId != null)
                        message.packetId = String(object.packetId);
                    if (object.sponsorId != null)
                        message.sponsorId = String(object.sponsorId);
                    if (object.amountCents != null)
                        if ($util.Long)
                            message.amountCents = $util.Long.fromValue(object.amountCents, true);
                        else if (typeof object.amountCents === "string")
                            message.amountCents = parseInt(object.amountCents, 10);
                        else if (typeof object.amountCents === "number")
                            message.amountCents = object.amountCents;
                        else if (typeof object.amountCents === "object")
                            message.amountCents = new $util.LongBits(object.amountCents.low >>> 0, object.amountCents.high >>> 0).toNumber(true);
                    if (object.shares != null)
                        message.shares = object.shares >>> 0;
                    if (object.shareAmountCents != null)
                        if ($util.Long)
                            message.shareAmountCents = $util.Long.fromValue(object.shareAmountCents, true);
                        else if (typeof object.shareAmountCents === "string")
                            message.shareAmountCents = parseInt(object.shareAmountCents, 10);
                        else if (typeof object.shareAmountCents === "number")
                            message.shareAmountCents = object.shareAmountCents;
                        else if (typeof object.shareAmountCents === "object")
                            message.shareAmountCents = new $util.LongBits(object.shareAmountCents.low >>> 0, object.shareAmountCents.high >>> 0).toNumber(true);
                    if (object.recycledFrom != null)
                        message.recycledFrom = String(object.recycledFrom);
                    return message;
                };

                /**
                 * Creates a plain object from a SeedPacket message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.SeedPacket
                 * @static
                 * @param {shake.internal.v1.SeedPacket} message SeedPacket
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SeedPacket.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.packetId = "";
                        object.sponsorId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.amountCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.amountCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.shares = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.shareAmountCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.shareAmountCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.recycledFrom = "";
                    }
                    if (message.packetId != null && Object.hasOwnProperty.call(message, "packetId"))
                        object.packetId = message.packetId;
                    if (message.sponsorId != null && Object.hasOwnProperty.call(message, "sponsorId"))
                        object.sponsorId = message.sponsorId;
                    if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.amountCents = typeof message.amountCents === "number" ? BigInt(message.amountCents) : $util.Long.fromBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0, true).toBigInt();
                        else if (typeof message.amountCents === "number")
                            object.amountCents = options.longs === String ? String(message.amountCents) : message.amountCents;
                        else
                            object.amountCents = options.longs === String ? $util.Long.prototype.toString.call(message.amountCents) : options.longs === Number ? new $util.LongBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0).toNumber(true) : message.amountCents;
                    if (message.shares != null && Object.hasOwnProperty.call(message, "shares"))
                        object.shares = message.shares;
                    if (message.shareAmountCents != null && Object.hasOwnProperty.call(message, "shareAmountCents"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.shareAmountCents = typeof message.shareAmountCents === "number" ? BigInt(message.shareAmountCents) : $util.Long.fromBits(message.shareAmountCents.low >>> 0, message.shareAmountCents.high >>> 0, true).toBigInt();
                        else if (typeof message.shareAmountCents === "number")
                            object.shareAmountCents = options.longs === String ? String(message.shareAmountCents) : message.shareAmountCents;
                        else
                            object.shareAmountCents = options.longs === String ? $util.Long.prototype.toString.call(message.shareAmountCents) : options.longs === Number ? new $util.LongBits(message.shareAmountCents.low >>> 0, message.shareAmountCents.high >>> 0).toNumber(true) : message.shareAmountCents;
                    if (message.recycledFrom != null && Object.hasOwnProperty.call(message, "recycledFrom"))
                        object.recycledFrom = message.recycledFrom;
                    return object;
                };

                /**
                 * Converts this SeedPacket to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.SeedPacket
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SeedPacket.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for SeedPacket
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.SeedPacket
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SeedPacket.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.SeedPacket";
                };

                return SeedPacket;
            })();

            /**
             * OperationKind enum.
             * @name shake.internal.v1.OperationKind
             * @enum {number}
             * @property {number} OPERATION_KIND_UNSPECIFIED=0 OPERATION_KIND_UNSPECIFIED value
             * @property {number} OPEN=1 OPEN value
             * @property {number} SHARE=2 SHARE value
             * @property {number} ISSUE=3 ISSUE value
             * @property {number} WATERMARK=4 WATERMARK value
             * @property {number} MINT=5 MINT value
             */
            v1.OperationKind = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "OPERATION_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OPEN"] = 1;
                values[valuesById[2] = "SHARE"] = 2;
                values[valuesById[3] = "ISSUE"] = 3;
                values[valuesById[4] = "WATERMARK"] = 4;
                values[valuesById[5] = "MINT"] = 5;
                return values;
            })();

            v1.JournalEntry = (function() {

                /**
                 * Properties of a JournalEntry.
                 * @memberof shake.internal.v1
                 * @interface IJournalEntry
                 * @property {string|null} [entryId] JournalEntry entryId
                 * @property {string|null} [operationId] JournalEntry operationId
                 * @property {shake.internal.v1.OperationKind|null} [kind] JournalEntry kind
                 * @property {string|null} [packetId] JournalEntry packetId
                 * @property {string|null} [userId] JournalEntry userId
                 * @property {string|null} [sponsorId] JournalEntry sponsorId
                 * @property {number|null} [amountCents] JournalEntry amountCents
                 * @property {number|null} [shares] JournalEntry shares
                 * @property {number|null} [shareAmountCents] JournalEntry shareAmountCents
                 * @property {string|null} [gatewayId] JournalEntry gatewayId
                 * @property {number|null} [acceptedAtMs] JournalEntry acceptedAtMs
                 * @property {string|null} [roundId] JournalEntry roundId
                 * @property {number|null} [journalSeq] JournalEntry journalSeq
                 * @property {number|null} [tokenExpiresAtMs] JournalEntry tokenExpiresAtMs
                 * @property {string|null} [recycledFrom] JournalEntry recycledFrom
                 */

                /**
                 * Constructs a new JournalEntry.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a JournalEntry.
                 * @implements IJournalEntry
                 * @constructor
                 * @param {shake.internal.v1.IJournalEntry=} [properties] Properties to set
                 */
                function JournalEntry(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * JournalEntry entryId.
                 * @member {string} entryId
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.entryId = "";

                /**
                 * JournalEntry operationId.
                 * @member {string} operationId
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.operationId = "";

                /**
                 * JournalEntry kind.
                 * @member {shake.internal.v1.OperationKind} kind
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.kind = 0;

                /**
                 * JournalEntry packetId.
                 * @member {string} packetId
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.packetId = "";

                /**
                 * JournalEntry userId.
                 * @member {string} userId
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.userId = "";

                /**
                 * JournalEntry sponsorId.
                 * @member {string} sponsorId
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.sponsorId = "";

                /**
                 * JournalEntry amountCents.
                 * @member {number} amountCents
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.amountCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * JournalEntry shares.
                 * @member {number} shares
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.shares = 0;

                /**
                 * JournalEntry shareAmountCents.
                 * @member {number} shareAmountCents
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.shareAmountCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * JournalEntry gatewayId.
                 * @member {string} gatewayId
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.gatewayId = "";

                /**
                 * JournalEntry acceptedAtMs.
                 * @member {number} acceptedAtMs
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.acceptedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * JournalEntry roundId.
                 * @member {string} roundId
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.roundId = "";

                /**
                 * JournalEntry journalSeq.
                 * @member {number} journalSeq
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.journalSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * JournalEntry tokenExpiresAtMs.
                 * @member {number} tokenExpiresAtMs
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.tokenExpiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * JournalEntry recycledFrom.
                 * @member {string} recycledFrom
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 */
                JournalEntry.prototype.recycledFrom = "";

                /**
                 * Creates a new JournalEntry instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.JournalEntry
                 * @static
                 * @param {shake.internal.v1.IJournalEntry=} [properties] Properties to set
                 * @returns {shake.internal.v1.JournalEntry} JournalEntry instance
                 */
                JournalEntry.create = function create(properties) {
                    return new JournalEntry(properties);
                };

                /**
                 * Encodes the specified JournalEntry message. Does not implicitly {@link shake.internal.v1.JournalEntry.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.JournalEntry
                 * @static
                 * @param {shake.internal.v1.IJournalEntry} message JournalEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                JournalEntry.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
                    if (message.operationId != null && Object.hasOwnProperty.call(message, "operationId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.operationId);
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                    if (message.packetId != null && Object.hasOwnProperty.call(message, "packetId"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.packetId);
                    if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.userId);
                    if (message.sponsorId != null && Object.hasOwnProperty.call(message, "sponsorId"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.sponsorId);
                    if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.amountCents);
                    if (message.shares != null && Object.hasOwnProperty.call(message, "shares"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.shares);
                    if (message.shareAmountCents != null && Object.hasOwnProperty.call(message, "shareAmountCents"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.shareAmountCents);
                    if (message.gatewayId != null && Object.hasOwnProperty.call(message, "gatewayId"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.gatewayId);
                    if (message.acceptedAtMs != null && Object.hasOwnProperty.call(message, "acceptedAtMs"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.acceptedAtMs);
                    if (message.roundId != null && Object.hasOwnProperty.call(message, "roundId"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.roundId);
                    if (message.journalSeq != null && Object.hasOwnProperty.call(message, "journalSeq"))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.journalSeq);
                    if (message.tokenExpiresAtMs != null && Object.hasOwnProperty.call(message, "tokenExpiresAtMs"))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.tokenExpiresAtMs);
                    if (message.recycledFrom != null && Object.hasOwnProperty.call(message, "recycledFrom"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.recycledFrom);
                    return writer;
                };

                /**
                 * Decodes a JournalEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.JournalEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.JournalEntry} JournalEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                JournalEntry.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.JournalEntry();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.entryId = reader.string();
                                break;
                            }
                        case 2: {
                                message.operationId = reader.string();
                                break;
                            }
                        case 3: {
                                message.kind = reader.int32();
                                break;
                            }
                        case 4: {
                                message.packetId = reader.string();
                                break;
                            }
                        case 5: {
                                message.userId = reader.string();
                                break;
                            }
                        case 6: {
                                message.sponsorId = reader.string();
                                break;
                            }
                        case 7: {
                                message.amountCents = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.shares = reader.uint32();
                                break;
                            }
                        case 9: {
                                message.shareAmountCents = reader.uint64();
                                break;
                            }
                        case 10: {
                                message.gatewayId = reader.string();
                                break;
                            }
                        case 11: {
                                message.acceptedAtMs = reader.uint64();
                                break;
                            }
                        case 12: {
                                message.roundId = reader.string();
                                break;
                            }
                        case 13: {
                                message.journalSeq = reader.uint64();
                                break;
                            }
                        case 14: {
                                message.tokenExpiresAtMs = reader.uint64();
                                break;
                            }
                        case 15: {
                                message.recycledFrom = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a JournalEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.JournalEntry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.JournalEntry} JournalEntry
                 */
                JournalEntry.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.JournalEntry)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.JournalEntry: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.JournalEntry();
                    if (object.entryId != null)
                        message.entryId = String(object.entryId);
                    if (object.operationId != null)
                        message.operationId = String(object.operationId);
                    switch (object.kind) {
                    default:
                        if (typeof object.kind === "number") {
                            message.kind = object.kind;
                            break;
                        }
                        break;
                    case "OPERATION_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "OPEN":
                    case 1:
                        message.kind = 1;
                        break;
                    case "SHARE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "ISSUE":
                    case 3:
                        message.kind = 3;
                        break;
                    case "WATERMARK":
                    case 4:
                        message.kind = 4;
                        break;
                    case "MINT":
                    case 5:
                        message.kind = 5;
                        break;
                    }
                    if (object.packetId != null)
                        message.packetId = String(object.packetId);
                    if (object.userId != null)
                        message.userId = String(object.userId);
                    if (object.sponsorId != null)
                        message.sponsorId = String(object.sponsorId);
                    if (object.amountCents != null)
                        if ($util.Long)
                            message.amountCents = $util.Long.fromValue(object.amountCents, true);
                        else if (typeof object.amountCents === "string")
                            message.amountCents = parseInt(object.amountCents, 10);
                        else if (typeof object.amountCents === "number")
                            message.amountCents = object.amountCents;
                        else if (typeof object.amountCents === "object")
                            message.amountCents = new $util.LongBits(object.amountCents.low >>> 0, object.amountCents.high >>> 0).toNumber(true);
                    if (object.shares != null)
                        message.shares = object.shares >>> 0;
                    if (object.shareAmountCents != null)
                        if ($util.Long)
                            message.shareAmountCents = $util.Long.fromValue(object.shareAmountCents, true);
                        else if (typeof object.shareAmountCents === "string")
                            message.shareAmountCents = parseInt(object.shareAmountCents, 10);
                        else if (typeof object.shareAmountCents === "number")
                            message.shareAmountCents = object.shareAmountCents;
                        else if (typeof object.shareAmountCents === "object")
                            message.shareAmountCents = new $util.LongBits(object.shareAmountCents.low >>> 0, object.shareAmountCents.high >>> 0).toNumber(true);
                    if (object.gatewayId != null)
                        message.gatewayId = String(object.gatewayId);
                    if (object.acceptedAtMs != null)
                        if ($util.Long)
                            message.acceptedAtMs = $util.Long.fromValue(object.acceptedAtMs, true);
                        else if (typeof object.acceptedAtMs === "string")
                            message.acceptedAtMs = parseInt(object.acceptedAtMs, 10);
                        else if (typeof object.acceptedAtMs === "number")
                            message.acceptedAtMs = object.acceptedAtMs;
                        else if (typeof object.acceptedAtMs === "object")
                            message.acceptedAtMs = new $util.LongBits(object.acceptedAtMs.low >>> 0, object.acceptedAtMs.high >>> 0).toNumber(true);
                    if (object.roundId != null)
                        message.roundId = String(object.roundId);
                    if (object.journalSeq != null)
                        if ($util.Long)
                            message.journalSeq = $util.Long.fromValue(object.journalSeq, true);
                        else if (typeof object.journalSeq === "string")
                            message.journalSeq = parseInt(object.journalSeq, 10);
                        else if (typeof object.journalSeq === "number")
                            message.journalSeq = object.journalSeq;
                        else if (typeof object.journalSeq === "object")
                            message.journalSeq = new $util.LongBits(object.journalSeq.low >>> 0, object.journalSeq.high >>> 0).toNumber(true);
                    if (object.tokenExpiresAtMs != null)
                        if ($util.Long)
                            message.tokenExpiresAtMs = $util.Long.fromValue(object.tokenExpiresAtMs, true);
                        else if (typeof object.tokenExpiresAtMs === "string")
                            message.tokenExpiresAtMs = parseInt(object.tokenExpiresAtMs, 10);
                        else if (typeof object.tokenExpiresAtMs === "number")
                            message.tokenExpiresAtMs = object.tokenExpiresAtMs;
                        else if (typeof object.tokenExpiresAtMs === "object")
                            message.tokenExpiresAtMs = new $util.LongBits(object.tokenExpiresAtMs.low >>> 0, object.tokenExpiresAtMs.high >>> 0).toNumber(true);
                    if (object.recycledFrom != null)
                        message.recycledFrom = String(object.recycledFrom);
                    return message;
                };

                /**
                 * Creates a plain object from a JournalEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.JournalEntry
                 * @static
                 * @param {shake.internal.v1.JournalEntry} message JournalEntry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                JournalEntry.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.entryId = "";
                        object.operationId = "";
                        object.kind = options.enums === String ? "OPERATION_KIND_UNSPECIFIED" : 0;
                        object.packetId = "";
                        object.userId = "";
                        object.sponsorId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.amountCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.amountCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.shares = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.shareAmountCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.shareAmountCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.gatewayId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.acceptedAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.acceptedAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.roundId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.journalSeq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.journalSeq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.tokenExpiresAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.tokenExpiresAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.recycledFrom = "";
                    }
                    if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                        object.entryId = message.entryId;
                    if (message.operationId != null && Object.hasOwnProperty.call(message, "operationId"))
                        object.operationId = message.operationId;
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        object.kind = options.enums === String ? $root.shake.internal.v1.OperationKind[message.kind] === undefined ? message.kind : $root.shake.internal.v1.OperationKind[message.kind] : message.kind;
                    if (message.packetId != null && Object.hasOwnProperty.call(message, "packetId"))
                        object.packetId = message.packetId;
                    if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.sponsorId != null && Object.hasOwnProperty.call(message, "sponsorId"))
                        object.sponsorId = message.sponsorId;
                    if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.amountCents = typeof message.amountCents === "number" ? BigInt(message.amountCents) : $util.Long.fromBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0, true).toBigInt();
                        else if (typeof message.amountCents === "number")
                            object.amountCents = options.longs === String ? String(message.amountCents) : message.amountCents;
                        else
                            object.amountCents = options.longs === String ? $util.Long.prototype.toString.call(message.amountCents) : options.longs === Number ? new $util.LongBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0).toNumber(true) : message.amountCents;
                    if (message.shares != null && Object.hasOwnProperty.call(message, "shares"))
                        object.shares = message.shares;
                    if (message.shareAmountCents != null && Object.hasOwnProperty.call(message, "shareAmountCents"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.shareAmountCents = typeof message.shareAmountCents === "number" ? BigInt(message.shareAmountCents) : $util.Long.fromBits(message.shareAmountCents.low >>> 0, message.shareAmountCents.high >>> 0, true).toBigInt();
                        else if (typeof message.shareAmountCents === "number")
                            object.shareAmountCents = options.longs === String ? String(message.shareAmountCents) : message.shareAmountCents;
                        else
                            object.shareAmountCents = options.longs === String ? $util.Long.prototype.toString.call(message.shareAmountCents) : options.longs === Number ? new $util.LongBits(message.shareAmountCents.low >>> 0, message.shareAmountCents.high >>> 0).toNumber(true) : message.shareAmountCents;
                    if (message.gatewayId != null && Object.hasOwnProperty.call(message, "gatewayId"))
                        object.gatewayId = message.gatewayId;
                    if (message.acceptedAtMs != null && Object.hasOwnProperty.call(message, "acceptedAtMs"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.acceptedAtMs = typeof message.acceptedAtMs === "number" ? BigInt(message.acceptedAtMs) : $util.Long.fromBits(message.acceptedAtMs.low >>> 0, message.acceptedAtMs.high >>> 0, true).toBigInt();
                        else if (typeof message.acceptedAtMs === "number")
                            object.acceptedAtMs = options.longs === String ? String(message.acceptedAtMs) : message.acceptedAtMs;
                        else
                            object.acceptedAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.acceptedAtMs) : options.longs === Number ? new $util.LongBits(message.acceptedAtMs.low >>> 0, message.acceptedAtMs.high >>> 0).toNumber(true) : message.acceptedAtMs;
                    if (message.roundId != null && Object.hasOwnProperty.call(message, "roundId"))
                        object.roundId = message.roundId;
                    if (message.journalSeq != null && Object.hasOwnProperty.call(message, "journalSeq"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.journalSeq = typeof message.journalSeq === "number" ? BigInt(message.journalSeq) : $util.Long.fromBits(message.journalSeq.low >>> 0, message.journalSeq.high >>> 0, true).toBigInt();
                        else if (typeof message.journalSeq === "number")
                            object.journalSeq = options.longs === String ? String(message.journalSeq) : message.journalSeq;
                        else
                            object.journalSeq = options.longs === String ? $util.Long.prototype.toString.call(message.journalSeq) : options.longs === Number ? new $util.LongBits(message.journalSeq.low >>> 0, message.journalSeq.high >>> 0).toNumber(true) : message.journalSeq;
                    if (message.tokenExpiresAtMs != null && Object.hasOwnProperty.call(message, "tokenExpiresAtMs"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.tokenExpiresAtMs = typeof message.tokenExpiresAtMs === "number" ? BigInt(message.tokenExpiresAtMs) : $util.Long.fromBits(message.tokenExpiresAtMs.low >>> 0, message.tokenExpiresAtMs.high >>> 0, true).toBigInt();
                        else if (typeof message.tokenExpiresAtMs === "number")
                            object.tokenExpiresAtMs = options.longs === String ? String(message.tokenExpiresAtMs) : message.tokenExpiresAtMs;
                        else
                            object.tokenExpiresAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.tokenExpiresAtMs) : options.longs === Number ? new $util.LongBits(message.tokenExpiresAtMs.low >>> 0, message.tokenExpiresAtMs.high >>> 0).toNumber(true) : message.tokenExpiresAtMs;
                    if (message.recycledFrom != null && Object.hasOwnProperty.call(message, "recycledFrom"))
                        object.recycledFrom = message.recycledFrom;
                    return object;
                };

                /**
                 * Converts this JournalEntry to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.JournalEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                JournalEntry.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for JournalEntry
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.JournalEntry
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                JournalEntry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.JournalEntry";
                };

                return JournalEntry;
            })();

            v1.AgentToGateway = (function() {

                /**
                 * Properties of an AgentToGateway.
                 * @memberof shake.internal.v1
                 * @interface IAgentToGateway
                 * @property {shake.internal.v1.IAgentHello|null} [hello] AgentToGateway hello
                 * @property {shake.internal.v1.IFeedPackets|null} [feed] AgentToGateway feed
                 * @property {shake.internal.v1.IMoneyReply|null} [moneyReply] AgentToGateway moneyReply
                 */

                /**
                 * Constructs a new AgentToGateway.
                 * @memberof shake.internal.v1
                 * @classdesc Represents an AgentToGateway.
                 * @implements IAgentToGateway
                 * @constructor
                 * @param {shake.internal.v1.IAgentToGateway=} [properties] Properties to set
                 */
                function AgentToGateway(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * AgentToGateway hello.
                 * @member {shake.internal.v1.IAgentHello|null|undefined} hello
                 * @memberof shake.internal.v1.AgentToGateway
                 * @instance
                 */
                AgentToGateway.prototype.hello = null;

                /**
                 * AgentToGateway feed.
                 * @member {shake.internal.v1.IFeedPackets|null|undefined} feed
                 * @memberof shake.internal.v1.AgentToGateway
                 * @instance
                 */
                AgentToGateway.prototype.feed = null;

                /**
                 * AgentToGateway moneyReply.
                 * @member {shake.internal.v1.IMoneyReply|null|undefined} moneyReply
                 * @memberof shake.internal.v1.AgentToGateway
                 * @instance
                 */
                AgentToGateway.prototype.moneyReply = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * AgentToGateway msg.
                 * @member {"hello"|"feed"|"moneyReply"|undefined} msg
                 * @memberof shake.internal.v1.AgentToGateway
                 * @instance
                 */
                Object.defineProperty(AgentToGateway.prototype, "msg", {
                    get: $util.oneOfGetter($oneOfFields = ["hello", "feed", "moneyReply"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new AgentToGateway instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.AgentToGateway
                 * @static
                 * @param {shake.internal.v1.IAgentToGateway=} [properties] Properties to set
                 * @returns {shake.internal.v1.AgentToGateway} AgentToGateway instance
                 */
                AgentToGateway.create = function create(properties) {
                    return new AgentToGateway(properties);
                };

                /**
                 * Encodes the specified AgentToGateway message. Does not implicitly {@link shake.internal.v1.AgentToGateway.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.AgentToGateway
                 * @static
                 * @param {shake.internal.v1.IAgentToGateway} message AgentToGateway message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AgentToGateway.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.hello != null && Object.hasOwnProperty.call(message, "hello"))
                        $root.shake.internal.v1.AgentHello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.feed != null && Object.hasOwnProperty.call(message, "feed"))
                        $root.shake.internal.v1.FeedPackets.encode(message.feed, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.moneyReply != null && Object.hasOwnProperty.call(message, "moneyReply"))
                        $root.shake.internal.v1.MoneyReply.encode(message.moneyReply, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes an AgentToGateway message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.AgentToGateway
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.AgentToGateway} AgentToGateway
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AgentToGateway.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.AgentToGateway();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.hello = $root.shake.internal.v1.AgentHello.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.feed = $root.shake.internal.v1.FeedPackets.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.moneyReply = $root.shake.internal.v1.MoneyReply.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates an AgentToGateway message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.AgentToGateway
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.AgentToGateway} AgentToGateway
                 */
                AgentToGateway.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.AgentToGateway)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.AgentToGateway: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.AgentToGateway();
                    if (object.hello != null) {
                        if (!$util.isObject(object.hello))
                            throw TypeError(".shake.internal.v1.AgentToGateway.hello: object expected");
                        message.hello = $root.shake.internal.v1.AgentHello.fromObject(object.hello, long + 1);
                    }
                    if (object.feed != null) {
                        if (!$util.isObject(object.feed))
                            throw TypeError(".shake.internal.v1.AgentToGateway.feed: object expected");
                        message.feed = $root.shake.internal.v1.FeedPackets.fromObject(object.feed, long + 1);
                    }
                    if (object.moneyReply != null) {
                        if (!$util.isObject(object.moneyReply))
                            throw TypeError(".shake.internal.v1.AgentToGateway.moneyReply: object expected");
                        message.moneyReply = $root.shake.internal.v1.MoneyReply.fromObject(object.moneyReply, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AgentToGateway message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.AgentToGateway
                 * @static
                 * @param {shake.internal.v1.AgentToGateway} message AgentToGateway
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AgentToGateway.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                        object.hello = $root.shake.internal.v1.AgentHello.toObject(message.hello, options, q + 1);
                        if (options.oneofs)
                            object.msg = "hello";
                    }
                    if (message.feed != null && Object.hasOwnProperty.call(message, "feed")) {
                        object.feed = $root.shake.internal.v1.FeedPackets.toObject(message.feed, options, q + 1);
                        if (options.oneofs)
                            object.msg = "feed";
                    }
                    if (message.moneyReply != null && Object.hasOwnProperty.call(message, "moneyReply")) {
                        object.moneyReply = $root.shake.internal.v1.MoneyReply.toObject(message.moneyReply, options, q + 1);
                        if (options.oneofs)
                            object.msg = "moneyReply";
                    }
                    return object;
                };

                /**
                 * Converts this AgentToGateway to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.AgentToGateway
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AgentToGateway.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for AgentToGateway
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.AgentToGateway
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                AgentToGateway.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.AgentToGateway";
                };

                return AgentToGateway;
            })();

            v1.AgentHello = (function() {

                /**
                 * Properties of an AgentHello.
                 * @memberof shake.internal.v1
                 * @interface IAgentHello
                 * @property {string|null} [agentId] AgentHello agentId
                 * @property {string|null} [gatewayId] AgentHello gatewayId
                 * @property {number|null} [protocolVersion] AgentHello protocolVersion
                 * @property {string|null} [serviceToken] AgentHello serviceToken
                 */

                /**
                 * Constructs a new AgentHello.
                 * @memberof shake.internal.v1
                 * @classdesc Represents an AgentHello.
                 * @implements IAgentHello
                 * @constructor
                 * @param {shake.internal.v1.IAgentHello=} [properties] Properties to set
                 */
                function AgentHello(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * AgentHello agentId.
                 * @member {string} agentId
                 * @memberof shake.internal.v1.AgentHello
                 * @instance
                 */
                AgentHello.prototype.agentId = "";

                /**
                 * AgentHello gatewayId.
                 * @member {string} gatewayId
                 * @memberof shake.internal.v1.AgentHello
                 * @instance
                 */
                AgentHello.prototype.gatewayId = "";

                /**
                 * AgentHello protocolVersion.
                 * @member {number} protocolVersion
                 * @memberof shake.internal.v1.AgentHello
                 * @instance
                 */
                AgentHello.prototype.protocolVersion = 0;

                /**
                 * AgentHello serviceToken.
                 * @member {string} serviceToken
                 * @memberof shake.internal.v1.AgentHello
                 * @instance
                 */
                AgentHello.prototype.serviceToken = "";

                /**
                 * Creates a new AgentHello instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.AgentHello
                 * @static
                 * @param {shake.internal.v1.IAgentHello=} [properties] Properties to set
                 * @returns {shake.internal.v1.AgentHello} AgentHello instance
                 */
                AgentHello.create = function create(properties) {
                    return new AgentHello(properties);
                };

                /**
                 * Encodes the specified AgentHello message. Does not implicitly {@link shake.internal.v1.AgentHello.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.AgentHello
                 * @static
                 * @param {shake.internal.v1.IAgentHello} message AgentHello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AgentHello.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.agentId != null && Object.hasOwnProperty.call(message, "agentId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.agentId);
                    if (message.gatewayId != null && Object.hasOwnProperty.call(message, "gatewayId"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.gatewayId);
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.protocolVersion);
                    if (message.serviceToken != null && Object.hasOwnProperty.call(message, "serviceToken"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.serviceToken);
                    return writer;
                };

                /**
                 * Decodes an AgentHello message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.AgentHello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.AgentHello} AgentHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AgentHello.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.AgentHello();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.agentId = reader.string();
                                break;
                            }
                        case 2: {
                                message.gatewayId = reader.string();
                                break;
                            }
                        case 3: {
                                message.protocolVersion = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.serviceToken = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates an AgentHello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.AgentHello
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.AgentHello} AgentHello
                 */
                AgentHello.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.AgentHello)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.AgentHello: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.AgentHello();
                    if (object.agentId != null)
                        message.agentId = String(object.agentId);
                    if (object.gatewayId != null)
                        message.gatewayId = String(object.gatewayId);
                    if (object.protocolVersion != null)
                        message.protocolVersion = object.protocolVersion >>> 0;
                    if (object.serviceToken != null)
                        message.serviceToken = String(object.serviceToken);
                    return message;
                };

                /**
                 * Creates a plain object from an AgentHello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.AgentHello
                 * @static
                 * @param {shake.internal.v1.AgentHello} message AgentHello
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AgentHello.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.agentId = "";
                        object.gatewayId = "";
                        object.protocolVersion = 0;
                        object.serviceToken = "";
                    }
                    if (message.agentId != null && Object.hasOwnProperty.call(message, "agentId"))
                        object.agentId = message.agentId;
                    if (message.gatewayId != null && Object.hasOwnProperty.call(message, "gatewayId"))
                        object.gatewayId = message.gatewayId;
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    if (message.serviceToken != null && Object.hasOwnProperty.call(message, "serviceToken"))
                        object.serviceToken = message.serviceToken;
                    return object;
                };

                /**
                 * Converts this AgentHello to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.AgentHello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AgentHello.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for AgentHello
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.AgentHello
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                AgentHello.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.AgentHello";
                };

                return AgentHello;
            })();

            v1.FeedPackets = (function() {

                /**
                 * Properties of a FeedPackets.
                 * @memberof shake.internal.v1
                 * @interface IFeedPackets
                 * @property {number|null} [batchId] FeedPackets batchId
                 * @property {Array.<shake.internal.v1.ISeedPacket>|null} [packets] FeedPackets packets
                 */

                /**
                 * Constructs a new FeedPackets.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a FeedPackets.
                 * @implements IFeedPackets
                 * @constructor
                 * @param {shake.internal.v1.IFeedPackets=} [properties] Properties to set
                 */
                function FeedPackets(properties) {
                    this.packets = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * FeedPackets batchId.
                 * @member {number} batchId
                 * @memberof shake.internal.v1.FeedPackets
                 * @instance
                 */
                FeedPackets.prototype.batchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FeedPackets packets.
                 * @member {Array.<shake.internal.v1.ISeedPacket>} packets
                 * @memberof shake.internal.v1.FeedPackets
                 * @instance
                 */
                FeedPackets.prototype.packets = $util.emptyArray;

                /**
                 * Creates a new FeedPackets instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.FeedPackets
                 * @static
                 * @param {shake.internal.v1.IFeedPackets=} [properties] Properties to set
                 * @returns {shake.internal.v1.FeedPackets} FeedPackets instance
                 */
                FeedPackets.create = function create(properties) {
                    return new FeedPackets(properties);
                };

                /**
                 * Encodes the specified FeedPackets message. Does not implicitly {@link shake.internal.v1.FeedPackets.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.FeedPackets
                 * @static
                 * @param {shake.internal.v1.IFeedPackets} message FeedPackets message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeedPackets.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.batchId);
                    if (message.packets != null && message.packets.length)
                        for (let i = 0; i < message.packets.length; ++i)
                            $root.shake.internal.v1.SeedPacket.encode(message.packets[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a FeedPackets message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.FeedPackets
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.FeedPackets} FeedPackets
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeedPackets.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.FeedPackets();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.batchId = reader.uint64();
                                break;
                            }
                        case 2: {
                                if (!(message.packets && message.packets.length))
                                    message.packets = [];
                                message.packets.push($root.shake.internal.v1.SeedPacket.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a FeedPackets message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.FeedPackets
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.FeedPackets} FeedPackets
                 */
                FeedPackets.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.FeedPackets)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.FeedPackets: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.FeedPackets();
                    if (object.batchId != null)
                        if ($util.Long)
                            message.batchId = $util.Long.fromValue(object.batchId, true);
                        else if (typeof object.batchId === "string")
                            message.batchId = parseInt(object.batchId, 10);
                        else if (typeof object.batchId === "number")
                            message.batchId = object.batchId;
                        else if (typeof object.batchId === "object")
                            message.batchId = new $util.LongBits(object.batchId.low >>> 0, object.batchId.high >>> 0).toNumber(true);
                    if (object.packets) {
                        if (!Array.isArray(object.packets))
                            throw TypeError(".shake.internal.v1.FeedPackets.packets: array expected");
                        message.packets = [];
                        for (let i = 0; i < object.packets.length; ++i) {
                            if (!$util.isObject(object.packets[i]))
                                throw TypeError(".shake.internal.v1.FeedPackets.packets: object expected");
                            message.packets[i] = $root.shake.internal.v1.SeedPacket.fromObject(object.packets[i], long + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a FeedPackets message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.FeedPackets
                 * @static
                 * @param {shake.internal.v1.FeedPackets} message FeedPackets
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FeedPackets.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.packets = [];
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.batchId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.batchId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.batchId = typeof message.batchId === "number" ? BigInt(message.batchId) : $util.Long.fromBits(message.batchId.low >>> 0, message.batchId.high >>> 0, true).toBigInt();
                        else if (typeof message.batchId === "number")
                            object.batchId = options.longs === String ? String(message.batchId) : message.batchId;
                        else
                            object.batchId = options.longs === String ? $util.Long.prototype.toString.call(message.batchId) : options.longs === Number ? new $util.LongBits(message.batchId.low >>> 0, message.batchId.high >>> 0).toNumber(true) : message.batchId;
                    if (message.packets && message.packets.length) {
                        object.packets = [];
                        for (let j = 0; j < message.packets.length; ++j)
                            object.packets[j] = $root.shake.internal.v1.SeedPacket.toObject(message.packets[j], options, q + 1);
                    }
                    return object;
                };

                /**
                 * Converts this FeedPackets to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.FeedPackets
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FeedPackets.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for FeedPackets
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.FeedPackets
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                FeedPackets.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.FeedPackets";
                };

                return FeedPackets;
            })();

            v1.GatewayToAgent = (function() {

                /**
                 * Properties of a GatewayToAgent.
                 * @memberof shake.internal.v1
                 * @interface IGatewayToAgent
                 * @property {shake.internal.v1.IGatewayHello|null} [hello] GatewayToAgent hello
                 * @property {shake.internal.v1.IFeedAck|null} [feedAck] GatewayToAgent feedAck
                 * @property {shake.internal.v1.IPoolStatus|null} [pool] GatewayToAgent pool
                 * @property {shake.internal.v1.IShowConfigUpdate|null} [config] GatewayToAgent config
                 * @property {shake.internal.v1.IGatewayError|null} [error] GatewayToAgent error
                 * @property {shake.internal.v1.IMoneyRequest|null} [money] GatewayToAgent money
                 */

                /**
                 * Constructs a new GatewayToAgent.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a GatewayToAgent.
                 * @implements IGatewayToAgent
                 * @constructor
                 * @param {shake.internal.v1.IGatewayToAgent=} [properties] Properties to set
                 */
                function GatewayToAgent(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GatewayToAgent hello.
                 * @member {shake.internal.v1.IGatewayHello|null|undefined} hello
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @instance
                 */
                GatewayToAgent.prototype.hello = null;

                /**
                 * GatewayToAgent feedAck.
                 * @member {shake.internal.v1.IFeedAck|null|undefined} feedAck
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @instance
                 */
                GatewayToAgent.prototype.feedAck = null;

                /**
                 * GatewayToAgent pool.
                 * @member {shake.internal.v1.IPoolStatus|null|undefined} pool
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @instance
                 */
                GatewayToAgent.prototype.pool = null;

                /**
                 * GatewayToAgent config.
                 * @member {shake.internal.v1.IShowConfigUpdate|null|undefined} config
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @instance
                 */
                GatewayToAgent.prototype.config = null;

                /**
                 * GatewayToAgent error.
                 * @member {shake.internal.v1.IGatewayError|null|undefined} error
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @instance
                 */
                GatewayToAgent.prototype.error = null;

                /**
                 * GatewayToAgent money.
                 * @member {shake.internal.v1.IMoneyRequest|null|undefined} money
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @instance
                 */
                GatewayToAgent.prototype.money = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * GatewayToAgent msg.
                 * @member {"hello"|"feedAck"|"pool"|"config"|"error"|"money"|undefined} msg
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @instance
                 */
                Object.defineProperty(GatewayToAgent.prototype, "msg", {
                    get: $util.oneOfGetter($oneOfFields = ["hello", "feedAck", "pool", "config", "error", "money"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new GatewayToAgent instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @static
                 * @param {shake.internal.v1.IGatewayToAgent=} [properties] Properties to set
                 * @returns {shake.internal.v1.GatewayToAgent} GatewayToAgent instance
                 */
                GatewayToAgent.create = function create(properties) {
                    return new GatewayToAgent(properties);
                };

                /**
                 * Encodes the specified GatewayToAgent message. Does not implicitly {@link shake.internal.v1.GatewayToAgent.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @static
                 * @param {shake.internal.v1.IGatewayToAgent} message GatewayToAgent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GatewayToAgent.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.hello != null && Object.hasOwnProperty.call(message, "hello"))
                        $root.shake.internal.v1.GatewayHello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.feedAck != null && Object.hasOwnProperty.call(message, "feedAck"))
                        $root.shake.internal.v1.FeedAck.encode(message.feedAck, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.pool != null && Object.hasOwnProperty.call(message, "pool"))
                        $root.shake.internal.v1.PoolStatus.encode(message.pool, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.config != null && Object.hasOwnProperty.call(message, "config"))
                        $root.shake.internal.v1.ShowConfigUpdate.encode(message.config, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                        $root.shake.internal.v1.GatewayError.encode(message.error, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.money != null && Object.hasOwnProperty.call(message, "money"))
                        $root.shake.internal.v1.MoneyRequest.encode(message.money, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a GatewayToAgent message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.GatewayToAgent} GatewayToAgent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GatewayToAgent.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.GatewayToAgent();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.hello = $root.shake.internal.v1.GatewayHello.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.feedAck = $root.shake.internal.v1.FeedAck.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.pool = $root.shake.internal.v1.PoolStatus.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.config = $root.shake.internal.v1.ShowConfigUpdate.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.error = $root.shake.internal.v1.GatewayError.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.money = $root.shake.internal.v1.MoneyRequest.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a GatewayToAgent message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.GatewayToAgent} GatewayToAgent
                 */
                GatewayToAgent.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.GatewayToAgent)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.GatewayToAgent: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.GatewayToAgent();
                    if (object.hello != null) {
                        if (!$util.isObject(object.hello))
                            throw TypeError(".shake.internal.v1.GatewayToAgent.hello: object expected");
                        message.hello = $root.shake.internal.v1.GatewayHello.fromObject(object.hello, long + 1);
                    }
                    if (object.feedAck != null) {
                        if (!$util.isObject(object.feedAck))
                            throw TypeError(".shake.internal.v1.GatewayToAgent.feedAck: object expected");
                        message.feedAck = $root.shake.internal.v1.FeedAck.fromObject(object.feedAck, long + 1);
                    }
                    if (object.pool != null) {
                        if (!$util.isObject(object.pool))
                            throw TypeError(".shake.internal.v1.GatewayToAgent.pool: object expected");
                        message.pool = $root.shake.internal.v1.PoolStatus.fromObject(object.pool, long + 1);
                    }
                    if (object.config != null) {
                        if (!$util.isObject(object.config))
                            throw TypeError(".shake.internal.v1.GatewayToAgent.config: object expected");
                        message.config = $root.shake.internal.v1.ShowConfigUpdate.fromObject(object.config, long + 1);
                    }
                    if (object.error != null) {
                        if (!$util.isObject(object.error))
                            throw TypeError(".shake.internal.v1.GatewayToAgent.error: object expected");
                        message.error = $root.shake.internal.v1.GatewayError.fromObject(object.error, long + 1);
                    }
                    if (object.money != null) {
                        if (!$util.isObject(object.money))
                            throw TypeError(".shake.internal.v1.GatewayToAgent.money: object expected");
                        message.money = $root.shake.internal.v1.MoneyRequest.fromObject(object.money, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a GatewayToAgent message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @static
                 * @param {shake.internal.v1.GatewayToAgent} message GatewayToAgent
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GatewayToAgent.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (message.hello != null && Object.hasOwnProperty.call(message, "hello")) {
                        object.hello = $root.shake.internal.v1.GatewayHello.toObject(message.hello, options, q + 1);
                        if (options.oneofs)
                            object.msg = "hello";
                    }
                    if (message.feedAck != null && Object.hasOwnProperty.call(message, "feedAck")) {
                        object.feedAck = $root.shake.internal.v1.FeedAck.toObject(message.feedAck, options, q + 1);
                        if (options.oneofs)
                            object.msg = "feedAck";
                    }
                    if (message.pool != null && Object.hasOwnProperty.call(message, "pool")) {
                        object.pool = $root.shake.internal.v1.PoolStatus.toObject(message.pool, options, q + 1);
                        if (options.oneofs)
                            object.msg = "pool";
                    }
                    if (message.config != null && Object.hasOwnProperty.call(message, "config")) {
                        object.config = $root.shake.internal.v1.ShowConfigUpdate.toObject(message.config, options, q + 1);
                        if (options.oneofs)
                            object.msg = "config";
                    }
                    if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                        object.error = $root.shake.internal.v1.GatewayError.toObject(message.error, options, q + 1);
                        if (options.oneofs)
                            object.msg = "error";
                    }
                    if (message.money != null && Object.hasOwnProperty.call(message, "money")) {
                        object.money = $root.shake.internal.v1.MoneyRequest.toObject(message.money, options, q + 1);
                        if (options.oneofs)
                            object.msg = "money";
                    }
                    return object;
                };

                /**
                 * Converts this GatewayToAgent to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GatewayToAgent.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GatewayToAgent
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.GatewayToAgent
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GatewayToAgent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.GatewayToAgent";
                };

                return GatewayToAgent;
            })();

            v1.GatewayError = (function() {

                /**
                 * Properties of a GatewayError.
                 * @memberof shake.internal.v1
                 * @interface IGatewayError
                 * @property {string|null} [code] GatewayError code
                 * @property {string|null} [message] GatewayError message
                 */

                /**
                 * Constructs a new GatewayError.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a GatewayError.
                 * @implements IGatewayError
                 * @constructor
                 * @param {shake.internal.v1.IGatewayError=} [properties] Properties to set
                 */
                function GatewayError(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GatewayError code.
                 * @member {string} code
                 * @memberof shake.internal.v1.GatewayError
                 * @instance
                 */
                GatewayError.prototype.code = "";

                /**
                 * GatewayError message.
                 * @member {string} message
                 * @memberof shake.internal.v1.GatewayError
                 * @instance
                 */
                GatewayError.prototype.message = "";

                /**
                 * Creates a new GatewayError instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.GatewayError
                 * @static
                 * @param {shake.internal.v1.IGatewayError=} [properties] Properties to set
                 * @returns {shake.internal.v1.GatewayError} GatewayError instance
                 */
                GatewayError.create = function create(properties) {
                    return new GatewayError(properties);
                };

                /**
                 * Encodes the specified GatewayError message. Does not implicitly {@link shake.internal.v1.GatewayError.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.GatewayError
                 * @static
                 * @param {shake.internal.v1.IGatewayError} message GatewayError message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GatewayError.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    return writer;
                };

                /**
                 * Decodes a GatewayError message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.GatewayError
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.GatewayError} GatewayError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GatewayError.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.GatewayError();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.code = reader.string();
                                break;
                            }
                        case 2: {
                                message.message = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a GatewayError message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.GatewayError
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.GatewayError} GatewayError
                 */
                GatewayError.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.GatewayError)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.GatewayError: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.GatewayError();
                    if (object.code != null)
                        message.code = String(object.code);
                    if (object.message != null)
                        message.message = String(object.message);
                    return message;
                };

                /**
                 * Creates a plain object from a GatewayError message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.GatewayError
                 * @static
                 * @param {shake.internal.v1.GatewayError} message GatewayError
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GatewayError.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = "";
                        object.message = "";
                    }
                    if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                /**
                 * Converts this GatewayError to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.GatewayError
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GatewayError.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GatewayError
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.GatewayError
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GatewayError.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.GatewayError";
                };

                return GatewayError;
            })();

            v1.GatewayHello = (function() {

                /**
                 * Properties of a GatewayHello.
                 * @memberof shake.internal.v1
                 * @interface IGatewayHello
                 * @property {string|null} [gatewayId] GatewayHello gatewayId
                 * @property {number|null} [protocolVersion] GatewayHello protocolVersion
                 * @property {number|null} [gatewayStartedAtMs] GatewayHello gatewayStartedAtMs
                 * @property {number|null} [lastBatchId] GatewayHello lastBatchId
                 * @property {number|null} [lastBatchAccepted] GatewayHello lastBatchAccepted
                 */

                /**
                 * Constructs a new GatewayHello.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a GatewayHello.
                 * @implements IGatewayHello
                 * @constructor
                 * @param {shake.internal.v1.IGatewayHello=} [properties] Properties to set
                 */
                function GatewayHello(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GatewayHello gatewayId.
                 * @member {string} gatewayId
                 * @memberof shake.internal.v1.GatewayHello
                 * @instance
                 */
                GatewayHello.prototype.gatewayId = "";

                /**
                 * GatewayHello protocolVersion.
                 * @member {number} protocolVersion
                 * @memberof shake.internal.v1.GatewayHello
                 * @instance
                 */
                GatewayHello.prototype.protocolVersion = 0;

                /**
                 * GatewayHello gatewayStartedAtMs.
                 * @member {number} gatewayStartedAtMs
                 * @memberof shake.internal.v1.GatewayHello
                 * @instance
                 */
                GatewayHello.prototype.gatewayStartedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GatewayHello lastBatchId.
                 * @member {number} lastBatchId
                 * @memberof shake.internal.v1.GatewayHello
                 * @instance
                 */
                GatewayHello.prototype.lastBatchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GatewayHello lastBatchAccepted.
                 * @member {number} lastBatchAccepted
                 * @memberof shake.internal.v1.GatewayHello
                 * @instance
                 */
                GatewayHello.prototype.lastBatchAccepted = 0;

                /**
                 * Creates a new GatewayHello instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.GatewayHello
                 * @static
                 * @param {shake.internal.v1.IGatewayHello=} [properties] Properties to set
                 * @returns {shake.internal.v1.GatewayHello} GatewayHello instance
                 */
                GatewayHello.create = function create(properties) {
                    return new GatewayHello(properties);
                };

                /**
                 * Encodes the specified GatewayHello message. Does not implicitly {@link shake.internal.v1.GatewayHello.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.GatewayHello
                 * @static
                 * @param {shake.internal.v1.IGatewayHello} message GatewayHello message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GatewayHello.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.gatewayId != null && Object.hasOwnProperty.call(message, "gatewayId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.gatewayId);
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.protocolVersion);
                    if (message.gatewayStartedAtMs != null && Object.hasOwnProperty.call(message, "gatewayStartedAtMs"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.gatewayStartedAtMs);
                    if (message.lastBatchId != null && Object.hasOwnProperty.call(message, "lastBatchId"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.lastBatchId);
                    if (message.lastBatchAccepted != null && Object.hasOwnProperty.call(message, "lastBatchAccepted"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.lastBatchAccepted);
                    return writer;
                };

                /**
                 * Decodes a GatewayHello message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.GatewayHello
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.GatewayHello} GatewayHello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GatewayHello.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.GatewayHello();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.gatewayId = reader.string();
                                break;
                            }
                        case 2: {
                                message.protocolVersion = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.gatewayStartedAtMs = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.lastBatchId = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.lastBatchAccepted = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a GatewayHello message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.GatewayHello
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.GatewayHello} GatewayHello
                 */
                GatewayHello.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.GatewayHello)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.GatewayHello: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.GatewayHello();
                    if (object.gatewayId != null)
                        message.gatewayId = String(object.gatewayId);
                    if (object.protocolVersion != null)
                        message.protocolVersion = object.protocolVersion >>> 0;
                    if (object.gatewayStartedAtMs != null)
                        if ($util.Long)
                            message.gatewayStartedAtMs = $util.Long.fromValue(object.gatewayStartedAtMs, true);
                        else if (typeof object.gatewayStartedAtMs === "string")
                            message.gatewayStartedAtMs = parseInt(object.gatewayStartedAtMs, 10);
                        else if (typeof object.gatewayStartedAtMs === "number")
                            message.gatewayStartedAtMs = object.gatewayStartedAtMs;
                        else if (typeof object.gatewayStartedAtMs === "object")
                            message.gatewayStartedAtMs = new $util.LongBits(object.gatewayStartedAtMs.low >>> 0, object.gatewayStartedAtMs.high >>> 0).toNumber(true);
                    if (object.lastBatchId != null)
                        if ($util.Long)
                            message.lastBatchId = $util.Long.fromValue(object.lastBatchId, true);
                        else if (typeof object.lastBatchId === "string")
                            message.lastBatchId = parseInt(object.lastBatchId, 10);
                        else if (typeof object.lastBatchId === "number")
                            message.lastBatchId = object.lastBatchId;
                        else if (typeof object.lastBatchId === "object")
                            message.lastBatchId = new $util.LongBits(object.lastBatchId.low >>> 0, object.lastBatchId.high >>> 0).toNumber(true);
                    if (object.lastBatchAccepted != null)
                        message.lastBatchAccepted = object.lastBatchAccepted >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a GatewayHello message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.GatewayHello
                 * @static
                 * @param {shake.internal.v1.GatewayHello} message GatewayHello
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GatewayHello.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.gatewayId = "";
                        object.protocolVersion = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gatewayStartedAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.gatewayStartedAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.lastBatchId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.lastBatchId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.lastBatchAccepted = 0;
                    }
                    if (message.gatewayId != null && Object.hasOwnProperty.call(message, "gatewayId"))
                        object.gatewayId = message.gatewayId;
                    if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                        object.protocolVersion = message.protocolVersion;
                    if (message.gatewayStartedAtMs != null && Object.hasOwnProperty.call(message, "gatewayStartedAtMs"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.gatewayStartedAtMs = typeof message.gatewayStartedAtMs === "number" ? BigInt(message.gatewayStartedAtMs) : $util.Long.fromBits(message.gatewayStartedAtMs.low >>> 0, message.gatewayStartedAtMs.high >>> 0, true).toBigInt();
                        else if (typeof message.gatewayStartedAtMs === "number")
                            object.gatewayStartedAtMs = options.longs === String ? String(message.gatewayStartedAtMs) : message.gatewayStartedAtMs;
                        else
                            object.gatewayStartedAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.gatewayStartedAtMs) : options.longs === Number ? new $util.LongBits(message.gatewayStartedAtMs.low >>> 0, message.gatewayStartedAtMs.high >>> 0).toNumber(true) : message.gatewayStartedAtMs;
                    if (message.lastBatchId != null && Object.hasOwnProperty.call(message, "lastBatchId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.lastBatchId = typeof message.lastBatchId === "number" ? BigInt(message.lastBatchId) : $util.Long.fromBits(message.lastBatchId.low >>> 0, message.lastBatchId.high >>> 0, true).toBigInt();
                        else if (typeof message.lastBatchId === "number")
                            object.lastBatchId = options.longs === String ? String(message.lastBatchId) : message.lastBatchId;
                        else
                            object.lastBatchId = options.longs === String ? $util.Long.prototype.toString.call(message.lastBatchId) : options.longs === Number ? new $util.LongBits(message.lastBatchId.low >>> 0, message.lastBatchId.high >>> 0).toNumber(true) : message.lastBatchId;
                    if (message.lastBatchAccepted != null && Object.hasOwnProperty.call(message, "lastBatchAccepted"))
                        object.lastBatchAccepted = message.lastBatchAccepted;
                    return object;
                };

                /**
                 * Converts this GatewayHello to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.GatewayHello
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GatewayHello.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for GatewayHello
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.GatewayHello
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GatewayHello.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.GatewayHello";
                };

                return GatewayHello;
            })();

            v1.FeedAck = (function() {

                /**
                 * Properties of a FeedAck.
                 * @memberof shake.internal.v1
                 * @interface IFeedAck
                 * @property {number|null} [batchId] FeedAck batchId
                 * @property {number|null} [accepted] FeedAck accepted
                 */

                /**
                 * Constructs a new FeedAck.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a FeedAck.
                 * @implements IFeedAck
                 * @constructor
                 * @param {shake.internal.v1.IFeedAck=} [properties] Properties to set
                 */
                function FeedAck(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * FeedAck batchId.
                 * @member {number} batchId
                 * @memberof shake.internal.v1.FeedAck
                 * @instance
                 */
                FeedAck.prototype.batchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FeedAck accepted.
                 * @member {number} accepted
                 * @memberof shake.internal.v1.FeedAck
                 * @instance
                 */
                FeedAck.prototype.accepted = 0;

                /**
                 * Creates a new FeedAck instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.FeedAck
                 * @static
                 * @param {shake.internal.v1.IFeedAck=} [properties] Properties to set
                 * @returns {shake.internal.v1.FeedAck} FeedAck instance
                 */
                FeedAck.create = function create(properties) {
                    return new FeedAck(properties);
                };

                /**
                 * Encodes the specified FeedAck message. Does not implicitly {@link shake.internal.v1.FeedAck.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.FeedAck
                 * @static
                 * @param {shake.internal.v1.IFeedAck} message FeedAck message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeedAck.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.batchId);
                    if (message.accepted != null && Object.hasOwnProperty.call(message, "accepted"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.accepted);
                    return writer;
                };

                /**
                 * Decodes a FeedAck message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.FeedAck
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.FeedAck} FeedAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeedAck.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.FeedAck();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.batchId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.accepted = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a FeedAck message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.FeedAck
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.FeedAck} FeedAck
                 */
                FeedAck.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.FeedAck)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.FeedAck: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.FeedAck();
                    if (object.batchId != null)
                        if ($util.Long)
                            message.batchId = $util.Long.fromValue(object.batchId, true);
                        else if (typeof object.batchId === "string")
                            message.batchId = parseInt(object.batchId, 10);
                        else if (typeof object.batchId === "number")
                            message.batchId = object.batchId;
                        else if (typeof object.batchId === "object")
                            message.batchId = new $util.LongBits(object.batchId.low >>> 0, object.batchId.high >>> 0).toNumber(true);
                    if (object.accepted != null)
                        message.accepted = object.accepted >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a FeedAck message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.FeedAck
                 * @static
                 * @param {shake.internal.v1.FeedAck} message FeedAck
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FeedAck.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.batchId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.batchId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.accepted = 0;
                    }
                    if (message.batchId != null && Object.hasOwnProperty.call(message, "batchId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.batchId = typeof message.batchId === "number" ? BigInt(message.batchId) : $util.Long.fromBits(message.batchId.low >>> 0, message.batchId.high >>> 0, true).toBigInt();
                        else if (typeof message.batchId === "number")
                            object.batchId = options.longs === String ? String(message.batchId) : message.batchId;
                        else
                            object.batchId = options.longs === String ? $util.Long.prototype.toString.call(message.batchId) : options.longs === Number ? new $util.LongBits(message.batchId.low >>> 0, message.batchId.high >>> 0).toNumber(true) : message.batchId;
                    if (message.accepted != null && Object.hasOwnProperty.call(message, "accepted"))
                        object.accepted = message.accepted;
                    return object;
                };

                /**
                 * Converts this FeedAck to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.FeedAck
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FeedAck.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for FeedAck
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.FeedAck
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                FeedAck.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.FeedAck";
                };

                return FeedAck;
            })();

            v1.PoolStatus = (function() {

                /**
                 * Properties of a PoolStatus.
                 * @memberof shake.internal.v1
                 * @interface IPoolStatus
                 * @property {number|null} [level] PoolStatus level
                 * @property {number|null} [capacity] PoolStatus capacity
                 * @property {number|null} [takenTotal] PoolStatus takenTotal
                 * @property {number|null} [offeredTotal] PoolStatus offeredTotal
                 * @property {number|null} [gatewayNowMs] PoolStatus gatewayNowMs
                 */

                /**
                 * Constructs a new PoolStatus.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a PoolStatus.
                 * @implements IPoolStatus
                 * @constructor
                 * @param {shake.internal.v1.IPoolStatus=} [properties] Properties to set
                 */
                function PoolStatus(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PoolStatus level.
                 * @member {number} level
                 * @memberof shake.internal.v1.PoolStatus
                 * @instance
                 */
                PoolStatus.prototype.level = 0;

                /**
                 * PoolStatus capacity.
                 * @member {number} capacity
                 * @memberof shake.internal.v1.PoolStatus
                 * @instance
                 */
                PoolStatus.prototype.capacity = 0;

                /**
                 * PoolStatus takenTotal.
                 * @member {number} takenTotal
                 * @memberof shake.internal.v1.PoolStatus
                 * @instance
                 */
                PoolStatus.prototype.takenTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PoolStatus offeredTotal.
                 * @member {number} offeredTotal
                 * @memberof shake.internal.v1.PoolStatus
                 * @instance
                 */
                PoolStatus.prototype.offeredTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PoolStatus gatewayNowMs.
                 * @member {number} gatewayNowMs
                 * @memberof shake.internal.v1.PoolStatus
                 * @instance
                 */
                PoolStatus.prototype.gatewayNowMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PoolStatus instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.PoolStatus
                 * @static
                 * @param {shake.internal.v1.IPoolStatus=} [properties] Properties to set
                 * @returns {shake.internal.v1.PoolStatus} PoolStatus instance
                 */
                PoolStatus.create = function create(properties) {
                    return new PoolStatus(properties);
                };

                /**
                 * Encodes the specified PoolStatus message. Does not implicitly {@link shake.internal.v1.PoolStatus.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.PoolStatus
                 * @static
                 * @param {shake.internal.v1.IPoolStatus} message PoolStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PoolStatus.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.level);
                    if (message.capacity != null && Object.hasOwnProperty.call(message, "capacity"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.capacity);
                    if (message.takenTotal != null && Object.hasOwnProperty.call(message, "takenTotal"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.takenTotal);
                    if (message.offeredTotal != null && Object.hasOwnProperty.call(message, "offeredTotal"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.offeredTotal);
                    if (message.gatewayNowMs != null && Object.hasOwnProperty.call(message, "gatewayNowMs"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.gatewayNowMs);
                    return writer;
                };

                /**
                 * Decodes a PoolStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.PoolStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.PoolStatus} PoolStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PoolStatus.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.PoolStatus();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.level = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.capacity = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.takenTotal = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.offeredTotal = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.gatewayNowMs = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a PoolStatus message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.PoolStatus
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.PoolStatus} PoolStatus
                 */
                PoolStatus.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.PoolStatus)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.PoolStatus: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.PoolStatus();
                    if (object.level != null)
                        message.level = object.level >>> 0;
                    if (object.capacity != null)
                        message.capacity = object.capacity >>> 0;
                    if (object.takenTotal != null)
                        if ($util.Long)
                            message.takenTotal = $util.Long.fromValue(object.takenTotal, true);
                        else if (typeof object.takenTotal === "string")
                            message.takenTotal = parseInt(object.takenTotal, 10);
                        else if (typeof object.takenTotal === "number")
                            message.takenTotal = object.takenTotal;
                        else if (typeof object.takenTotal === "object")
                            message.takenTotal = new $util.LongBits(object.takenTotal.low >>> 0, object.takenTotal.high >>> 0).toNumber(true);
                    if (object.offeredTotal != null)
                        if ($util.Long)
                            message.offeredTotal = $util.Long.fromValue(object.offeredTotal, true);
                        else if (typeof object.offeredTotal === "string")
                            message.offeredTotal = parseInt(object.offeredTotal, 10);
                        else if (typeof object.offeredTotal === "number")
                            message.offeredTotal = object.offeredTotal;
                        else if (typeof object.offeredTotal === "object")
                            message.offeredTotal = new $util.LongBits(object.offeredTotal.low >>> 0, object.offeredTotal.high >>> 0).toNumber(true);
                    if (object.gatewayNowMs != null)
                        if ($util.Long)
                            message.gatewayNowMs = $util.Long.fromValue(object.gatewayNowMs, true);
                        else if (typeof object.gatewayNowMs === "string")
                            message.gatewayNowMs = parseInt(object.gatewayNowMs, 10);
                        else if (typeof object.gatewayNowMs === "number")
                            message.gatewayNowMs = object.gatewayNowMs;
                        else if (typeof object.gatewayNowMs === "object")
                            message.gatewayNowMs = new $util.LongBits(object.gatewayNowMs.low >>> 0, object.gatewayNowMs.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a PoolStatus message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.PoolStatus
                 * @static
                 * @param {shake.internal.v1.PoolStatus} message PoolStatus
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PoolStatus.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.level = 0;
                        object.capacity = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.takenTotal = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.takenTotal = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offeredTotal = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.offeredTotal = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.gatewayNowMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.gatewayNowMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.level != null && Object.hasOwnProperty.call(message, "level"))
                        object.level = message.level;
                    if (message.capacity != null && Object.hasOwnProperty.call(message, "capacity"))
                        object.capacity = message.capacity;
                    if (message.takenTotal != null && Object.hasOwnProperty.call(message, "takenTotal"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.takenTotal = typeof message.takenTotal === "number" ? BigInt(message.takenTotal) : $util.Long.fromBits(message.takenTotal.low >>> 0, message.takenTotal.high >>> 0, true).toBigInt();
                        else if (typeof message.takenTotal === "number")
                            object.takenTotal = options.longs === String ? String(message.takenTotal) : message.takenTotal;
                        else
                            object.takenTotal = options.longs === String ? $util.Long.prototype.toString.call(message.takenTotal) : options.longs === Number ? new $util.LongBits(message.takenTotal.low >>> 0, message.takenTotal.high >>> 0).toNumber(true) : message.takenTotal;
                    if (message.offeredTotal != null && Object.hasOwnProperty.call(message, "offeredTotal"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.offeredTotal = typeof message.offeredTotal === "number" ? BigInt(message.offeredTotal) : $util.Long.fromBits(message.offeredTotal.low >>> 0, message.offeredTotal.high >>> 0, true).toBigInt();
                        else if (typeof message.offeredTotal === "number")
                            object.offeredTotal = options.longs === String ? String(message.offeredTotal) : message.offeredTotal;
                        else
                            object.offeredTotal = options.longs === String ? $util.Long.prototype.toString.call(message.offeredTotal) : options.longs === Number ? new $util.LongBits(message.offeredTotal.low >>> 0, message.offeredTotal.high >>> 0).toNumber(true) : message.offeredTotal;
                    if (message.gatewayNowMs != null && Object.hasOwnProperty.call(message, "gatewayNowMs"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.gatewayNowMs = typeof message.gatewayNowMs === "number" ? BigInt(message.gatewayNowMs) : $util.Long.fromBits(message.gatewayNowMs.low >>> 0, message.gatewayNowMs.high >>> 0, true).toBigInt();
                        else if (typeof message.gatewayNowMs === "number")
                            object.gatewayNowMs = options.longs === String ? String(message.gatewayNowMs) : message.gatewayNowMs;
                        else
                            object.gatewayNowMs = options.longs === String ? $util.Long.prototype.toString.call(message.gatewayNowMs) : options.longs === Number ? new $util.LongBits(message.gatewayNowMs.low >>> 0, message.gatewayNowMs.high >>> 0).toNumber(true) : message.gatewayNowMs;
                    return object;
                };

                /**
                 * Converts this PoolStatus to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.PoolStatus
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PoolStatus.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for PoolStatus
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.PoolStatus
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PoolStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.PoolStatus";
                };

                return PoolStatus;
            })();

            v1.ShowConfigUpdate = (function() {

                /**
                 * Properties of a ShowConfigUpdate.
                 * @memberof shake.internal.v1
                 * @interface IShowConfigUpdate
                 * @property {number|null} [version] ShowConfigUpdate version
                 * @property {string|null} [json] ShowConfigUpdate json
                 */

                /**
                 * Constructs a new ShowConfigUpdate.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a ShowConfigUpdate.
                 * @implements IShowConfigUpdate
                 * @constructor
                 * @param {shake.internal.v1.IShowConfigUpdate=} [properties] Properties to set
                 */
                function ShowConfigUpdate(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ShowConfigUpdate version.
                 * @member {number} version
                 * @memberof shake.internal.v1.ShowConfigUpdate
                 * @instance
                 */
                ShowConfigUpdate.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ShowConfigUpdate json.
                 * @member {string} json
                 * @memberof shake.internal.v1.ShowConfigUpdate
                 * @instance
                 */
                ShowConfigUpdate.prototype.json = "";

                /**
                 * Creates a new ShowConfigUpdate instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.ShowConfigUpdate
                 * @static
                 * @param {shake.internal.v1.IShowConfigUpdate=} [properties] Properties to set
                 * @returns {shake.internal.v1.ShowConfigUpdate} ShowConfigUpdate instance
                 */
                ShowConfigUpdate.create = function create(properties) {
                    return new ShowConfigUpdate(properties);
                };

                /**
                 * Encodes the specified ShowConfigUpdate message. Does not implicitly {@link shake.internal.v1.ShowConfigUpdate.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.ShowConfigUpdate
                 * @static
                 * @param {shake.internal.v1.IShowConfigUpdate} message ShowConfigUpdate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShowConfigUpdate.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
                    if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.json);
                    return writer;
                };

                /**
                 * Decodes a ShowConfigUpdate message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.ShowConfigUpdate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.ShowConfigUpdate} ShowConfigUpdate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShowConfigUpdate.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.ShowConfigUpdate();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.version = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.json = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a ShowConfigUpdate message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.ShowConfigUpdate
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.ShowConfigUpdate} ShowConfigUpdate
                 */
                ShowConfigUpdate.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.ShowConfigUpdate)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.ShowConfigUpdate: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.ShowConfigUpdate();
                    if (object.version != null)
                        if ($util.Long)
                            message.version = $util.Long.fromValue(object.version, true);
                        else if (typeof object.version === "string")
                            message.version = parseInt(object.version, 10);
                        else if (typeof object.version === "number")
                            message.version = object.version;
                        else if (typeof object.version === "object")
                            message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                    if (object.json != null)
                        message.json = String(object.json);
                    return message;
                };

                /**
                 * Creates a plain object from a ShowConfigUpdate message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.ShowConfigUpdate
                 * @static
                 * @param {shake.internal.v1.ShowConfigUpdate} message ShowConfigUpdate
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ShowConfigUpdate.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.version = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.version = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.json = "";
                    }
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.version = typeof message.version === "number" ? BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                        else if (typeof message.version === "number")
                            object.version = options.longs === String ? String(message.version) : message.version;
                        else
                            object.version = options.longs === String ? $util.Long.prototype.toString.call(message.version) : options.longs === Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                    if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                        object.json = message.json;
                    return object;
                };

                /**
                 * Converts this ShowConfigUpdate to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.ShowConfigUpdate
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ShowConfigUpdate.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ShowConfigUpdate
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.ShowConfigUpdate
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ShowConfigUpdate.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.ShowConfigUpdate";
                };

                return ShowConfigUpdate;
            })();

            /**
             * MoneyOp enum.
             * @name shake.internal.v1.MoneyOp
             * @enum {number}
             * @property {number} MONEY_OP_UNSPECIFIED=0 MONEY_OP_UNSPECIFIED value
             * @property {number} GRAB=1 GRAB value
             * @property {number} BALANCE=2 BALANCE value
             * @property {number} DETAIL=3 DETAIL value
             */
            v1.MoneyOp = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "MONEY_OP_UNSPECIFIED"] = 0;
                values[valuesById[1] = "GRAB"] = 1;
                values[valuesById[2] = "BALANCE"] = 2;
                values[valuesById[3] = "DETAIL"] = 3;
                return values;
            })();

            v1.MoneyRequest = (function() {

                /**
                 * Properties of a MoneyRequest.
                 * @memberof shake.internal.v1
                 * @interface IMoneyRequest
                 * @property {number|null} [requestId] MoneyRequest requestId
                 * @property {shake.internal.v1.MoneyOp|null} [op] MoneyRequest op
                 * @property {string|null} [userId] MoneyRequest userId
                 * @property {string|null} [groupPacketId] MoneyRequest groupPacketId
                 * @property {number|null} [page] MoneyRequest page
                 * @property {number|null} [timeoutMs] MoneyRequest timeoutMs
                 */

                /**
                 * Constructs a new MoneyRequest.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a MoneyRequest.
                 * @implements IMoneyRequest
                 * @constructor
                 * @param {shake.internal.v1.IMoneyRequest=} [properties] Properties to set
                 */
                function MoneyRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MoneyRequest requestId.
                 * @member {number} requestId
                 * @memberof shake.internal.v1.MoneyRequest
                 * @instance
                 */
                MoneyRequest.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MoneyRequest op.
                 * @member {shake.internal.v1.MoneyOp} op
                 * @memberof shake.internal.v1.MoneyRequest
                 * @instance
                 */
                MoneyRequest.prototype.op = 0;

                /**
                 * MoneyRequest userId.
                 * @member {string} userId
                 * @memberof shake.internal.v1.MoneyRequest
                 * @instance
                 */
                MoneyRequest.prototype.userId = "";

                /**
                 * MoneyRequest groupPacketId.
                 * @member {string} groupPacketId
                 * @memberof shake.internal.v1.MoneyRequest
                 * @instance
                 */
                MoneyRequest.prototype.groupPacketId = "";

                /**
                 * MoneyRequest page.
                 * @member {number} page
                 * @memberof shake.internal.v1.MoneyRequest
                 * @instance
                 */
                MoneyRequest.prototype.page = 0;

                /**
                 * MoneyRequest timeoutMs.
                 * @member {number} timeoutMs
                 * @memberof shake.internal.v1.MoneyRequest
                 * @instance
                 */
                MoneyRequest.prototype.timeoutMs = 0;

                /**
                 * Creates a new MoneyRequest instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.MoneyRequest
                 * @static
                 * @param {shake.internal.v1.IMoneyRequest=} [properties] Properties to set
                 * @returns {shake.internal.v1.MoneyRequest} MoneyRequest instance
                 */
                MoneyRequest.create = function create(properties) {
                    return new MoneyRequest(properties);
                };

                /**
                 * Encodes the specified MoneyRequest message. Does not implicitly {@link shake.internal.v1.MoneyRequest.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.MoneyRequest
                 * @static
                 * @param {shake.internal.v1.IMoneyRequest} message MoneyRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MoneyRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                    if (message.op != null && Object.hasOwnProperty.call(message, "op"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.op);
                    if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                    if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.groupPacketId);
                    if (message.page != null && Object.hasOwnProperty.call(message, "page"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.page);
                    if (message.timeoutMs != null && Object.hasOwnProperty.call(message, "timeoutMs"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.timeoutMs);
                    return writer;
                };

                /**
                 * Decodes a MoneyRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.MoneyRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.MoneyRequest} MoneyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MoneyRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.MoneyRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.requestId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.op = reader.int32();
                                break;
                            }
                        case 3: {
                                message.userId = reader.string();
                                break;
                            }
                        case 4: {
                                message.groupPacketId = reader.string();
                                break;
                            }
                        case 5: {
                                message.page = reader.uint32();
                                break;
                            }
                        case 6: {
                                message.timeoutMs = reader.uint32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a MoneyRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.MoneyRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.MoneyRequest} MoneyRequest
                 */
                MoneyRequest.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.MoneyRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.MoneyRequest: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.MoneyRequest();
                    if (object.requestId != null)
                        if ($util.Long)
                            message.requestId = $util.Long.fromValue(object.requestId, true);
                        else if (typeof object.requestId === "string")
                            message.requestId = parseInt(object.requestId, 10);
                        else if (typeof object.requestId === "number")
                            message.requestId = object.requestId;
                        else if (typeof object.requestId === "object")
                            message.requestId = new $util.LongBits(object.requestId.low >>> 0, object.requestId.high >>> 0).toNumber(true);
                    switch (object.op) {
                    default:
                        if (typeof object.op === "number") {
                            message.op = object.op;
                            break;
                        }
                        break;
                    case "MONEY_OP_UNSPECIFIED":
                    case 0:
                        message.op = 0;
                        break;
                    case "GRAB":
                    case 1:
                        message.op = 1;
                        break;
                    case "BALANCE":
                    case 2:
                        message.op = 2;
                        break;
                    case "DETAIL":
                    case 3:
                        message.op = 3;
                        break;
                    }
                    if (object.userId != null)
                        message.userId = String(object.userId);
                    if (object.groupPacketId != null)
                        message.groupPacketId = String(object.groupPacketId);
                    if (object.page != null)
                        message.page = object.page >>> 0;
                    if (object.timeoutMs != null)
                        message.timeoutMs = object.timeoutMs >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a MoneyRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.MoneyRequest
                 * @static
                 * @param {shake.internal.v1.MoneyRequest} message MoneyRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MoneyRequest.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.requestId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.requestId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.op = options.enums === String ? "MONEY_OP_UNSPECIFIED" : 0;
                        object.userId = "";
                        object.groupPacketId = "";
                        object.page = 0;
                        object.timeoutMs = 0;
                    }
                    if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.requestId = typeof message.requestId === "number" ? BigInt(message.requestId) : $util.Long.fromBits(message.requestId.low >>> 0, message.requestId.high >>> 0, true).toBigInt();
                        else if (typeof message.requestId === "number")
                            object.requestId = options.longs === String ? String(message.requestId) : message.requestId;
                        else
                            object.requestId = options.longs === String ? $util.Long.prototype.toString.call(message.requestId) : options.longs === Number ? new $util.LongBits(message.requestId.low >>> 0, message.requestId.high >>> 0).toNumber(true) : message.requestId;
                    if (message.op != null && Object.hasOwnProperty.call(message, "op"))
                        object.op = options.enums === String ? $root.shake.internal.v1.MoneyOp[message.op] === undefined ? message.op : $root.shake.internal.v1.MoneyOp[message.op] : message.op;
                    if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                        object.groupPacketId = message.groupPacketId;
                    if (message.page != null && Object.hasOwnProperty.call(message, "page"))
                        object.page = message.page;
                    if (message.timeoutMs != null && Object.hasOwnProperty.call(message, "timeoutMs"))
                        object.timeoutMs = message.timeoutMs;
                    return object;
                };

                /**
                 * Converts this MoneyRequest to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.MoneyRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MoneyRequest.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MoneyRequest
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.MoneyRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MoneyRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.MoneyRequest";
                };

                return MoneyRequest;
            })();

            v1.MoneyReply = (function() {

                /**
                 * Properties of a MoneyReply.
                 * @memberof shake.internal.v1
                 * @interface IMoneyReply
                 * @property {number|null} [requestId] MoneyReply requestId
                 * @property {string|null} [code] MoneyReply code
                 * @property {string|null} [message] MoneyReply message
                 * @property {string|null} [json] MoneyReply json
                 */

                /**
                 * Constructs a new MoneyReply.
                 * @memberof shake.internal.v1
                 * @classdesc Represents a MoneyReply.
                 * @implements IMoneyReply
                 * @constructor
                 * @param {shake.internal.v1.IMoneyReply=} [properties] Properties to set
                 */
                function MoneyReply(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MoneyReply requestId.
                 * @member {number} requestId
                 * @memberof shake.internal.v1.MoneyReply
                 * @instance
                 */
                MoneyReply.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MoneyReply code.
                 * @member {string} code
                 * @memberof shake.internal.v1.MoneyReply
                 * @instance
                 */
                MoneyReply.prototype.code = "";

                /**
                 * MoneyReply message.
                 * @member {string} message
                 * @memberof shake.internal.v1.MoneyReply
                 * @instance
                 */
                MoneyReply.prototype.message = "";

                /**
                 * MoneyReply json.
                 * @member {string} json
                 * @memberof shake.internal.v1.MoneyReply
                 * @instance
                 */
                MoneyReply.prototype.json = "";

                /**
                 * Creates a new MoneyReply instance using the specified properties.
                 * @function create
                 * @memberof shake.internal.v1.MoneyReply
                 * @static
                 * @param {shake.internal.v1.IMoneyReply=} [properties] Properties to set
                 * @returns {shake.internal.v1.MoneyReply} MoneyReply instance
                 */
                MoneyReply.create = function create(properties) {
                    return new MoneyReply(properties);
                };

                /**
                 * Encodes the specified MoneyReply message. Does not implicitly {@link shake.internal.v1.MoneyReply.verify|verify} messages.
                 * @function encode
                 * @memberof shake.internal.v1.MoneyReply
                 * @static
                 * @param {shake.internal.v1.IMoneyReply} message MoneyReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MoneyReply.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                    if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                    if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.json);
                    return writer;
                };

                /**
                 * Decodes a MoneyReply message from the specified reader or buffer.
                 * @function decode
                 * @memberof shake.internal.v1.MoneyReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {shake.internal.v1.MoneyReply} MoneyReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MoneyReply.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.shake.internal.v1.MoneyReply();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.requestId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.code = reader.string();
                                break;
                            }
                        case 3: {
                                message.message = reader.string();
                                break;
                            }
                        case 4: {
                                message.json = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a MoneyReply message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof shake.internal.v1.MoneyReply
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {shake.internal.v1.MoneyReply} MoneyReply
                 */
                MoneyReply.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.shake.internal.v1.MoneyReply)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".shake.internal.v1.MoneyReply: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.shake.internal.v1.MoneyReply();
                    if (object.requestId != null)
                        if ($util.Long)
                            message.requestId = $util.Long.fromValue(object.requestId, true);
                        else if (typeof object.requestId === "string")
                            message.requestId = parseInt(object.requestId, 10);
                        else if (typeof object.requestId === "number")
                            message.requestId = object.requestId;
                        else if (typeof object.requestId === "object")
                            message.requestId = new $util.LongBits(object.requestId.low >>> 0, object.requestId.high >>> 0).toNumber(true);
                    if (object.code != null)
                        message.code = String(object.code);
                    if (object.message != null)
                        message.message = String(object.message);
                    if (object.json != null)
                        message.json = String(object.json);
                    return message;
                };

                /**
                 * Creates a plain object from a MoneyReply message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof shake.internal.v1.MoneyReply
                 * @static
                 * @param {shake.internal.v1.MoneyReply} message MoneyReply
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MoneyReply.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.requestId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.requestId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.code = "";
                        object.message = "";
                        object.json = "";
                    }
                    if (message.requestId != null && Object.hasOwnProperty.call(message, "requestId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.requestId = typeof message.requestId === "number" ? BigInt(message.requestId) : $util.Long.fromBits(message.requestId.low >>> 0, message.requestId.high >>> 0, true).toBigInt();
                        else if (typeof message.requestId === "number")
                            object.requestId = options.longs === String ? String(message.requestId) : message.requestId;
                        else
                            object.requestId = options.longs === String ? $util.Long.prototype.toString.call(message.requestId) : options.longs === Number ? new $util.LongBits(message.requestId.low >>> 0, message.requestId.high >>> 0).toNumber(true) : message.requestId;
                    if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.json != null && Object.hasOwnProperty.call(message, "json"))
                        object.json = message.json;
                    return object;
                };

                /**
                 * Converts this MoneyReply to JSON.
                 * @function toJSON
                 * @memberof shake.internal.v1.MoneyReply
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MoneyReply.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for MoneyReply
                 * @function getTypeUrl
                 * @memberof shake.internal.v1.MoneyReply
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MoneyReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/shake.internal.v1.MoneyReply";
                };

                return MoneyReply;
            })();

            return v1;
        })();

        return internal;
    })();

    return shake;
})();

export { $root as default };

export const internal = { shake };
