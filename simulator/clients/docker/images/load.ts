// `docker load` / `docker image load` (docker/cli 20.10 cli/command/image/load.go): the archive
// from -i or stdin (an empty terminal stdin is refused before the daemon is asked), sent to
// the daemon, whose JSON messages are displayed (jsonmessage): `Loading layer` bars on a
// terminal only (off one the CLI asks quietly), then `Loaded image: x` / `Loaded image ID: …`.

import { JsonMessageDisplay } from '../../../cli/progress/json-message-display';
import { isVfsError, normalizePath, readFile } from '../../../host/vfs';
import { daemonOf, daemonUrlOf, type DockerCommand } from '../docker-env';

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
    const quiet = c.bool('quiet') || !c.io.isTTY;
    let archive: string;
    if (input === '') {
      if (c.io.stdin === '' && c.io.isTTY) throw new Error('requested load from stdin, but stdin is empty');
      archive = c.io.stdin;
    } else {
      try {
        archive = readFile(c.env.node.state.host.files, normalizePath(input, c.io.cwd));
      } catch (err) {
        if (!isVfsError(err)) throw err;
        // A directory opens; its first read, while the request body is sent, is what fails.
        if (err.code === 'EISDIR') {
          daemonOf(c);
          throw new Error(`error during connect: Post "${daemonUrlOf(c)}/v1.41/images/load?quiet=${quiet ? 1 : 0}": read ${input}: is a directory`);
        }
        throw new Error(`open ${input}: ${err.code === 'ENOTDIR' ? 'not a directory' : 'no such file or directory'}`);
      }
    }
    const outcome = daemonOf(c).images.load(archive, quiet);
    const display = new JsonMessageDisplay((t) => c.io.stdout(t), { isTerminal: c.io.isTTY, width: c.io.columns ?? 80, now: () => c.env.node.nowMs() });
    for (const m of outcome.messages) display.show(m);
    if (outcome.error !== undefined) throw new Error(outcome.error);
  },
};

export const loadCommand: DockerCommand = { ...imageLoadCommand };
