// withNerdctlOCIHook (cmd/nerdctl/run.go:822-841@v0.22.2): the spec's createRuntime and
// poststop hooks run `nerdctl [changed global flags] internal oci-hook createRuntime|postStop`
// with nerdctl's own environment. On a real node runc runs them at every task create and
// delete; here nerdctl hands the createRuntime setup (network-hook.ts) to the task's creation,
// which runs it once the process has its PID and before the program starts (start-task.ts),
// and calls the postStop one after deleting a task; the hooks are recorded in the spec for
// `ctr c info` and inspect.

import type { NerdctlContext } from '../nerdctl-env';

export function ociHooks(c: NerdctlContext, globalFlags: readonly string[]): Record<string, unknown> {
  const exe = c.env.exePath;
  const env = Object.entries(c.io.environ).map(([k, v]) => `${k}=${v}`);
  const args = [exe, ...globalFlags, 'internal', 'oci-hook'];
  return {
    createRuntime: [{ path: exe, args: [...args, 'createRuntime'], env }],
    poststop: [{ path: exe, args: [...args, 'postStop'], env }],
  };
}
