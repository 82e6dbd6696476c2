/** What other parts use of the seed splitter: the seed file format and manifest, generating and splitting a seed file. */
export * from './format/index.ts';
export * from './manifest.ts';
export * from './generate.ts';
export * from './split.ts';
