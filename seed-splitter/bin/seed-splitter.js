#!/usr/bin/env node
// Executable shim: registers tsx (no build step) and runs the TypeScript CLI.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../cli.ts', import.meta.url).href);
