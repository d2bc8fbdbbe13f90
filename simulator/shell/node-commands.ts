// The shell library's utilities that node1 keeps on its PATH. The rule: a command stays only
// if a Debian 12 (bookworm) node installed with the "standard system utilities" task and
// containerd has it, or the notes install it; everything else the library bundles (rg, jq, yq,
// xan, sqlite3, tree, strings, html-to-markdown, /usr/bin/time…) is left out, so typing it gives
// bash's `command not found` as on that node. Checked against a bookworm system's packages
// (`dpkg -S`, `apt-cache show … | grep Priority`): jq, curl, ripgrep, tree, sqlite3 and time are
// "optional" and not pulled in by anything standard; `strings` needs binutils (build tools).
//
// The node's tools (ctr…) are in tools/registry.ts and its own small programs (tar, date,
// python3…) in programs.ts; together the lists are every command completion offers and
// /usr/bin lists.

import type { CommandName } from 'just-bash';

/** Library utilities a bookworm node has, by the package that ships them there. */
export const NODE_UTILITIES: readonly CommandName[] = [
  // coreutils
  'basename', 'base64', 'cat', 'chmod', 'comm', 'cp', 'cut', 'dirname', 'du', 'echo', 'env', 'expand', 'expr',
  'false', 'fold', 'head', 'join', 'ln', 'ls', 'md5sum', 'mkdir', 'mv', 'nl', 'od', 'paste', 'printenv', 'printf',
  'pwd', 'readlink', 'rm', 'rmdir', 'seq', 'sha1sum', 'sha256sum', 'sort', 'split', 'stat', 'tac', 'tail',
  'tee', 'touch', 'tr', 'true', 'unexpand', 'uniq', 'wc',
  // grep, sed, mawk (/usr/bin/awk), findutils, diffutils, gzip
  'grep', 'egrep', 'fgrep', 'sed', 'awk', 'find', 'xargs', 'diff', 'gzip', 'gunzip', 'zcat',
  // util-linux (rev), bsdextrautils (column; man-db, a standard package, depends on it),
  // ncurses-bin (clear), debianutils (which), file (standard priority), bash and dash (sh)
  'rev', 'column', 'clear', 'which', 'file', 'bash', 'sh',
  // coreutils' date: ours (commands/date.ts) wraps the library's, as ls and touch do theirs;
  // sleep, timeout, whoami and tar are wholly ours (programs.ts).
  'date',
  // bash builtins the library implements as commands (found through PATH, not listed in /usr/bin)
  'alias', 'unalias', 'help',
];

/** Names above that are bash builtins on a real node: they resolve, but no file lists them. */
export const LIBRARY_BUILTINS: ReadonlySet<string> = new Set(['alias', 'unalias', 'help', 'history']);
