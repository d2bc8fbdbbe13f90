// `ls` is just-bash's, with its long format put right: it names every owner "user" and pads
// sizes to five places, while on this node everything belongs to root and GNU ls pads each
// column to its widest value (`-rw-r--r-- 1 root root 1037312 Nov 28 05:14 /root/busybox.tar`).

import { defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';

const LONG_ROW = /^([-bcdlps][-rwxsStT]{9}[.+@]?) +(\d+) user user +(\d+) (.*)$/;

/** Re-pads the long rows of one listing block (rows between blank lines and headers). */
function fixLongFormat(stdout: string, classify: boolean): string {
  const lines = stdout.split('\n');
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end < lines.length && LONG_ROW.test(lines[end] ?? '')) end++;
    if (end > start) {
      const rows = lines.slice(start, end).map((l) => LONG_ROW.exec(l) ?? []);
      const linkWidth = Math.max(...rows.map((r) => (r[2] ?? '').length));
      const sizeWidth = Math.max(...rows.map((r) => (r[3] ?? '').length));
      rows.forEach((r, k) => {
        // just-bash marks directories with a slash in long format; GNU ls does only with -F/-p.
        const rest = !classify && (r[1] ?? '').startsWith('d') ? (r[4] ?? '').replace(/\/$/, '') : r[4];
        lines[start + k] = `${r[1]} ${(r[2] ?? '').padStart(linkWidth)} root root ${(r[3] ?? '').padStart(sizeWidth)} ${rest}`;
      });
      start = end;
    } else {
      start++;
    }
  }
  return lines.join('\n');
}

export const lsCommand: ShellCommandFactory = () =>
  defineCommand('ls', async (args, ctx) => {
    const original = ctx.origCommand;
    if (!original) return { stdout: '', stderr: 'ls: not available\n', exitCode: 1 };
    const result = await original(args);
    const classify = args.some((a) => /^-[^-]*[Fp]/.test(a) || a === '--classify');
    return { ...result, stdout: fixLongFormat(result.stdout, classify) };
  });
