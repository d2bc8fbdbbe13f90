// --gpus (cmd/nerdctl/run_gpus.go@v0.22.2): each value is one CSV record of a GPU request
// (a bare count or "all", or count=/device=/capabilities=/driver=/options= pairs), checked in
// setPlatformOptions; each request becomes containerd v1.6.20's nvidia.WithGPUs spec opt
// (contrib/nvidia/nvidia.go), which runs inside NewContainer and first finds `containerd` and
// then `nvidia-container-cli` on $PATH for the prestart hook it adds. This node has neither an
// NVIDIA driver nor the NVIDIA container toolkit, so that lookup is where a run with --gpus
// ends, with exec.LookPath's error.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { lookPath } from '../look-path';
import { parseGpuCount, readCsvRecord } from '../../gpu-request';
import type { NerdctlContext } from '../nerdctl-env';


/** parseGPUOptCSV's checks; the request itself only matters to the hook this node cannot run. */
function parseGpuRequest(value: string): void {
  const seen = new Set<string>();
  let count = 0;
  let deviceIds: string[] = [];
  for (const field of readCsvRecord(value)) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? field : field.slice(0, eq);
    if (seen.has(key)) throw new Error(`gpu request key '${key}' can be specified only once`);
    seen.add(key);
    if (eq < 0) {
      seen.add('count');
      count = parseGpuCount(key);
      continue;
    }
    const v = field.slice(eq + 1);
    switch (key) {
      case 'driver':
        if (v !== 'nvidia') throw new Error(`invalid driver ${JSON.stringify(v)}: "nvidia" is only supported`);
        break;
      case 'count':
        count = parseGpuCount(v);
        break;
      case 'device':
        deviceIds = v.split(',');
        break;
      case 'capabilities':
      case 'options':
        break;
      default:
        throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (count !== 0 && deviceIds.length > 0) throw new Error('cannot set both Count and DeviceIDs on device request');
}

/** parseGPUOpts: every --gpus value checked; true when there is any (each gets a WithGPUs). */
export function parseGpuOpts(c: NerdctlContext): boolean {
  const values = c.stringSlice('gpus');
  for (const v of values) parseGpuRequest(v);
  return values.length > 0;
}

/** nvidia.WithGPUs inside NewContainer: the two exec.LookPath calls before the hook is added. */
export function withGpus(c: NerdctlContext): void {
  // The daemon nerdctl talks to is Debian's containerd package's /usr/bin/containerd.
  lookPath(c, 'containerd', true);
  lookPath(c, 'nvidia-container-cli');
  // Found: the prestart hook would run nvidia-container-cli against a GPU this node lacks.
  throw new NotSimulatedError('GPUs (--gpus with nvidia-container-cli)', 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/gpu.md');
}
