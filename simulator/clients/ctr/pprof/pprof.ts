// `ctr pprof`: Go pprof data from containerd's debug socket. The stock config leaves
// [debug] address empty, so that socket does not exist and every verb fails to connect, as
// the real ctr does on such a node.

import { exists, normalizePath } from '../../../host/vfs';
import type { CtrCommand, CtrContext } from '../ctr-env';
import { CtrError } from '../errors';

const DEBUG_SOCKET = '/run/containerd/debug.sock';

/** GET of one pprof endpoint over the debug socket; `query` may read the verb's flags. */
function fetchProfile(path: string, query: (c: CtrContext) => string = () => '') {
  return (c: CtrContext): void => {
    const socket = c.string('debug-socket');
    throw new CtrError(`Get "http://./debug/pprof/${path}${query(c)}": dial unix${dialFailure(c, socket)}`);
  };
}

/**
 * What net.Dial("unix", socket) says here, where no debug server listens: an empty path is a
 * missing address; a file or directory that is there refuses; nothing there is ENOENT.
 */
function dialFailure(c: CtrContext, socket: string): string {
  if (socket === '') return ': missing address';
  const there = exists(c.env.node.state.host.files, normalizePath(socket, c.io.cwd));
  return ` ${socket}: connect: ${there ? 'connection refused' : 'no such file or directory'}`;
}

const seconds = (c: CtrContext) => `?seconds=${Math.trunc(c.duration('seconds') / 1000)}`;

export const pprofCommand: CtrCommand = {
  name: 'pprof',
  usage: 'provide golang pprof outputs for containerd',
  flags: [
    { names: ['debug-socket', 'd'], kind: 'string', usage: 'socket path for containerd\'s debug server', value: DEBUG_SOCKET },
  ],
  subcommands: [
    { name: 'block', usage: 'goroutine blocking profile', action: fetchProfile('block') },
    { name: 'goroutines', usage: 'dump goroutine stack dump', action: fetchProfile('goroutine?debug=2') },
    { name: 'heap', usage: 'dump heap profile', action: fetchProfile('heap') },
    {
      name: 'profile',
      usage: 'CPU profile',
      flags: [{ names: ['seconds', 's'], kind: 'duration', usage: 'duration for collection (seconds)', value: '30s' }],
      action: fetchProfile('profile', seconds),
    },
    { name: 'threadcreate', usage: 'goroutine thread creating profile', action: fetchProfile('threadcreate') },
    {
      name: 'trace',
      usage: 'collect execution trace',
      flags: [{ names: ['seconds', 's'], kind: 'duration', usage: 'trace time (seconds)', value: '5s' }],
      action: fetchProfile('trace', seconds),
    },
  ],
};
