// `nerdctl commit` (cmd/nerdctl/commit.go@v0.22.2): CONTAINER (name or id prefix) and
// REPOSITORY[:TAG] (ParseDockerRef: `myimg` is docker.io/library/myimg:latest). --change takes
// only CMD and ENTRYPOINT in JSON form; the last of several wins, with a warning. Prints the
// new image's config digest (commit-image.ts).

import { nowRfc3339Nano } from '../../../containerd/client/index';
import { clientOf, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { normalizeRef } from '../images/reference';
import { commitContainer, type CommitChanges } from './commit-image';
import { refuseAmbiguous, walkContainers } from './container-walker';

/** parseChanges: `CMD ["a","b"]` and `ENTRYPOINT [...]`, the JSON after the directive's word. */
function parseChanges(c: NerdctlContext): CommitChanges {
  const changes: CommitChanges = {};
  for (const change of c.stringSlice('change')) {
    if (change === '') throw new Error('received an empty value in change flag');
    const directive = change.trim().split(/\s+/)[0] ?? '';
    const offset = change.indexOf(directive) + directive.length;
    if (directive !== 'CMD' && directive !== 'ENTRYPOINT') throw new Error(`unknown change directive ${JSON.stringify(directive)}`);
    const args = jsonStringArray(change.slice(offset));
    if (args === undefined) throw new Error(`malformed json in change flag value ${JSON.stringify(change)}`);
    if (directive === 'CMD') {
      if (changes.cmd) c.env.log.warn('multiple change flags supplied for the CMD directive, overriding with last supplied');
      changes.cmd = args;
    } else {
      if (changes.entrypoint) c.env.log.warn('multiple change flags supplied for the Entrypoint directive, overriding with last supplied');
      changes.entrypoint = args;
    }
  }
  return changes;
}

/** json.Unmarshal into []string: a JSON array of strings (or null); anything else fails. */
function jsonStringArray(text: string): string[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
  return value as string[];
}

export const commitCommand: NerdctlCommand = {
  name: 'commit',
  usage: "Create a new image from a container's changes",
  argsUsage: '[flags] CONTAINER REPOSITORY[:TAG]',
  args: { min: 2, max: 2 },
  flags: [
    { names: ['author', 'a'], kind: 'string', usage: 'Author (e.g., "nerdctl contributor <nerdctl-dev@example.com>")', value: '' },
    { names: ['message', 'm'], kind: 'string', usage: 'Commit message', value: '' },
    { names: ['change', 'c'], kind: 'stringArray', usage: 'Apply Dockerfile instruction to the created image (supported directives: [CMD, ENTRYPOINT])', value: [] },
    { names: ['pause', 'p'], kind: 'bool', usage: 'Pause container during commit', value: true },
  ],
  action: async (c) => {
    const [req = '', rawRef = ''] = c.args;
    const ref = normalizeRef(rawRef);
    const opts = { author: c.string('author'), message: c.string('message'), ref, pause: c.bool('pause'), changes: parseChanges(c) };
    const client = clientOf(c);
    const node = c.env.node;
    const n = await walkContainers(client, req, (found) => {
      refuseAmbiguous(found);
      const digest = commitContainer(client, found.container, opts, {
        warn: (message) => c.env.log.warn(message),
        now: () => nowRfc3339Nano(node),
        random: node.state.random,
      });
      c.io.stdout(`${digest}\n`);
    });
    if (n === 0) throw new Error(`no such container ${req}`);
  },
};
