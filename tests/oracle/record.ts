// `npx tsx tests/oracle/record.ts <script>`: prints what a real containerd answers to a script,
// in the conformance transcript format — ask the real node instead of guessing.

import { readFileSync } from 'node:fs';
import { buildOracleArchives } from './build-images';
import { oracleUnavailableReason } from './real-containerd';
import { runOnRealNode } from './real-run';
import { formatTranscript, parseScript } from './script';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';

const reason = oracleUnavailableReason();
if (reason) {
  console.error(`oracle unavailable: ${reason}`);
  process.exit(2);
}
const file = process.argv[2];
if (!file) {
  console.error('usage: tsx tests/oracle/record.ts <script>');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'ctrlab-archives-'));
try {
  const archives = buildOracleArchives(work);
  process.stdout.write(formatTranscript(runOnRealNode(parseScript(readFileSync(file, 'utf8')), archives)));
} finally {
  rmSync(work, { recursive: true, force: true });
}
