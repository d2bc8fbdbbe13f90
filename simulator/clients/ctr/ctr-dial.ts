// ctr's dial of containerd (commands.NewClient → containerd.New): --address, --connect-timeout.

import { dial, noConnection } from '../../containerd/client/index';
import { ContainerdError } from '../../errdefs/errdefs';
import type { CtrContext } from './ctr-env';

/**
 * Below this a deadline expires before containerd answers the first request: on a real node
 * `--connect-timeout 1ns` fails every command, while 1ms was enough.
 */
const ROUND_TRIP_MS = 1;

/**
 * commands.NewClient's dial (containerd.New with --address and --connect-timeout). An empty
 * address dials nothing, and the first service call fails instead.
 */
export function ctrDial(c: CtrContext): void {
  const address = c.string('address');
  if (address === '') throw noConnection();
  const connect = c.duration('connect-timeout');
  dial(c.env.node, address, { timeoutMs: connect, cwd: c.io.cwd });
  if (connect > 0 && connect < ROUND_TRIP_MS) {
    throw new ContainerdError('deadline exceeded', `failed to dial ${JSON.stringify(address)}: context deadline exceeded`);
  }
}
