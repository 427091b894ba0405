// V8 settings for a one-shot batch extraction process (`sitrep eval|extract|ingest`), set
// once at start-up by the CLI and by bench/extract-cold.ts, which measures what the eval measures.
//
// Why: a batch process spends a large share of its CPU in V8's optimising compiler (TurboFan),
// which runs on helper threads next to the main thread. Most of that work is inlining: each hot
// extraction function is compiled together with the callees it inlines, and a deoptimisation in
// any inlined callee throws the whole caller's code away and recompiles it. Without inlining
// each compile is smaller and a deopt only recompiles the function it happened in.
// Measured on the ACLED notes (5,070, one cold pass, load ~7): process CPU 4.31 -> 3.37 s
// (main thread 2.54 -> 2.36 s: the extraction code itself is not slower); the warm steady state
// (bench extract) stayed the same within noise (~3,100 notes/CPU-s both ways).
//
// Regular expressions: V8 first runs a new regex in its bytecode interpreter and compiles it to
// machine code on the next run (--regexp-tier-up-ticks=1). A batch runs many large patterns only
// a few times (chrono-node's, for the few sentences the fast date parsers leave): compiling them
// cost more than running them. At 100 runs, only the regexes that stay in use are compiled.
// chrono's 16 calls in the ACLED pass: ~145 -> ~27 ms; cold pass process CPU 3.28 -> 3.10 s
// (median of 5 interleaved runs, load ~7; main thread 2.26 -> 2.13 s).
//
// Optimising later: V8 marks a function for TurboFan after it used up its interrupt budget (a
// count of bytecodes run) a few times. At 200,000 instead of 67,584, functions that are only
// warm in a pass of a few thousand texts stay in the baseline tier instead of being compiled
// (and often recompiled after a deopt); the hot ones are still optimised, a little later.
// Cold ACLED pass, 4 interleaved runs, load ~6: process CPU 3.16 -> 2.91 s median (main thread
// 2.15 -> 2.24 s: the later optimisation costs less than the compiles it saves).
// Baseline code from the first call: V8 first runs a function in its bytecode interpreter and
// compiles it with Sparkplug (a fast, non-optimising baseline compiler) only once it is warm. In a
// cold pass most extraction functions run a few hundred to a few thousand times before TurboFan
// takes them, and the interpreter is several times slower than baseline code; with
// --always-sparkplug each function is compiled to baseline code when it is first compiled (cheap:
// Sparkplug translates bytecode without analysis). Cold ACLED pass, default gazetteer, 10
// interleaved runs each at load 6-8: median 1,226 -> 1,270 notes/CPU-s, best 1,442 -> 1,538 (smaller
// runs at load 5-6 showed +5-10%); with +geonames no difference within the noise (4 runs each,
// load 8-10). Outputs identical (--dump, both gazetteers).
// Fewer TurboFan passes: loop peeling (a loop's first iteration copied out of it), node splitting
// during scheduling and store-store elimination each cost compile time on the helper threads for
// every function optimised, and a cold pass optimises a few hundred once each. Without them, cold
// ACLED pass, pairs of runs started together (so both see the same load, 5-10 here): process CPU
// 7 of 7 pairs lower with the default gazetteer (mean ratio 0.94), 6 of 7 with GeoNames (0.955);
// warm passes 2-4 in one process within noise (+0.6% and +2% in two paired runs). Turning off
// escape analysis and load elimination too (with these three) gave the default pass 0.96-0.975
// but cost the GeoNames pass ~3% (8 pairs; its candidate loops need them): kept on. Outputs
// identical (--dump, both gazetteers).
// Long-running processes (the API server, the worker) keep V8's defaults.

import v8 from 'node:v8';

export const BATCH_V8_FLAGS = [
  '--no-turbo-inlining',
  '--regexp-tier-up-ticks=100',
  '--interrupt-budget=200000',
  '--always-sparkplug',
  '--no-turbo-loop-peeling',
  '--no-turbo-splitting',
  '--no-turbo-store-elimination',
] as const;

let applied = false;

/** Applies BATCH_V8_FLAGS to this process (only code compiled from now on is affected). */
export function tuneForBatchExtraction(): void {
  if (applied) return;
  applied = true;
  for (const flag of BATCH_V8_FLAGS) v8.setFlagsFromString(flag);
}
