// Docker's detach keys (docker/cli v20.10.24 cli/command/container/hijack.go, moby/term
// ascii.go ToBytes and proxy.go escapeProxy; moby v20.10.24 daemon/attach.go, daemon/exec.go).
// The sequence is `--detach-keys`, else `detachKeys` in the client's config.json, else Ctrl-P
// Ctrl-Q. A spec is a comma list of single characters, `ctrl-@` … `ctrl-_` or `DEL`; the daemon
// refuses any other (attach: `Invalid detach keys (x) provided`, which the attaching CLI reads as
// a stream header, `Unrecognized input header: 73`; exec: `Invalid escape keys (x) provided`).
// Only an attach with a terminal (-t) and stdin (-i) watches for them: the CLI's escape proxy
// holds back a partial sequence, passes it on with the next key that does not continue it, and
// on the whole sequence ends the attach — the container keeps running. `docker run` and
// `docker start -a` then exit 0 silently; `docker attach` and `docker exec` print the proxy's
// error, `read escape sequence`, and exit 1.

import { EscapeSequenceReader } from '../../../cli/escape-sequence';
import type { InteractiveProgram } from '../../../cli/spec';
import type { DockerContext } from '../docker-types';
import { readConfig } from '../docker-config';

/** Ctrl-P Ctrl-Q (hijack.go defaultEscapeKeys). */
const DEFAULT_KEYS = '\x10\x11';

/** The error text of the escape proxy (moby/term EscapeError). */
const ESCAPE_ERROR = 'read escape sequence';

/** What the attaching CLI prints when the daemon refuses the detach keys of an attach. */
export const BAD_ATTACH_KEYS = 'Unrecognized input header: 73';

/** moby/term ToBytes: the key codes of a spec, or undefined for one it refuses. */
export function detachKeyBytes(spec: string): string | undefined {
  let codes = '';
  for (const key of spec.split(',')) {
    // Go's len counts UTF-8 bytes: one byte is a key as it is.
    if (new TextEncoder().encode(key).length === 1) {
      codes += key;
      continue;
    }
    const ctrl = /^ctrl-([@a-z[\\\]^_])$/.exec(key);
    if (ctrl) codes += String.fromCharCode((ctrl[1] ?? '@').charCodeAt(0) & 0x1f);
    else if (key === 'DEL') codes += '\x7f';
    else return undefined;
  }
  return codes;
}

/** The spec the CLI sends: the flag's, else config.json's `detachKeys` ('' for docker's default). */
export function detachKeysSpec(c: DockerContext): string {
  const flag = c.string('detach-keys');
  if (flag !== '') return flag;
  const fromConfig = readConfig(c).detachKeys;
  return typeof fromConfig === 'string' ? fromConfig : '';
}

/** True when the daemon accepts the spec ('' is docker's default). */
export function validDetachKeys(spec: string): boolean {
  return spec === '' || detachKeyBytes(spec) !== undefined;
}

/**
 * The CLI's escape proxy over what is typed: `feed` returns what passes on to the container and
 * whether the whole sequence was read (what follows it in the same read is dropped, as the
 * proxy's Read returns its error there). A partial sequence is held back until the next key.
 */
export class EscapeProxy {
  /** The sequence's bytes. */
  readonly keys: string;
  private readonly reader = new EscapeSequenceReader();

  constructor(spec: string) {
    this.keys = (spec === '' ? undefined : detachKeyBytes(spec)) ?? DEFAULT_KEYS;
  }

  feed(data: string): { pass: string; detached: boolean } {
    let pass = '';
    for (const part of this.reader.feed(data, this.keys)) {
      if ('escape' in part) return { pass, detached: true };
      pass += part.typed;
    }
    return { pass, detached: false };
  }
}

/** How the client ends on the detach sequence. */
export interface DetachEnding {
  stderr: string;
  exitCode: number;
}

/** run and start -a: `return nil` on term.EscapeError. */
export const SILENT_DETACH: DetachEnding = { stderr: '', exitCode: 0 };
/** attach and exec: the escape proxy's error, printed by docker's main. */
export const LOUD_DETACH: DetachEnding = { stderr: `${ESCAPE_ERROR}\n`, exitCode: 1 };

/**
 * The attached program behind the CLI's escape proxy: typed input is filtered, and the detach
 * sequence ends the attach while the process keeps running.
 */
function behindEscapeProxy(program: InteractiveProgram, spec: string, ending: DetachEnding): InteractiveProgram {
  const proxy = new EscapeProxy(spec);
  return {
    prompt: () => program.prompt(),
    async input(line, live) {
      const { pass, detached } = proxy.feed(line);
      if (detached) {
        // What came before the sequence in the same read still reaches the container.
        if (pass !== '') await program.input(pass, live);
        return { stdout: '', stderr: ending.stderr, exitCode: ending.exitCode };
      }
      // A read that held back only part of the sequence sends nothing yet.
      if (pass === '' && line !== '') return { stdout: '', stderr: '' };
      return program.input(pass, live);
    },
    interrupt: (kind) => program.interrupt(kind),
    detachKeys: proxy.keys,
  };
}

/** The context with its terminal's attach going through the escape proxy (an attach with -t and stdin). */
export function withDetachKeys(c: DockerContext, watch: boolean, ending: DetachEnding): DockerContext {
  const terminal = c.io.terminal;
  if (!watch || !terminal) return c;
  const spec = detachKeysSpec(c);
  return { ...c, io: { ...c.io, terminal: { attach: (program: InteractiveProgram) => terminal.attach(behindEscapeProxy(program, spec, ending)) } } } as DockerContext;
}
