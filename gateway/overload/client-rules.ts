/** The client rules live in contracts/ (shared by the gateway, the SDK and the drills); kept here for existing imports. */
export * from '../../contracts/client-rules.ts';
