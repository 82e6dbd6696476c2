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
             */
            v1.OperationKind = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "OPERATION_KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OPEN"] = 1;
                values[valuesById[2] = "SHARE"] = 2;
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

            return v1;
        })();

        return internal;
    })();

    return shake;
})();

export { $root as default };
