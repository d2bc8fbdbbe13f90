// busybox ip (networking/ip.c and libiproute/) inside a container: `ip addr`, `ip link`,
// `ip route`, `ip neigh`, `ip rule` and `ip tunnel` over the network namespace the process lives
// in, as host/network models it (docker's eth0 on docker0 or a user-defined bridge, nerdctl's and
// the CRI's CNI veths, lo alone with --network none, the node's own with --network host).
// Options -4, -6, -0, -f[amily] inet|inet6|link and -o[neline] come before the object, which
// matches by unique prefix; anything else prints the usage and exits 1. Output is the Debian
// busybox 1.35 of the test images, recorded against a real dockerd (tests/oracle/docker).

import { viewNetns } from '../../host/network/index';
import { finished, stderr, stdout, type Program, type ProgramContext, type ProgramRun } from '../program';
import { incomplete, indexInSubstrings, invalidArgument, IpExit, RTNETLINK_EPERM } from './ip-args';
import { ipAddr, ipLink, type IpOptions } from './ip-addr';
import type { Family, IpView } from './ip-links';
import { ipRoute } from './ip-route';
import { emptyNetns } from '../../host/network/network-state';
import { BUSYBOX_BANNER } from '../applets/busybox-usage';

const USAGE = `${BUSYBOX_BANNER}Usage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]

OPTIONS := -f[amily] inet|inet6|link | -o[neline]

ip addr add|del IFADDR dev IFACE | show|flush [dev IFACE] [to PREFIX]
ip route list|flush|add|del|change|append|replace|test ROUTE
ip link set IFACE [up|down] [arp on|off] [multicast on|off]
\t[promisc on|off] [mtu NUM] [name NAME] [qlen NUM] [address MAC]
\t[master IFACE | nomaster] [netns PID]
ip tunnel add|change|del|show [NAME]
\t[mode ipip|gre|sit] [remote ADDR] [local ADDR] [ttl TTL]
ip neigh show|flush [to PREFIX] [dev DEV] [nud STATE]
ip rule [list] | add|del SELECTOR ACTION
`;

const OBJECTS = ['address', 'route', 'r', 'link', 'tunnel', 'tunl', 'rule', 'neigh'];
const FAMILIES: Record<string, Family> = { inet: 'inet', inet6: 'inet6', link: 'link' };

/** The routing policy a namespace starts with (no rule is ever added here). */
const RULES = '0:\tfrom all lookup local \n32766:\tfrom all lookup main \n32767:\tfrom all lookup default \n';

function view(ctx: ProgramContext): IpView {
  const network = ctx.network?.();
  if (!network) {
    // No network known: a namespace of the process's own with lo up, as runc leaves it.
    const ns = emptyNetns();
    const lo = ns.links[0];
    if (lo) Object.assign(lo, { up: true, addrs: [{ ip: '127.0.0.1', prefix: 8 }] });
    return { net: { namespaces: {}, portMappings: [] }, ns };
  }
  return { net: network.net, ns: viewNetns(network.net, network.netns) };
}

type Parsed = { options: IpOptions; rest: string[] } | 'usage';

function parseOptions(args: readonly string[], netAdmin: boolean): Parsed {
  const options: IpOptions = { family: undefined, oneline: false, netAdmin };
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-')) break;
    const name = arg.startsWith('--') ? arg.slice(2) : arg.slice(1);
    if (name === '4') options.family = 'inet';
    else if (name === '6') options.family = 'inet6';
    else if (name === '0') options.family = 'link';
    else if (name !== '' && 'oneline'.startsWith(name)) options.oneline = true;
    else if (name !== '' && 'family'.startsWith(name)) {
      const value = args[++i];
      if (value === undefined) throw incomplete(1);
      const family = FAMILIES[value];
      if (!family) throw invalidArgument(value, 'family', 1);
      options.family = family;
    } else return 'usage';
  }
  return { options, rest: args.slice(i) };
}

function neigh(args: readonly string[]): string {
  const verb = args[0];
  if (verb === undefined) return '';
  const which = indexInSubstrings(['show', 'flush'], verb);
  if (which < 0) throw invalidArgument(verb, 'ip', 1);
  // A fresh namespace has resolved no neighbour yet.
  return which === 1 ? 'Nothing to flush\n' : '';
}

function rule(args: readonly string[], o: IpOptions): string {
  const verb = args[0];
  if (verb === undefined || indexInSubstrings(['list', 'show'], verb) >= 0) return RULES;
  const which = indexInSubstrings(['add', 'delete'], verb);
  if (which < 0) throw invalidArgument(verb, 'ip', 1);
  if (o.netAdmin) throw new IpExit('ip rule: changing rules is not simulated here', 1);
  throw new IpExit(RTNETLINK_EPERM, 2);
}

function tunnel(args: readonly string[], o: IpOptions): string {
  const verb = args[0];
  if (verb === undefined || indexInSubstrings(['show', 'list', 'lst'], verb) >= 0) return '';
  if (indexInSubstrings(['add', 'change', 'delete'], verb) < 0) throw invalidArgument(verb, 'ip', 1);
  throw new IpExit(o.netAdmin ? 'ip tunnel: changing tunnels is not simulated here' : 'ioctl 0x89f1 failed: Operation not permitted', 1);
}

function run(ctx: ProgramContext): ProgramRun {
  const args = ctx.argv.slice(1);
  if (args[0] === '--help') return finished([stderr(USAGE)]);
  const parsed = parseOptions(args, ctx.network?.().netAdmin === true);
  if (parsed === 'usage' || parsed.rest[0] === undefined) return finished([stderr(USAGE)], 1);
  const { options, rest } = parsed;
  const object = OBJECTS[indexInSubstrings(OBJECTS, rest[0])];
  if (object === undefined) return finished([stderr(USAGE)], 1);
  const v = view(ctx);
  const more = rest.slice(1);
  let out: string;
  if (object === 'address') out = ipAddr(v, more, options);
  else if (object === 'link') out = ipLink(v, more, options);
  else if (object === 'route' || object === 'r') out = ipRoute(v, more, options);
  else if (object === 'neigh') out = neigh(more);
  else if (object === 'rule') out = rule(more, options);
  else out = tunnel(more, options);
  return finished(out === '' ? [] : [stdout(out)]);
}

function runCatching(ctx: ProgramContext): ProgramRun {
  try {
    return run(ctx);
  } catch (err) {
    if (err instanceof IpExit) return finished([stderr(`ip: ${err.message}\n`)], err.code);
    throw err;
  }
}

export const ipProgram: Program = { name: 'ip', run: runCatching };

/** busybox's ipneigh applet (Debian's build has it, not ipaddr or iplink): `ip neigh`. */
export const ipneighProgram: Program = {
  name: 'ipneigh',
  run: (ctx) => runCatching({ ...ctx, argv: ['ip', 'neigh', ...ctx.argv.slice(1)] }),
};
