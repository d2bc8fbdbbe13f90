// `hostname` as Debian's hostname 3.23 prints it: the node's name, or with one of its display
// options the short name (-s), the FQDN (-f: /etc/hosts' name for it, here node1 itself), the
// DNS domain (-d: nothing when the FQDN has no dot), the addresses the name resolves to (-i,
// from /etc/hosts: 127.0.1.1 on Debian) or every address of the node's interfaces (-I: no
// loopback, each followed by a space); the last display option given wins. Root sets the name
// with one argument. Output and exit codes checked against the hostname of this project's
// Debian machines: usage and invalid options exit 255, --help included.

import { nodeCommand } from './command-host';
import { hostsLookup, nodeAddresses } from '../../host/network/index';
import * as vfs from '../../host/vfs';

const USAGE = `Usage: hostname [-b] {hostname|-F file}         set host name (from file)
       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
       hostname                                 display host name

       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)
       {yp,nis,}domainname                      display NIS domain name

       dnsdomainname                            display dns domain name

       hostname -V|--version|-h|--help          print info and exit

Program name:
       {yp,nis,}domainname=hostname -y
       dnsdomainname=hostname -d

Program options:
    -a, --alias            alias names
    -A, --all-fqdns        all long host names (FQDNs)
    -b, --boot             set default hostname if none available
    -d, --domain           DNS domain name
    -f, --fqdn, --long     long host name (FQDN)
    -F, --file             read host name or NIS domain name from given file
    -i, --ip-address       addresses for the host name
    -I, --all-ip-addresses all addresses for the host
    -s, --short            short host name
    -y, --yp, --nis        NIS/YP domain name

Description:
   This command can get or set the host name or the NIS domain name. You can
   also get the DNS domain or the FQDN (fully qualified domain name).
   Unless you are using bind or NIS for host lookups you can change the
   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is
   part of the FQDN) in the /etc/hosts file.
`;

type Display = 'name' | 'short' | 'fqdn' | 'domain' | 'ip' | 'all-ip' | 'alias' | 'all-fqdns' | 'nis';

const SHORT: Record<string, Display | 'version' | 'help' | 'boot' | 'file'> = {
  a: 'alias', A: 'all-fqdns', b: 'boot', d: 'domain', f: 'fqdn', F: 'file', i: 'ip', I: 'all-ip', s: 'short', y: 'nis', V: 'version', h: 'help',
};
const LONG: Record<string, Display | 'version' | 'help' | 'boot' | 'file'> = {
  alias: 'alias', 'all-fqdns': 'all-fqdns', boot: 'boot', domain: 'domain', fqdn: 'fqdn', long: 'fqdn', file: 'file', 'ip-address': 'ip',
  'all-ip-addresses': 'all-ip', short: 'short', yp: 'nis', nis: 'nis', version: 'version', help: 'help',
};

function hostsText(files: Parameters<typeof vfs.exists>[0]): string {
  return vfs.exists(files, '/etc/hosts') ? vfs.binaryToText(vfs.readFile(files, '/etc/hosts')) : '';
}

export const hostnameCommand = nodeCommand('hostname', (args, io, node) => {
  let display: Display = 'name';
  let file: string | undefined;
  const operands: string[] = [];
  const refuse = (message: string) => {
    io.stderr(`hostname: ${message}\n`);
    io.stdout(USAGE);
    return 255;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    let chosen: string[] = [];
    if (arg.startsWith('--') && arg.length > 2) {
      const name = arg.slice(2).split('=')[0] ?? '';
      const matches = Object.keys(LONG).filter((k) => k.startsWith(name));
      const exact = LONG[name] !== undefined ? name : matches.length === 1 ? matches[0] : undefined;
      if (exact === undefined) return refuse(matches.length > 1 ? `option '${arg}' is ambiguous` : `unrecognized option '${arg}'`);
      chosen = [LONG[exact] ?? ''];
      if (chosen[0] === 'file') {
        const eq = arg.indexOf('=');
        file = eq >= 0 ? arg.slice(eq + 1) : args[++i];
        if (file === undefined) return refuse(`option '--file' requires an argument`);
      }
    } else if (arg.startsWith('-') && arg.length > 1) {
      for (let k = 1; k < arg.length; k++) {
        const what = SHORT[arg[k] ?? ''];
        if (what === undefined) return refuse(`invalid option -- '${arg[k]}'`);
        if (what === 'file') {
          file = arg.slice(k + 1) || args[++i];
          if (file === undefined) return refuse(`option requires an argument -- 'F'`);
          chosen.push(what);
          break;
        }
        chosen.push(what);
      }
    } else {
      operands.push(arg);
      continue;
    }
    for (const what of chosen) {
      if (what === 'help') {
        io.stdout(USAGE);
        return 255;
      }
      if (what === 'version') {
        io.stdout('hostname 3.23\n');
        return 0;
      }
      if (what !== 'boot' && what !== 'file') display = what as Display;
    }
  }
  const files = node.state.host.files;
  if (file !== undefined) {
    if (!vfs.exists(files, file)) {
      io.stderr('hostname: No such file or directory\n');
      return 1;
    }
    const name = vfs.binaryToText(vfs.readFile(files, file)).split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#'));
    if (name !== undefined) node.state.host.hostname = name;
    return 0;
  }
  if (operands.length > 1) {
    io.stderr(USAGE);
    return 255;
  }
  if (operands.length === 1) {
    node.state.host.hostname = operands[0] ?? '';
    return 0;
  }
  const name = node.state.host.hostname;
  // The FQDN is the canonical name /etc/hosts gives the host name: itself, as a first name.
  const fqdn = name;
  switch (display) {
    case 'name':
      io.stdout(`${name}\n`);
      return 0;
    case 'short':
      io.stdout(`${name.split('.')[0] ?? ''}\n`);
      return 0;
    case 'fqdn':
      io.stdout(`${fqdn}\n`);
      return 0;
    case 'domain': {
      const dot = fqdn.indexOf('.');
      if (dot >= 0) io.stdout(`${fqdn.slice(dot + 1)}\n`);
      return 0;
    }
    case 'ip': {
      const addresses = hostsLookup(hostsText(files), name);
      if (addresses.length === 0) {
        io.stderr('hostname: Name or service not known\n');
        return 1;
      }
      io.stdout(`${addresses.join(' ')}\n`);
      return 0;
    }
    case 'all-ip':
      io.stdout(`${nodeAddresses(node).map((a) => `${a} `).join('')}\n`);
      return 0;
    case 'alias':
    case 'all-fqdns':
      // No alias names in /etc/hosts; no name for any of the node's own addresses.
      io.stdout('\n');
      return 0;
    case 'nis':
      io.stderr('hostname: Local domain name not set\n');
      return 1;
  }
});
