// sed: filters files or stdin through a script (sed-script.ts); -i edits the files in place,
// writing the result into the container's own layer (busybox sed / GNU sed 4.9).

import { finished, followLinks, resolvePath, stderr, stdout, type OutputChunk, type Program } from './program';
import { parseSed, runSed, SedError } from './sed-script';

export const sedProgram: Program = {
  name: 'sed',
  run(ctx) {
    const scripts: string[] = [];
    const files: string[] = [];
    let inPlace = false;
    let quiet = false;
    let extended = false;
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (a === '-e' || a === '--expression') scripts.push(args[++i] ?? '');
      else if (a === '-i' || a.startsWith('-i') || a === '--in-place') inPlace = true;
      else if (a === '-n' || a === '--quiet' || a === '--silent') quiet = true;
      else if (a === '-E' || a === '-r' || a === '--regexp-extended') extended = true;
      else if (/^-[nEr]+$/.test(a)) {
        quiet ||= a.includes('n');
        extended ||= /[Er]/.test(a);
      } else if (a.startsWith('-') && a !== '-') return finished([stderr(`sed: option ${a} is not simulated here (ctrlab simulates -e -i -n -E -r)\n`)], 1);
      else if (scripts.length === 0 && files.length === 0 && !args.slice(0, i).some((x) => x === '-e')) scripts.push(a);
      else files.push(a);
    }
    if (scripts.length === 0) return finished([stderr('Usage: sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n')], 1);
    let commands;
    try {
      commands = parseSed(scripts.join('\n'), extended);
    } catch (err) {
      if (!(err instanceof SedError) && !(err instanceof SyntaxError)) throw err;
      return finished([stderr(`sed: -e expression #1, char ${scripts.join('\n').length}: ${err.message}\n`)], 1);
    }
    const out: OutputChunk[] = [];
    if (files.length === 0) {
      if (inPlace) return finished([stderr('sed: no input files\n')], 1);
      return { ...finished([stdout(runSed(commands, ctx.stdin ?? '', quiet))]), consumedStdin: true };
    }
    let code = 0;
    for (const name of files) {
      const path = resolvePath(ctx.cwd, name);
      const found = followLinks(ctx.fs, path);
      if (!found || found.file.kind !== 'file') {
        out.push(stderr(`sed: can't read ${name}: No such file or directory\n`));
        code = 2;
        continue;
      }
      const result = runSed(commands, found.file.content ?? '', quiet);
      if (!inPlace) out.push(stdout(result));
      else if (ctx.fs.readOnlyAt?.(found.path)) {
        out.push(stderr(`sed: couldn't open temporary file ${name.replace(/[^/]*$/, '')}sedXXXXXX: Read-only file system\n`));
        code = 4;
      } else ctx.fs.write?.(found.path, { ...found.file, content: result, size: result.length, mtime: Math.floor(ctx.nowMs / 1000) }, ctx.nowMs);
    }
    return finished(out, code);
  },
};
