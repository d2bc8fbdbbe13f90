// How `ctr events` and `nerdctl events` follow containerd's event stream, and `docker events`
// dockerd's (they subscribe and print each event as it arrives, until killed): on a watched
// terminal, or under an enclosing `timeout`, the loop waits on the node's clock; anywhere else
// nothing could end the wait, so what has arrived by now is printed and `notFollowed` is thrown.

import { InterruptedError } from '../cli/interrupted';
import type { CommandIO } from '../cli/spec';
import type { EventEnvelope } from '../containerd/client/index';
import { catchUp, waitFor } from '../host/time-driver';
import type { Node } from '../node';

export async function followEvents<E = EventEnvelope>(
  node: Node,
  io: CommandIO,
  subscribe: (onEvent: (e: E) => void) => () => void,
  format: (e: E) => string,
  notFollowed: () => Error,
): Promise<void> {
  const arrived: E[] = [];
  const unsubscribe = subscribe((e) => arrived.push(e));
  const printArrived = () => {
    const text = arrived.splice(0).map(format).join('');
    if (text !== '') io.stdout(text);
  };
  try {
    const { time } = io;
    // Without a terminal to Ctrl-C it, only an enclosing `timeout` can end the wait.
    if ((!time.realTime || !io.isTTY) && !time.deadline) {
      catchUp(node);
      printArrived();
      throw notFollowed();
    }
    for (;;) {
      await waitFor(node, () => arrived.length > 0, Number.POSITIVE_INFINITY, time);
      printArrived();
      if (time.signal?.aborted) throw new InterruptedError();
    }
  } finally {
    unsubscribe();
  }
}
