// busybox md5sum, sha1sum, sha256sum and sha512sum (coreutils/md5_sha1_sum.c): `HASH  NAME` for
// each FILE (`-` or none: stdin), `can't open` for one that is missing and on with the rest; -c
// checks a list of such lines, `NAME: OK` / `NAME: FAILED` and a closing WARNING when any did
// not match (a line that is not HASH  NAME counts as failed, said with -w), -s keeps quiet.
// -s and -w only go with -c. A file whose bytes the catalogue does not keep (a binary known by
// its size only) cannot be hashed here and says so.

import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { getopt32 } from '../getopt32';
import { followLinks, resolvePath, stderr, stdout, type OutputChunk, type Program, type ProgramContext } from '../program';
import { showUsage } from './busybox-usage';

const HASHES = { md5sum: ['MD5', md5, 32], sha1sum: ['SHA1', sha1, 40], sha256sum: ['SHA256', sha256, 64], sha512sum: ['SHA512', sha512, 128] } as const;
type HashApplet = keyof typeof HASHES;

const usage = (name: HashApplet) =>
  `Usage: ${name} [-c[sw]] [FILE]...\n\nPrint or check ${HASHES[name][0]} checksums\n\n` +
  '\t-c\tCheck sums against list in FILEs\n\t-s\tDon\'t output anything, status code shows success\n\t-w\tWarn about improperly formatted checksum lines\n';

/** A file's bytes as the container keeps them (text as UTF-8), or why there are none. */
export function fileBytes(ctx: ProgramContext, name: string): Uint8Array | { error: string } {
  if (name === '-') return new TextEncoder().encode(ctx.stdin ?? '');
  const found = followLinks(ctx.fs, resolvePath(ctx.cwd, name));
  if (!found) return { error: 'No such file or directory' };
  if (found.file.kind === 'dir') return { error: 'Is a directory' };
  if (found.file.content === undefined && (found.file.size ?? 0) > 0) return { error: 'its bytes are not simulated here' };
  return new TextEncoder().encode(found.file.content ?? '');
}

function digestProgram(name: HashApplet): Program {
  const [, hash, hexLength] = HASHES[name];
  const hex = (bytes: Uint8Array) => bytesToHex(hash(bytes));
  return {
    name,
    run(ctx) {
      const parsed = getopt32(ctx.argv.slice(1), 'csw');
      if (!parsed.ok) return showUsage(name, usage(name), parsed.error);
      const check = parsed.opts.has('c');
      if (!check && (parsed.opts.has('s') || parsed.opts.has('w'))) return showUsage(name, usage(name));
      const quiet = parsed.opts.has('s');
      const warn = parsed.opts.has('w');
      const files = parsed.operands.length > 0 ? parsed.operands : ['-'];
      // Reading a stdin that never ends (a terminal, ctr's open pipe), it hashes at an EOF that never comes.
      if (files.includes('-') && (ctx.stdin === undefined || ctx.stdinOpen)) return { out: [] };
      const out: OutputChunk[] = [];
      let code = 0;
      for (const file of files) {
        const bytes = fileBytes(ctx, file);
        if ('error' in bytes) {
          // The hashing path opens with open_or_warn (can't open); -c's list with xfopen.
          out.push(stderr(check ? `${name}: ${file}: ${bytes.error}\n` : `${name}: can't ${bytes.error === 'Is a directory' ? 'read' : 'open'} '${file}': ${bytes.error}\n`));
          code = 1;
          if (check) return { out, exit: { afterMs: 0, code } };
          continue;
        }
        if (!check) {
          out.push(stdout(`${hex(bytes)}  ${file}\n`));
          continue;
        }
        let total = 0;
        let failed = 0;
        for (const line of new TextDecoder().decode(bytes).split('\n').filter((l) => l !== '')) {
          total++;
          const m = new RegExp(`^([0-9a-fA-F]{${hexLength}})  (.+)$`).exec(line);
          if (!m) {
            failed++;
            if (warn) out.push(stderr(`${name}: invalid format\n`));
            continue;
          }
          const target = m[2] ?? '';
          const got = fileBytes(ctx, target);
          const ok = !('error' in got) && hex(got) === (m[1] ?? '').toLowerCase();
          if ('error' in got) out.push(stderr(`${name}: can't open '${target}': ${got.error}\n`));
          if (!ok) failed++;
          if (!quiet) out.push(stdout(`${target}: ${ok ? 'OK' : 'FAILED'}\n`));
        }
        if (total === 0) {
          out.push(stderr(`${name}: ${file}: no checksum lines found\n`));
          code = 1;
        } else if (failed > 0) {
          if (!quiet) out.push(stderr(`${name}: WARNING: ${failed} of ${total} computed checksums did NOT match\n`));
          code = 1;
        }
      }
      return { out, exit: { afterMs: 0, code }, consumedStdin: files.includes('-') };
    },
  };
}

export const md5sumProgram = digestProgram('md5sum');
export const sha1sumProgram = digestProgram('sha1sum');
export const sha256sumProgram = digestProgram('sha256sum');
export const sha512sumProgram = digestProgram('sha512sum');
