// `ctr content edit [--editor e] <digest>`: refuses --validate, parses the digest, reads the
// blob, and needs an editor (--editor, else $EDITOR). Then, as containerd v1.6.20
// cmd/ctr/commands/content/content.go does, it copies the blob to a temporary file
// ($XDG_RUNTIME_DIR, else /tmp, named edit-<random>), runs `sh -c "<editor> <file>"` with its
// own stdin, stdout and stderr, and writes what the file then holds back as a new blob,
// printing its digest. An editor that fails ends ctr with the editor's status (`exit status
// N`: urfave prints an exec.ExitError as is and exits with its code); an unchanged blob is
// refused as one that already exists.
//
// vi and nano are full-screen: run alone on the terminal they take it over, and ctr finishes
// once they exit. Where there is no terminal (a pipe, a transcript) they say so themselves.
// Known difference: 1.6.20 reads the temporary file through the descriptor it wrote it with,
// so an editor that replaces the file (GNU `sed -i`, vim's default write) leaves ctr with the
// old bytes on a real node; the simulator's files have no inodes and it reads what the path holds.

import type { CtrCommand, CtrContext } from '../ctr-env';
import { clientOf } from '../ctr-env';
import type { ChildResult, InteractiveProgram } from '../../../cli/spec';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { ContainerdError, plain } from '../../../errdefs/errdefs';
import { nextUint32 } from '../../../host/random';
import * as vfs from '../../../host/vfs';
import { layerBytes } from '../../../oci/archive/layer-payload';
import { digestError } from '../../../oci/digest';

/** What ctr prints and exits with once the editor has run. */
interface Finish {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** After the editor: its status, else the file's bytes committed as a new blob. */
function finishEdit(c: CtrContext, object: string, path: string, original: string, editor: ChildResult | { exitCode: number }): Finish {
  const files = c.env.node.state.host.files;
  // The temporary file goes whatever happens (edit's deferred remove, the reader's close).
  const done = (f: Finish) => {
    vfs.rm(files, path, { force: true });
    return f;
  };
  if (editor.exitCode !== 0) return done({ stdout: '', stderr: `exit status ${editor.exitCode}\n`, exitCode: editor.exitCode });
  // A file the editor removed is still open in ctr: it reads the bytes it wrote.
  const edited = vfs.exists(files, path) ? vfs.readFile(files, path) : original;
  try {
    const digest = clientOf(c).content.commitBytes(`edit-${object}`, edited);
    return done({ stdout: `${digest}\n`, stderr: '', exitCode: 0 });
  } catch (err) {
    if (!(err instanceof ContainerdError)) throw err;
    // What ctr's main prints for an error app.Run returns (errors.ts), here after the action.
    return done({ stdout: '', stderr: `ctr: ${err.message}\n`, exitCode: 1 });
  }
}

/** The editor on the terminal, then ctr's own end, as one program holding the terminal. */
function thenFinish(editor: InteractiveProgram, finish: (exitCode: number) => Finish): InteractiveProgram {
  const after = (r: { stdout: string; stderr: string; exitCode?: number }) => {
    if (r.exitCode === undefined) return r;
    const f = finish(r.exitCode);
    return { stdout: r.stdout + f.stdout, stderr: r.stderr + f.stderr, exitCode: f.exitCode };
  };
  return {
    prompt: () => editor.prompt(),
    input: async (line, live) => after(await editor.input(line, live)),
    interrupt: async (kind) => after(await editor.interrupt(kind)),
  };
}

export const editCommand: CtrCommand = {
  name: 'edit',
  usage: 'edit a blob and return a new digest',
  argsUsage: '[flags] <digest>',
  description: 'edit a blob and return a new digest',
  flags: [
    { names: ['validate'], kind: 'string', usage: 'validate the result against a format (json, mediatype, etc.)' },
    { names: ['editor'], kind: 'string', usage: 'select editor (vim, emacs, etc.)', envVar: 'EDITOR' },
  ],
  action: async (c) => {
    if (c.string('validate') !== '') throw plain('validating the edit result not supported');
    const object = c.args[0] ?? '';
    const bad = digestError(object);
    if (bad) throw plain(bad);
    const blob = clientOf(c).content.read(object);
    const editor = c.string('editor');
    if (editor === '') throw plain('editor is required');
    const runChild = c.io.runChild;
    if (!runChild) throw new NotSimulatedError('ctr content edit outside the node shell (it runs an editor)', "containerd's ctr documentation (ctr content --help)");
    // JSON blobs are kept as text; a layer's payload is bytes.
    const original = blob.data !== undefined ? vfs.textToBinary(blob.data) : layerBytes(blob);
    const node = c.env.node;
    const dir = c.io.environ.XDG_RUNTIME_DIR || '/tmp';
    const path = `${dir.replace(/\/+$/, '')}/edit-${nextUint32(node.state.random)}`;
    vfs.writeFile(node.state.host.files, vfs.normalizePath(path, c.io.cwd), original, { mode: 0o600, mtimeMs: node.nowMs() });
    const file = vfs.normalizePath(path, c.io.cwd);
    let screen: InteractiveProgram | undefined;
    const result = await runChild(`${editor} ${path}`, (program) => (screen = program));
    if (result.stdout !== '') c.io.stdout(result.stdout);
    if (result.stderr !== '') c.io.stderr(result.stderr);
    const finish = (exitCode: number) => finishEdit(c, object, file, original, { exitCode });
    if (screen && c.io.terminal) {
      c.io.terminal.attach(thenFinish(screen, finish));
      return 0;
    }
    const f = finish(result.exitCode);
    if (f.stdout !== '') c.io.stdout(f.stdout);
    if (f.stderr !== '') c.io.stderr(f.stderr);
    return f.exitCode;
  },
};
