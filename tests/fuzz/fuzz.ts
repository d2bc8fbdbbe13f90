// `npm run fuzz`: the long junk-line run. The seed is random unless FUZZ_SEED gives it, and is
// printed first, so any run can be replayed.
//
//   npm run fuzz                                   1,000,000 lines or 30 minutes, whichever first
//   FUZZ_LINES=200000 FUZZ_MINUTES=5 npm run fuzz  other limits
//   FUZZ_SEED=123 npm run fuzz                     the same run again
//   FUZZ_SEED=123 FUZZ_BATCH=17 npm run fuzz       one batch of that run, its lines printed
//   FUZZ_THREADS=1 FUZZ_STALL_SECONDS=60 …          fewer threads, a more patient hang limit

import { linesOf } from './corpus';
import { describeFailures, runFuzz } from './run-fuzz';

const BATCH_SIZE = 500;
const env = process.env;
const num = (name: string, fallback: number) => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}=${raw} is not a number`);
  return value;
};

const seed = env.FUZZ_SEED ? num('FUZZ_SEED', 0) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
const only = env.FUZZ_BATCH !== undefined && env.FUZZ_BATCH !== '' ? num('FUZZ_BATCH', 0) : undefined;
const lines = num('FUZZ_LINES', 1_000_000);
const minutes = num('FUZZ_MINUTES', 30);
const threads = env.FUZZ_THREADS ? num('FUZZ_THREADS', 1) : undefined;
const stallMs = num('FUZZ_STALL_SECONDS', 20) * 1000;

console.log(`fuzz seed ${seed} (replay: FUZZ_SEED=${seed} npm run fuzz)`);
if (only !== undefined) {
  console.log(`batch ${only}: ${BATCH_SIZE} lines`);
  linesOf(seed, only, BATCH_SIZE).forEach((line, i) => console.log(`${String(i).padStart(4)}  ${JSON.stringify(line)}`));
} else {
  console.log(`up to ${lines.toLocaleString('en')} lines or ${minutes} minutes`);
}

let lastPrint = 0;
const result = await runFuzz({
  seed,
  batches: only !== undefined ? [only] : Math.ceil(lines / BATCH_SIZE),
  batchSize: BATCH_SIZE,
  threads,
  stallMs,
  budgetMs: minutes * 60_000,
  onBatch: (p) => {
    if (p.elapsedMs - lastPrint < 10_000) return;
    lastPrint = p.elapsedMs;
    const rate = Math.round(p.lines / (p.elapsedMs / 1000));
    console.log(`${Math.round(p.elapsedMs / 1000)} s: ${p.lines.toLocaleString('en')} lines (${rate}/s), ${p.failures} failures`);
  },
});

console.log(`\n${result.lines.toLocaleString('en')} lines in ${(result.elapsedMs / 1000).toFixed(1)} s, seed ${seed}`);
console.log('slowest lines:');
for (const s of result.slowest) console.log(`  ${String(s.ms).padStart(6)} ms  batch ${s.batch} line ${s.index}  ${JSON.stringify(s.line).slice(0, 160)}`);
if (result.failures.length > 0) {
  console.log(`\n${result.failures.length} failures:\n${describeFailures(result)}`);
  process.exitCode = 1;
} else {
  console.log('no failures');
}
