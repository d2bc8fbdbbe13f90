// The values docker/cli v20.10.24 opts checks as `docker run` / `create` parse them:
// --dns (ValidateIPAddress), --dns-search (ValidateDNSSearch), --add-host (ValidateExtraHost),
// -e (ValidateEnv).
// A refusal is pflag's `invalid argument "<raw>" for "--<flag>" flag: <why>`, exit 125.

/** net.ParseIP, enough of it: dotted IPv4 or an IPv6 text. */
function isIp(text: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) return v4.slice(1).every((b) => Number(b) <= 255 && !(b.length > 1 && b.startsWith('0')));
  if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  const tail = groups[groups.length - 1] ?? '';
  const words = groups.length + (tail.includes('.') ? 1 : 0);
  if (tail.includes('.') && !isIp(tail)) return false;
  if (!groups.slice(0, tail.includes('.') ? -1 : undefined).every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? words < 8 : words === 8;
}

/** opts.ValidateIPAddress. */
export function checkIpAddress(raw: string): string | undefined {
  return isIp(raw.trim()) ? undefined : `${raw} is not an ip address`;
}

const DOMAIN = /^(:?(?:[a-zA-Z0-9]|(?:[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))(:?\.(?:[a-zA-Z0-9]|(?:[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])))*)\.?\s*$/;

/** opts.ValidateDNSSearch. */
export function checkDnsSearch(raw: string): string | undefined {
  const value = raw.replace(/^ +| +$/g, '');
  if (value === '.') return undefined;
  if (!DOMAIN.test(value)) return `${value} is not a valid domain`;
  const name = value.replace(/\.?\s*$/, '');
  if (name.length > 255) return `domain name '${name}' is longer than 255 characters`;
  return undefined;
}

/** opts.ValidateExtraHost: `host:ip`, the ip checked unless it is `host-gateway`. */
export function checkExtraHost(raw: string): string | undefined {
  const colon = raw.indexOf(':');
  if (colon <= 0) return `bad format for add-host: ${JSON.stringify(raw)}`;
  const ip = raw.slice(colon + 1);
  if (ip !== 'host-gateway' && checkIpAddress(ip) !== undefined) return `invalid IP address in add-host: ${JSON.stringify(ip)}`;
  return undefined;
}

/** opts.ValidateEnv: a variable needs a name (`-e =x` is refused; `-e A` and `-e A=` are not). */
export function checkEnv(raw: string): string | undefined {
  return raw.split('=')[0] === '' ? `invalid environment variable: ${raw}` : undefined;
}
