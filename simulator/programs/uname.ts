// uname inside a container: the node's kernel (containers share it) with the container's UTS
// hostname. The kernel strings are the node's (host/kernel.ts, from the recorded node's
// `docker info`). busybox prints "Linux" as the OS on alpine (its build sets
// CONFIG_UNAME_OSNAME) and coreutils/Debian busybox "GNU/Linux"; -p and -i, unknown, are left
// out of -a as both do.

import { KERNEL_RELEASE, KERNEL_VERSION } from '../host/kernel';
import { finished, followLinks, stderr, stdout, type Program } from './program';

export const unameProgram: Program = {
  name: 'uname',
  run(ctx) {
    const os = followLinks(ctx.fs, '/etc/alpine-release') ? 'Linux' : 'GNU/Linux';
    const fields: Record<string, string> = { s: 'Linux', n: ctx.hostname, r: KERNEL_RELEASE, v: KERNEL_VERSION, m: 'x86_64', p: 'unknown', i: 'unknown', o: os };
    const wanted = new Set<string>();
    for (const arg of ctx.argv.slice(1)) {
      if (!/^-[snrvmpioa]+$/.test(arg)) return finished([stderr(`uname: unrecognized option '${arg}'\n`)], 1);
      for (const f of arg.slice(1)) {
        if (f === 'a') for (const k of 'snrvmo') wanted.add(k);
        else wanted.add(f);
      }
    }
    if (wanted.size === 0) wanted.add('s');
    const line = 'snrvmpio'.split('').filter((k) => wanted.has(k)).map((k) => fields[k]).join(' ');
    return finished([stdout(`${line}\n`)]);
  },
};
