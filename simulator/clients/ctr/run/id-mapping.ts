// `ctr run --uidmap/--gidmap container-id:host-id:size` (run_unix.go). Read twice, as ctr
// reads them: NewContainer parses both only when BOTH are given (a bad one fails the run
// before anything is made; two good ones ask for a user namespace and a snapshot chowned to
// the host ids, which this simulator does not model), and getNewTaskOpts parses each given
// one again for the owner of the task's IO fifos, where a bad one is only a warning.

import { plain } from '../../../errdefs/errdefs';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { logTo } from '../../../cli/logrus';
import { parseGoUint } from '../../../go/strconv';
import { goQuote } from '../../../go/quote';
import type { CtrContext } from '../ctr-env';

interface IDMapping {
  containerID: number;
  hostID: number;
  size: number;
}

/** strconv.ParseUint(part, 0, 32), worded as run_unix.go parseIDMapping wraps it. */
function idPart(part: string, what: string): number {
  const parsed = parseGoUint(part, 32);
  if (parsed.ok) return Number(parsed.value);
  const why = parsed.error === 'parse error' ? 'invalid syntax' : 'value out of range';
  throw plain(`invalid ${what} for user namespace remapping: strconv.ParseUint: parsing ${goQuote(part)}: ${why}`);
}

function parseIDMapping(text: string): IDMapping {
  const parts = text.split(':');
  if (parts.length !== 3) throw plain('user namespace mappings require the format `container-id:host-id:size`');
  const [container = '', host = '', size = ''] = parts;
  return { containerID: idPart(container, 'container id'), hostID: idPart(host, 'host id'), size: idPart(size, 'size') };
}

/**
 * NewContainer's check, after the image is unpacked: only with both flags given. Returns the
 * refusal to throw once ctr's later checks (annotations, capabilities…) passed too, for the
 * remapped snapshot would be made only by client.NewContainer itself.
 */
export function userNamespaceRefusal(c: CtrContext): NotSimulatedError | undefined {
  const uidmap = c.string('uidmap');
  const gidmap = c.string('gidmap');
  if (uidmap === '' || gidmap === '') return undefined;
  parseIDMapping(uidmap);
  parseIDMapping(gidmap);
  return new NotSimulatedError('a user namespace with a remapped snapshot (--uidmap with --gidmap)', "ctr's help");
}

/** getNewTaskOpts: a map that does not parse is logged, and the IO stays owned by root. */
export function warnUnparsedIoOwners(c: CtrContext): void {
  for (const [flag, id] of [['uidmap', 'uid'], ['gidmap', 'gid']] as const) {
    const text = c.string(flag);
    if (text === '') continue;
    try {
      parseIDMapping(text);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      logTo(c.io, c.env.node.nowMs(), 'warning', `unable to parse ${flag}; defaulting to ${id} 0 IO ownership`, { error: message });
    }
  }
}
