// Which shell an interactive `sh` is in this image, and what it shows when it starts: busybox
// ash prints its banner (its own build's version: Debian's busybox 1.35, or alpine's 1.37
// build from the package database) and `\w # `; Debian's /bin/sh is dash, which prints no
// banner and the prompt `# ` for root (dash src/var.c, PS1 "# " for uid 0); bash prints
// `root@<hostname>:<dir># ` (the image's default PS1 '\u@\h:\w\$ ').

import { resolveExecutable } from '../launch';
import { followLinks, type ContainerFs, type ProgramContext } from '../program';
import { DEBIAN_BUSYBOX } from '../applets/busybox-usage';

export type ShDialect = 'ash' | 'dash' | 'bash';

/** Debian's busybox package, the one the recorded node's busybox image was built from. */
const DEBIAN_BUSYBOX_BANNER_LINE = `${DEBIAN_BUSYBOX} built-in shell (ash)`;

/**
 * Busybox builds told apart by their binary, which the simulated files keep by size only: the
 * catalogue's docker.io busybox:1.37.0 (glibc) is busybox's own build, stamped with its build
 * time; any other /bin/busybox is Debian's package, as in the recorded node's images.
 */
const BUSYBOX_BUILDS: ReadonlyMap<number, string> = new Map([[1_130_504, 'BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) built-in shell (ash)']]);

function busyboxBuildLine(fs: ContainerFs): string | undefined {
  const binary = followLinks(fs, '/bin/busybox')?.file;
  return binary?.kind === 'file' && binary.size !== undefined ? BUSYBOX_BUILDS.get(binary.size) : undefined;
}

/**
 * What busybox's line editor sends after the first prompt on a terminal: a cursor position
 * query (DSR), to learn where the prompt ended. A terminal answers it; nothing is displayed.
 */
const CURSOR_POSITION_QUERY = '\u001b[6n';

/** The shell that `argv0` starts in this container (the file its path resolves to). */
export function shellDialect(ctx: Pick<ProgramContext, 'fs' | 'env' | 'cwd'>, argv0: string): ShDialect {
  const found = resolveExecutable(ctx, argv0);
  if (found.kind !== 'found') return 'ash';
  const target = followLinks(ctx.fs, found.path)?.path ?? found.path;
  if (target.endsWith('/dash')) return 'dash';
  if (target.endsWith('/bash')) return 'bash';
  return 'ash';
}

/** alpine's busybox build: its version and build time from apk's installed database. */
function alpineBusyboxLine(fs: ContainerFs): string | undefined {
  const db = followLinks(fs, '/lib/apk/db/installed')?.file.content;
  if (!db) return undefined;
  const entry = db.split('\n\n').find((e) => e.startsWith('P:busybox\n'));
  const version = /^V:(\d+\.\d+\.\d+)/m.exec(entry ?? '')?.[1];
  const built = Number(/^t:(\d+)/m.exec(entry ?? '')?.[1]);
  if (!version || !built) return undefined;
  const iso = new Date(built * 1000).toISOString();
  return `BusyBox v${version} (${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC) built-in shell (ash)`;
}

/**
 * Whether this busybox's ash finds its own applets before $PATH (FEATURE_SH_STANDALONE, with
 * FEATURE_PREFER_APPLETS): Debian's package is built so (`type ls` says `ls is ls`); alpine's
 * and busybox's own docker.io build are not (`ls is /bin/ls`).
 */
export function prefersApplets(fs: ContainerFs): boolean {
  return followLinks(fs, '/bin/busybox') !== undefined && alpineBusyboxLine(fs) === undefined && busyboxBuildLine(fs) === undefined;
}

/** What an interactive shell prints before its first prompt. */
export function shellBanner(dialect: ShDialect, fs: ContainerFs): string {
  if (dialect !== 'ash') return '';
  const line = alpineBusyboxLine(fs) ?? busyboxBuildLine(fs) ?? DEBIAN_BUSYBOX_BANNER_LINE;
  return `\n\n${line}\nEnter 'help' for a list of built-in commands.\n\n`;
}

/** The prompt for root in `cwd`. */
export function shellPrompt(dialect: ShDialect, cwd: string, home: string | undefined, hostname: string): string {
  if (dialect === 'dash') return '# ';
  const where = home && home !== '/' && (cwd === home || cwd.startsWith(`${home}/`)) ? `~${cwd.slice(home.length)}` : cwd;
  if (dialect === 'bash') return `root@${hostname}:${where}# `;
  // ash's \w shows ~ only for $HOME itself.
  return `${home && home !== '/' && cwd === home ? '~' : cwd} # `;
}

/** What follows the first prompt on a terminal (busybox's cursor query; dash and bash send none). */
export function afterFirstPrompt(dialect: ShDialect): string {
  return dialect === 'ash' ? CURSOR_POSITION_QUERY : '';
}
