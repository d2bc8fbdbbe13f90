// Host PIDs for shims, runc and container processes. Linux hands them out in increasing
// order and wraps at pid_max back to 300; the recorded node had pid_max 32768 (its PIDs went
// from 29059 to 491). Every task start also spends PIDs on the shim, runc and runc init,
// so consecutive containers are a few PIDs apart, never adjacent.

import type { Node } from '../../node';
import { randomInt } from '../../host/random';

const PID_MAX = 32768;
const PID_WRAP_TO = 300;

/** The next PID after a gap of `minGap`–`maxGap` spent by helper processes. */
export function allocatePid(node: Node, minGap = 1, maxGap = 1): number {
  const host = node.state.host;
  let pid = host.nextPid + randomInt(node.state.random, minGap, maxGap) - 1;
  if (pid >= PID_MAX) pid = PID_WRAP_TO + (pid - PID_MAX);
  host.nextPid = pid + 1;
  return pid;
}
