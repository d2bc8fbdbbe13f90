// `nproc` of GNU coreutils 9.1 on node1: the recorded node's two CPUs (docker info: CPUs: 2),
// all of them online and available to the shell, so --all changes nothing; --ignore=N takes N
// away but never the last one. Words and statuses checked against the host's nproc 9.1
// (nproc.test.ts). The OpenMP variables (OMP_NUM_THREADS, OMP_THREAD_LIMIT) are not read here.

import { helpFooter, tryHelp, versionText } from './coreutils-text';
import { nodeCommand } from './command-host';
import { type GnuOptionSpec, gnuGetopt } from './gnu-getopt';

const CPUS = 2;
const TRY_HELP = tryHelp('nproc');

const HELP = `Usage: nproc [OPTION]...
Print the number of processing units available to the current process,
which may be less than the number of online processors

      --all      print the number of installed processors
      --ignore=N  if possible, exclude N processing units
      --help        display this help and exit
      --version     output version information and exit
${helpFooter('nproc')}`;

const SPEC: GnuOptionSpec = {
  flags: '',
  withValue: '',
  long: { all: { id: 'all', value: 'none' }, ignore: { id: 'ignore', value: 'required' }, help: { id: 'help', value: 'none' }, version: { id: 'version', value: 'none' } },
};

/** xdectoumax's reading of N: spaces, an optional '+', decimal digits fitting in 64 bits. */
function parseIgnore(text: string): number | string {
  const m = /^[ \t\n\v\f\r]*\+?(\d+)$/.exec(text);
  if (!m) return `nproc: invalid number: ‘${text}’\n`;
  if (BigInt(m[1] as string) > 2n ** 64n - 1n) return `nproc: invalid number: ‘${text}’: Value too large for defined data type\n`;
  return Number(m[1]);
}

export const nprocCommand = nodeCommand('nproc', (args, io) => {
  const parsed = gnuGetopt('nproc', args, SPEC);
  let ignore = 0;
  for (const option of 'error' in parsed ? parsed.before : parsed.options) {
    if (option.id === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (option.id === 'version') {
      io.stdout(versionText('nproc', 'Giuseppe Scrivano'));
      return 0;
    }
    if (option.id === 'ignore') {
      const n = parseIgnore(option.value ?? '');
      if (typeof n === 'string') {
        io.stderr(n);
        return 1;
      }
      ignore = n;
    }
  }
  if ('error' in parsed) {
    io.stderr(`${parsed.error}${TRY_HELP}`);
    return 1;
  }
  if (parsed.operands.length > 0) {
    io.stderr(`nproc: extra operand ‘${parsed.operands[0]}’\n${TRY_HELP}`);
    return 1;
  }
  io.stdout(`${ignore < CPUS ? CPUS - ignore : 1}\n`);
  return 0;
});
