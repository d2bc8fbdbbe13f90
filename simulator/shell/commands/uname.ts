// `uname` (GNU coreutils 9.1) on node1: a bookworm node on Debian's 6.1 kernel, the one the
// conformance node reports (`docker info`: Kernel Version 6.1.0-28-amd64). Options, order,
// the "omit -p and -i if unknown" rule of -a and the error texts are coreutils' (checked
// against uname 9.1 on this machine).

import { KERNEL_RELEASE, KERNEL_VERSION } from '../../host/kernel';
import { nodeCommand } from './command-host';
import { helpFooter, tryHelp, versionText } from './coreutils-text';

type Field = 's' | 'n' | 'r' | 'v' | 'm' | 'p' | 'i' | 'o';
/** Fields in the order uname prints them. */
const ORDER: readonly Field[] = ['s', 'n', 'r', 'v', 'm', 'p', 'i', 'o'];
const LONG: Readonly<Record<string, Field | 'a'>> = {
  '--all': 'a', '--kernel-name': 's', '--nodename': 'n', '--kernel-release': 'r', '--kernel-version': 'v',
  '--machine': 'm', '--processor': 'p', '--hardware-platform': 'i', '--operating-system': 'o',
};

const HELP = `Usage: uname [OPTION]...
Print certain system information.  With no OPTION, same as -s.

  -a, --all                print all information, in the following order,
                             except omit -p and -i if unknown:
  -s, --kernel-name        print the kernel name
  -n, --nodename           print the network node hostname
  -r, --kernel-release     print the kernel release
  -v, --kernel-version     print the kernel version
  -m, --machine            print the machine hardware name
  -p, --processor          print the processor type (non-portable)
  -i, --hardware-platform  print the hardware platform (non-portable)
  -o, --operating-system   print the operating system
      --help        display this help and exit
      --version     output version information and exit
${helpFooter('uname')}`;

const VERSION = versionText('uname', 'David MacKenzie');

const TRY = tryHelp('uname');

/** A long option as getopt_long reads it: any unique prefix, no `=value` on these. */
function longOption(arg: string): { name: string } | { error: string } {
  const [given = arg, value] = arg.split(/=(.*)/s);
  const names = [...Object.keys(LONG), '--help', '--version'];
  const matches = names.includes(given) ? [given] : names.filter((n) => n.startsWith(given));
  if (matches.length === 0) return { error: `unrecognized option '${given}'` };
  if (matches.length > 1) return { error: `option '${given}' is ambiguous; possibilities: ${matches.map((m) => `'${m}'`).join(' ')}` };
  const name = matches[0] as string;
  if (value !== undefined) return { error: `option '${name}' doesn't allow an argument` };
  return { name };
}

export const unameCommand = nodeCommand('uname', (args, io, node) => {
  const asked = new Set<Field>();
  let all = false;
  let options = true;
  for (const arg of args) {
    if (options && arg === '--') {
      options = false;
    } else if (options && arg.startsWith('--')) {
      const long = longOption(arg);
      if ('error' in long) return io.stderr(`uname: ${long.error}\n${TRY}`), 1;
      if (long.name === '--help') return io.stdout(HELP), 0;
      if (long.name === '--version') return io.stdout(VERSION), 0;
      const field = LONG[long.name];
      if (field === 'a') all = true;
      else if (field) asked.add(field);
    } else if (options && arg.startsWith('-') && arg.length > 1) {
      for (const letter of arg.slice(1)) {
        if (letter === 'a') all = true;
        else if ((ORDER as readonly string[]).includes(letter)) asked.add(letter as Field);
        else return io.stderr(`uname: invalid option -- '${letter}'\n${TRY}`), 1;
      }
    } else {
      return io.stderr(`uname: extra operand ‘${arg}’\n${TRY}`), 1;
    }
  }
  if (!all && asked.size === 0) asked.add('s');
  const values: Record<Field, string> = {
    s: 'Linux', n: node.state.host.hostname, r: KERNEL_RELEASE, v: KERNEL_VERSION,
    m: 'x86_64', p: 'unknown', i: 'unknown', o: 'GNU/Linux',
  };
  const shown = ORDER.filter((f) => (all ? !((f === 'p' || f === 'i') && values[f] === 'unknown') : asked.has(f)));
  io.stdout(`${shown.map((f) => values[f]).join(' ')}\n`);
  return 0;
});
