// `crictl update [flags] CONTAINER-ID...` (container.go:220-287, UpdateContainerResources
// 757-799 @v1.26.0): the Linux resources from the flags (0 / "" = unchanged) sent for each
// id, which is printed once updated; the first failure ends it:
// `updating container resources for "<id>": <error>`. The two Windows-only flags are accepted.

import { plain } from '../../../errdefs/errdefs';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand } from '../crictl-env';

export const updateCommand: CrictlCommand = {
  name: 'update',
  usage: 'Update one or more running containers',
  argsUsage: 'CONTAINER-ID [CONTAINER-ID...]',
  flags: [
    { names: ['cpu-count'], kind: 'int64', usage: '(Windows only) Number of CPUs available to the container', value: 0 },
    { names: ['cpu-maximum'], kind: 'int64', usage: '(Windows only) Portion of CPU cycles specified as a percentage * 100', value: 0 },
    { names: ['cpu-period'], kind: 'int64', usage: 'CPU CFS period to be used for hardcapping (in usecs). 0 to use system default', value: 0 },
    { names: ['cpu-quota'], kind: 'int64', usage: 'CPU CFS hardcap limit (in usecs). Allowed cpu time in a given period', value: 0 },
    { names: ['cpu-share'], kind: 'int64', usage: 'CPU shares (relative weight vs. other containers)', value: 0 },
    { names: ['memory'], kind: 'int64', usage: 'Memory limit (in bytes)', value: 0 },
    { names: ['cpuset-cpus'], kind: 'string', usage: 'CPU(s) to use' },
    { names: ['cpuset-mems'], kind: 'string', usage: 'Memory node(s) to use' },
  ],
  action: async (c) => {
    if (c.args.length === 0) {
      c.io.stdout(c.helpText());
      return;
    }
    const runtime = await runtimeServiceOf(c, 0);
    const linux = {
      cpuPeriod: String(c.int('cpu-period')),
      cpuQuota: String(c.int('cpu-quota')),
      cpuShares: String(c.int('cpu-share')),
      cpusetCpus: c.string('cpuset-cpus'),
      cpusetMems: c.string('cpuset-mems'),
      memoryLimitInBytes: String(c.int('memory')),
      oomScoreAdj: '0',
    };
    for (const id of c.args) {
      const fail = (text: string) => plain(`updating container resources for ${JSON.stringify(id)}: ${text}`);
      if (id === '') throw fail('ID cannot be empty');
      try {
        await runtime.updateContainerResources({ containerId: id, linux });
      } catch (err) {
        throw fail(rpcErrorText(err));
      }
      c.io.stdout(`${id}\n`);
    }
  },
};
