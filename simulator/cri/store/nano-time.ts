// containerd's nanosecond stamps as the CRI store saves them (the NanoTime pair of whole ms and
// the nanoseconds within it), bounded like every other time of the tree.

import { intIn, shape, timeMs } from '../../schema/kit';

export const nanoTime = shape({ ms: timeMs, subNanos: intIn(0, 999_999) });
