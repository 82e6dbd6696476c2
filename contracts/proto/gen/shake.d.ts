import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace shake. */
export namespace shake {

    /** Namespace v1. */
    namespace v1 {

        /** Properties of a ClientMessage. */
        interface IClientMessage {

            /** ClientMessage seq */
            seq?: (number|null);

            /** ClientMessage shake */
            shake?: (shake.v1.IShakeRequest|null);

            /** ClientMessage open */
            open?: (shake.v1.IOpenRequest|null);

            /** ClientMessage share */
            share?: (shake.v1.IShareRequest|null);

            /** ClientMessage ping */
            ping?: (shake.v1.IPingRequest|null);

            /** ClientMessage grab */
            grab?: (shake.v1.IGrabRequest|null);

            /** ClientMessage balance */
            balance?: (shake.v1.IBalanceRequest|null);

            /** ClientMessage packetDetail */
            packetDetail?: (shake.v1.IPacketDetailRequest|null);

            /** ClientMessage resources */
            resources?: (shake.v1.IResourcesRequest|null);
        }

        /** Represents a ClientMessage. */
        class ClientMessage implements IClientMessage {

            /**
             * Constructs a new ClientMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IClientMessage);

            /** ClientMessage seq. */
            public seq: number;

            /** ClientMessage shake. */
            public shake?: (shake.v1.IShakeRequest|null);

            /** ClientMessage open. */
            public open?: (shake.v1.IOpenRequest|null);

            /** ClientMessage share. */
            public share?: (shake.v1.IShareRequest|null);

            /** ClientMessage ping. */
            public ping?: (shake.v1.IPingRequest|null);

            /** ClientMessage grab. */
            public grab?: (shake.v1.IGrabRequest|null);

            /** ClientMessage balance. */
            public balance?: (shake.v1.IBalanceRequest|null);

            /** ClientMessage packetDetail. */
            public packetDetail?: (shake.v1.IPacketDetailRequest|null);

            /** ClientMessage resources. */
            public resources?: (shake.v1.IResourcesRequest|null);

            /** ClientMessage op. */
            public op?: ("shake"|"open"|"share"|"ping"|"grab"|"balance"|"packetDetail"|"resources");

            /**
             * Creates a new ClientMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientMessage instance
             */
            public static create(properties?: shake.v1.IClientMessage): shake.v1.ClientMessage;

            /**
             * Encodes the specified ClientMessage message. Does not implicitly {@link shake.v1.ClientMessage.verify|verify} messages.
             * @param message ClientMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IClientMessage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ClientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.ClientMessage;

            /**
             * Creates a ClientMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientMessage
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.ClientMessage;

            /**
             * Creates a plain object from a ClientMessage message. Also converts values to other types if specified.
             * @param message ClientMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.ClientMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientMessage to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ClientMessage
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ShakeRequest. */
        interface IShakeRequest {

            /** ShakeRequest cookie */
            cookie?: (Uint8Array|null);

            /** ShakeRequest clientTimeMs */
            clientTimeMs?: (number|null);
        }

        /** Represents a ShakeRequest. */
        class ShakeRequest implements IShakeRequest {

            /**
             * Constructs a new ShakeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IShakeRequest);

            /** ShakeRequest cookie. */
            public cookie: Uint8Array;

            /** ShakeRequest clientTimeMs. */
            public clientTimeMs: number;

            /**
             * Creates a new ShakeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShakeRequest instance
             */
            public static create(properties?: shake.v1.IShakeRequest): shake.v1.ShakeRequest;

            /**
             * Encodes the specified ShakeRequest message. Does not implicitly {@link shake.v1.ShakeRequest.verify|verify} messages.
             * @param message ShakeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IShakeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShakeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ShakeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.ShakeRequest;

            /**
             * Creates a ShakeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShakeRequest
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.ShakeRequest;

            /**
             * Creates a plain object from a ShakeRequest message. Also converts values to other types if specified.
             * @param message ShakeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.ShakeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShakeRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ShakeRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an OpenRequest. */
        interface IOpenRequest {

            /** OpenRequest packetToken */
            packetToken?: (string|null);
        }

        /** Represents an OpenRequest. */
        class OpenRequest implements IOpenRequest {

            /**
             * Constructs a new OpenRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IOpenRequest);

            /** OpenRequest packetToken. */
            public packetToken: string;

            /**
             * Creates a new OpenRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OpenRequest instance
             */
            public static create(properties?: shake.v1.IOpenRequest): shake.v1.OpenRequest;

            /**
             * Encodes the specified OpenRequest message. Does not implicitly {@link shake.v1.OpenRequest.verify|verify} messages.
             * @param message OpenRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IOpenRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OpenRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns OpenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.OpenRequest;

            /**
             * Creates an OpenRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OpenRequest
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.OpenRequest;

            /**
             * Creates a plain object from an OpenRequest message. Also converts values to other types if specified.
             * @param message OpenRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.OpenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OpenRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for OpenRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ShareRequest. */
        interface IShareRequest {

            /** ShareRequest packetToken */
            packetToken?: (string|null);
        }

        /** Represents a ShareRequest. */
        class ShareRequest implements IShareRequest {

            /**
             * Constructs a new ShareRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IShareRequest);

            /** ShareRequest packetToken. */
            public packetToken: string;

            /**
             * Creates a new ShareRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareRequest instance
             */
            public static create(properties?: shake.v1.IShareRequest): shake.v1.ShareRequest;

            /**
             * Encodes the specified ShareRequest message. Does not implicitly {@link shake.v1.ShareRequest.verify|verify} messages.
             * @param message ShareRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IShareRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ShareRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.ShareRequest;

            /**
             * Creates a ShareRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShareRequest
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.ShareRequest;

            /**
             * Creates a plain object from a ShareRequest message. Also converts values to other types if specified.
             * @param message ShareRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.ShareRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShareRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ShareRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PingRequest. */
        interface IPingRequest {
        }

        /** Represents a PingRequest. */
        class PingRequest implements IPingRequest {

            /**
             * Constructs a new PingRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IPingRequest);

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingRequest instance
             */
            public static create(properties?: shake.v1.IPingRequest): shake.v1.PingRequest;

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link shake.v1.PingRequest.verify|verify} messages.
             * @param message PingRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IPingRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.PingRequest;

            /**
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingRequest
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.PingRequest;

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @param message PingRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.PingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PingRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GrabRequest. */
        interface IGrabRequest {

            /** GrabRequest groupPacketId */
            groupPacketId?: (string|null);
        }

        /** Represents a GrabRequest. */
        class GrabRequest implements IGrabRequest {

            /**
             * Constructs a new GrabRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IGrabRequest);

            /** GrabRequest groupPacketId. */
            public groupPacketId: string;

            /**
             * Creates a new GrabRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GrabRequest instance
             */
            public static create(properties?: shake.v1.IGrabRequest): shake.v1.GrabRequest;

            /**
             * Encodes the specified GrabRequest message. Does not implicitly {@link shake.v1.GrabRequest.verify|verify} messages.
             * @param message GrabRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IGrabRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GrabRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GrabRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.GrabRequest;

            /**
             * Creates a GrabRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GrabRequest
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.GrabRequest;

            /**
             * Creates a plain object from a GrabRequest message. Also converts values to other types if specified.
             * @param message GrabRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.GrabRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GrabRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GrabRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a BalanceRequest. */
        interface IBalanceRequest {
        }

        /** Represents a BalanceRequest. */
        class BalanceRequest implements IBalanceRequest {

            /**
             * Constructs a new BalanceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IBalanceRequest);

            /**
             * Creates a new BalanceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BalanceRequest instance
             */
            public static create(properties?: shake.v1.IBalanceRequest): shake.v1.BalanceRequest;

            /**
             * Encodes the specified BalanceRequest message. Does not implicitly {@link shake.v1.BalanceRequest.verify|verify} messages.
             * @param message BalanceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IBalanceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BalanceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns BalanceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.BalanceRequest;

            /**
             * Creates a BalanceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BalanceRequest
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.BalanceRequest;

            /**
             * Creates a plain object from a BalanceRequest message. Also converts values to other types if specified.
             * @param message BalanceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.BalanceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BalanceRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for BalanceRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PacketDetailRequest. */
        interface IPacketDetailRequest {

            /** PacketDetailRequest groupPacketId */
            groupPacketId?: (string|null);

            /** PacketDetailRequest page */
            page?: (number|null);
        }

        /** Represents a PacketDetailRequest. */
        class PacketDetailRequest implements IPacketDetailRequest {

            /**
             * Constructs a new PacketDetailRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IPacketDetailRequest);

            /** PacketDetailRequest groupPacketId. */
            public groupPacketId: string;

            /** PacketDetailRequest page. */
            public page: number;

            /**
             * Creates a new PacketDetailRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PacketDetailRequest instance
             */
            public static create(properties?: shake.v1.IPacketDetailRequest): shake.v1.PacketDetailRequest;

            /**
             * Encodes the specified PacketDetailRequest message. Does not implicitly {@link shake.v1.PacketDetailRequest.verify|verify} messages.
             * @param message PacketDetailRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IPacketDetailRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PacketDetailRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PacketDetailRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.PacketDetailRequest;

            /**
             * Creates a PacketDetailRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PacketDetailRequest
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.PacketDetailRequest;

            /**
             * Creates a plain object from a PacketDetailRequest message. Also converts values to other types if specified.
             * @param message PacketDetailRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.PacketDetailRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PacketDetailRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PacketDetailRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ResourcesRequest. */
        interface IResourcesRequest {

            /** ResourcesRequest haveVersion */
            haveVersion?: (number|null);
        }

        /** Represents a ResourcesRequest. */
        class ResourcesRequest implements IResourcesRequest {

            /**
             * Constructs a new ResourcesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IResourcesRequest);

            /** ResourcesRequest haveVersion. */
            public haveVersion: number;

            /**
             * Creates a new ResourcesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourcesRequest instance
             */
            public static create(properties?: shake.v1.IResourcesRequest): shake.v1.ResourcesRequest;

            /**
             * Encodes the specified ResourcesRequest message. Does not implicitly {@link shake.v1.ResourcesRequest.verify|verify} messages.
             * @param message ResourcesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IResourcesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourcesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ResourcesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.ResourcesRequest;

            /**
             * Creates a ResourcesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResourcesRequest
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.ResourcesRequest;

            /**
             * Creates a plain object from a ResourcesRequest message. Also converts values to other types if specified.
             * @param message ResourcesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.ResourcesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResourcesRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ResourcesRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ServerMessage. */
        interface IServerMessage {

            /** ServerMessage seq */
            seq?: (number|null);

            /** ServerMessage rateLimit */
            rateLimit?: (shake.v1.IRateLimit|null);

            /** ServerMessage shake */
            shake?: (shake.v1.IShakeReply|null);

            /** ServerMessage open */
            open?: (shake.v1.IOpenReply|null);

            /** ServerMessage share */
            share?: (shake.v1.IShareReply|null);

            /** ServerMessage busy */
            busy?: (shake.v1.IBusy|null);

            /** ServerMessage error */
            error?: (shake.v1.IErrorReply|null);

            /** ServerMessage pong */
            pong?: (shake.v1.IPong|null);

            /** ServerMessage grab */
            grab?: (shake.v1.IGrabReply|null);

            /** ServerMessage balance */
            balance?: (shake.v1.IBalanceReply|null);

            /** ServerMessage packetDetail */
            packetDetail?: (shake.v1.IPacketDetailReply|null);

            /** ServerMessage resources */
            resources?: (shake.v1.IResourceManifest|null);
        }

        /** Represents a ServerMessage. */
        class ServerMessage implements IServerMessage {

            /**
             * Constructs a new ServerMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IServerMessage);

            /** ServerMessage seq. */
            public seq: number;

            /** ServerMessage rateLimit. */
            public rateLimit?: (shake.v1.IRateLimit|null);

            /** ServerMessage shake. */
            public shake?: (shake.v1.IShakeReply|null);

            /** ServerMessage open. */
            public open?: (shake.v1.IOpenReply|null);

            /** ServerMessage share. */
            public share?: (shake.v1.IShareReply|null);

            /** ServerMessage busy. */
            public busy?: (shake.v1.IBusy|null);

            /** ServerMessage error. */
            public error?: (shake.v1.IErrorReply|null);

            /** ServerMessage pong. */
            public pong?: (shake.v1.IPong|null);

            /** ServerMessage grab. */
            public grab?: (shake.v1.IGrabReply|null);

            /** ServerMessage balance. */
            public balance?: (shake.v1.IBalanceReply|null);

            /** ServerMessage packetDetail. */
            public packetDetail?: (shake.v1.IPacketDetailReply|null);

            /** ServerMessage resources. */
            public resources?: (shake.v1.IResourceManifest|null);

            /** ServerMessage body. */
            public body?: ("shake"|"open"|"share"|"busy"|"error"|"pong"|"grab"|"balance"|"packetDetail"|"resources");

            /**
             * Creates a new ServerMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerMessage instance
             */
            public static create(properties?: shake.v1.IServerMessage): shake.v1.ServerMessage;

            /**
             * Encodes the specified ServerMessage message. Does not implicitly {@link shake.v1.ServerMessage.verify|verify} messages.
             * @param message ServerMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IServerMessage, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ServerMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.ServerMessage;

            /**
             * Creates a ServerMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerMessage
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.ServerMessage;

            /**
             * Creates a plain object from a ServerMessage message. Also converts values to other types if specified.
             * @param message ServerMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.ServerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerMessage to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ServerMessage
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a RateLimit. */
        interface IRateLimit {

            /** RateLimit tier */
            tier?: (number|null);

            /** RateLimit minIntervalMs */
            minIntervalMs?: (number|null);
        }

        /** Represents a RateLimit. */
        class RateLimit implements IRateLimit {

            /**
             * Constructs a new RateLimit.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IRateLimit);

            /** RateLimit tier. */
            public tier: number;

            /** RateLimit minIntervalMs. */
            public minIntervalMs: number;

            /**
             * Creates a new RateLimit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RateLimit instance
             */
            public static create(properties?: shake.v1.IRateLimit): shake.v1.RateLimit;

            /**
             * Encodes the specified RateLimit message. Does not implicitly {@link shake.v1.RateLimit.verify|verify} messages.
             * @param message RateLimit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IRateLimit, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RateLimit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns RateLimit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.RateLimit;

            /**
             * Creates a RateLimit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RateLimit
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.RateLimit;

            /**
             * Creates a plain object from a RateLimit message. Also converts values to other types if specified.
             * @param message RateLimit
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.RateLimit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RateLimit to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for RateLimit
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Busy. */
        interface IBusy {

            /** Busy retryAfterMs */
            retryAfterMs?: (number|null);

            /** Busy reason */
            reason?: (string|null);
        }

        /** Represents a Busy. */
        class Busy implements IBusy {

            /**
             * Constructs a new Busy.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IBusy);

            /** Busy retryAfterMs. */
            public retryAfterMs: number;

            /** Busy reason. */
            public reason: string;

            /**
             * Creates a new Busy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Busy instance
             */
            public static create(properties?: shake.v1.IBusy): shake.v1.Busy;

            /**
             * Encodes the specified Busy message. Does not implicitly {@link shake.v1.Busy.verify|verify} messages.
             * @param message Busy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IBusy, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Busy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Busy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.Busy;

            /**
             * Creates a Busy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Busy
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.Busy;

            /**
             * Creates a plain object from a Busy message. Also converts values to other types if specified.
             * @param message Busy
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.Busy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Busy to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Busy
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an ErrorReply. */
        interface IErrorReply {

            /** ErrorReply code */
            code?: (string|null);

            /** ErrorReply message */
            message?: (string|null);

            /** ErrorReply retryAfterMs */
            retryAfterMs?: (number|null);
        }

        /** Represents an ErrorReply. */
        class ErrorReply implements IErrorReply {

            /**
             * Constructs a new ErrorReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IErrorReply);

            /** ErrorReply code. */
            public code: string;

            /** ErrorReply message. */
            public message: string;

            /** ErrorReply retryAfterMs. */
            public retryAfterMs: number;

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorReply instance
             */
            public static create(properties?: shake.v1.IErrorReply): shake.v1.ErrorReply;

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link shake.v1.ErrorReply.verify|verify} messages.
             * @param message ErrorReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IErrorReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.ErrorReply;

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ErrorReply
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.ErrorReply;

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @param message ErrorReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.ErrorReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorReply to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ErrorReply
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Pong. */
        interface IPong {

            /** Pong serverTimeMs */
            serverTimeMs?: (number|null);
        }

        /** Represents a Pong. */
        class Pong implements IPong {

            /**
             * Constructs a new Pong.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IPong);

            /** Pong serverTimeMs. */
            public serverTimeMs: number;

            /**
             * Creates a new Pong instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pong instance
             */
            public static create(properties?: shake.v1.IPong): shake.v1.Pong;

            /**
             * Encodes the specified Pong message. Does not implicitly {@link shake.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IPong, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.Pong;

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Pong
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.Pong;

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @param message Pong
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Pong to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Pong
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Outcome enum. */
        enum Outcome {
            OUTCOME_UNSPECIFIED = 0,
            NOTHING = 1,
            GREETING_CARD = 2,
            STAR_VIDEO = 3,
            TAKE_A_REST = 4,
            RED_PACKET = 5
        }

        /** NoPacketReason enum. */
        enum NoPacketReason {
            NO_PACKET_REASON_UNSPECIFIED = 0,
            NO_ROUND = 1,
            POOL_EMPTY = 2,
            CAP_REACHED = 3,
            SPONSOR_CAP = 4,
            ROUND_ENDED = 5,
            NOT_DRAWN = 6
        }

        /** Properties of a ShakeReply. */
        interface IShakeReply {

            /** ShakeReply outcome */
            outcome?: (shake.v1.Outcome|null);

            /** ShakeReply contentId */
            contentId?: (string|null);

            /** ShakeReply packet */
            packet?: (shake.v1.IPacket|null);

            /** ShakeReply cookie */
            cookie?: (Uint8Array|null);

            /** ShakeReply roundId */
            roundId?: (string|null);

            /** ShakeReply noPacketReason */
            noPacketReason?: (shake.v1.NoPacketReason|null);

            /** ShakeReply nextRoundAtMs */
            nextRoundAtMs?: (number|null);
        }

        /** Represents a ShakeReply. */
        class ShakeReply implements IShakeReply {

            /**
             * Constructs a new ShakeReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IShakeReply);

            /** ShakeReply outcome. */
            public outcome: shake.v1.Outcome;

            /** ShakeReply contentId. */
            public contentId: string;

            /** ShakeReply packet. */
            public packet?: (shake.v1.IPacket|null);

            /** ShakeReply cookie. */
            public cookie: Uint8Array;

            /** ShakeReply roundId. */
            public roundId: string;

            /** ShakeReply noPacketReason. */
            public noPacketReason: shake.v1.NoPacketReason;

            /** ShakeReply nextRoundAtMs. */
            public nextRoundAtMs: number;

            /**
             * Creates a new ShakeReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShakeReply instance
             */
            public static create(properties?: shake.v1.IShakeReply): shake.v1.ShakeReply;

            /**
             * Encodes the specified ShakeReply message. Does not implicitly {@link shake.v1.ShakeReply.verify|verify} messages.
             * @param message ShakeReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IShakeReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShakeReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ShakeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.ShakeReply;

            /**
             * Creates a ShakeReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShakeReply
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.ShakeReply;

            /**
             * Creates a plain object from a ShakeReply message. Also converts values to other types if specified.
             * @param message ShakeReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.ShakeReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShakeReply to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ShakeReply
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Packet. */
        interface IPacket {

            /** Packet packetId */
            packetId?: (string|null);

            /** Packet sponsorId */
            sponsorId?: (string|null);

            /** Packet amountCents */
            amountCents?: (number|null);

            /** Packet shares */
            shares?: (number|null);

            /** Packet shareAmountCents */
            shareAmountCents?: (number|null);

            /** Packet token */
            token?: (string|null);

            /** Packet expiresAtMs */
            expiresAtMs?: (number|null);
        }

        /** Represents a Packet. */
        class Packet implements IPacket {

            /**
             * Constructs a new Packet.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IPacket);

            /** Packet packetId. */
            public packetId: string;

            /** Packet sponsorId. */
            public sponsorId: string;

            /** Packet amountCents. */
            public amountCents: number;

            /** Packet shares. */
            public shares: number;

            /** Packet shareAmountCents. */
            public shareAmountCents: number;

            /** Packet token. */
            public token: string;

            /** Packet expiresAtMs. */
            public expiresAtMs: number;

            /**
             * Creates a new Packet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Packet instance
             */
            public static create(properties?: shake.v1.IPacket): shake.v1.Packet;

            /**
             * Encodes the specified Packet message. Does not implicitly {@link shake.v1.Packet.verify|verify} messages.
             * @param message Packet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IPacket, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Packet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Packet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.Packet;

            /**
             * Creates a Packet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Packet
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.Packet;

            /**
             * Creates a plain object from a Packet message. Also converts values to other types if specified.
             * @param message Packet
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.Packet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Packet to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Packet
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** OpStatus enum. */
        enum OpStatus {
            OP_STATUS_UNSPECIFIED = 0,
            OK = 1,
            DUPLICATE = 2
        }

        /** Properties of an OpenReply. */
        interface IOpenReply {

            /** OpenReply status */
            status?: (shake.v1.OpStatus|null);

            /** OpenReply packetId */
            packetId?: (string|null);

            /** OpenReply amountCents */
            amountCents?: (number|null);

            /** OpenReply operationId */
            operationId?: (string|null);
        }

        /** Represents an OpenReply. */
        class OpenReply implements IOpenReply {

            /**
             * Constructs a new OpenReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IOpenReply);

            /** OpenReply status. */
            public status: shake.v1.OpStatus;

            /** OpenReply packetId. */
            public packetId: string;

            /** OpenReply amountCents. */
            public amountCents: number;

            /** OpenReply operationId. */
            public operationId: string;

            /**
             * Creates a new OpenReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OpenReply instance
             */
            public static create(properties?: shake.v1.IOpenReply): shake.v1.OpenReply;

            /**
             * Encodes the specified OpenReply message. Does not implicitly {@link shake.v1.OpenReply.verify|verify} messages.
             * @param message OpenReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IOpenReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OpenReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns OpenReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.OpenReply;

            /**
             * Creates an OpenReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OpenReply
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.OpenReply;

            /**
             * Creates a plain object from an OpenReply message. Also converts values to other types if specified.
             * @param message OpenReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.OpenReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OpenReply to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for OpenReply
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ShareReply. */
        interface IShareReply {

            /** ShareReply status */
            status?: (shake.v1.OpStatus|null);

            /** ShareReply packetId */
            packetId?: (string|null);

            /** ShareReply operationId */
            operationId?: (string|null);

            /** ShareReply shares */
            shares?: (number|null);

            /** ShareReply groupPacketId */
            groupPacketId?: (string|null);
        }

        /** Represents a ShareReply. */
        class ShareReply implements IShareReply {

            /**
             * Constructs a new ShareReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IShareReply);

            /** ShareReply status. */
            public status: shake.v1.OpStatus;

            /** ShareReply packetId. */
            public packetId: string;

            /** ShareReply operationId. */
            public operationId: string;

            /** ShareReply shares. */
            public shares: number;

            /** ShareReply groupPacketId. */
            public groupPacketId: string;

            /**
             * Creates a new ShareReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShareReply instance
             */
            public static create(properties?: shake.v1.IShareReply): shake.v1.ShareReply;

            /**
             * Encodes the specified ShareReply message. Does not implicitly {@link shake.v1.ShareReply.verify|verify} messages.
             * @param message ShareReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IShareReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShareReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ShareReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.ShareReply;

            /**
             * Creates a ShareReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShareReply
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.ShareReply;

            /**
             * Creates a plain object from a ShareReply message. Also converts values to other types if specified.
             * @param message ShareReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.ShareReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShareReply to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ShareReply
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GrabReply. */
        interface IGrabReply {

            /** GrabReply status */
            status?: (shake.v1.OpStatus|null);

            /** GrabReply groupPacketId */
            groupPacketId?: (string|null);

            /** GrabReply amountCents */
            amountCents?: (number|null);

            /** GrabReply grabSeq */
            grabSeq?: (number|null);

            /** GrabReply grabbedAtMs */
            grabbedAtMs?: (number|null);
        }

        /** Represents a GrabReply. */
        class GrabReply implements IGrabReply {

            /**
             * Constructs a new GrabReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IGrabReply);

            /** GrabReply status. */
            public status: shake.v1.OpStatus;

            /** GrabReply groupPacketId. */
            public groupPacketId: string;

            /** GrabReply amountCents. */
            public amountCents: number;

            /** GrabReply grabSeq. */
            public grabSeq: number;

            /** GrabReply grabbedAtMs. */
            public grabbedAtMs: number;

            /**
             * Creates a new GrabReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GrabReply instance
             */
            public static create(properties?: shake.v1.IGrabReply): shake.v1.GrabReply;

            /**
             * Encodes the specified GrabReply message. Does not implicitly {@link shake.v1.GrabReply.verify|verify} messages.
             * @param message GrabReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IGrabReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GrabReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GrabReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.GrabReply;

            /**
             * Creates a GrabReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GrabReply
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.GrabReply;

            /**
             * Creates a plain object from a GrabReply message. Also converts values to other types if specified.
             * @param message GrabReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.GrabReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GrabReply to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GrabReply
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a BalanceReply. */
        interface IBalanceReply {

            /** BalanceReply balanceCents */
            balanceCents?: (number|null);
        }

        /** Represents a BalanceReply. */
        class BalanceReply implements IBalanceReply {

            /**
             * Constructs a new BalanceReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IBalanceReply);

            /** BalanceReply balanceCents. */
            public balanceCents: number;

            /**
             * Creates a new BalanceReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BalanceReply instance
             */
            public static create(properties?: shake.v1.IBalanceReply): shake.v1.BalanceReply;

            /**
             * Encodes the specified BalanceReply message. Does not implicitly {@link shake.v1.BalanceReply.verify|verify} messages.
             * @param message BalanceReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IBalanceReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BalanceReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns BalanceReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.BalanceReply;

            /**
             * Creates a BalanceReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BalanceReply
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.BalanceReply;

            /**
             * Creates a plain object from a BalanceReply message. Also converts values to other types if specified.
             * @param message BalanceReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.BalanceReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BalanceReply to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for BalanceReply
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a GrabEntry. */
        interface IGrabEntry {

            /** GrabEntry userId */
            userId?: (string|null);

            /** GrabEntry amountCents */
            amountCents?: (number|null);

            /** GrabEntry grabSeq */
            grabSeq?: (number|null);

            /** GrabEntry grabbedAtMs */
            grabbedAtMs?: (number|null);
        }

        /** Represents a GrabEntry. */
        class GrabEntry implements IGrabEntry {

            /**
             * Constructs a new GrabEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IGrabEntry);

            /** GrabEntry userId. */
            public userId: string;

            /** GrabEntry amountCents. */
            public amountCents: number;

            /** GrabEntry grabSeq. */
            public grabSeq: number;

            /** GrabEntry grabbedAtMs. */
            public grabbedAtMs: number;

            /**
             * Creates a new GrabEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GrabEntry instance
             */
            public static create(properties?: shake.v1.IGrabEntry): shake.v1.GrabEntry;

            /**
             * Encodes the specified GrabEntry message. Does not implicitly {@link shake.v1.GrabEntry.verify|verify} messages.
             * @param message GrabEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IGrabEntry, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GrabEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns GrabEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.GrabEntry;

            /**
             * Creates a GrabEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GrabEntry
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.GrabEntry;

            /**
             * Creates a plain object from a GrabEntry message. Also converts values to other types if specified.
             * @param message GrabEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.GrabEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GrabEntry to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for GrabEntry
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a PacketDetailReply. */
        interface IPacketDetailReply {

            /** PacketDetailReply groupPacketId */
            groupPacketId?: (string|null);

            /** PacketDetailReply senderUserId */
            senderUserId?: (string|null);

            /** PacketDetailReply sponsorId */
            sponsorId?: (string|null);

            /** PacketDetailReply totalCents */
            totalCents?: (number|null);

            /** PacketDetailReply shares */
            shares?: (number|null);

            /** PacketDetailReply grabbedCount */
            grabbedCount?: (number|null);

            /** PacketDetailReply remainingCents */
            remainingCents?: (number|null);

            /** PacketDetailReply state */
            state?: (string|null);

            /** PacketDetailReply expiresAtMs */
            expiresAtMs?: (number|null);

            /** PacketDetailReply page */
            page?: (number|null);

            /** PacketDetailReply grabs */
            grabs?: (shake.v1.IGrabEntry[]|null);

            /** PacketDetailReply bestLuckUserId */
            bestLuckUserId?: (string|null);

            /** PacketDetailReply hasMore */
            hasMore?: (boolean|null);
        }

        /** Represents a PacketDetailReply. */
        class PacketDetailReply implements IPacketDetailReply {

            /**
             * Constructs a new PacketDetailReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IPacketDetailReply);

            /** PacketDetailReply groupPacketId. */
            public groupPacketId: string;

            /** PacketDetailReply senderUserId. */
            public senderUserId: string;

            /** PacketDetailReply sponsorId. */
            public sponsorId: string;

            /** PacketDetailReply totalCents. */
            public totalCents: number;

            /** PacketDetailReply shares. */
            public shares: number;

            /** PacketDetailReply grabbedCount. */
            public grabbedCount: number;

            /** PacketDetailReply remainingCents. */
            public remainingCents: number;

            /** PacketDetailReply state. */
            public state: string;

            /** PacketDetailReply expiresAtMs. */
            public expiresAtMs: number;

            /** PacketDetailReply page. */
            public page: number;

            /** PacketDetailReply grabs. */
            public grabs: shake.v1.IGrabEntry[];

            /** PacketDetailReply bestLuckUserId. */
            public bestLuckUserId: string;

            /** PacketDetailReply hasMore. */
            public hasMore: boolean;

            /**
             * Creates a new PacketDetailReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PacketDetailReply instance
             */
            public static create(properties?: shake.v1.IPacketDetailReply): shake.v1.PacketDetailReply;

            /**
             * Encodes the specified PacketDetailReply message. Does not implicitly {@link shake.v1.PacketDetailReply.verify|verify} messages.
             * @param message PacketDetailReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IPacketDetailReply, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PacketDetailReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns PacketDetailReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.PacketDetailReply;

            /**
             * Creates a PacketDetailReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PacketDetailReply
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.PacketDetailReply;

            /**
             * Creates a plain object from a PacketDetailReply message. Also converts values to other types if specified.
             * @param message PacketDetailReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.PacketDetailReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PacketDetailReply to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for PacketDetailReply
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a ResourceManifest. */
        interface IResourceManifest {

            /** ResourceManifest version */
            version?: (number|null);

            /** ResourceManifest items */
            items?: (shake.v1.IResource[]|null);
        }

        /** Represents a ResourceManifest. */
        class ResourceManifest implements IResourceManifest {

            /**
             * Constructs a new ResourceManifest.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IResourceManifest);

            /** ResourceManifest version. */
            public version: number;

            /** ResourceManifest items. */
            public items: shake.v1.IResource[];

            /**
             * Creates a new ResourceManifest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceManifest instance
             */
            public static create(properties?: shake.v1.IResourceManifest): shake.v1.ResourceManifest;

            /**
             * Encodes the specified ResourceManifest message. Does not implicitly {@link shake.v1.ResourceManifest.verify|verify} messages.
             * @param message ResourceManifest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IResourceManifest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceManifest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns ResourceManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.ResourceManifest;

            /**
             * Creates a ResourceManifest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResourceManifest
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.ResourceManifest;

            /**
             * Creates a plain object from a ResourceManifest message. Also converts values to other types if specified.
             * @param message ResourceManifest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.ResourceManifest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResourceManifest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for ResourceManifest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Resource. */
        interface IResource {

            /** Resource id */
            id?: (string|null);

            /** Resource kind */
            kind?: (string|null);

            /** Resource url */
            url?: (string|null);

            /** Resource sizeBytes */
            sizeBytes?: (number|null);

            /** Resource sha256 */
            sha256?: (string|null);
        }

        /** Represents a Resource. */
        class Resource implements IResource {

            /**
             * Constructs a new Resource.
             * @param [properties] Properties to set
             */
            constructor(properties?: shake.v1.IResource);

            /** Resource id. */
            public id: string;

            /** Resource kind. */
            public kind: string;

            /** Resource url. */
            public url: string;

            /** Resource sizeBytes. */
            public sizeBytes: number;

            /** Resource sha256. */
            public sha256: string;

            /**
             * Creates a new Resource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Resource instance
             */
            public static create(properties?: shake.v1.IResource): shake.v1.Resource;

            /**
             * Encodes the specified Resource message. Does not implicitly {@link shake.v1.Resource.verify|verify} messages.
             * @param message Resource message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: shake.v1.IResource, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Resource message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Resource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): shake.v1.Resource;

            /**
             * Creates a Resource message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Resource
             */
            public static fromObject(object: { [k: string]: any }): shake.v1.Resource;

            /**
             * Creates a plain object from a Resource message. Also converts values to other types if specified.
             * @param message Resource
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: shake.v1.Resource, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Resource to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Resource
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
