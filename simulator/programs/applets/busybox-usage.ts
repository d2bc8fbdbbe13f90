// The usage busybox prints for an applet it was called wrongly (appletlib.c bb_show_usage): the
// banner of Debian's busybox-static 1.35, then the applet's own text, on stderr, exit 1; after
// a getopt complaint (`X: invalid option -- 'q'`) when there was one.

import { finished, stderr, type ProgramRun } from '../program';

/** Debian's busybox-static 1.35, the build the recorded node's busybox images carry. */
export const DEBIAN_BUSYBOX = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1)';

/** What bb_show_usage and `busybox` alone print first. */
export const BUSYBOX_BANNER = `${DEBIAN_BUSYBOX} multi-call binary.\n\n`;

export function showUsage(applet: string, usage: string, complaint?: string): ProgramRun {
  return finished([stderr(`${complaint === undefined ? '' : `${applet}: ${complaint}\n`}${BUSYBOX_BANNER}${usage}`)], 1);
}
