/** What other parts use of the money service: its settings, the service, its HTTP API and queue consumer (the embedded deployment runs them in-process). */
export * from './config.ts';
export * from './service.ts';
export * from './http.ts';
export * from './consumer.ts';
