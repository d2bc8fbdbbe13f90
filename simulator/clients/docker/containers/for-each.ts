// The loop of docker's multi-container verbs (docker/cli 20.10 cli/command/container/stop.go,
// kill.go, pause.go, unpause.go, restart.go, wait.go): each container in turn, what succeeded
// printed at once, the failures gathered and returned as one error, joined by newlines — main()
// prints it and exits 1.

import { daemonErrorText } from '../errors';
import type { DockerContext } from '../docker-env';

export async function forEachContainer(c: DockerContext, each: (ref: string) => Promise<string | undefined> | string | undefined): Promise<number> {
  const errors: string[] = [];
  for (const ref of c.args) {
    try {
      const line = await each(ref);
      if (line !== undefined) c.io.stdout(`${line}\n`);
    } catch (err) {
      const text = daemonErrorText(err);
      if (text === undefined) throw err;
      errors.push(text);
    }
  }
  if (errors.length === 0) return 0;
  c.io.stderr(`${errors.join('\n')}\n`);
  return 1;
}
