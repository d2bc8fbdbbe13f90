// Records `ctr <path> --help` for every command of a real ctr 1.6.20 into
// fixtures/ctr-1.6.20-help.json (run where Debian's containerd package is installed:
// `npx tsx tests/conformance/record-ctr-help.ts`). Help never dials the daemon.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface HelpEntry {
  path: string[];
  stdout: string;
}

function help(path: string[]): string {
  return execFileSync('ctr', [...path, '--help'], { encoding: 'utf8' });
}

function commandNames(text: string): string[] {
  const block = /\nCOMMANDS:\n([\s\S]*?)(\n\n|$)/.exec(text)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.trim().split(/[ ,]/)[0] ?? '')
    .filter((name) => name !== '' && name !== 'help');
}

function walk(path: string[], out: HelpEntry[]): void {
  const text = help(path);
  out.push({ path, stdout: text });
  for (const name of commandNames(text)) walk([...path, name], out);
}

const entries: HelpEntry[] = [];
walk([], entries);
const version = execFileSync('ctr', ['--version'], { encoding: 'utf8' }).trim();
const target = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'ctr-1.6.20-help.json');
writeFileSync(target, `${JSON.stringify({ recordedWith: version, entries }, null, 1)}\n`);
console.log(`${entries.length} help texts from ${version}`);
