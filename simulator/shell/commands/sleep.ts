// GNU coreutils 9.1 `sleep` on the node's clock, without the shell library's silent one-hour
// cap: `sleep 7200` on a watched terminal waits two hours (Ctrl-C ends it), in a transcript the
// clock jumps two hours. `sleep infinity` (and anything past ten years, which no learner waits
// for) waits until Ctrl-C on a terminal; where time jumps (transcripts, tests) forever cannot
// be jumped to, so it stops at once as Ctrl-C would and says so. Under `timeout` it ends at the
// deadline as anywhere.

import { nodeCommand } from './command-host';
import { helpFooter, tryHelp, versionText } from './coreutils-text';

const TRY_HELP = tryHelp('sleep');

const HELP = `Usage: sleep NUMBER[SUFFIX]...
  or:  sleep OPTION
Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default),
'm' for minutes, 'h' for hours or 'd' for days.  NUMBER need not be an
integer.  Given two or more arguments, pause for the amount of time
specified by the sum of their values.

      --help        display this help and exit
      --version     output version information and exit
${helpFooter('sleep')}`;

const VERSION = versionText('sleep', 'Jim Meyering and Paul Eggert');

const SUFFIX_SECONDS: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86_400 };
/** Longer than this is forever for the node (see the header). */
const FOREVER_MS = 10 * 365 * 86_400_000;

const DECIMAL = /^\s*\+?(\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)([smhd]?)$/i;
const HEX = /^\s*\+?0x([0-9a-f]*)\.?([0-9a-f]*)(?:p([+-]?\d+))?([smhd]?)$/i;
const INFINITE = /^\s*\+?inf(?:inity)?([smhd]?)$/i;

/** A DURATION operand in seconds, as coreutils' strtod and suffix read it; undefined if invalid. */
function parseInterval(text: string): number | undefined {
  const dec = DECIMAL.exec(text);
  if (dec) return Number(dec[1]) * (SUFFIX_SECONDS[(dec[2] ?? '').toLowerCase()] ?? 1);
  const hex = HEX.exec(text);
  if (hex && (hex[1] !== '' || hex[2] !== '')) {
    const digits = `${hex[1]}${hex[2]}`;
    const mantissa = Number.parseInt(digits, 16) / 16 ** (hex[2] ?? '').length;
    return mantissa * 2 ** Number(hex[3] ?? 0) * (SUFFIX_SECONDS[(hex[4] ?? '').toLowerCase()] ?? 1);
  }
  if (INFINITE.test(text)) return Number.POSITIVE_INFINITY;
  return undefined;
}

export const sleepCommand = nodeCommand('sleep', async (args, io) => {
  const operands: string[] = [];
  let options = true;
  for (const a of args) {
    if (options && a === '--') options = false;
    else if (options && a === '--help') {
      io.stdout(HELP);
      return 0;
    } else if (options && a === '--version') {
      io.stdout(VERSION);
      return 0;
    } else if (options && a.startsWith('--')) {
      io.stderr(`sleep: unrecognized option '${a}'\n${TRY_HELP}`);
      return 1;
    } else if (options && a.startsWith('-') && a.length > 1) {
      io.stderr(`sleep: invalid option -- '${a[1]}'\n${TRY_HELP}`);
      return 1;
    } else operands.push(a);
  }
  if (operands.length === 0) {
    io.stderr(`sleep: missing operand\n${TRY_HELP}`);
    return 1;
  }
  let seconds = 0;
  for (const operand of operands) {
    const s = parseInterval(operand);
    if (s === undefined) {
      io.stderr(`sleep: invalid time interval ‘${operand}’\n${TRY_HELP}`);
      return 1;
    }
    seconds += s;
  }
  const ms = seconds * 1000;
  if (ms > FOREVER_MS && !io.time.realTime && !io.time.deadline) {
    io.stderr('ctrlab: this sleep never ends on a real node; here, where time jumps, it stops at once as Ctrl-C would\n');
    return 130;
  }
  await io.pace(ms > FOREVER_MS ? Number.POSITIVE_INFINITY : ms);
  return 0;
});
