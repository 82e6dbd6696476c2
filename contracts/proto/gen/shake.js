/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["shake"] || ($protobuf.roots["shake"] = {});

export const shake = $root.shake = (() => {

    /**
     * Namespace shake.
     * @exports shake
     * @namespace
     */
    const shake = {};

    shake.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof shake
         * @namespace
         */
        const v1 = {};

        v1.ClientMessage = (function() {

            /**
             * Properties of a ClientMessage.
             * @memberof shake.v1
             * @interface IClientMessage
             * @property {number|null} [seq] ClientMessage seq
             * @property {shake.v1.IShakeRequest|null} [shake] ClientMessage shake
             * @property {shake.v1.IOpenRequest|null} [open] ClientMessage open
             * @property {shake.v1.IShareRequest|null} [share] ClientMessage share
             * @property {shake.v1.IPingRequest|null} [ping] ClientMessage ping
             * @property {shake.v1.IGrabRequest|null} [grab] ClientMessage grab
             * @property {shake.v1.IBalanceRequest|null} [balance] ClientMessage balance
             * @property {shake.v1.IPacketDetailRequest|null} [packetDetail] ClientMessage packetDetail
             * @property {shake.v1.IResourcesRequest|null} [resources] ClientMessage resources
             */

            /**
             * Constructs a new ClientMessage.
             * @memberof shake.v1
             * @classdesc Represents a ClientMessage.
             * @implements IClientMessage
             * @constructor
             * @param {shake.v1.IClientMessage=} [properties] Properties to set
             */
            function ClientMessage(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ClientMessage seq.
             * @member {number} seq
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.seq = 0;

            /**
             * ClientMessage shake.
             * @member {shake.v1.IShakeRequest|null|undefined} shake
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.shake = null;

            /**
             * ClientMessage open.
             * @member {shake.v1.IOpenRequest|null|undefined} open
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.open = null;

            /**
             * ClientMessage share.
             * @member {shake.v1.IShareRequest|null|undefined} share
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.share = null;

            /**
             * ClientMessage ping.
             * @member {shake.v1.IPingRequest|null|undefined} ping
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.ping = null;

            /**
             * ClientMessage grab.
             * @member {shake.v1.IGrabRequest|null|undefined} grab
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.grab = null;

            /**
             * ClientMessage balance.
             * @member {shake.v1.IBalanceRequest|null|undefined} balance
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.balance = null;

            /**
             * ClientMessage packetDetail.
             * @member {shake.v1.IPacketDetailRequest|null|undefined} packetDetail
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.packetDetail = null;

            /**
             * ClientMessage resources.
             * @member {shake.v1.IResourcesRequest|null|undefined} resources
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            ClientMessage.prototype.resources = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientMessage op.
             * @member {"shake"|"open"|"share"|"ping"|"grab"|"balance"|"packetDetail"|"resources"|undefined} op
             * @memberof shake.v1.ClientMessage
             * @instance
             */
            Object.defineProperty(ClientMessage.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["shake", "open", "share", "ping", "grab", "balance", "packetDetail", "resources"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientMessage instance using the specified properties.
             * @function create
             * @memberof shake.v1.ClientMessage
             * @static
             * @param {shake.v1.IClientMessage=} [properties] Properties to set
             * @returns {shake.v1.ClientMessage} ClientMessage instance
             */
            ClientMessage.create = function create(properties) {
                return new ClientMessage(properties);
            };

            /**
             * Encodes the specified ClientMessage message. Does not implicitly {@link shake.v1.ClientMessage.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.ClientMessage
             * @static
             * @param {shake.v1.IClientMessage} message ClientMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientMessage.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.shake != null && Object.hasOwnProperty.call(message, "shake"))
                    $root.shake.v1.ShakeRequest.encode(message.shake, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.open != null && Object.hasOwnProperty.call(message, "open"))
                    $root.shake.v1.OpenRequest.encode(message.open, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.share != null && Object.hasOwnProperty.call(message, "share"))
                    $root.shake.v1.ShareRequest.encode(message.share, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.ping != null && Object.hasOwnProperty.call(message, "ping"))
                    $root.shake.v1.PingRequest.encode(message.ping, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.grab != null && Object.hasOwnProperty.call(message, "grab"))
                    $root.shake.v1.GrabRequest.encode(message.grab, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.balance != null && Object.hasOwnProperty.call(message, "balance"))
                    $root.shake.v1.BalanceRequest.encode(message.balance, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.packetDetail != null && Object.hasOwnProperty.call(message, "packetDetail"))
                    $root.shake.v1.PacketDetailRequest.encode(message.packetDetail, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.resources != null && Object.hasOwnProperty.call(message, "resources"))
                    $root.shake.v1.ResourcesRequest.encode(message.resources, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ClientMessage message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.ClientMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.ClientMessage} ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientMessage.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.ClientMessage();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.shake = $root.shake.v1.ShakeRequest.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.open = $root.shake.v1.OpenRequest.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.share = $root.shake.v1.ShareRequest.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.ping = $root.shake.v1.PingRequest.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.grab = $root.shake.v1.GrabRequest.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.balance = $root.shake.v1.BalanceRequest.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.packetDetail = $root.shake.v1.PacketDetailRequest.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.resources = $root.shake.v1.ResourcesRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
             * Creates a ClientMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.ClientMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.ClientMessage} ClientMessage
             */
            ClientMessage.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.ClientMessage)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.ClientMessage: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.ClientMessage();
                if (object.seq != null)
                    message.seq = object.seq >>> 0;
                if (object.shake != null) {
                    if (!$util.isObject(object.shake))
                        throw TypeError(".shake.v1.ClientMessage.shake: object expected");
                    message.shake = $root.shake.v1.ShakeRequest.fromObject(object.shake, long + 1);
                }
                if (object.open != null) {
                    if (!$util.isObject(object.open))
                        throw TypeError(".shake.v1.ClientMessage.open: object expected");
                    message.open = $root.shake.v1.OpenRequest.fromObject(object.open, long + 1);
                }
                if (object.share != null) {
                    if (!$util.isObject(object.share))
                        throw TypeError(".shake.v1.ClientMessage.share: object expected");
                    message.share = $root.shake.v1.ShareRequest.fromObject(object.share, long + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw TypeError(".shake.v1.ClientMessage.ping: object expected");
                    message.ping = $root.shake.v1.PingRequest.fromObject(object.ping, long + 1);
                }
                if (object.grab != null) {
                    if (!$util.isObject(object.grab))
                        throw TypeError(".shake.v1.ClientMessage.grab: object expected");
                    message.grab = $root.shake.v1.GrabRequest.fromObject(object.grab, long + 1);
                }
                if (object.balance != null) {
                    if (!$util.isObject(object.balance))
                        throw TypeError(".shake.v1.ClientMessage.balance: object expected");
                    message.balance = $root.shake.v1.BalanceRequest.fromObject(object.balance, long + 1);
                }
                if (object.packetDetail != null) {
                    if (!$util.isObject(object.packetDetail))
                        throw TypeError(".shake.v1.ClientMessage.packetDetail: object expected");
                    message.packetDetail = $root.shake.v1.PacketDetailRequest.fromObject(object.packetDetail, long + 1);
                }
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw TypeError(".shake.v1.ClientMessage.resources: object expected");
                    message.resources = $root.shake.v1.ResourcesRequest.fromObject(object.resources, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.ClientMessage
             * @static
             * @param {shake.v1.ClientMessage} message ClientMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientMessage.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.seq = 0;
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.shake != null && Object.hasOwnProperty.call(message, "shake")) {
                    object.shake = $root.shake.v1.ShakeRequest.toObject(message.shake, options, q + 1);
                    if (options.oneofs)
                        object.op = "shake";
                }
                if (message.open != null && Object.hasOwnProperty.call(message, "open")) {
                    object.open = $root.shake.v1.OpenRequest.toObject(message.open, options, q + 1);
                    if (options.oneofs)
                        object.op = "open";
                }
                if (message.share != null && Object.hasOwnProperty.call(message, "share")) {
                    object.share = $root.shake.v1.ShareRequest.toObject(message.share, options, q + 1);
                    if (options.oneofs)
                        object.op = "share";
                }
                if (message.ping != null && Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.shake.v1.PingRequest.toObject(message.ping, options, q + 1);
                    if (options.oneofs)
                        object.op = "ping";
                }
                if (message.grab != null && Object.hasOwnProperty.call(message, "grab")) {
                    object.grab = $root.shake.v1.GrabRequest.toObject(message.grab, options, q + 1);
                    if (options.oneofs)
                        object.op = "grab";
                }
                if (message.balance != null && Object.hasOwnProperty.call(message, "balance")) {
                    object.balance = $root.shake.v1.BalanceRequest.toObject(message.balance, options, q + 1);
                    if (options.oneofs)
                        object.op = "balance";
                }
                if (message.packetDetail != null && Object.hasOwnProperty.call(message, "packetDetail")) {
                    object.packetDetail = $root.shake.v1.PacketDetailRequest.toObject(message.packetDetail, options, q + 1);
                    if (options.oneofs)
                        object.op = "packetDetail";
                }
                if (message.resources != null && Object.hasOwnProperty.call(message, "resources")) {
                    object.resources = $root.shake.v1.ResourcesRequest.toObject(message.resources, options, q + 1);
                    if (options.oneofs)
                        object.op = "resources";
                }
                return object;
            };

            /**
             * Converts this ClientMessage to JSON.
             * @function toJSON
             * @memberof shake.v1.ClientMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientMessage.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ClientMessage
             * @function getTypeUrl
             * @memberof shake.v1.ClientMessage
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ClientMessage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.ClientMessage";
            };

            return ClientMessage;
        })();

        v1.ShakeRequest = (function() {

            /**
             * Properties of a ShakeRequest.
             * @memberof shake.v1
             * @interface IShakeRequest
             * @property {Uint8Array|null} [cookie] ShakeRequest cookie
             * @property {number|null} [clientTimeMs] ShakeRequest clientTimeMs
             */

            /**
             * Constructs a new ShakeRequest.
             * @memberof shake.v1
             * @classdesc Represents a ShakeRequest.
             * @implements IShakeRequest
             * @constructor
             * @param {shake.v1.IShakeRequest=} [properties] Properties to set
             */
            function ShakeRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ShakeRequest cookie.
             * @member {Uint8Array} cookie
             * @memberof shake.v1.ShakeRequest
             * @instance
             */
            ShakeRequest.prototype.cookie = $util.newBuffer([]);

            /**
             * ShakeRequest clientTimeMs.
             * @member {number} clientTimeMs
             * @memberof shake.v1.ShakeRequest
             * @instance
             */
            ShakeRequest.prototype.clientTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ShakeRequest instance using the specified properties.
             * @function create
             * @memberof shake.v1.ShakeRequest
             * @static
             * @param {shake.v1.IShakeRequest=} [properties] Properties to set
             * @returns {shake.v1.ShakeRequest} ShakeRequest instance
             */
            ShakeRequest.create = function create(properties) {
                return new ShakeRequest(properties);
            };

            /**
             * Encodes the specified ShakeRequest message. Does not implicitly {@link shake.v1.ShakeRequest.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.ShakeRequest
             * @static
             * @param {shake.v1.IShakeRequest} message ShakeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShakeRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.cookie != null && Object.hasOwnProperty.call(message, "cookie"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.cookie);
                if (message.clientTimeMs != null && Object.hasOwnProperty.call(message, "clientTimeMs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.clientTimeMs);
                return writer;
            };

            /**
             * Decodes a ShakeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.ShakeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.ShakeRequest} ShakeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShakeRequest.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.ShakeRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.cookie = reader.bytes();
                            break;
                        }
                    case 2: {
                            message.clientTimeMs = reader.uint64();
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
             * Creates a ShakeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.ShakeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.ShakeRequest} ShakeRequest
             */
            ShakeRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.ShakeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.ShakeRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.ShakeRequest();
                if (object.cookie != null)
                    if (typeof object.cookie === "string")
                        $util.base64.decode(object.cookie, message.cookie = $util.newBuffer($util.base64.length(object.cookie)), 0);
                    else if (object.cookie.length >= 0)
                        message.cookie = object.cookie;
                if (object.clientTimeMs != null)
                    if ($util.Long)
                        message.clientTimeMs = $util.Long.fromValue(object.clientTimeMs, true);
                    else if (typeof object.clientTimeMs === "string")
                        message.clientTimeMs = parseInt(object.clientTimeMs, 10);
                    else if (typeof object.clientTimeMs === "number")
                        message.clientTimeMs = object.clientTimeMs;
                    else if (typeof object.clientTimeMs === "object")
                        message.clientTimeMs = new $util.LongBits(object.clientTimeMs.low >>> 0, object.clientTimeMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ShakeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.ShakeRequest
             * @static
             * @param {shake.v1.ShakeRequest} message ShakeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShakeRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === String)
                        object.cookie = "";
                    else {
                        object.cookie = [];
                        if (options.bytes !== Array)
                            object.cookie = $util.newBuffer(object.cookie);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.clientTimeMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.clientTimeMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.cookie != null && Object.hasOwnProperty.call(message, "cookie"))
                    object.cookie = options.bytes === String ? $util.base64.encode(message.cookie, 0, message.cookie.length) : options.bytes === Array ? Array.prototype.slice.call(message.cookie) : message.cookie;
                if (message.clientTimeMs != null && Object.hasOwnProperty.call(message, "clientTimeMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.clientTimeMs = typeof message.clientTimeMs === "number" ? BigInt(message.clientTimeMs) : $util.Long.fromBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.clientTimeMs === "number")
                        object.clientTimeMs = options.longs === String ? String(message.clientTimeMs) : message.clientTimeMs;
                    else
                        object.clientTimeMs = options.longs === String ? $util.Long.prototype.toString.call(message.clientTimeMs) : options.longs === Number ? new $util.LongBits(message.clientTimeMs.low >>> 0, message.clientTimeMs.high >>> 0).toNumber(true) : message.clientTimeMs;
                return object;
            };

            /**
             * Converts this ShakeRequest to JSON.
             * @function toJSON
             * @memberof shake.v1.ShakeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShakeRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ShakeRequest
             * @function getTypeUrl
             * @memberof shake.v1.ShakeRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ShakeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.ShakeRequest";
            };

            return ShakeRequest;
        })();

        v1.OpenRequest = (function() {

            /**
             * Properties of an OpenRequest.
             * @memberof shake.v1
             * @interface IOpenRequest
             * @property {string|null} [packetToken] OpenRequest packetToken
             */

            /**
             * Constructs a new OpenRequest.
             * @memberof shake.v1
             * @classdesc Represents an OpenRequest.
             * @implements IOpenRequest
             * @constructor
             * @param {shake.v1.IOpenRequest=} [properties] Properties to set
             */
            function OpenRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OpenRequest packetToken.
             * @member {string} packetToken
             * @memberof shake.v1.OpenRequest
             * @instance
             */
            OpenRequest.prototype.packetToken = "";

            /**
             * Creates a new OpenRequest instance using the specified properties.
             * @function create
             * @memberof shake.v1.OpenRequest
             * @static
             * @param {shake.v1.IOpenRequest=} [properties] Properties to set
             * @returns {shake.v1.OpenRequest} OpenRequest instance
             */
            OpenRequest.create = function create(properties) {
                return new OpenRequest(properties);
            };

            /**
             * Encodes the specified OpenRequest message. Does not implicitly {@link shake.v1.OpenRequest.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.OpenRequest
             * @static
             * @param {shake.v1.IOpenRequest} message OpenRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpenRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.packetToken != null && Object.hasOwnProperty.call(message, "packetToken"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.packetToken);
                return writer;
            };

            /**
             * Decodes an OpenRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.OpenRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.OpenRequest} OpenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpenRequest.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.OpenRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.packetToken = reader.string();
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
             * Creates an OpenRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.OpenRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.OpenRequest} OpenRequest
             */
            OpenRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.OpenRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.OpenRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.OpenRequest();
                if (object.packetToken != null)
                    message.packetToken = String(object.packetToken);
                return message;
            };

            /**
             * Creates a plain object from an OpenRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.OpenRequest
             * @static
             * @param {shake.v1.OpenRequest} message OpenRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OpenRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.packetToken = "";
                if (message.packetToken != null && Object.hasOwnProperty.call(message, "packetToken"))
                    object.packetToken = message.packetToken;
                return object;
            };

            /**
             * Converts this OpenRequest to JSON.
             * @function toJSON
             * @memberof shake.v1.OpenRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OpenRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for OpenRequest
             * @function getTypeUrl
             * @memberof shake.v1.OpenRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OpenRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.OpenRequest";
            };

            return OpenRequest;
        })();

        v1.ShareRequest = (function() {

            /**
             * Properties of a ShareRequest.
             * @memberof shake.v1
             * @interface IShareRequest
             * @property {string|null} [packetToken] ShareRequest packetToken
             */

            /**
             * Constructs a new ShareRequest.
             * @memberof shake.v1
             * @classdesc Represents a ShareRequest.
             * @implements IShareRequest
             * @constructor
             * @param {shake.v1.IShareRequest=} [properties] Properties to set
             */
            function ShareRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ShareRequest packetToken.
             * @member {string} packetToken
             * @memberof shake.v1.ShareRequest
             * @instance
             */
            ShareRequest.prototype.packetToken = "";

            /**
             * Creates a new ShareRequest instance using the specified properties.
             * @function create
             * @memberof shake.v1.ShareRequest
             * @static
             * @param {shake.v1.IShareRequest=} [properties] Properties to set
             * @returns {shake.v1.ShareRequest} ShareRequest instance
             */
            ShareRequest.create = function create(properties) {
                return new ShareRequest(properties);
            };

            /**
             * Encodes the specified ShareRequest message. Does not implicitly {@link shake.v1.ShareRequest.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.ShareRequest
             * @static
             * @param {shake.v1.IShareRequest} message ShareRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShareRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.packetToken != null && Object.hasOwnProperty.call(message, "packetToken"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.packetToken);
                return writer;
            };

            /**
             * Decodes a ShareRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.ShareRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.ShareRequest} ShareRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShareRequest.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.ShareRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.packetToken = reader.string();
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
             * Creates a ShareRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.ShareRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.ShareRequest} ShareRequest
             */
            ShareRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.ShareRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.ShareRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.ShareRequest();
                if (object.packetToken != null)
                    message.packetToken = String(object.packetToken);
                return message;
            };

            /**
             * Creates a plain object from a ShareRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.ShareRequest
             * @static
             * @param {shake.v1.ShareRequest} message ShareRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShareRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.packetToken = "";
                if (message.packetToken != null && Object.hasOwnProperty.call(message, "packetToken"))
                    object.packetToken = message.packetToken;
                return object;
            };

            /**
             * Converts this ShareRequest to JSON.
             * @function toJSON
             * @memberof shake.v1.ShareRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShareRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ShareRequest
             * @function getTypeUrl
             * @memberof shake.v1.ShareRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ShareRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.ShareRequest";
            };

            return ShareRequest;
        })();

        v1.PingRequest = (function() {

            /**
             * Properties of a PingRequest.
             * @memberof shake.v1
             * @interface IPingRequest
             */

            /**
             * Constructs a new PingRequest.
             * @memberof shake.v1
             * @classdesc Represents a PingRequest.
             * @implements IPingRequest
             * @constructor
             * @param {shake.v1.IPingRequest=} [properties] Properties to set
             */
            function PingRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @function create
             * @memberof shake.v1.PingRequest
             * @static
             * @param {shake.v1.IPingRequest=} [properties] Properties to set
             * @returns {shake.v1.PingRequest} PingRequest instance
             */
            PingRequest.create = function create(properties) {
                return new PingRequest(properties);
            };

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link shake.v1.PingRequest.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.PingRequest
             * @static
             * @param {shake.v1.IPingRequest} message PingRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.PingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.PingRequest} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingRequest.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.PingRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
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
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.PingRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.PingRequest} PingRequest
             */
            PingRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.PingRequest)
                    return object;
                return new $root.shake.v1.PingRequest();
            };

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.PingRequest
             * @static
             * @param {shake.v1.PingRequest} message PingRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingRequest.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this PingRequest to JSON.
             * @function toJSON
             * @memberof shake.v1.PingRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PingRequest
             * @function getTypeUrl
             * @memberof shake.v1.PingRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PingRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.PingRequest";
            };

            return PingRequest;
        })();

        v1.GrabRequest = (function() {

            /**
             * Properties of a GrabRequest.
             * @memberof shake.v1
             * @interface IGrabRequest
             * @property {string|null} [groupPacketId] GrabRequest groupPacketId
             */

            /**
             * Constructs a new GrabRequest.
             * @memberof shake.v1
             * @classdesc Represents a GrabRequest.
             * @implements IGrabRequest
             * @constructor
             * @param {shake.v1.IGrabRequest=} [properties] Properties to set
             */
            function GrabRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GrabRequest groupPacketId.
             * @member {string} groupPacketId
             * @memberof shake.v1.GrabRequest
             * @instance
             */
            GrabRequest.prototype.groupPacketId = "";

            /**
             * Creates a new GrabRequest instance using the specified properties.
             * @function create
             * @memberof shake.v1.GrabRequest
             * @static
             * @param {shake.v1.IGrabRequest=} [properties] Properties to set
             * @returns {shake.v1.GrabRequest} GrabRequest instance
             */
            GrabRequest.create = function create(properties) {
                return new GrabRequest(properties);
            };

            /**
             * Encodes the specified GrabRequest message. Does not implicitly {@link shake.v1.GrabRequest.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.GrabRequest
             * @static
             * @param {shake.v1.IGrabRequest} message GrabRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GrabRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupPacketId);
                return writer;
            };

            /**
             * Decodes a GrabRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.GrabRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.GrabRequest} GrabRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GrabRequest.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.GrabRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.groupPacketId = reader.string();
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
             * Creates a GrabRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.GrabRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.GrabRequest} GrabRequest
             */
            GrabRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.GrabRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.GrabRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.GrabRequest();
                if (object.groupPacketId != null)
                    message.groupPacketId = String(object.groupPacketId);
                return message;
            };

            /**
             * Creates a plain object from a GrabRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.GrabRequest
             * @static
             * @param {shake.v1.GrabRequest} message GrabRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GrabRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.groupPacketId = "";
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    object.groupPacketId = message.groupPacketId;
                return object;
            };

            /**
             * Converts this GrabRequest to JSON.
             * @function toJSON
             * @memberof shake.v1.GrabRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GrabRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GrabRequest
             * @function getTypeUrl
             * @memberof shake.v1.GrabRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GrabRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.GrabRequest";
            };

            return GrabRequest;
        })();

        v1.BalanceRequest = (function() {

            /**
             * Properties of a BalanceRequest.
             * @memberof shake.v1
             * @interface IBalanceRequest
             */

            /**
             * Constructs a new BalanceRequest.
             * @memberof shake.v1
             * @classdesc Represents a BalanceRequest.
             * @implements IBalanceRequest
             * @constructor
             * @param {shake.v1.IBalanceRequest=} [properties] Properties to set
             */
            function BalanceRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Creates a new BalanceRequest instance using the specified properties.
             * @function create
             * @memberof shake.v1.BalanceRequest
             * @static
             * @param {shake.v1.IBalanceRequest=} [properties] Properties to set
             * @returns {shake.v1.BalanceRequest} BalanceRequest instance
             */
            BalanceRequest.create = function create(properties) {
                return new BalanceRequest(properties);
            };

            /**
             * Encodes the specified BalanceRequest message. Does not implicitly {@link shake.v1.BalanceRequest.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.BalanceRequest
             * @static
             * @param {shake.v1.IBalanceRequest} message BalanceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BalanceRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return writer;
            };

            /**
             * Decodes a BalanceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.BalanceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.BalanceRequest} BalanceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BalanceRequest.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.BalanceRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
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
             * Creates a BalanceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.BalanceRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.BalanceRequest} BalanceRequest
             */
            BalanceRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.BalanceRequest)
                    return object;
                return new $root.shake.v1.BalanceRequest();
            };

            /**
             * Creates a plain object from a BalanceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.BalanceRequest
             * @static
             * @param {shake.v1.BalanceRequest} message BalanceRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BalanceRequest.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this BalanceRequest to JSON.
             * @function toJSON
             * @memberof shake.v1.BalanceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BalanceRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for BalanceRequest
             * @function getTypeUrl
             * @memberof shake.v1.BalanceRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            BalanceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.BalanceRequest";
            };

            return BalanceRequest;
        })();

        v1.PacketDetailRequest = (function() {

            /**
             * Properties of a PacketDetailRequest.
             * @memberof shake.v1
             * @interface IPacketDetailRequest
             * @property {string|null} [groupPacketId] PacketDetailRequest groupPacketId
             * @property {number|null} [page] PacketDetailRequest page
             */

            /**
             * Constructs a new PacketDetailRequest.
             * @memberof shake.v1
             * @classdesc Represents a PacketDetailRequest.
             * @implements IPacketDetailRequest
             * @constructor
             * @param {shake.v1.IPacketDetailRequest=} [properties] Properties to set
             */
            function PacketDetailRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PacketDetailRequest groupPacketId.
             * @member {string} groupPacketId
             * @memberof shake.v1.PacketDetailRequest
             * @instance
             */
            PacketDetailRequest.prototype.groupPacketId = "";

            /**
             * PacketDetailRequest page.
             * @member {number} page
             * @memberof shake.v1.PacketDetailRequest
             * @instance
             */
            PacketDetailRequest.prototype.page = 0;

            /**
             * Creates a new PacketDetailRequest instance using the specified properties.
             * @function create
             * @memberof shake.v1.PacketDetailRequest
             * @static
             * @param {shake.v1.IPacketDetailRequest=} [properties] Properties to set
             * @returns {shake.v1.PacketDetailRequest} PacketDetailRequest instance
             */
            PacketDetailRequest.create = function create(properties) {
                return new PacketDetailRequest(properties);
            };

            /**
             * Encodes the specified PacketDetailRequest message. Does not implicitly {@link shake.v1.PacketDetailRequest.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.PacketDetailRequest
             * @static
             * @param {shake.v1.IPacketDetailRequest} message PacketDetailRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PacketDetailRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupPacketId);
                if (message.page != null && Object.hasOwnProperty.call(message, "page"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.page);
                return writer;
            };

            /**
             * Decodes a PacketDetailRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.PacketDetailRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.PacketDetailRequest} PacketDetailRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PacketDetailRequest.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.PacketDetailRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.groupPacketId = reader.string();
                            break;
                        }
                    case 2: {
                            message.page = reader.uint32();
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
             * Creates a PacketDetailRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.PacketDetailRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.PacketDetailRequest} PacketDetailRequest
             */
            PacketDetailRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.PacketDetailRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.PacketDetailRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.PacketDetailRequest();
                if (object.groupPacketId != null)
                    message.groupPacketId = String(object.groupPacketId);
                if (object.page != null)
                    message.page = object.page >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a PacketDetailRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.PacketDetailRequest
             * @static
             * @param {shake.v1.PacketDetailRequest} message PacketDetailRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PacketDetailRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.groupPacketId = "";
                    object.page = 0;
                }
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    object.groupPacketId = message.groupPacketId;
                if (message.page != null && Object.hasOwnProperty.call(message, "page"))
                    object.page = message.page;
                return object;
            };

            /**
             * Converts this PacketDetailRequest to JSON.
             * @function toJSON
             * @memberof shake.v1.PacketDetailRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PacketDetailRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PacketDetailRequest
             * @function getTypeUrl
             * @memberof shake.v1.PacketDetailRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PacketDetailRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.PacketDetailRequest";
            };

            return PacketDetailRequest;
        })();

        v1.ResourcesRequest = (function() {

            /**
             * Properties of a ResourcesRequest.
             * @memberof shake.v1
             * @interface IResourcesRequest
             * @property {number|null} [haveVersion] ResourcesRequest haveVersion
             */

            /**
             * Constructs a new ResourcesRequest.
             * @memberof shake.v1
             * @classdesc Represents a ResourcesRequest.
             * @implements IResourcesRequest
             * @constructor
             * @param {shake.v1.IResourcesRequest=} [properties] Properties to set
             */
            function ResourcesRequest(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ResourcesRequest haveVersion.
             * @member {number} haveVersion
             * @memberof shake.v1.ResourcesRequest
             * @instance
             */
            ResourcesRequest.prototype.haveVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ResourcesRequest instance using the specified properties.
             * @function create
             * @memberof shake.v1.ResourcesRequest
             * @static
             * @param {shake.v1.IResourcesRequest=} [properties] Properties to set
             * @returns {shake.v1.ResourcesRequest} ResourcesRequest instance
             */
            ResourcesRequest.create = function create(properties) {
                return new ResourcesRequest(properties);
            };

            /**
             * Encodes the specified ResourcesRequest message. Does not implicitly {@link shake.v1.ResourcesRequest.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.ResourcesRequest
             * @static
             * @param {shake.v1.IResourcesRequest} message ResourcesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResourcesRequest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.haveVersion != null && Object.hasOwnProperty.call(message, "haveVersion"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.haveVersion);
                return writer;
            };

            /**
             * Decodes a ResourcesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.ResourcesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.ResourcesRequest} ResourcesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResourcesRequest.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.ResourcesRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.haveVersion = reader.uint64();
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
             * Creates a ResourcesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.ResourcesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.ResourcesRequest} ResourcesRequest
             */
            ResourcesRequest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.ResourcesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.ResourcesRequest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.ResourcesRequest();
                if (object.haveVersion != null)
                    if ($util.Long)
                        message.haveVersion = $util.Long.fromValue(object.haveVersion, true);
                    else if (typeof object.haveVersion === "string")
                        message.haveVersion = parseInt(object.haveVersion, 10);
                    else if (typeof object.haveVersion === "number")
                        message.haveVersion = object.haveVersion;
                    else if (typeof object.haveVersion === "object")
                        message.haveVersion = new $util.LongBits(object.haveVersion.low >>> 0, object.haveVersion.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ResourcesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.ResourcesRequest
             * @static
             * @param {shake.v1.ResourcesRequest} message ResourcesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResourcesRequest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.haveVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.haveVersion = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if (message.haveVersion != null && Object.hasOwnProperty.call(message, "haveVersion"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.haveVersion = typeof message.haveVersion === "number" ? BigInt(message.haveVersion) : $util.Long.fromBits(message.haveVersion.low >>> 0, message.haveVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.haveVersion === "number")
                        object.haveVersion = options.longs === String ? String(message.haveVersion) : message.haveVersion;
                    else
                        object.haveVersion = options.longs === String ? $util.Long.prototype.toString.call(message.haveVersion) : options.longs === Number ? new $util.LongBits(message.haveVersion.low >>> 0, message.haveVersion.high >>> 0).toNumber(true) : message.haveVersion;
                return object;
            };

            /**
             * Converts this ResourcesRequest to JSON.
             * @function toJSON
             * @memberof shake.v1.ResourcesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResourcesRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ResourcesRequest
             * @function getTypeUrl
             * @memberof shake.v1.ResourcesRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ResourcesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.ResourcesRequest";
            };

            return ResourcesRequest;
        })();

        v1.ServerMessage = (function() {

            /**
             * Properties of a ServerMessage.
             * @memberof shake.v1
             * @interface IServerMessage
             * @property {number|null} [seq] ServerMessage seq
             * @property {shake.v1.IRateLimit|null} [rateLimit] ServerMessage rateLimit
             * @property {shake.v1.IShakeReply|null} [shake] ServerMessage shake
             * @property {shake.v1.IOpenReply|null} [open] ServerMessage open
             * @property {shake.v1.IShareReply|null} [share] ServerMessage share
             * @property {shake.v1.IBusy|null} [busy] ServerMessage busy
             * @property {shake.v1.IErrorReply|null} [error] ServerMessage error
             * @property {shake.v1.IPong|null} [pong] ServerMessage pong
             * @property {shake.v1.IGrabReply|null} [grab] ServerMessage grab
             * @property {shake.v1.IBalanceReply|null} [balance] ServerMessage balance
             * @property {shake.v1.IPacketDetailReply|null} [packetDetail] ServerMessage packetDetail
             * @property {shake.v1.IResourceManifest|null} [resources] ServerMessage resources
             */

            /**
             * Constructs a new ServerMessage.
             * @memberof shake.v1
             * @classdesc Represents a ServerMessage.
             * @implements IServerMessage
             * @constructor
             * @param {shake.v1.IServerMessage=} [properties] Properties to set
             */
            function ServerMessage(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ServerMessage seq.
             * @member {number} seq
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.seq = 0;

            /**
             * ServerMessage rateLimit.
             * @member {shake.v1.IRateLimit|null|undefined} rateLimit
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.rateLimit = null;

            /**
             * ServerMessage shake.
             * @member {shake.v1.IShakeReply|null|undefined} shake
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.shake = null;

            /**
             * ServerMessage open.
             * @member {shake.v1.IOpenReply|null|undefined} open
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.open = null;

            /**
             * ServerMessage share.
             * @member {shake.v1.IShareReply|null|undefined} share
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.share = null;

            /**
             * ServerMessage busy.
             * @member {shake.v1.IBusy|null|undefined} busy
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.busy = null;

            /**
             * ServerMessage error.
             * @member {shake.v1.IErrorReply|null|undefined} error
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.error = null;

            /**
             * ServerMessage pong.
             * @member {shake.v1.IPong|null|undefined} pong
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.pong = null;

            /**
             * ServerMessage grab.
             * @member {shake.v1.IGrabReply|null|undefined} grab
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.grab = null;

            /**
             * ServerMessage balance.
             * @member {shake.v1.IBalanceReply|null|undefined} balance
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.balance = null;

            /**
             * ServerMessage packetDetail.
             * @member {shake.v1.IPacketDetailReply|null|undefined} packetDetail
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.packetDetail = null;

            /**
             * ServerMessage resources.
             * @member {shake.v1.IResourceManifest|null|undefined} resources
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            ServerMessage.prototype.resources = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerMessage body.
             * @member {"shake"|"open"|"share"|"busy"|"error"|"pong"|"grab"|"balance"|"packetDetail"|"resources"|undefined} body
             * @memberof shake.v1.ServerMessage
             * @instance
             */
            Object.defineProperty(ServerMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["shake", "open", "share", "busy", "error", "pong", "grab", "balance", "packetDetail", "resources"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerMessage instance using the specified properties.
             * @function create
             * @memberof shake.v1.ServerMessage
             * @static
             * @param {shake.v1.IServerMessage=} [properties] Properties to set
             * @returns {shake.v1.ServerMessage} ServerMessage instance
             */
            ServerMessage.create = function create(properties) {
                return new ServerMessage(properties);
            };

            /**
             * Encodes the specified ServerMessage message. Does not implicitly {@link shake.v1.ServerMessage.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.ServerMessage
             * @static
             * @param {shake.v1.IServerMessage} message ServerMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerMessage.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.rateLimit != null && Object.hasOwnProperty.call(message, "rateLimit"))
                    $root.shake.v1.RateLimit.encode(message.rateLimit, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.shake != null && Object.hasOwnProperty.call(message, "shake"))
                    $root.shake.v1.ShakeReply.encode(message.shake, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.open != null && Object.hasOwnProperty.call(message, "open"))
                    $root.shake.v1.OpenReply.encode(message.open, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.share != null && Object.hasOwnProperty.call(message, "share"))
                    $root.shake.v1.ShareReply.encode(message.share, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.busy != null && Object.hasOwnProperty.call(message, "busy"))
                    $root.shake.v1.Busy.encode(message.busy, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                    $root.shake.v1.ErrorReply.encode(message.error, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.pong != null && Object.hasOwnProperty.call(message, "pong"))
                    $root.shake.v1.Pong.encode(message.pong, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.grab != null && Object.hasOwnProperty.call(message, "grab"))
                    $root.shake.v1.GrabReply.encode(message.grab, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.balance != null && Object.hasOwnProperty.call(message, "balance"))
                    $root.shake.v1.BalanceReply.encode(message.balance, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (message.packetDetail != null && Object.hasOwnProperty.call(message, "packetDetail"))
                    $root.shake.v1.PacketDetailReply.encode(message.packetDetail, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.resources != null && Object.hasOwnProperty.call(message, "resources"))
                    $root.shake.v1.ResourceManifest.encode(message.resources, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ServerMessage message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.ServerMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.ServerMessage} ServerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerMessage.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.ServerMessage();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.rateLimit = $root.shake.v1.RateLimit.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.shake = $root.shake.v1.ShakeReply.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.open = $root.shake.v1.OpenReply.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.share = $root.shake.v1.ShareReply.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.busy = $root.shake.v1.Busy.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 7: {
                            message.error = $root.shake.v1.ErrorReply.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.pong = $root.shake.v1.Pong.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.grab = $root.shake.v1.GrabReply.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 10: {
                            message.balance = $root.shake.v1.BalanceReply.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 11: {
                            message.packetDetail = $root.shake.v1.PacketDetailReply.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.resources = $root.shake.v1.ResourceManifest.decode(reader, reader.uint32(), undefined, long + 1);
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
             * Creates a ServerMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.ServerMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.ServerMessage} ServerMessage
             */
            ServerMessage.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.ServerMessage)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.ServerMessage: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.ServerMessage();
                if (object.seq != null)
                    message.seq = object.seq >>> 0;
                if (object.rateLimit != null) {
                    if (!$util.isObject(object.rateLimit))
                        throw TypeError(".shake.v1.ServerMessage.rateLimit: object expected");
                    message.rateLimit = $root.shake.v1.RateLimit.fromObject(object.rateLimit, long + 1);
                }
                if (object.shake != null) {
                    if (!$util.isObject(object.shake))
                        throw TypeError(".shake.v1.ServerMessage.shake: object expected");
                    message.shake = $root.shake.v1.ShakeReply.fromObject(object.shake, long + 1);
                }
                if (object.open != null) {
                    if (!$util.isObject(object.open))
                        throw TypeError(".shake.v1.ServerMessage.open: object expected");
                    message.open = $root.shake.v1.OpenReply.fromObject(object.open, long + 1);
                }
                if (object.share != null) {
                    if (!$util.isObject(object.share))
                        throw TypeError(".shake.v1.ServerMessage.share: object expected");
                    message.share = $root.shake.v1.ShareReply.fromObject(object.share, long + 1);
                }
                if (object.busy != null) {
                    if (!$util.isObject(object.busy))
                        throw TypeError(".shake.v1.ServerMessage.busy: object expected");
                    message.busy = $root.shake.v1.Busy.fromObject(object.busy, long + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw TypeError(".shake.v1.ServerMessage.error: object expected");
                    message.error = $root.shake.v1.ErrorReply.fromObject(object.error, long + 1);
                }
                if (object.pong != null) {
                    if (!$util.isObject(object.pong))
                        throw TypeError(".shake.v1.ServerMessage.pong: object expected");
                    message.pong = $root.shake.v1.Pong.fromObject(object.pong, long + 1);
                }
                if (object.grab != null) {
                    if (!$util.isObject(object.grab))
                        throw TypeError(".shake.v1.ServerMessage.grab: object expected");
                    message.grab = $root.shake.v1.GrabReply.fromObject(object.grab, long + 1);
                }
                if (object.balance != null) {
                    if (!$util.isObject(object.balance))
                        throw TypeError(".shake.v1.ServerMessage.balance: object expected");
                    message.balance = $root.shake.v1.BalanceReply.fromObject(object.balance, long + 1);
                }
                if (object.packetDetail != null) {
                    if (!$util.isObject(object.packetDetail))
                        throw TypeError(".shake.v1.ServerMessage.packetDetail: object expected");
                    message.packetDetail = $root.shake.v1.PacketDetailReply.fromObject(object.packetDetail, long + 1);
                }
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw TypeError(".shake.v1.ServerMessage.resources: object expected");
                    message.resources = $root.shake.v1.ResourceManifest.fromObject(object.resources, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ServerMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.ServerMessage
             * @static
             * @param {shake.v1.ServerMessage} message ServerMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerMessage.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.seq = 0;
                    object.rateLimit = null;
                }
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.rateLimit != null && Object.hasOwnProperty.call(message, "rateLimit"))
                    object.rateLimit = $root.shake.v1.RateLimit.toObject(message.rateLimit, options, q + 1);
                if (message.shake != null && Object.hasOwnProperty.call(message, "shake")) {
                    object.shake = $root.shake.v1.ShakeReply.toObject(message.shake, options, q + 1);
                    if (options.oneofs)
                        object.body = "shake";
                }
                if (message.open != null && Object.hasOwnProperty.call(message, "open")) {
                    object.open = $root.shake.v1.OpenReply.toObject(message.open, options, q + 1);
                    if (options.oneofs)
                        object.body = "open";
                }
                if (message.share != null && Object.hasOwnProperty.call(message, "share")) {
                    object.share = $root.shake.v1.ShareReply.toObject(message.share, options, q + 1);
                    if (options.oneofs)
                        object.body = "share";
                }
                if (message.busy != null && Object.hasOwnProperty.call(message, "busy")) {
                    object.busy = $root.shake.v1.Busy.toObject(message.busy, options, q + 1);
                    if (options.oneofs)
                        object.body = "busy";
                }
                if (message.error != null && Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.shake.v1.ErrorReply.toObject(message.error, options, q + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.pong != null && Object.hasOwnProperty.call(message, "pong")) {
                    object.pong = $root.shake.v1.Pong.toObject(message.pong, options, q + 1);
                    if (options.oneofs)
                        object.body = "pong";
                }
                if (message.grab != null && Object.hasOwnProperty.call(message, "grab")) {
                    object.grab = $root.shake.v1.GrabReply.toObject(message.grab, options, q + 1);
                    if (options.oneofs)
                        object.body = "grab";
                }
                if (message.balance != null && Object.hasOwnProperty.call(message, "balance")) {
                    object.balance = $root.shake.v1.BalanceReply.toObject(message.balance, options, q + 1);
                    if (options.oneofs)
                        object.body = "balance";
                }
                if (message.packetDetail != null && Object.hasOwnProperty.call(message, "packetDetail")) {
                    object.packetDetail = $root.shake.v1.PacketDetailReply.toObject(message.packetDetail, options, q + 1);
                    if (options.oneofs)
                        object.body = "packetDetail";
                }
                if (message.resources != null && Object.hasOwnProperty.call(message, "resources")) {
                    object.resources = $root.shake.v1.ResourceManifest.toObject(message.resources, options, q + 1);
                    if (options.oneofs)
                        object.body = "resources";
                }
                return object;
            };

            /**
             * Converts this ServerMessage to JSON.
             * @function toJSON
             * @memberof shake.v1.ServerMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerMessage.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ServerMessage
             * @function getTypeUrl
             * @memberof shake.v1.ServerMessage
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ServerMessage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.ServerMessage";
            };

            return ServerMessage;
        })();

        v1.RateLimit = (function() {

            /**
             * Properties of a RateLimit.
             * @memberof shake.v1
             * @interface IRateLimit
             * @property {number|null} [tier] RateLimit tier
             * @property {number|null} [minIntervalMs] RateLimit minIntervalMs
             */

            /**
             * Constructs a new RateLimit.
             * @memberof shake.v1
             * @classdesc Represents a RateLimit.
             * @implements IRateLimit
             * @constructor
             * @param {shake.v1.IRateLimit=} [properties] Properties to set
             */
            function RateLimit(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * RateLimit tier.
             * @member {number} tier
             * @memberof shake.v1.RateLimit
             * @instance
             */
            RateLimit.prototype.tier = 0;

            /**
             * RateLimit minIntervalMs.
             * @member {number} minIntervalMs
             * @memberof shake.v1.RateLimit
             * @instance
             */
            RateLimit.prototype.minIntervalMs = 0;

            /**
             * Creates a new RateLimit instance using the specified properties.
             * @function create
             * @memberof shake.v1.RateLimit
             * @static
             * @param {shake.v1.IRateLimit=} [properties] Properties to set
             * @returns {shake.v1.RateLimit} RateLimit instance
             */
            RateLimit.create = function create(properties) {
                return new RateLimit(properties);
            };

            /**
             * Encodes the specified RateLimit message. Does not implicitly {@link shake.v1.RateLimit.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.RateLimit
             * @static
             * @param {shake.v1.IRateLimit} message RateLimit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RateLimit.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.tier != null && Object.hasOwnProperty.call(message, "tier"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tier);
                if (message.minIntervalMs != null && Object.hasOwnProperty.call(message, "minIntervalMs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.minIntervalMs);
                return writer;
            };

            /**
             * Decodes a RateLimit message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.RateLimit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.RateLimit} RateLimit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RateLimit.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.RateLimit();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.tier = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.minIntervalMs = reader.uint32();
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
             * Creates a RateLimit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.RateLimit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.RateLimit} RateLimit
             */
            RateLimit.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.RateLimit)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.RateLimit: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.RateLimit();
                if (object.tier != null)
                    message.tier = object.tier >>> 0;
                if (object.minIntervalMs != null)
                    message.minIntervalMs = object.minIntervalMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RateLimit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.RateLimit
             * @static
             * @param {shake.v1.RateLimit} message RateLimit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RateLimit.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.tier = 0;
                    object.minIntervalMs = 0;
                }
                if (message.tier != null && Object.hasOwnProperty.call(message, "tier"))
                    object.tier = message.tier;
                if (message.minIntervalMs != null && Object.hasOwnProperty.call(message, "minIntervalMs"))
                    object.minIntervalMs = message.minIntervalMs;
                return object;
            };

            /**
             * Converts this RateLimit to JSON.
             * @function toJSON
             * @memberof shake.v1.RateLimit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RateLimit.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RateLimit
             * @function getTypeUrl
             * @memberof shake.v1.RateLimit
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RateLimit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.RateLimit";
            };

            return RateLimit;
        })();

        v1.Busy = (function() {

            /**
             * Properties of a Busy.
             * @memberof shake.v1
             * @interface IBusy
             * @property {number|null} [retryAfterMs] Busy retryAfterMs
             * @property {string|null} [reason] Busy reason
             */

            /**
             * Constructs a new Busy.
             * @memberof shake.v1
             * @classdesc Represents a Busy.
             * @implements IBusy
             * @constructor
             * @param {shake.v1.IBusy=} [properties] Properties to set
             */
            function Busy(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Busy retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof shake.v1.Busy
             * @instance
             */
            Busy.prototype.retryAfterMs = 0;

            /**
             * Busy reason.
             * @member {string} reason
             * @memberof shake.v1.Busy
             * @instance
             */
            Busy.prototype.reason = "";

            /**
             * Creates a new Busy instance using the specified properties.
             * @function create
             * @memberof shake.v1.Busy
             * @static
             * @param {shake.v1.IBusy=} [properties] Properties to set
             * @returns {shake.v1.Busy} Busy instance
             */
            Busy.create = function create(properties) {
                return new Busy(properties);
            };

            /**
             * Encodes the specified Busy message. Does not implicitly {@link shake.v1.Busy.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.Busy
             * @static
             * @param {shake.v1.IBusy} message Busy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Busy.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.retryAfterMs != null && Object.hasOwnProperty.call(message, "retryAfterMs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.retryAfterMs);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                return writer;
            };

            /**
             * Decodes a Busy message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.Busy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.Busy} Busy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Busy.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.Busy();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.retryAfterMs = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.reason = reader.string();
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
             * Creates a Busy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.Busy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.Busy} Busy
             */
            Busy.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.Busy)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.Busy: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.Busy();
                if (object.retryAfterMs != null)
                    message.retryAfterMs = object.retryAfterMs >>> 0;
                if (object.reason != null)
                    message.reason = String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Busy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.Busy
             * @static
             * @param {shake.v1.Busy} message Busy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Busy.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.retryAfterMs = 0;
                    object.reason = "";
                }
                if (message.retryAfterMs != null && Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Busy to JSON.
             * @function toJSON
             * @memberof shake.v1.Busy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Busy.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Busy
             * @function getTypeUrl
             * @memberof shake.v1.Busy
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Busy.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.Busy";
            };

            return Busy;
        })();

        v1.ErrorReply = (function() {

            /**
             * Properties of an ErrorReply.
             * @memberof shake.v1
             * @interface IErrorReply
             * @property {string|null} [code] ErrorReply code
             * @property {string|null} [message] ErrorReply message
             * @property {number|null} [retryAfterMs] ErrorReply retryAfterMs
             */

            /**
             * Constructs a new ErrorReply.
             * @memberof shake.v1
             * @classdesc Represents an ErrorReply.
             * @implements IErrorReply
             * @constructor
             * @param {shake.v1.IErrorReply=} [properties] Properties to set
             */
            function ErrorReply(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ErrorReply code.
             * @member {string} code
             * @memberof shake.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.code = "";

            /**
             * ErrorReply message.
             * @member {string} message
             * @memberof shake.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.message = "";

            /**
             * ErrorReply retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof shake.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.retryAfterMs = 0;

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @function create
             * @memberof shake.v1.ErrorReply
             * @static
             * @param {shake.v1.IErrorReply=} [properties] Properties to set
             * @returns {shake.v1.ErrorReply} ErrorReply instance
             */
            ErrorReply.create = function create(properties) {
                return new ErrorReply(properties);
            };

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link shake.v1.ErrorReply.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.ErrorReply
             * @static
             * @param {shake.v1.IErrorReply} message ErrorReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorReply.encode = function encode(message, writer, q) {
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
                if (message.retryAfterMs != null && Object.hasOwnProperty.call(message, "retryAfterMs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
                return writer;
            };

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.ErrorReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.ErrorReply} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorReply.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.ErrorReply();
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
                    case 3: {
                            message.retryAfterMs = reader.uint32();
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
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.ErrorReply} ErrorReply
             */
            ErrorReply.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.ErrorReply)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.ErrorReply: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.ErrorReply();
                if (object.code != null)
                    message.code = String(object.code);
                if (object.message != null)
                    message.message = String(object.message);
                if (object.retryAfterMs != null)
                    message.retryAfterMs = object.retryAfterMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.ErrorReply
             * @static
             * @param {shake.v1.ErrorReply} message ErrorReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorReply.toObject = function toObject(message, options, q) {
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
                    object.retryAfterMs = 0;
                }
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryAfterMs != null && Object.hasOwnProperty.call(message, "retryAfterMs"))
                    object.retryAfterMs = message.retryAfterMs;
                return object;
            };

            /**
             * Converts this ErrorReply to JSON.
             * @function toJSON
             * @memberof shake.v1.ErrorReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorReply.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ErrorReply
             * @function getTypeUrl
             * @memberof shake.v1.ErrorReply
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ErrorReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.ErrorReply";
            };

            return ErrorReply;
        })();

        v1.Pong = (function() {

            /**
             * Properties of a Pong.
             * @memberof shake.v1
             * @interface IPong
             * @property {number|null} [serverTimeMs] Pong serverTimeMs
             */

            /**
             * Constructs a new Pong.
             * @memberof shake.v1
             * @classdesc Represents a Pong.
             * @implements IPong
             * @constructor
             * @param {shake.v1.IPong=} [properties] Properties to set
             */
            function Pong(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Pong serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof shake.v1.Pong
             * @instance
             */
            Pong.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof shake.v1.Pong
             * @static
             * @param {shake.v1.IPong=} [properties] Properties to set
             * @returns {shake.v1.Pong} Pong instance
             */
            Pong.create = function create(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link shake.v1.Pong.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.Pong
             * @static
             * @param {shake.v1.IPong} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.serverTimeMs != null && Object.hasOwnProperty.call(message, "serverTimeMs"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.serverTimeMs);
                return writer;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.Pong} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.Pong();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.serverTimeMs = reader.uint64();
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
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.Pong
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.Pong} Pong
             */
            Pong.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.Pong)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.Pong: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.Pong();
                if (object.serverTimeMs != null)
                    if ($util.Long)
                        message.serverTimeMs = $util.Long.fromValue(object.serverTimeMs, true);
                    else if (typeof object.serverTimeMs === "string")
                        message.serverTimeMs = parseInt(object.serverTimeMs, 10);
                    else if (typeof object.serverTimeMs === "number")
                        message.serverTimeMs = object.serverTimeMs;
                    else if (typeof object.serverTimeMs === "object")
                        message.serverTimeMs = new $util.LongBits(object.serverTimeMs.low >>> 0, object.serverTimeMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.Pong
             * @static
             * @param {shake.v1.Pong} message Pong
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pong.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.serverTimeMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.serverTimeMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if (message.serverTimeMs != null && Object.hasOwnProperty.call(message, "serverTimeMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.serverTimeMs = typeof message.serverTimeMs === "number" ? BigInt(message.serverTimeMs) : $util.Long.fromBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.serverTimeMs === "number")
                        object.serverTimeMs = options.longs === String ? String(message.serverTimeMs) : message.serverTimeMs;
                    else
                        object.serverTimeMs = options.longs === String ? $util.Long.prototype.toString.call(message.serverTimeMs) : options.longs === Number ? new $util.LongBits(message.serverTimeMs.low >>> 0, message.serverTimeMs.high >>> 0).toNumber(true) : message.serverTimeMs;
                return object;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof shake.v1.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Pong
             * @function getTypeUrl
             * @memberof shake.v1.Pong
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Pong.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.Pong";
            };

            return Pong;
        })();

        /**
         * Outcome enum.
         * @name shake.v1.Outcome
         * @enum {number}
         * @property {number} OUTCOME_UNSPECIFIED=0 OUTCOME_UNSPECIFIED value
         * @property {number} NOTHING=1 NOTHING value
         * @property {number} GREETING_CARD=2 GREETING_CARD value
         * @property {number} STAR_VIDEO=3 STAR_VIDEO value
         * @property {number} TAKE_A_REST=4 TAKE_A_REST value
         * @property {number} RED_PACKET=5 RED_PACKET value
         */
        v1.Outcome = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NOTHING"] = 1;
            values[valuesById[2] = "GREETING_CARD"] = 2;
            values[valuesById[3] = "STAR_VIDEO"] = 3;
            values[valuesById[4] = "TAKE_A_REST"] = 4;
            values[valuesById[5] = "RED_PACKET"] = 5;
            return values;
        })();

        /**
         * NoPacketReason enum.
         * @name shake.v1.NoPacketReason
         * @enum {number}
         * @property {number} NO_PACKET_REASON_UNSPECIFIED=0 NO_PACKET_REASON_UNSPECIFIED value
         * @property {number} NO_ROUND=1 NO_ROUND value
         * @property {number} POOL_EMPTY=2 POOL_EMPTY value
         * @property {number} CAP_REACHED=3 CAP_REACHED value
         * @property {number} SPONSOR_CAP=4 SPONSOR_CAP value
         * @property {number} ROUND_ENDED=5 ROUND_ENDED value
         * @property {number} NOT_DRAWN=6 NOT_DRAWN value
         */
        v1.NoPacketReason = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "NO_PACKET_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NO_ROUND"] = 1;
            values[valuesById[2] = "POOL_EMPTY"] = 2;
            values[valuesById[3] = "CAP_REACHED"] = 3;
            values[valuesById[4] = "SPONSOR_CAP"] = 4;
            values[valuesById[5] = "ROUND_ENDED"] = 5;
            values[valuesById[6] = "NOT_DRAWN"] = 6;
            return values;
        })();

        v1.ShakeReply = (function() {

            /**
             * Properties of a ShakeReply.
             * @memberof shake.v1
             * @interface IShakeReply
             * @property {shake.v1.Outcome|null} [outcome] ShakeReply outcome
             * @property {string|null} [contentId] ShakeReply contentId
             * @property {shake.v1.IPacket|null} [packet] ShakeReply packet
             * @property {Uint8Array|null} [cookie] ShakeReply cookie
             * @property {string|null} [roundId] ShakeReply roundId
             * @property {shake.v1.NoPacketReason|null} [noPacketReason] ShakeReply noPacketReason
             * @property {number|null} [nextRoundAtMs] ShakeReply nextRoundAtMs
             */

            /**
             * Constructs a new ShakeReply.
             * @memberof shake.v1
             * @classdesc Represents a ShakeReply.
             * @implements IShakeReply
             * @constructor
             * @param {shake.v1.IShakeReply=} [properties] Properties to set
             */
            function ShakeReply(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ShakeReply outcome.
             * @member {shake.v1.Outcome} outcome
             * @memberof shake.v1.ShakeReply
             * @instance
             */
            ShakeReply.prototype.outcome = 0;

            /**
             * ShakeReply contentId.
             * @member {string} contentId
             * @memberof shake.v1.ShakeReply
             * @instance
             */
            ShakeReply.prototype.contentId = "";

            /**
             * ShakeReply packet.
             * @member {shake.v1.IPacket|null|undefined} packet
             * @memberof shake.v1.ShakeReply
             * @instance
             */
            ShakeReply.prototype.packet = null;

            /**
             * ShakeReply cookie.
             * @member {Uint8Array} cookie
             * @memberof shake.v1.ShakeReply
             * @instance
             */
            ShakeReply.prototype.cookie = $util.newBuffer([]);

            /**
             * ShakeReply roundId.
             * @member {string} roundId
             * @memberof shake.v1.ShakeReply
             * @instance
             */
            ShakeReply.prototype.roundId = "";

            /**
             * ShakeReply noPacketReason.
             * @member {shake.v1.NoPacketReason} noPacketReason
             * @memberof shake.v1.ShakeReply
             * @instance
             */
            ShakeReply.prototype.noPacketReason = 0;

            /**
             * ShakeReply nextRoundAtMs.
             * @member {number} nextRoundAtMs
             * @memberof shake.v1.ShakeReply
             * @instance
             */
            ShakeReply.prototype.nextRoundAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ShakeReply instance using the specified properties.
             * @function create
             * @memberof shake.v1.ShakeReply
             * @static
             * @param {shake.v1.IShakeReply=} [properties] Properties to set
             * @returns {shake.v1.ShakeReply} ShakeReply instance
             */
            ShakeReply.create = function create(properties) {
                return new ShakeReply(properties);
            };

            /**
             * Encodes the specified ShakeReply message. Does not implicitly {@link shake.v1.ShakeReply.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.ShakeReply
             * @static
             * @param {shake.v1.IShakeReply} message ShakeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShakeReply.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.outcome);
                if (message.contentId != null && Object.hasOwnProperty.call(message, "contentId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.contentId);
                if (message.packet != null && Object.hasOwnProperty.call(message, "packet"))
                    $root.shake.v1.Packet.encode(message.packet, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.cookie != null && Object.hasOwnProperty.call(message, "cookie"))
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.cookie);
                if (message.roundId != null && Object.hasOwnProperty.call(message, "roundId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.roundId);
                if (message.noPacketReason != null && Object.hasOwnProperty.call(message, "noPacketReason"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.noPacketReason);
                if (message.nextRoundAtMs != null && Object.hasOwnProperty.call(message, "nextRoundAtMs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.nextRoundAtMs);
                return writer;
            };

            /**
             * Decodes a ShakeReply message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.ShakeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.ShakeReply} ShakeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShakeReply.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.ShakeReply();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.outcome = reader.int32();
                            break;
                        }
                    case 2: {
                            message.contentId = reader.string();
                            break;
                        }
                    case 3: {
                            message.packet = $root.shake.v1.Packet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            message.cookie = reader.bytes();
                            break;
                        }
                    case 5: {
                            message.roundId = reader.string();
                            break;
                        }
                    case 6: {
                            message.noPacketReason = reader.int32();
                            break;
                        }
                    case 7: {
                            message.nextRoundAtMs = reader.uint64();
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
             * Creates a ShakeReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.ShakeReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.ShakeReply} ShakeReply
             */
            ShakeReply.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.ShakeReply)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.ShakeReply: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.ShakeReply();
                switch (object.outcome) {
                default:
                    if (typeof object.outcome === "number") {
                        message.outcome = object.outcome;
                        break;
                    }
                    break;
                case "OUTCOME_UNSPECIFIED":
                case 0:
                    message.outcome = 0;
                    break;
                case "NOTHING":
                case 1:
                    message.outcome = 1;
                    break;
                case "GREETING_CARD":
                case 2:
                    message.outcome = 2;
                    break;
                case "STAR_VIDEO":
                case 3:
                    message.outcome = 3;
                    break;
                case "TAKE_A_REST":
                case 4:
                    message.outcome = 4;
                    break;
                case "RED_PACKET":
                case 5:
                    message.outcome = 5;
                    break;
                }
                if (object.contentId != null)
                    message.contentId = String(object.contentId);
                if (object.packet != null) {
                    if (!$util.isObject(object.packet))
                        throw TypeError(".shake.v1.ShakeReply.packet: object expected");
                    message.packet = $root.shake.v1.Packet.fromObject(object.packet, long + 1);
                }
                if (object.cookie != null)
                    if (typeof object.cookie === "string")
                        $util.base64.decode(object.cookie, message.cookie = $util.newBuffer($util.base64.length(object.cookie)), 0);
                    else if (object.cookie.length >= 0)
                        message.cookie = object.cookie;
                if (object.roundId != null)
                    message.roundId = String(object.roundId);
                switch (object.noPacketReason) {
                default:
                    if (typeof object.noPacketReason === "number") {
                        message.noPacketReason = object.noPacketReason;
                        break;
                    }
                    break;
                case "NO_PACKET_REASON_UNSPECIFIED":
                case 0:
                    message.noPacketReason = 0;
                    break;
                case "NO_ROUND":
                case 1:
                    message.noPacketReason = 1;
                    break;
                case "POOL_EMPTY":
                case 2:
                    message.noPacketReason = 2;
                    break;
                case "CAP_REACHED":
                case 3:
                    message.noPacketReason = 3;
                    break;
                case "SPONSOR_CAP":
                case 4:
                    message.noPacketReason = 4;
                    break;
                case "ROUND_ENDED":
                case 5:
                    message.noPacketReason = 5;
                    break;
                case "NOT_DRAWN":
                case 6:
                    message.noPacketReason = 6;
                    break;
                }
                if (object.nextRoundAtMs != null)
                    if ($util.Long)
                        message.nextRoundAtMs = $util.Long.fromValue(object.nextRoundAtMs, true);
                    else if (typeof object.nextRoundAtMs === "string")
                        message.nextRoundAtMs = parseInt(object.nextRoundAtMs, 10);
                    else if (typeof object.nextRoundAtMs === "number")
                        message.nextRoundAtMs = object.nextRoundAtMs;
                    else if (typeof object.nextRoundAtMs === "object")
                        message.nextRoundAtMs = new $util.LongBits(object.nextRoundAtMs.low >>> 0, object.nextRoundAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ShakeReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.ShakeReply
             * @static
             * @param {shake.v1.ShakeReply} message ShakeReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShakeReply.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.outcome = options.enums === String ? "OUTCOME_UNSPECIFIED" : 0;
                    object.contentId = "";
                    object.packet = null;
                    if (options.bytes === String)
                        object.cookie = "";
                    else {
                        object.cookie = [];
                        if (options.bytes !== Array)
                            object.cookie = $util.newBuffer(object.cookie);
                    }
                    object.roundId = "";
                    object.noPacketReason = options.enums === String ? "NO_PACKET_REASON_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.nextRoundAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.nextRoundAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = options.enums === String ? $root.shake.v1.Outcome[message.outcome] === undefined ? message.outcome : $root.shake.v1.Outcome[message.outcome] : message.outcome;
                if (message.contentId != null && Object.hasOwnProperty.call(message, "contentId"))
                    object.contentId = message.contentId;
                if (message.packet != null && Object.hasOwnProperty.call(message, "packet"))
                    object.packet = $root.shake.v1.Packet.toObject(message.packet, options, q + 1);
                if (message.cookie != null && Object.hasOwnProperty.call(message, "cookie"))
                    object.cookie = options.bytes === String ? $util.base64.encode(message.cookie, 0, message.cookie.length) : options.bytes === Array ? Array.prototype.slice.call(message.cookie) : message.cookie;
                if (message.roundId != null && Object.hasOwnProperty.call(message, "roundId"))
                    object.roundId = message.roundId;
                if (message.noPacketReason != null && Object.hasOwnProperty.call(message, "noPacketReason"))
                    object.noPacketReason = options.enums === String ? $root.shake.v1.NoPacketReason[message.noPacketReason] === undefined ? message.noPacketReason : $root.shake.v1.NoPacketReason[message.noPacketReason] : message.noPacketReason;
                if (message.nextRoundAtMs != null && Object.hasOwnProperty.call(message, "nextRoundAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.nextRoundAtMs = typeof message.nextRoundAtMs === "number" ? BigInt(message.nextRoundAtMs) : $util.Long.fromBits(message.nextRoundAtMs.low >>> 0, message.nextRoundAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.nextRoundAtMs === "number")
                        object.nextRoundAtMs = options.longs === String ? String(message.nextRoundAtMs) : message.nextRoundAtMs;
                    else
                        object.nextRoundAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.nextRoundAtMs) : options.longs === Number ? new $util.LongBits(message.nextRoundAtMs.low >>> 0, message.nextRoundAtMs.high >>> 0).toNumber(true) : message.nextRoundAtMs;
                return object;
            };

            /**
             * Converts this ShakeReply to JSON.
             * @function toJSON
             * @memberof shake.v1.ShakeReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShakeReply.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ShakeReply
             * @function getTypeUrl
             * @memberof shake.v1.ShakeReply
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ShakeReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.ShakeReply";
            };

            return ShakeReply;
        })();

        v1.Packet = (function() {

            /**
             * Properties of a Packet.
             * @memberof shake.v1
             * @interface IPacket
             * @property {string|null} [packetId] Packet packetId
             * @property {string|null} [sponsorId] Packet sponsorId
             * @property {number|null} [amountCents] Packet amountCents
             * @property {number|null} [shares] Packet shares
             * @property {number|null} [shareAmountCents] Packet shareAmountCents
             * @property {string|null} [token] Packet token
             * @property {number|null} [expiresAtMs] Packet expiresAtMs
             */

            /**
             * Constructs a new Packet.
             * @memberof shake.v1
             * @classdesc Represents a Packet.
             * @implements IPacket
             * @constructor
             * @param {shake.v1.IPacket=} [properties] Properties to set
             */
            function Packet(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Packet packetId.
             * @member {string} packetId
             * @memberof shake.v1.Packet
             * @instance
             */
            Packet.prototype.packetId = "";

            /**
             * Packet sponsorId.
             * @member {string} sponsorId
             * @memberof shake.v1.Packet
             * @instance
             */
            Packet.prototype.sponsorId = "";

            /**
             * Packet amountCents.
             * @member {number} amountCents
             * @memberof shake.v1.Packet
             * @instance
             */
            Packet.prototype.amountCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packet shares.
             * @member {number} shares
             * @memberof shake.v1.Packet
             * @instance
             */
            Packet.prototype.shares = 0;

            /**
             * Packet shareAmountCents.
             * @member {number} shareAmountCents
             * @memberof shake.v1.Packet
             * @instance
             */
            Packet.prototype.shareAmountCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Packet token.
             * @member {string} token
             * @memberof shake.v1.Packet
             * @instance
             */
            Packet.prototype.token = "";

            /**
             * Packet expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof shake.v1.Packet
             * @instance
             */
            Packet.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Packet instance using the specified properties.
             * @function create
             * @memberof shake.v1.Packet
             * @static
             * @param {shake.v1.IPacket=} [properties] Properties to set
             * @returns {shake.v1.Packet} Packet instance
             */
            Packet.create = function create(properties) {
                return new Packet(properties);
            };

            /**
             * Encodes the specified Packet message. Does not implicitly {@link shake.v1.Packet.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.Packet
             * @static
             * @param {shake.v1.IPacket} message Packet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Packet.encode = function encode(message, writer, q) {
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
                if (message.token != null && Object.hasOwnProperty.call(message, "token"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.token);
                if (message.expiresAtMs != null && Object.hasOwnProperty.call(message, "expiresAtMs"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.expiresAtMs);
                return writer;
            };

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.Packet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.Packet} Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Packet.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.Packet();
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
                            message.token = reader.string();
                            break;
                        }
                    case 7: {
                            message.expiresAtMs = reader.uint64();
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
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.Packet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.Packet} Packet
             */
            Packet.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.Packet)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.Packet: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.Packet();
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
                if (object.token != null)
                    message.token = String(object.token);
                if (object.expiresAtMs != null)
                    if ($util.Long)
                        message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, true);
                    else if (typeof object.expiresAtMs === "string")
                        message.expiresAtMs = parseInt(object.expiresAtMs, 10);
                    else if (typeof object.expiresAtMs === "number")
                        message.expiresAtMs = object.expiresAtMs;
                    else if (typeof object.expiresAtMs === "object")
                        message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.Packet
             * @static
             * @param {shake.v1.Packet} message Packet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Packet.toObject = function toObject(message, options, q) {
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
                    object.token = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
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
                if (message.token != null && Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.expiresAtMs != null && Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === String ? String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber(true) : message.expiresAtMs;
                return object;
            };

            /**
             * Converts this Packet to JSON.
             * @function toJSON
             * @memberof shake.v1.Packet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Packet.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Packet
             * @function getTypeUrl
             * @memberof shake.v1.Packet
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Packet.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.Packet";
            };

            return Packet;
        })();

        /**
         * OpStatus enum.
         * @name shake.v1.OpStatus
         * @enum {number}
         * @property {number} OP_STATUS_UNSPECIFIED=0 OP_STATUS_UNSPECIFIED value
         * @property {number} OK=1 OK value
         * @property {number} DUPLICATE=2 DUPLICATE value
         */
        v1.OpStatus = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "OP_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OK"] = 1;
            values[valuesById[2] = "DUPLICATE"] = 2;
            return values;
        })();

        v1.OpenReply = (function() {

            /**
             * Properties of an OpenReply.
             * @memberof shake.v1
             * @interface IOpenReply
             * @property {shake.v1.OpStatus|null} [status] OpenReply status
             * @property {string|null} [packetId] OpenReply packetId
             * @property {number|null} [amountCents] OpenReply amountCents
             * @property {string|null} [operationId] OpenReply operationId
             */

            /**
             * Constructs a new OpenReply.
             * @memberof shake.v1
             * @classdesc Represents an OpenReply.
             * @implements IOpenReply
             * @constructor
             * @param {shake.v1.IOpenReply=} [properties] Properties to set
             */
            function OpenReply(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OpenReply status.
             * @member {shake.v1.OpStatus} status
             * @memberof shake.v1.OpenReply
             * @instance
             */
            OpenReply.prototype.status = 0;

            /**
             * OpenReply packetId.
             * @member {string} packetId
             * @memberof shake.v1.OpenReply
             * @instance
             */
            OpenReply.prototype.packetId = "";

            /**
             * OpenReply amountCents.
             * @member {number} amountCents
             * @memberof shake.v1.OpenReply
             * @instance
             */
            OpenReply.prototype.amountCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * OpenReply operationId.
             * @member {string} operationId
             * @memberof shake.v1.OpenReply
             * @instance
             */
            OpenReply.prototype.operationId = "";

            /**
             * Creates a new OpenReply instance using the specified properties.
             * @function create
             * @memberof shake.v1.OpenReply
             * @static
             * @param {shake.v1.IOpenReply=} [properties] Properties to set
             * @returns {shake.v1.OpenReply} OpenReply instance
             */
            OpenReply.create = function create(properties) {
                return new OpenReply(properties);
            };

            /**
             * Encodes the specified OpenReply message. Does not implicitly {@link shake.v1.OpenReply.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.OpenReply
             * @static
             * @param {shake.v1.IOpenReply} message OpenReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpenReply.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.packetId != null && Object.hasOwnProperty.call(message, "packetId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.packetId);
                if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.amountCents);
                if (message.operationId != null && Object.hasOwnProperty.call(message, "operationId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.operationId);
                return writer;
            };

            /**
             * Decodes an OpenReply message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.OpenReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.OpenReply} OpenReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpenReply.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.OpenReply();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = reader.int32();
                            break;
                        }
                    case 2: {
                            message.packetId = reader.string();
                            break;
                        }
                    case 3: {
                            message.amountCents = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.operationId = reader.string();
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
             * Creates an OpenReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.OpenReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.OpenReply} OpenReply
             */
            OpenReply.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.OpenReply)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.OpenReply: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.OpenReply();
                switch (object.status) {
                default:
                    if (typeof object.status === "number") {
                        message.status = object.status;
                        break;
                    }
                    break;
                case "OP_STATUS_UNSPECIFIED":
                case 0:
                    message.status = 0;
                    break;
                case "OK":
                case 1:
                    message.status = 1;
                    break;
                case "DUPLICATE":
                case 2:
                    message.status = 2;
                    break;
                }
                if (object.packetId != null)
                    message.packetId = String(object.packetId);
                if (object.amountCents != null)
                    if ($util.Long)
                        message.amountCents = $util.Long.fromValue(object.amountCents, true);
                    else if (typeof object.amountCents === "string")
                        message.amountCents = parseInt(object.amountCents, 10);
                    else if (typeof object.amountCents === "number")
                        message.amountCents = object.amountCents;
                    else if (typeof object.amountCents === "object")
                        message.amountCents = new $util.LongBits(object.amountCents.low >>> 0, object.amountCents.high >>> 0).toNumber(true);
                if (object.operationId != null)
                    message.operationId = String(object.operationId);
                return message;
            };

            /**
             * Creates a plain object from an OpenReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.OpenReply
             * @static
             * @param {shake.v1.OpenReply} message OpenReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OpenReply.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = options.enums === String ? "OP_STATUS_UNSPECIFIED" : 0;
                    object.packetId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amountCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.amountCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.operationId = "";
                }
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === String ? $root.shake.v1.OpStatus[message.status] === undefined ? message.status : $root.shake.v1.OpStatus[message.status] : message.status;
                if (message.packetId != null && Object.hasOwnProperty.call(message, "packetId"))
                    object.packetId = message.packetId;
                if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.amountCents = typeof message.amountCents === "number" ? BigInt(message.amountCents) : $util.Long.fromBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0, true).toBigInt();
                    else if (typeof message.amountCents === "number")
                        object.amountCents = options.longs === String ? String(message.amountCents) : message.amountCents;
                    else
                        object.amountCents = options.longs === String ? $util.Long.prototype.toString.call(message.amountCents) : options.longs === Number ? new $util.LongBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0).toNumber(true) : message.amountCents;
                if (message.operationId != null && Object.hasOwnProperty.call(message, "operationId"))
                    object.operationId = message.operationId;
                return object;
            };

            /**
             * Converts this OpenReply to JSON.
             * @function toJSON
             * @memberof shake.v1.OpenReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OpenReply.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for OpenReply
             * @function getTypeUrl
             * @memberof shake.v1.OpenReply
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OpenReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.OpenReply";
            };

            return OpenReply;
        })();

        v1.ShareReply = (function() {

            /**
             * Properties of a ShareReply.
             * @memberof shake.v1
             * @interface IShareReply
             * @property {shake.v1.OpStatus|null} [status] ShareReply status
             * @property {string|null} [packetId] ShareReply packetId
             * @property {string|null} [operationId] ShareReply operationId
             * @property {number|null} [shares] ShareReply shares
             * @property {string|null} [groupPacketId] ShareReply groupPacketId
             */

            /**
             * Constructs a new ShareReply.
             * @memberof shake.v1
             * @classdesc Represents a ShareReply.
             * @implements IShareReply
             * @constructor
             * @param {shake.v1.IShareReply=} [properties] Properties to set
             */
            function ShareReply(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ShareReply status.
             * @member {shake.v1.OpStatus} status
             * @memberof shake.v1.ShareReply
             * @instance
             */
            ShareReply.prototype.status = 0;

            /**
             * ShareReply packetId.
             * @member {string} packetId
             * @memberof shake.v1.ShareReply
             * @instance
             */
            ShareReply.prototype.packetId = "";

            /**
             * ShareReply operationId.
             * @member {string} operationId
             * @memberof shake.v1.ShareReply
             * @instance
             */
            ShareReply.prototype.operationId = "";

            /**
             * ShareReply shares.
             * @member {number} shares
             * @memberof shake.v1.ShareReply
             * @instance
             */
            ShareReply.prototype.shares = 0;

            /**
             * ShareReply groupPacketId.
             * @member {string} groupPacketId
             * @memberof shake.v1.ShareReply
             * @instance
             */
            ShareReply.prototype.groupPacketId = "";

            /**
             * Creates a new ShareReply instance using the specified properties.
             * @function create
             * @memberof shake.v1.ShareReply
             * @static
             * @param {shake.v1.IShareReply=} [properties] Properties to set
             * @returns {shake.v1.ShareReply} ShareReply instance
             */
            ShareReply.create = function create(properties) {
                return new ShareReply(properties);
            };

            /**
             * Encodes the specified ShareReply message. Does not implicitly {@link shake.v1.ShareReply.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.ShareReply
             * @static
             * @param {shake.v1.IShareReply} message ShareReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShareReply.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.packetId != null && Object.hasOwnProperty.call(message, "packetId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.packetId);
                if (message.operationId != null && Object.hasOwnProperty.call(message, "operationId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.operationId);
                if (message.shares != null && Object.hasOwnProperty.call(message, "shares"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.shares);
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.groupPacketId);
                return writer;
            };

            /**
             * Decodes a ShareReply message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.ShareReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.ShareReply} ShareReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShareReply.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.ShareReply();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = reader.int32();
                            break;
                        }
                    case 2: {
                            message.packetId = reader.string();
                            break;
                        }
                    case 3: {
                            message.operationId = reader.string();
                            break;
                        }
                    case 4: {
                            message.shares = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.groupPacketId = reader.string();
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
             * Creates a ShareReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.ShareReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.ShareReply} ShareReply
             */
            ShareReply.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.ShareReply)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.ShareReply: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.ShareReply();
                switch (object.status) {
                default:
                    if (typeof object.status === "number") {
                        message.status = object.status;
                        break;
                    }
                    break;
                case "OP_STATUS_UNSPECIFIED":
                case 0:
                    message.status = 0;
                    break;
                case "OK":
                case 1:
                    message.status = 1;
                    break;
                case "DUPLICATE":
                case 2:
                    message.status = 2;
                    break;
                }
                if (object.packetId != null)
                    message.packetId = String(object.packetId);
                if (object.operationId != null)
                    message.operationId = String(object.operationId);
                if (object.shares != null)
                    message.shares = object.shares >>> 0;
                if (object.groupPacketId != null)
                    message.groupPacketId = String(object.groupPacketId);
                return message;
            };

            /**
             * Creates a plain object from a ShareReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.ShareReply
             * @static
             * @param {shake.v1.ShareReply} message ShareReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShareReply.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = options.enums === String ? "OP_STATUS_UNSPECIFIED" : 0;
                    object.packetId = "";
                    object.operationId = "";
                    object.shares = 0;
                    object.groupPacketId = "";
                }
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === String ? $root.shake.v1.OpStatus[message.status] === undefined ? message.status : $root.shake.v1.OpStatus[message.status] : message.status;
                if (message.packetId != null && Object.hasOwnProperty.call(message, "packetId"))
                    object.packetId = message.packetId;
                if (message.operationId != null && Object.hasOwnProperty.call(message, "operationId"))
                    object.operationId = message.operationId;
                if (message.shares != null && Object.hasOwnProperty.call(message, "shares"))
                    object.shares = message.shares;
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    object.groupPacketId = message.groupPacketId;
                return object;
            };

            /**
             * Converts this ShareReply to JSON.
             * @function toJSON
             * @memberof shake.v1.ShareReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShareReply.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ShareReply
             * @function getTypeUrl
             * @memberof shake.v1.ShareReply
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ShareReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.ShareReply";
            };

            return ShareReply;
        })();

        v1.GrabReply = (function() {

            /**
             * Properties of a GrabReply.
             * @memberof shake.v1
             * @interface IGrabReply
             * @property {shake.v1.OpStatus|null} [status] GrabReply status
             * @property {string|null} [groupPacketId] GrabReply groupPacketId
             * @property {number|null} [amountCents] GrabReply amountCents
             * @property {number|null} [grabSeq] GrabReply grabSeq
             * @property {number|null} [grabbedAtMs] GrabReply grabbedAtMs
             */

            /**
             * Constructs a new GrabReply.
             * @memberof shake.v1
             * @classdesc Represents a GrabReply.
             * @implements IGrabReply
             * @constructor
             * @param {shake.v1.IGrabReply=} [properties] Properties to set
             */
            function GrabReply(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GrabReply status.
             * @member {shake.v1.OpStatus} status
             * @memberof shake.v1.GrabReply
             * @instance
             */
            GrabReply.prototype.status = 0;

            /**
             * GrabReply groupPacketId.
             * @member {string} groupPacketId
             * @memberof shake.v1.GrabReply
             * @instance
             */
            GrabReply.prototype.groupPacketId = "";

            /**
             * GrabReply amountCents.
             * @member {number} amountCents
             * @memberof shake.v1.GrabReply
             * @instance
             */
            GrabReply.prototype.amountCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GrabReply grabSeq.
             * @member {number} grabSeq
             * @memberof shake.v1.GrabReply
             * @instance
             */
            GrabReply.prototype.grabSeq = 0;

            /**
             * GrabReply grabbedAtMs.
             * @member {number} grabbedAtMs
             * @memberof shake.v1.GrabReply
             * @instance
             */
            GrabReply.prototype.grabbedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new GrabReply instance using the specified properties.
             * @function create
             * @memberof shake.v1.GrabReply
             * @static
             * @param {shake.v1.IGrabReply=} [properties] Properties to set
             * @returns {shake.v1.GrabReply} GrabReply instance
             */
            GrabReply.create = function create(properties) {
                return new GrabReply(properties);
            };

            /**
             * Encodes the specified GrabReply message. Does not implicitly {@link shake.v1.GrabReply.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.GrabReply
             * @static
             * @param {shake.v1.IGrabReply} message GrabReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GrabReply.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.groupPacketId);
                if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.amountCents);
                if (message.grabSeq != null && Object.hasOwnProperty.call(message, "grabSeq"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.grabSeq);
                if (message.grabbedAtMs != null && Object.hasOwnProperty.call(message, "grabbedAtMs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.grabbedAtMs);
                return writer;
            };

            /**
             * Decodes a GrabReply message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.GrabReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.GrabReply} GrabReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GrabReply.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.GrabReply();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = reader.int32();
                            break;
                        }
                    case 2: {
                            message.groupPacketId = reader.string();
                            break;
                        }
                    case 3: {
                            message.amountCents = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.grabSeq = reader.uint32();
                            break;
                        }
                    case 5: {
                            message.grabbedAtMs = reader.uint64();
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
             * Creates a GrabReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.GrabReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.GrabReply} GrabReply
             */
            GrabReply.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.GrabReply)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.GrabReply: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.GrabReply();
                switch (object.status) {
                default:
                    if (typeof object.status === "number") {
                        message.status = object.status;
                        break;
                    }
                    break;
                case "OP_STATUS_UNSPECIFIED":
                case 0:
                    message.status = 0;
                    break;
                case "OK":
                case 1:
                    message.status = 1;
                    break;
                case "DUPLICATE":
                case 2:
                    message.status = 2;
                    break;
                }
                if (object.groupPacketId != null)
                    message.groupPacketId = String(object.groupPacketId);
                if (object.amountCents != null)
                    if ($util.Long)
                        message.amountCents = $util.Long.fromValue(object.amountCents, true);
                    else if (typeof object.amountCents === "string")
                        message.amountCents = parseInt(object.amountCents, 10);
                    else if (typeof object.amountCents === "number")
                        message.amountCents = object.amountCents;
                    else if (typeof object.amountCents === "object")
                        message.amountCents = new $util.LongBits(object.amountCents.low >>> 0, object.amountCents.high >>> 0).toNumber(true);
                if (object.grabSeq != null)
                    message.grabSeq = object.grabSeq >>> 0;
                if (object.grabbedAtMs != null)
                    if ($util.Long)
                        message.grabbedAtMs = $util.Long.fromValue(object.grabbedAtMs, true);
                    else if (typeof object.grabbedAtMs === "string")
                        message.grabbedAtMs = parseInt(object.grabbedAtMs, 10);
                    else if (typeof object.grabbedAtMs === "number")
                        message.grabbedAtMs = object.grabbedAtMs;
                    else if (typeof object.grabbedAtMs === "object")
                        message.grabbedAtMs = new $util.LongBits(object.grabbedAtMs.low >>> 0, object.grabbedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a GrabReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.GrabReply
             * @static
             * @param {shake.v1.GrabReply} message GrabReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GrabReply.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = options.enums === String ? "OP_STATUS_UNSPECIFIED" : 0;
                    object.groupPacketId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amountCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.amountCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.grabSeq = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.grabbedAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.grabbedAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === String ? $root.shake.v1.OpStatus[message.status] === undefined ? message.status : $root.shake.v1.OpStatus[message.status] : message.status;
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    object.groupPacketId = message.groupPacketId;
                if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.amountCents = typeof message.amountCents === "number" ? BigInt(message.amountCents) : $util.Long.fromBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0, true).toBigInt();
                    else if (typeof message.amountCents === "number")
                        object.amountCents = options.longs === String ? String(message.amountCents) : message.amountCents;
                    else
                        object.amountCents = options.longs === String ? $util.Long.prototype.toString.call(message.amountCents) : options.longs === Number ? new $util.LongBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0).toNumber(true) : message.amountCents;
                if (message.grabSeq != null && Object.hasOwnProperty.call(message, "grabSeq"))
                    object.grabSeq = message.grabSeq;
                if (message.grabbedAtMs != null && Object.hasOwnProperty.call(message, "grabbedAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.grabbedAtMs = typeof message.grabbedAtMs === "number" ? BigInt(message.grabbedAtMs) : $util.Long.fromBits(message.grabbedAtMs.low >>> 0, message.grabbedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.grabbedAtMs === "number")
                        object.grabbedAtMs = options.longs === String ? String(message.grabbedAtMs) : message.grabbedAtMs;
                    else
                        object.grabbedAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.grabbedAtMs) : options.longs === Number ? new $util.LongBits(message.grabbedAtMs.low >>> 0, message.grabbedAtMs.high >>> 0).toNumber(true) : message.grabbedAtMs;
                return object;
            };

            /**
             * Converts this GrabReply to JSON.
             * @function toJSON
             * @memberof shake.v1.GrabReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GrabReply.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GrabReply
             * @function getTypeUrl
             * @memberof shake.v1.GrabReply
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GrabReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.GrabReply";
            };

            return GrabReply;
        })();

        v1.BalanceReply = (function() {

            /**
             * Properties of a BalanceReply.
             * @memberof shake.v1
             * @interface IBalanceReply
             * @property {number|null} [balanceCents] BalanceReply balanceCents
             */

            /**
             * Constructs a new BalanceReply.
             * @memberof shake.v1
             * @classdesc Represents a BalanceReply.
             * @implements IBalanceReply
             * @constructor
             * @param {shake.v1.IBalanceReply=} [properties] Properties to set
             */
            function BalanceReply(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * BalanceReply balanceCents.
             * @member {number} balanceCents
             * @memberof shake.v1.BalanceReply
             * @instance
             */
            BalanceReply.prototype.balanceCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new BalanceReply instance using the specified properties.
             * @function create
             * @memberof shake.v1.BalanceReply
             * @static
             * @param {shake.v1.IBalanceReply=} [properties] Properties to set
             * @returns {shake.v1.BalanceReply} BalanceReply instance
             */
            BalanceReply.create = function create(properties) {
                return new BalanceReply(properties);
            };

            /**
             * Encodes the specified BalanceReply message. Does not implicitly {@link shake.v1.BalanceReply.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.BalanceReply
             * @static
             * @param {shake.v1.IBalanceReply} message BalanceReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BalanceReply.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.balanceCents != null && Object.hasOwnProperty.call(message, "balanceCents"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.balanceCents);
                return writer;
            };

            /**
             * Decodes a BalanceReply message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.BalanceReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.BalanceReply} BalanceReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BalanceReply.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.BalanceReply();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.balanceCents = reader.uint64();
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
             * Creates a BalanceReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.BalanceReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.BalanceReply} BalanceReply
             */
            BalanceReply.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.BalanceReply)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.BalanceReply: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.BalanceReply();
                if (object.balanceCents != null)
                    if ($util.Long)
                        message.balanceCents = $util.Long.fromValue(object.balanceCents, true);
                    else if (typeof object.balanceCents === "string")
                        message.balanceCents = parseInt(object.balanceCents, 10);
                    else if (typeof object.balanceCents === "number")
                        message.balanceCents = object.balanceCents;
                    else if (typeof object.balanceCents === "object")
                        message.balanceCents = new $util.LongBits(object.balanceCents.low >>> 0, object.balanceCents.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a BalanceReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.BalanceReply
             * @static
             * @param {shake.v1.BalanceReply} message BalanceReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BalanceReply.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.balanceCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.balanceCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if (message.balanceCents != null && Object.hasOwnProperty.call(message, "balanceCents"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.balanceCents = typeof message.balanceCents === "number" ? BigInt(message.balanceCents) : $util.Long.fromBits(message.balanceCents.low >>> 0, message.balanceCents.high >>> 0, true).toBigInt();
                    else if (typeof message.balanceCents === "number")
                        object.balanceCents = options.longs === String ? String(message.balanceCents) : message.balanceCents;
                    else
                        object.balanceCents = options.longs === String ? $util.Long.prototype.toString.call(message.balanceCents) : options.longs === Number ? new $util.LongBits(message.balanceCents.low >>> 0, message.balanceCents.high >>> 0).toNumber(true) : message.balanceCents;
                return object;
            };

            /**
             * Converts this BalanceReply to JSON.
             * @function toJSON
             * @memberof shake.v1.BalanceReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BalanceReply.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for BalanceReply
             * @function getTypeUrl
             * @memberof shake.v1.BalanceReply
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            BalanceReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.BalanceReply";
            };

            return BalanceReply;
        })();

        v1.GrabEntry = (function() {

            /**
             * Properties of a GrabEntry.
             * @memberof shake.v1
             * @interface IGrabEntry
             * @property {string|null} [userId] GrabEntry userId
             * @property {number|null} [amountCents] GrabEntry amountCents
             * @property {number|null} [grabSeq] GrabEntry grabSeq
             * @property {number|null} [grabbedAtMs] GrabEntry grabbedAtMs
             */

            /**
             * Constructs a new GrabEntry.
             * @memberof shake.v1
             * @classdesc Represents a GrabEntry.
             * @implements IGrabEntry
             * @constructor
             * @param {shake.v1.IGrabEntry=} [properties] Properties to set
             */
            function GrabEntry(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GrabEntry userId.
             * @member {string} userId
             * @memberof shake.v1.GrabEntry
             * @instance
             */
            GrabEntry.prototype.userId = "";

            /**
             * GrabEntry amountCents.
             * @member {number} amountCents
             * @memberof shake.v1.GrabEntry
             * @instance
             */
            GrabEntry.prototype.amountCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GrabEntry grabSeq.
             * @member {number} grabSeq
             * @memberof shake.v1.GrabEntry
             * @instance
             */
            GrabEntry.prototype.grabSeq = 0;

            /**
             * GrabEntry grabbedAtMs.
             * @member {number} grabbedAtMs
             * @memberof shake.v1.GrabEntry
             * @instance
             */
            GrabEntry.prototype.grabbedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new GrabEntry instance using the specified properties.
             * @function create
             * @memberof shake.v1.GrabEntry
             * @static
             * @param {shake.v1.IGrabEntry=} [properties] Properties to set
             * @returns {shake.v1.GrabEntry} GrabEntry instance
             */
            GrabEntry.create = function create(properties) {
                return new GrabEntry(properties);
            };

            /**
             * Encodes the specified GrabEntry message. Does not implicitly {@link shake.v1.GrabEntry.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.GrabEntry
             * @static
             * @param {shake.v1.IGrabEntry} message GrabEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GrabEntry.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.amountCents);
                if (message.grabSeq != null && Object.hasOwnProperty.call(message, "grabSeq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.grabSeq);
                if (message.grabbedAtMs != null && Object.hasOwnProperty.call(message, "grabbedAtMs"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.grabbedAtMs);
                return writer;
            };

            /**
             * Decodes a GrabEntry message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.GrabEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.GrabEntry} GrabEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GrabEntry.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.GrabEntry();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.userId = reader.string();
                            break;
                        }
                    case 2: {
                            message.amountCents = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.grabSeq = reader.uint32();
                            break;
                        }
                    case 4: {
                            message.grabbedAtMs = reader.uint64();
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
             * Creates a GrabEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.GrabEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.GrabEntry} GrabEntry
             */
            GrabEntry.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.GrabEntry)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.GrabEntry: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.GrabEntry();
                if (object.userId != null)
                    message.userId = String(object.userId);
                if (object.amountCents != null)
                    if ($util.Long)
                        message.amountCents = $util.Long.fromValue(object.amountCents, true);
                    else if (typeof object.amountCents === "string")
                        message.amountCents = parseInt(object.amountCents, 10);
                    else if (typeof object.amountCents === "number")
                        message.amountCents = object.amountCents;
                    else if (typeof object.amountCents === "object")
                        message.amountCents = new $util.LongBits(object.amountCents.low >>> 0, object.amountCents.high >>> 0).toNumber(true);
                if (object.grabSeq != null)
                    message.grabSeq = object.grabSeq >>> 0;
                if (object.grabbedAtMs != null)
                    if ($util.Long)
                        message.grabbedAtMs = $util.Long.fromValue(object.grabbedAtMs, true);
                    else if (typeof object.grabbedAtMs === "string")
                        message.grabbedAtMs = parseInt(object.grabbedAtMs, 10);
                    else if (typeof object.grabbedAtMs === "number")
                        message.grabbedAtMs = object.grabbedAtMs;
                    else if (typeof object.grabbedAtMs === "object")
                        message.grabbedAtMs = new $util.LongBits(object.grabbedAtMs.low >>> 0, object.grabbedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a GrabEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.GrabEntry
             * @static
             * @param {shake.v1.GrabEntry} message GrabEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GrabEntry.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.userId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amountCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.amountCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.grabSeq = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.grabbedAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.grabbedAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.amountCents != null && Object.hasOwnProperty.call(message, "amountCents"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.amountCents = typeof message.amountCents === "number" ? BigInt(message.amountCents) : $util.Long.fromBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0, true).toBigInt();
                    else if (typeof message.amountCents === "number")
                        object.amountCents = options.longs === String ? String(message.amountCents) : message.amountCents;
                    else
                        object.amountCents = options.longs === String ? $util.Long.prototype.toString.call(message.amountCents) : options.longs === Number ? new $util.LongBits(message.amountCents.low >>> 0, message.amountCents.high >>> 0).toNumber(true) : message.amountCents;
                if (message.grabSeq != null && Object.hasOwnProperty.call(message, "grabSeq"))
                    object.grabSeq = message.grabSeq;
                if (message.grabbedAtMs != null && Object.hasOwnProperty.call(message, "grabbedAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.grabbedAtMs = typeof message.grabbedAtMs === "number" ? BigInt(message.grabbedAtMs) : $util.Long.fromBits(message.grabbedAtMs.low >>> 0, message.grabbedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.grabbedAtMs === "number")
                        object.grabbedAtMs = options.longs === String ? String(message.grabbedAtMs) : message.grabbedAtMs;
                    else
                        object.grabbedAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.grabbedAtMs) : options.longs === Number ? new $util.LongBits(message.grabbedAtMs.low >>> 0, message.grabbedAtMs.high >>> 0).toNumber(true) : message.grabbedAtMs;
                return object;
            };

            /**
             * Converts this GrabEntry to JSON.
             * @function toJSON
             * @memberof shake.v1.GrabEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GrabEntry.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GrabEntry
             * @function getTypeUrl
             * @memberof shake.v1.GrabEntry
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GrabEntry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.GrabEntry";
            };

            return GrabEntry;
        })();

        v1.PacketDetailReply = (function() {

            /**
             * Properties of a PacketDetailReply.
             * @memberof shake.v1
             * @interface IPacketDetailReply
             * @property {string|null} [groupPacketId] PacketDetailReply groupPacketId
             * @property {string|null} [senderUserId] PacketDetailReply senderUserId
             * @property {string|null} [sponsorId] PacketDetailReply sponsorId
             * @property {number|null} [totalCents] PacketDetailReply totalCents
             * @property {number|null} [shares] PacketDetailReply shares
             * @property {number|null} [grabbedCount] PacketDetailReply grabbedCount
             * @property {number|null} [remainingCents] PacketDetailReply remainingCents
             * @property {string|null} [state] PacketDetailReply state
             * @property {number|null} [expiresAtMs] PacketDetailReply expiresAtMs
             * @property {number|null} [page] PacketDetailReply page
             * @property {Array.<shake.v1.IGrabEntry>|null} [grabs] PacketDetailReply grabs
             * @property {string|null} [bestLuckUserId] PacketDetailReply bestLuckUserId
             * @property {boolean|null} [hasMore] PacketDetailReply hasMore
             */

            /**
             * Constructs a new PacketDetailReply.
             * @memberof shake.v1
             * @classdesc Represents a PacketDetailReply.
             * @implements IPacketDetailReply
             * @constructor
             * @param {shake.v1.IPacketDetailReply=} [properties] Properties to set
             */
            function PacketDetailReply(properties) {
                this.grabs = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * PacketDetailReply groupPacketId.
             * @member {string} groupPacketId
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.groupPacketId = "";

            /**
             * PacketDetailReply senderUserId.
             * @member {string} senderUserId
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.senderUserId = "";

            /**
             * PacketDetailReply sponsorId.
             * @member {string} sponsorId
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.sponsorId = "";

            /**
             * PacketDetailReply totalCents.
             * @member {number} totalCents
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.totalCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PacketDetailReply shares.
             * @member {number} shares
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.shares = 0;

            /**
             * PacketDetailReply grabbedCount.
             * @member {number} grabbedCount
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.grabbedCount = 0;

            /**
             * PacketDetailReply remainingCents.
             * @member {number} remainingCents
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.remainingCents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PacketDetailReply state.
             * @member {string} state
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.state = "";

            /**
             * PacketDetailReply expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PacketDetailReply page.
             * @member {number} page
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.page = 0;

            /**
             * PacketDetailReply grabs.
             * @member {Array.<shake.v1.IGrabEntry>} grabs
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.grabs = $util.emptyArray;

            /**
             * PacketDetailReply bestLuckUserId.
             * @member {string} bestLuckUserId
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.bestLuckUserId = "";

            /**
             * PacketDetailReply hasMore.
             * @member {boolean} hasMore
             * @memberof shake.v1.PacketDetailReply
             * @instance
             */
            PacketDetailReply.prototype.hasMore = false;

            /**
             * Creates a new PacketDetailReply instance using the specified properties.
             * @function create
             * @memberof shake.v1.PacketDetailReply
             * @static
             * @param {shake.v1.IPacketDetailReply=} [properties] Properties to set
             * @returns {shake.v1.PacketDetailReply} PacketDetailReply instance
             */
            PacketDetailReply.create = function create(properties) {
                return new PacketDetailReply(properties);
            };

            /**
             * Encodes the specified PacketDetailReply message. Does not implicitly {@link shake.v1.PacketDetailReply.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.PacketDetailReply
             * @static
             * @param {shake.v1.IPacketDetailReply} message PacketDetailReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PacketDetailReply.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupPacketId);
                if (message.senderUserId != null && Object.hasOwnProperty.call(message, "senderUserId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.senderUserId);
                if (message.sponsorId != null && Object.hasOwnProperty.call(message, "sponsorId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sponsorId);
                if (message.totalCents != null && Object.hasOwnProperty.call(message, "totalCents"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.totalCents);
                if (message.shares != null && Object.hasOwnProperty.call(message, "shares"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.shares);
                if (message.grabbedCount != null && Object.hasOwnProperty.call(message, "grabbedCount"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.grabbedCount);
                if (message.remainingCents != null && Object.hasOwnProperty.call(message, "remainingCents"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.remainingCents);
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.state);
                if (message.expiresAtMs != null && Object.hasOwnProperty.call(message, "expiresAtMs"))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.expiresAtMs);
                if (message.page != null && Object.hasOwnProperty.call(message, "page"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.page);
                if (message.grabs != null && message.grabs.length)
                    for (let i = 0; i < message.grabs.length; ++i)
                        $root.shake.v1.GrabEntry.encode(message.grabs[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (message.bestLuckUserId != null && Object.hasOwnProperty.call(message, "bestLuckUserId"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.bestLuckUserId);
                if (message.hasMore != null && Object.hasOwnProperty.call(message, "hasMore"))
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.hasMore);
                return writer;
            };

            /**
             * Decodes a PacketDetailReply message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.PacketDetailReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.PacketDetailReply} PacketDetailReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PacketDetailReply.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.PacketDetailReply();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.groupPacketId = reader.string();
                            break;
                        }
                    case 2: {
                            message.senderUserId = reader.string();
                            break;
                        }
                    case 3: {
                            message.sponsorId = reader.string();
                            break;
                        }
                    case 4: {
                            message.totalCents = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.shares = reader.uint32();
                            break;
                        }
                    case 6: {
                            message.grabbedCount = reader.uint32();
                            break;
                        }
                    case 7: {
                            message.remainingCents = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.state = reader.string();
                            break;
                        }
                    case 9: {
                            message.expiresAtMs = reader.uint64();
                            break;
                        }
                    case 10: {
                            message.page = reader.uint32();
                            break;
                        }
                    case 11: {
                            if (!(message.grabs && message.grabs.length))
                                message.grabs = [];
                            message.grabs.push($root.shake.v1.GrabEntry.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 12: {
                            message.bestLuckUserId = reader.string();
                            break;
                        }
                    case 13: {
                            message.hasMore = reader.bool();
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
             * Creates a PacketDetailReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.PacketDetailReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.PacketDetailReply} PacketDetailReply
             */
            PacketDetailReply.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.PacketDetailReply)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.PacketDetailReply: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.PacketDetailReply();
                if (object.groupPacketId != null)
                    message.groupPacketId = String(object.groupPacketId);
                if (object.senderUserId != null)
                    message.senderUserId = String(object.senderUserId);
                if (object.sponsorId != null)
                    message.sponsorId = String(object.sponsorId);
                if (object.totalCents != null)
                    if ($util.Long)
                        message.totalCents = $util.Long.fromValue(object.totalCents, true);
                    else if (typeof object.totalCents === "string")
                        message.totalCents = parseInt(object.totalCents, 10);
                    else if (typeof object.totalCents === "number")
                        message.totalCents = object.totalCents;
                    else if (typeof object.totalCents === "object")
                        message.totalCents = new $util.LongBits(object.totalCents.low >>> 0, object.totalCents.high >>> 0).toNumber(true);
                if (object.shares != null)
                    message.shares = object.shares >>> 0;
                if (object.grabbedCount != null)
                    message.grabbedCount = object.grabbedCount >>> 0;
                if (object.remainingCents != null)
                    if ($util.Long)
                        message.remainingCents = $util.Long.fromValue(object.remainingCents, true);
                    else if (typeof object.remainingCents === "string")
                        message.remainingCents = parseInt(object.remainingCents, 10);
                    else if (typeof object.remainingCents === "number")
                        message.remainingCents = object.remainingCents;
                    else if (typeof object.remainingCents === "object")
                        message.remainingCents = new $util.LongBits(object.remainingCents.low >>> 0, object.remainingCents.high >>> 0).toNumber(true);
                if (object.state != null)
                    message.state = String(object.state);
                if (object.expiresAtMs != null)
                    if ($util.Long)
                        message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, true);
                    else if (typeof object.expiresAtMs === "string")
                        message.expiresAtMs = parseInt(object.expiresAtMs, 10);
                    else if (typeof object.expiresAtMs === "number")
                        message.expiresAtMs = object.expiresAtMs;
                    else if (typeof object.expiresAtMs === "object")
                        message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber(true);
                if (object.page != null)
                    message.page = object.page >>> 0;
                if (object.grabs) {
                    if (!Array.isArray(object.grabs))
                        throw TypeError(".shake.v1.PacketDetailReply.grabs: array expected");
                    message.grabs = [];
                    for (let i = 0; i < object.grabs.length; ++i) {
                        if (!$util.isObject(object.grabs[i]))
                            throw TypeError(".shake.v1.PacketDetailReply.grabs: object expected");
                        message.grabs[i] = $root.shake.v1.GrabEntry.fromObject(object.grabs[i], long + 1);
                    }
                }
                if (object.bestLuckUserId != null)
                    message.bestLuckUserId = String(object.bestLuckUserId);
                if (object.hasMore != null)
                    message.hasMore = Boolean(object.hasMore);
                return message;
            };

            /**
             * Creates a plain object from a PacketDetailReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.PacketDetailReply
             * @static
             * @param {shake.v1.PacketDetailReply} message PacketDetailReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PacketDetailReply.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.grabs = [];
                if (options.defaults) {
                    object.groupPacketId = "";
                    object.senderUserId = "";
                    object.sponsorId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.totalCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.shares = 0;
                    object.grabbedCount = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.remainingCents = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.remainingCents = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.state = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAtMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.page = 0;
                    object.bestLuckUserId = "";
                    object.hasMore = false;
                }
                if (message.groupPacketId != null && Object.hasOwnProperty.call(message, "groupPacketId"))
                    object.groupPacketId = message.groupPacketId;
                if (message.senderUserId != null && Object.hasOwnProperty.call(message, "senderUserId"))
                    object.senderUserId = message.senderUserId;
                if (message.sponsorId != null && Object.hasOwnProperty.call(message, "sponsorId"))
                    object.sponsorId = message.sponsorId;
                if (message.totalCents != null && Object.hasOwnProperty.call(message, "totalCents"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.totalCents = typeof message.totalCents === "number" ? BigInt(message.totalCents) : $util.Long.fromBits(message.totalCents.low >>> 0, message.totalCents.high >>> 0, true).toBigInt();
                    else if (typeof message.totalCents === "number")
                        object.totalCents = options.longs === String ? String(message.totalCents) : message.totalCents;
                    else
                        object.totalCents = options.longs === String ? $util.Long.prototype.toString.call(message.totalCents) : options.longs === Number ? new $util.LongBits(message.totalCents.low >>> 0, message.totalCents.high >>> 0).toNumber(true) : message.totalCents;
                if (message.shares != null && Object.hasOwnProperty.call(message, "shares"))
                    object.shares = message.shares;
                if (message.grabbedCount != null && Object.hasOwnProperty.call(message, "grabbedCount"))
                    object.grabbedCount = message.grabbedCount;
                if (message.remainingCents != null && Object.hasOwnProperty.call(message, "remainingCents"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.remainingCents = typeof message.remainingCents === "number" ? BigInt(message.remainingCents) : $util.Long.fromBits(message.remainingCents.low >>> 0, message.remainingCents.high >>> 0, true).toBigInt();
                    else if (typeof message.remainingCents === "number")
                        object.remainingCents = options.longs === String ? String(message.remainingCents) : message.remainingCents;
                    else
                        object.remainingCents = options.longs === String ? $util.Long.prototype.toString.call(message.remainingCents) : options.longs === Number ? new $util.LongBits(message.remainingCents.low >>> 0, message.remainingCents.high >>> 0).toNumber(true) : message.remainingCents;
                if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.expiresAtMs != null && Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === String ? String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber(true) : message.expiresAtMs;
                if (message.page != null && Object.hasOwnProperty.call(message, "page"))
                    object.page = message.page;
                if (message.grabs && message.grabs.length) {
                    object.grabs = [];
                    for (let j = 0; j < message.grabs.length; ++j)
                        object.grabs[j] = $root.shake.v1.GrabEntry.toObject(message.grabs[j], options, q + 1);
                }
                if (message.bestLuckUserId != null && Object.hasOwnProperty.call(message, "bestLuckUserId"))
                    object.bestLuckUserId = message.bestLuckUserId;
                if (message.hasMore != null && Object.hasOwnProperty.call(message, "hasMore"))
                    object.hasMore = message.hasMore;
                return object;
            };

            /**
             * Converts this PacketDetailReply to JSON.
             * @function toJSON
             * @memberof shake.v1.PacketDetailReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PacketDetailReply.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for PacketDetailReply
             * @function getTypeUrl
             * @memberof shake.v1.PacketDetailReply
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            PacketDetailReply.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.PacketDetailReply";
            };

            return PacketDetailReply;
        })();

        v1.ResourceManifest = (function() {

            /**
             * Properties of a ResourceManifest.
             * @memberof shake.v1
             * @interface IResourceManifest
             * @property {number|null} [version] ResourceManifest version
             * @property {Array.<shake.v1.IResource>|null} [items] ResourceManifest items
             */

            /**
             * Constructs a new ResourceManifest.
             * @memberof shake.v1
             * @classdesc Represents a ResourceManifest.
             * @implements IResourceManifest
             * @constructor
             * @param {shake.v1.IResourceManifest=} [properties] Properties to set
             */
            function ResourceManifest(properties) {
                this.items = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ResourceManifest version.
             * @member {number} version
             * @memberof shake.v1.ResourceManifest
             * @instance
             */
            ResourceManifest.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResourceManifest items.
             * @member {Array.<shake.v1.IResource>} items
             * @memberof shake.v1.ResourceManifest
             * @instance
             */
            ResourceManifest.prototype.items = $util.emptyArray;

            /**
             * Creates a new ResourceManifest instance using the specified properties.
             * @function create
             * @memberof shake.v1.ResourceManifest
             * @static
             * @param {shake.v1.IResourceManifest=} [properties] Properties to set
             * @returns {shake.v1.ResourceManifest} ResourceManifest instance
             */
            ResourceManifest.create = function create(properties) {
                return new ResourceManifest(properties);
            };

            /**
             * Encodes the specified ResourceManifest message. Does not implicitly {@link shake.v1.ResourceManifest.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.ResourceManifest
             * @static
             * @param {shake.v1.IResourceManifest} message ResourceManifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResourceManifest.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.shake.v1.Resource.encode(message.items[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ResourceManifest message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.ResourceManifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.ResourceManifest} ResourceManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResourceManifest.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.ResourceManifest();
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
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.shake.v1.Resource.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates a ResourceManifest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.ResourceManifest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.ResourceManifest} ResourceManifest
             */
            ResourceManifest.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.ResourceManifest)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.ResourceManifest: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.ResourceManifest();
                if (object.version != null)
                    if ($util.Long)
                        message.version = $util.Long.fromValue(object.version, true);
                    else if (typeof object.version === "string")
                        message.version = parseInt(object.version, 10);
                    else if (typeof object.version === "number")
                        message.version = object.version;
                    else if (typeof object.version === "object")
                        message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
                if (object.items) {
                    if (!Array.isArray(object.items))
                        throw TypeError(".shake.v1.ResourceManifest.items: array expected");
                    message.items = [];
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw TypeError(".shake.v1.ResourceManifest.items: object expected");
                        message.items[i] = $root.shake.v1.Resource.fromObject(object.items[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ResourceManifest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.ResourceManifest
             * @static
             * @param {shake.v1.ResourceManifest} message ResourceManifest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResourceManifest.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.version = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.version = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.version = typeof message.version === "number" ? BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                    else if (typeof message.version === "number")
                        object.version = options.longs === String ? String(message.version) : message.version;
                    else
                        object.version = options.longs === String ? $util.Long.prototype.toString.call(message.version) : options.longs === Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
                if (message.items && message.items.length) {
                    object.items = [];
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.shake.v1.Resource.toObject(message.items[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ResourceManifest to JSON.
             * @function toJSON
             * @memberof shake.v1.ResourceManifest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResourceManifest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ResourceManifest
             * @function getTypeUrl
             * @memberof shake.v1.ResourceManifest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ResourceManifest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.ResourceManifest";
            };

            return ResourceManifest;
        })();

        v1.Resource = (function() {

            /**
             * Properties of a Resource.
             * @memberof shake.v1
             * @interface IResource
             * @property {string|null} [id] Resource id
             * @property {string|null} [kind] Resource kind
             * @property {string|null} [url] Resource url
             * @property {number|null} [sizeBytes] Resource sizeBytes
             * @property {string|null} [sha256] Resource sha256
             */

            /**
             * Constructs a new Resource.
             * @memberof shake.v1
             * @classdesc Represents a Resource.
             * @implements IResource
             * @constructor
             * @param {shake.v1.IResource=} [properties] Properties to set
             */
            function Resource(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Resource id.
             * @member {string} id
             * @memberof shake.v1.Resource
             * @instance
             */
            Resource.prototype.id = "";

            /**
             * Resource kind.
             * @member {string} kind
             * @memberof shake.v1.Resource
             * @instance
             */
            Resource.prototype.kind = "";

            /**
             * Resource url.
             * @member {string} url
             * @memberof shake.v1.Resource
             * @instance
             */
            Resource.prototype.url = "";

            /**
             * Resource sizeBytes.
             * @member {number} sizeBytes
             * @memberof shake.v1.Resource
             * @instance
             */
            Resource.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Resource sha256.
             * @member {string} sha256
             * @memberof shake.v1.Resource
             * @instance
             */
            Resource.prototype.sha256 = "";

            /**
             * Creates a new Resource instance using the specified properties.
             * @function create
             * @memberof shake.v1.Resource
             * @static
             * @param {shake.v1.IResource=} [properties] Properties to set
             * @returns {shake.v1.Resource} Resource instance
             */
            Resource.create = function create(properties) {
                return new Resource(properties);
            };

            /**
             * Encodes the specified Resource message. Does not implicitly {@link shake.v1.Resource.verify|verify} messages.
             * @function encode
             * @memberof shake.v1.Resource
             * @static
             * @param {shake.v1.IResource} message Resource message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resource.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.url != null && Object.hasOwnProperty.call(message, "url"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.url);
                if (message.sizeBytes != null && Object.hasOwnProperty.call(message, "sizeBytes"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sizeBytes);
                if (message.sha256 != null && Object.hasOwnProperty.call(message, "sha256"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.sha256);
                return writer;
            };

            /**
             * Decodes a Resource message from the specified reader or buffer.
             * @function decode
             * @memberof shake.v1.Resource
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {shake.v1.Resource} Resource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resource.decode = function decode(reader, length, error, long) {
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
                message = new $root.shake.v1.Resource();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.kind = reader.string();
                            break;
                        }
                    case 3: {
                            message.url = reader.string();
                            break;
                        }
                    case 4: {
                            message.sizeBytes = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.sha256 = reader.string();
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
             * Creates a Resource message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof shake.v1.Resource
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {shake.v1.Resource} Resource
             */
            Resource.fromObject = function fromObject(object, long) {
                if (object instanceof $root.shake.v1.Resource)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".shake.v1.Resource: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.shake.v1.Resource();
                if (object.id != null)
                    message.id = String(object.id);
                if (object.kind != null)
                    message.kind = String(object.kind);
                if (object.url != null)
                    message.url = String(object.url);
                if (object.sizeBytes != null)
                    if ($util.Long)
                        message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                    else if (typeof object.sizeBytes === "string")
                        message.sizeBytes = parseInt(object.sizeBytes, 10);
                    else if (typeof object.sizeBytes === "number")
                        message.sizeBytes = object.sizeBytes;
                    else if (typeof object.sizeBytes === "object")
                        message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.sha256 != null)
                    message.sha256 = String(object.sha256);
                return message;
            };

            /**
             * Creates a plain object from a Resource message. Also converts values to other types if specified.
             * @function toObject
             * @memberof shake.v1.Resource
             * @static
             * @param {shake.v1.Resource} message Resource
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Resource.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.kind = "";
                    object.url = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.sha256 = "";
                }
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.url != null && Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                if (message.sizeBytes != null && Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === String ? String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.sha256 != null && Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                return object;
            };

            /**
             * Converts this Resource to JSON.
             * @function toJSON
             * @memberof shake.v1.Resource
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Resource.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Resource
             * @function getTypeUrl
             * @memberof shake.v1.Resource
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Resource.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/shake.v1.Resource";
            };

            return Resource;
        })();

        return v1;
    })();

    return shake;
})();

export { $root as default };
