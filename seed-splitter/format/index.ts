/**
 * Public library API of the seed file format (see seed-splitter/README.md).
 */
export * from './layout.ts';
export * from './ids.ts';
export * from './header.ts';
export * from './record.ts';
export * from './totals.ts';
export * from './reader.ts';
export * from './writer.ts';
export { readManifest, type Manifest, type ManifestPart } from '../manifest.ts';
