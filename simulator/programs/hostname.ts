// busybox hostname (networking/hostname.c, 1.35): the UTS name (ctr sets none, so a container
// sees the node's own name; docker's is the container's short id). -s cuts it at the first dot;
// -i, -f and -d look the name up as gethostbyname does, in the container's /etc/hosts (the first
// IPv4 line that lists it: its address, its first name, that name's domain), and without such a
// line fail as the resolver does with no DNS to ask. Setting the name (an operand or -F FILE)
// needs CAP_SYS_ADMIN, which a default container lacks (a --privileged one would have it: not
// simulated, it fails the same way).

import { getopt32, lastValue } from './getopt32';
import { finished, followLinks, resolvePath, stderr, stdout, type ContainerFs, type Program } from './program';
import { showUsage } from './applets/busybox-usage';

const USAGE =
  'Usage: hostname [-sidf] [HOSTNAME | -F FILE]\n\nShow or set hostname or DNS domain name\n\n' +
  '\t-s\tShort\n\t-i\tAddresses for the hostname\n\t-d\tDNS domain name\n\t-f\tFully qualified domain name\n\t-F FILE\tUse FILE\'s content as hostname\n';

/**
 * The files backend of gethostbyname (AF_INET): the first line of /etc/hosts naming `name`
 * whose address is IPv4, or an IPv6 one glibc maps to IPv4 (::1 is 127.0.0.1, ::ffff:a.b.c.d
 * is a.b.c.d); other IPv6 lines are passed over.
 */
function hostsEntry(fs: ContainerFs, name: string): { address: string; canonical: string } | undefined {
  const hosts = followLinks(fs, '/etc/hosts');
  if (hosts?.file.kind !== 'file') return undefined;
  for (const line of (hosts.file.content ?? '').split('\n')) {
    const fields = line.replace(/#.*/, '').trim().split(/\s+/);
    const [raw = '', canonical = ''] = fields;
    const address = raw === '::1' ? '127.0.0.1' : raw.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(address) || canonical === '') continue;
    if (fields.slice(1).some((f) => f.toLowerCase() === name.toLowerCase())) return { address, canonical };
  }
  return undefined;
}

export const hostnameProgram: Program = {
  name: 'hostname',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'dfisF:v');
    if (!parsed.ok) return showUsage('hostname', USAGE, parsed.error);
    const has = (c: string) => parsed.opts.has(c);
    const name = ctx.hostname;
    if (has('d') || has('f') || has('i')) {
      const entry = hostsEntry(ctx.fs, name);
      if (!entry) return finished([stderr(`hostname: ${name}: Host name lookup failure\n`)], 1);
      const dot = entry.canonical.indexOf('.');
      if (has('f')) return finished([stdout(`${entry.canonical}\n`)]);
      if (has('s')) return finished([stdout(`${dot < 0 ? entry.canonical : entry.canonical.slice(0, dot)}\n`)]);
      if (has('d')) return finished(dot < 0 ? [] : [stdout(`${entry.canonical.slice(dot + 1)}\n`)]);
      return finished([stdout(`${entry.address}\n`)]);
    }
    if (has('s')) return finished([stdout(`${name.split('.')[0] ?? ''}\n`)]);
    const file = lastValue(parsed, 'F');
    if (file !== undefined) {
      const found = followLinks(ctx.fs, resolvePath(ctx.cwd, file));
      if (!found || found.file.kind !== 'file') return finished([stderr(`hostname: can't open '${file}': ${found ? 'Is a directory' : 'No such file or directory'}\n`)], 1);
      return finished([stderr('hostname: sethostname: Operation not permitted\n')], 1);
    }
    if (parsed.operands.length > 0) return finished([stderr('hostname: sethostname: Operation not permitted\n')], 1);
    return finished([stdout(`${name}\n`)]);
  },
};
