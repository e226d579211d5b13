#!/usr/bin/env node
// The installed `quizgen` command: runs the TypeScript CLI through tsx, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
const { createNodeIo } = await import('./node-io.ts');
process.exitCode = await main(process.argv.slice(2), createNodeIo());
