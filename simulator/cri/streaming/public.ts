// What a CRI client (crictl) may use of the streaming server and the logs besides the RPCs:
// opening a stream URL, and bringing log files up to date before it reads one. Exported by
// cri/index.ts, the client's only way into the plugin.

export { openStream, StreamError, type StreamSession, type StreamedProcess } from './sessions';
export { ExecNeverEndsError } from './exec-sync';
export { syncContainerLogs } from '../logs/container-logger';
