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
};
