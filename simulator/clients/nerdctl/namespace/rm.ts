// `nerdctl namespace remove` (alias rm), namespace_rm.go@v0.22.2. As released, the loop returns
// after its first argument: a deleted (or already missing) namespace is printed and the rest
// are never looked at; a namespace that cannot be deleted logs `ERRO … unable to delete X
// error="…"` and the command ends with `unable to delete X`. -c/--cgroup also deletes the
// namespace's cgroup, which the simulated node has no separate record of.

import { isNotFound } from '../../../errdefs/errdefs';
import { containerdOf, type NerdctlCommand } from '../nerdctl-env';

export const namespaceRmCommand: NerdctlCommand = {
  name: 'remove',
  aliases: ['rm'],
  argsUsage: '[OPTIONS] NAMESPACE [NAMESPACE...]',
  usage: 'Remove one or more namespaces',
  args: { min: 1 },
  flags: [{ names: ['cgroup', 'c'], kind: 'bool', usage: "delete the namespace's cgroup" }],
  action: (c) => {
    const client = containerdOf(c);
    let exitErr: Error | undefined;
    for (const target of c.args) {
      try {
        client.namespaces.delete(target);
      } catch (err) {
        if (!isNotFound(err)) {
          exitErr ??= new Error(`unable to delete ${target}`);
          c.env.log.error(`unable to delete ${target}`, { error: (err as Error).message });
          continue;
        }
      }
      c.io.stdout(`${target}\n`);
      return;
    }
    if (exitErr) throw exitErr;
  },
};
