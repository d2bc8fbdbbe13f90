// Release binaries are tens of megabytes; the node keeps a short stand-in of each instead and
// records the real size beside it, so `ls -l`, `tar -tv` and `du` show what a real node shows
// while the saved state stays small. A VFS entry carries it as `size` (host-state.ts); inside
// an archive it is a PAX record under a vendor keyword (GNU tar ignores vendor keywords it does
// not know), which the node's tar reads back when it lists or extracts the member.

/** The PAX keyword that holds a member's real size when its data is a stand-in. */
export const APPARENT_SIZE_PAX = 'CTRLAB.size';

/** The size a file shows: its recorded size when its content is a stand-in, else its bytes. */
export function apparentSize(entry: { content?: string; size?: number }): number {
  return entry.size ?? (entry.content ?? '').length;
}

/** The command a stand-in binary runs: the node's program of the binary's own name. */
export const STAND_IN_EXEC = '__ctrlab_standin';

const STAND_IN_HEAD = '#!/bin/sh\n# ctrlab: stand-in for the ';

/**
 * The content a release binary named `program` (of `size` real bytes) is stored as: a small
 * script that runs the node's program of that name, so `/usr/local/bin/nerdctl`, a copy of it,
 * or `./nerdctl` in the directory a tarball was extracted to all run nerdctl, and a binary the
 * node has no program for says so.
 */
export function binaryStandIn(program: string, size: number): string {
  return `${STAND_IN_HEAD}${program} binary (${size} bytes on a real node)\n${STAND_IN_EXEC} ${program} "$@"\n`;
}

/** The program a stand-in binary runs, when `content` is one. */
export function standInProgram(content: string | undefined): string | undefined {
  if (content === undefined || !content.startsWith(STAND_IN_HEAD)) return undefined;
  const rest = content.slice(STAND_IN_HEAD.length);
  const end = rest.indexOf(' binary (');
  return end > 0 ? rest.slice(0, end) : undefined;
}
