// What the terminal says when the page had to stop the node's worker. Plain words for a
// learner: what happened, why, and what state the node is in now.

/** Exit status after the page ended a line at Ctrl-C, as bash reports a job killed by SIGINT. */
export const STOPPED_AT_CTRL_C_EXIT = 130;
/** Exit status after the watchdog ended a line, as bash reports a job killed by SIGKILL. */
export const STOPPED_BY_WATCHDOG_EXIT = 137;

export type StopReason = 'interrupt' | 'blocked' | 'crashed';

export function stopMessage(reason: StopReason, blockedMs: number, restored: boolean): string {
  const seconds = Math.round(blockedMs / 1000);
  const cause =
    reason === 'interrupt'
      ? 'ctrlab: the line did not stop at Ctrl-C, so ctrlab ended it'
      : reason === 'blocked'
        ? `ctrlab: the line kept the node busy for ${seconds} s without a pause, so ctrlab ended it (a real shell would keep going until Ctrl-C)`
        : 'ctrlab: the node stopped unexpectedly while running the line';
  const state = restored
    ? 'the node is back as it was before the line.'
    : 'its last state could not be kept, so this is a fresh node.';
  // After Ctrl-C the terminal shows ^C and, once the line has ended, starts a new line itself
  // (as bash does): the message goes between the two.
  return reason === 'interrupt' ? `\n${cause}; ${state}` : `${cause}; ${state}\n`;
}
