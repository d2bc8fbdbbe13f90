// buildkitd as its clients reach it over /run/buildkit/buildkitd.sock: the one module of
// simulator/buildkit a tool (buildctl, nerdctl) imports.

export { BUILDKIT_REVISION, BUILDKIT_UNIT, BUILDKIT_VERSION, BUILDKITD_SOCKET, buildkitdRunning, initWorkers, listWorkers, type WorkerInfo } from './daemon';
export { diskUsage, prune, type UsageRecord } from './disk-usage';
export { solve, type SolveResponse } from './solver/solve';
export type { SessionAttachables } from './dockerfile/run-mounts';
export { secretsFromFlags, sshFromFlags } from './session/providers';
export type { ExportRequest } from './export/exporters';
export { sourceSnippet } from './dockerfile/errors';
export { plainProgress, type TimedText } from './progress/plain';
export { ttyProgress } from './progress/tty';
export { formatBytes } from './progress/bytes';
export { isIgnored, parseDockerignore } from './context/dockerignore';
