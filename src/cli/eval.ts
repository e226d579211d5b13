import { runEval } from './eval/run-eval.ts';
import { createNodeIo } from './node-io.ts';

process.exitCode = await runEval(process.argv.slice(2), createNodeIo());
