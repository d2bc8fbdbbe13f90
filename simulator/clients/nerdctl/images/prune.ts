// `nerdctl image prune` (cmd/nerdctl/image_prune.go@v0.22.2): without -a it only warns
// (0.22 cannot tell dangling images); with -a, unless -f, the WARNING prompt reads one word
// (`y` to go on); then every image no container of the namespace uses is deleted: `Deleted
// Images:`, `Untagged: <name>` and `deleted: <diff id>` lines, then an empty line.

import type { InteractiveProgram } from '../../../cli/spec';
import { DEFAULT_PLATFORM } from '../../../oci/platform';
import { clientOf, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { readConfig } from './image-info';

const PROMPT = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ';

function prune(c: NerdctlContext): string {
  const client = clientOf(c);
  const used = new Set(client.containers.list().map((x) => x.image));
  const removed: Array<{ name: string; digests: string[] }> = [];
  for (const image of client.images.list()) {
    if (used.has(image.name)) continue;
    let digests: string[] = [];
    try {
      digests = readConfig(client, image.target, DEFAULT_PLATFORM).config.rootfs?.diff_ids ?? [];
    } catch (err) {
      c.env.log.warn('failed to enumerate rootfs', { error: (err as Error).message });
    }
    try {
      client.images.delete(image.name, { synchronous: true });
    } catch (err) {
      c.env.log.warn(`failed to delete image ${image.name}`, { error: (err as Error).message });
      continue;
    }
    removed.push({ name: image.name, digests });
  }
  if (removed.length === 0) return '';
  return `Deleted Images:\n${removed.map((r) => `Untagged: ${r.name}\n${r.digests.map((d) => `deleted: ${d}\n`).join('')}`).join('')}\n`;
}

/** The answer typed at the prompt on a terminal. */
function confirmProgram(c: NerdctlContext): InteractiveProgram {
  return {
    prompt: () => '',
    input: async (line) => {
      const word = line.trim().split(/\s+/)[0] ?? '';
      if (word.toLowerCase() !== 'y') return { stdout: '', stderr: '', exitCode: 0 };
      let stderr = '';
      const io = { ...c.io, stderr: (s: string) => (stderr += s) };
      const stdout = prune({ ...c, io });
      return { stdout, stderr, exitCode: 0 };
    },
    interrupt: async () => ({ stdout: '', stderr: '', exitCode: 130 }),
  };
}

export const imagePruneCommand: NerdctlCommand = {
  name: 'prune',
  argsUsage: '[flags]',
  usage: 'Remove unused images',
  args: { max: 0 },
  flags: [
    { names: ['all', 'a'], kind: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    { names: ['force', 'f'], kind: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  action: (c) => {
    if (!c.bool('all')) {
      c.env.log.warn('Currently, `nerdctl image prune` requires --all to be specified. Skip pruning.');
      return;
    }
    if (!c.bool('force')) {
      c.io.stdout(PROMPT);
      if (c.io.terminal && c.io.stdin === '') {
        clientOf(c);
        c.io.terminal.attach(confirmProgram(c));
        return;
      }
      const word = c.io.stdin.trim().split(/\s+/)[0] ?? '';
      if (word.toLowerCase() !== 'y') return;
    }
    c.io.stdout(prune(c));
  },
};
