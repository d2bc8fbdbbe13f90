// `truncate` (GNU coreutils 9.1) on the node: sets each FILE to a size (-s), another file's
// size (-r), or that size adjusted (-r with a relative -s); -c creates nothing, -o counts in IO
// blocks of 4096 bytes (ext4's st_blksize). The checks and their words follow src/truncate.c.
// Files live in memory, so a size past the node's largest file says it is not simulated rather
// than pretend to keep a sparse file.

import type { CommandIO } from '../../cli/spec';
import type { VfsEntry } from '../../host/host-state';
import * as vfs from '../../host/vfs';
import type { Node } from '../../node';
import { nodeCommand } from './command-host';
import { helpFooter, tryHelp, versionText } from './coreutils-text';
import { type GnuOptionSpec, gnuGetopt } from './gnu-getopt';
import { OFF_T_MAX, type SizeMode, newSize, parseSize } from './truncate-size';

const SPEC: GnuOptionSpec = {
  flags: 'co',
  withValue: 'rs',
  long: {
    'no-create': { id: 'c', value: 'none' }, 'io-blocks': { id: 'o', value: 'none' },
    reference: { id: 'r', value: 'required' }, size: { id: 's', value: 'required' },
    help: { id: 'help', value: 'none' }, version: { id: 'version', value: 'none' },
  },
};

const IO_BLOCK = 4096n;
/** ext4's largest file with 4 KiB blocks: a bigger ftruncate fails with EFBIG. */
const EXT4_MAX_FILE = 16n * 2n ** 40n - IO_BLOCK;
/** What lseek(SEEK_END) gives on an ext4 directory (truncate -r DIR uses it). */
const DIRECTORY_END = OFF_T_MAX;

const HELP = `Usage: truncate OPTION... FILE...
Shrink or extend the size of each FILE to the specified size

A FILE argument that does not exist is created.

If a FILE is larger than the specified size, the extra data is lost.
If a FILE is shorter, it is extended and the sparse extended part (hole)
reads as zero bytes.

Mandatory arguments to long options are mandatory for short options too.
  -c, --no-create        do not create any files
  -o, --io-blocks        treat SIZE as number of IO blocks instead of bytes
  -r, --reference=RFILE  base size on RFILE
  -s, --size=SIZE        set or adjust the file size by SIZE bytes
      --help        display this help and exit
      --version     output version information and exit

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).
Units are K,M,G,T,P,E,Z,Y (powers of 1024) or KB,MB,... (powers of 1000).
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.

SIZE may also be prefixed by one of the following modifying characters:
'+' extend by, '-' reduce by, '<' at most, '>' at least,
'/' round down to multiple of, '%' round up to multiple of.
${helpFooter('truncate')}`;

/** gnulib's quoteaf (shell-escape-always): 'name', "it's" when only a ' needs it, else '\''. */
function quoteaf(name: string): string {
  if (!name.includes("'")) return `'${name}'`;
  if (!/["$`\\!]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, `'\\''`)}'`;
}

const ERRNO: Readonly<Record<string, string>> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ELOOP: 'Too many levels of symbolic links',
};

function errnoText(err: unknown): string {
  return vfs.isVfsError(err) ? (ERRNO[err.code] ?? err.code) : 'No such file or directory';
}

interface Plan {
  size: bigint;
  mode: SizeMode;
  gotSize: boolean;
  reference?: string;
  noCreate: boolean;
  blocks: boolean;
  files: string[];
}

type Outcome = Plan | { stderr: string; stdout?: string; exit: number };

function usageError(message: string): Outcome {
  return { stderr: `truncate: ${message}\n${tryHelp('truncate')}`, exit: 1 };
}

function plan(args: string[]): Outcome {
  const parsed = gnuGetopt('truncate', args, SPEC);
  const p: Plan = { size: 0n, mode: '', gotSize: false, noCreate: false, blocks: false, files: 'error' in parsed ? [] : parsed.operands };
  // Options act in the order given: a bad -s value ends truncate before a later bad option is seen.
  for (const o of 'error' in parsed ? parsed.before : parsed.options) {
    if (o.id === 'help') return { stdout: HELP, stderr: '', exit: 0 };
    if (o.id === 'version') return { stdout: versionText('truncate', 'Padraig Brady'), stderr: '', exit: 0 };
    if (o.id === 'c') p.noCreate = true;
    else if (o.id === 'o') p.blocks = true;
    else if (o.id === 'r') p.reference = o.value ?? '';
    else if (o.id === 's') {
      const s = parseSize(o.value ?? '', p.mode);
      if ('usage' in s) return usageError(s.usage);
      if ('fatal' in s) return { stderr: `truncate: ${s.fatal}\n`, exit: 1 };
      if ('invalid' in s) {
        return { stderr: `truncate: Invalid number: ‘${s.invalid}’${s.overflow ? ': Value too large for defined data type' : ''}\n`, exit: 1 };
      }
      p.size = s.size;
      p.mode = s.mode;
      p.gotSize = true;
    }
  }
  if ('error' in parsed) return { stderr: `${parsed.error}${tryHelp('truncate')}`, exit: 1 };
  if (p.reference === undefined && !p.gotSize) return usageError('you must specify either ‘--size’ or ‘--reference’');
  if (p.reference !== undefined && p.gotSize && p.mode === '') return usageError('you must specify a relative ‘--size’ with ‘--reference’');
  if (p.blocks && !p.gotSize) return usageError('‘--io-blocks’ was specified but ‘--size’ was not');
  if (p.files.length === 0) return usageError('missing file operand');
  return p;
}

/** st_size of a regular file, lseek's end for a directory. */
function sizeOf(entry: VfsEntry): bigint {
  return entry.kind === 'dir' ? DIRECTORY_END : BigInt((entry.content ?? '').length);
}

/** One FILE: open(O_WRONLY|O_CREAT unless -c) then do_ftruncate. Returns the error line, if any. */
function truncateOne(node: Node, cwd: string, name: string, p: Plan, referenceSize: bigint | undefined): string | undefined {
  const files = node.state.host.files;
  const path = vfs.normalizePath(name, cwd);
  let entry: VfsEntry | undefined;
  try {
    entry = vfs.stat(files, path);
  } catch (err) {
    if (!vfs.isVfsError(err, 'ENOENT')) return `cannot open ${quoteaf(name)} for writing: ${errnoText(err)}`;
  }
  // open(2) of a missing name: a trailing slash asks for a directory, and -c creates nothing.
  if (!entry && name.endsWith('/')) return `cannot open ${quoteaf(name)} for writing: Is a directory`;
  if (entry?.kind === 'dir') return `cannot open ${quoteaf(name)} for writing: Is a directory`;
  if (!entry && p.noCreate) return undefined;
  let size = p.size;
  if (p.blocks) {
    size = p.size * IO_BLOCK;
    if (size > OFF_T_MAX || size < -OFF_T_MAX - 1n) return `overflow in ${p.size} * ${IO_BLOCK} byte blocks for file ${quoteaf(name)}`;
  }
  const isDevice = entry !== undefined && path.startsWith('/dev/');
  const current = referenceSize ?? (entry ? (isDevice ? 0n : sizeOf(entry)) : 0n);
  const target = newSize(current, size, p.mode);
  if (target === 'overflow') return `overflow extending size of file ${quoteaf(name)}`;
  const failed = (why: string) => `failed to truncate ${quoteaf(name)} at ${target} bytes: ${why}`;
  if (isDevice) return failed('Invalid argument');
  if (target > EXT4_MAX_FILE) return failed('File too large');
  if (target > BigInt(vfs.MAX_FILE_BYTES)) {
    return `a file of ${target} bytes is not simulated here (the node keeps its files in memory, at most ${vfs.MAX_FILE_BYTES} bytes each)`;
  }
  const before = entry?.content ?? '';
  const length = Number(target);
  const content = length <= before.length ? before.slice(0, length) : before + '\0'.repeat(length - before.length);
  try {
    vfs.writeFile(files, path, content, { mtimeMs: node.nowMs() });
  } catch (err) {
    return `cannot open ${quoteaf(name)} for writing: ${errnoText(err)}`;
  }
  return undefined;
}

function runTruncate(args: string[], io: CommandIO, node: Node): number {
  const p = plan(args);
  if (!('files' in p)) {
    if (p.stdout) io.stdout(p.stdout);
    if (p.stderr) io.stderr(p.stderr);
    return p.exit;
  }
  let referenceSize: bigint | undefined;
  if (p.reference !== undefined) {
    try {
      referenceSize = sizeOf(vfs.stat(node.state.host.files, vfs.normalizePath(p.reference, io.cwd)));
    } catch (err) {
      io.stderr(`truncate: cannot stat ${quoteaf(p.reference)}: ${errnoText(err)}\n`);
      return 1;
    }
    // -r alone sets each file to the reference's size; with a relative -s it is the base.
    if (!p.gotSize) p.size = referenceSize;
  }
  let failed = false;
  for (const name of p.files) {
    const error = truncateOne(node, io.cwd, name, p, p.gotSize ? referenceSize : undefined);
    if (error === undefined) continue;
    io.stderr(`truncate: ${error}\n`);
    failed = true;
  }
  return failed ? 1 : 0;
}

export const truncateCommand = nodeCommand('truncate', runTruncate);
