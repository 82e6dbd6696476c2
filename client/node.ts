/** The SDK's Node entry: everything of index.ts plus the WebSocket factory on the `ws` package. */
export * from './index.ts';
export { nodeWebSocketFactory, type NodeWebSocketOptions } from './node-websocket.ts';
