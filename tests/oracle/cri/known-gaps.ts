// Steps of the CRI scenarios the simulator does not answer as the real plugin yet, by scenario
// and step index, each with what it waits for. The differential test skips them under that
// name; everything else must match. Rewritten from the recorded fixtures with
// `npx tsx tests/oracle/cri/diff-fixtures.ts --write-gaps` (it keeps this header): run it when
// a part of the simulated plugin lands, and the list shrinks.

export const CRI_GAPS: Record<string, Record<number, string>> = {
  'pod-lifecycle': {
  },
  'images-and-cross-client': {
  },
  'configs-streams-stats': {
  },
  'pod-network-cni': {
  },
  'filters-prefixes-attempts': {
  },
  'edges-and-errors': {
  },
  'config-edges': {
  },
  'runtime-edges': {
  },
  'learner-exits-logs-exec': {
    // read /tmp/ctrlab-cri-oracle/logs/default_exits_uid-exits-1/upd.log
    48: 'an exec\'s write to /proc/1/fd/1 and /proc/1/fd/2 reaching the container init\'s stdout and stderr pipes (programs/sh redirections know no other process\'s fds), so that the reopened log gets the lines',
  },
  'learner-filters-names-images': {
  },
  'exec-background-jobs': {
  },
  'learner-restarts-images-updates': {
  },
};
