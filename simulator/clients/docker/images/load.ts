// `docker load` / `docker image load` (docker/cli 20.10 cli/command/image/load.go): the archive
// from -i or stdin (an empty terminal stdin is refused before the daemon is asked), sent to
// the daemon, whose JSON messages are displayed (jsonmessage): `Loading layer` bars on a
// terminal only (off one the CLI asks quietly), then `Loaded image: x` / `Loaded image ID: …`.

import { JsonMessageDisplay } from '../../../cli/progress/json-message-display';
import { isVfsError, normalizePath, readFile } from '../../../host/vfs';
import { daemonOf, type DockerCommand } from '../docker-env';

export const imageLoadCommand: DockerCommand = {
  name: 'load',
  argsUsage: '[OPTIONS]',
  usage: 'Load an image from a tar archive or STDIN',
  args: { max: 0 },
  flags: [
    { names: ['input', 'i'], kind: 'string', usage: 'Read from tar archive file, instead of STDIN' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Suppress the load output' },
  ],
  action: (c) => {
    const input = c.string('input');
    let archive: string;
    if (input === '') {
      if (c.io.stdin === '' && c.io.isTTY) throw new Error('requested load from stdin, but stdin is empty');
      archive = c.io.stdin;
    } else {
      try {
        archive = readFile(c.env.node.state.host.files, normalizePath(input, c.io.cwd));
      } catch (err) {
        if (!isVfsError(err)) throw err;
        const why = err.code === 'EISDIR' ? 'is a directory' : err.code === 'ENOTDIR' ? 'not a directory' : 'no such file or directory';
        throw new Error(`open ${input}: ${why}`);
      }
    }
    const quiet = c.bool('quiet') || !c.io.isTTY;
    const outcome = daemonOf(c).images.load(archive, quiet);
    const display = new JsonMessageDisplay((t) => c.io.stdout(t), { isTerminal: c.io.isTTY, width: c.io.columns ?? 80, now: () => c.env.node.nowMs() });
    for (const m of outcome.messages) display.show(m);
    if (outcome.error !== undefined) throw new Error(outcome.error);
  },
};

export const loadCommand: DockerCommand = { ...imageLoadCommand };
