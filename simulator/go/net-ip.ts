// Go's net.ParseIP as the Go 1.19 standard library has it (net/ip.go), which docker 20.10.24's
// nat.ParsePortSpecs and nerdctl's -p parsing call on the IP part of a port spec. Its corners are
// what a learner meets: an IPv4 octet with a leading zero is refused (since Go 1.17), an IPv6
// group may carry any number of hex digits as long as its value fits 16 bits, an IPv4 tail is
// allowed only in the last 32 bits, and `::` must stand for at least one zero group.

const BIG = 0xffffff;

/** Leading decimal digits of `s`: [value, digits read], or undefined when there are none or too many. */
function dtoi(s: string): [number, number] | undefined {
  let n = 0;
  let i = 0;
  for (; i < s.length && s[i]! >= '0' && s[i]! <= '9'; i++) {
    n = n * 10 + (s.charCodeAt(i) - 48);
    if (n >= BIG) return undefined;
  }
  return i === 0 ? undefined : [n, i];
}

/** Leading hex digits of `s`, as dtoi. */
function xtoi(s: string): [number, number] | undefined {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const d = parseInt(s[i]!, 16);
    if (Number.isNaN(d)) break;
    n = n * 16 + d;
    if (n >= BIG) return undefined;
  }
  return i === 0 ? undefined : [n, i];
}

function parseIpv4(text: string): number[] | undefined {
  const bytes: number[] = [];
  let s = text;
  for (let i = 0; i < 4; i++) {
    if (s.length === 0) return undefined;
    if (i > 0) {
      if (s[0] !== '.') return undefined;
      s = s.slice(1);
    }
    const d = dtoi(s);
    if (!d || d[0] > 0xff) return undefined;
    if (d[1] > 1 && s[0] === '0') return undefined;
    bytes.push(d[0]);
    s = s.slice(d[1]);
  }
  return s.length === 0 ? bytes : undefined;
}

function parseIpv6(text: string): number[] | undefined {
  const ip = new Array<number>(16).fill(0);
  let s = text;
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return ip;
  }
  let i = 0;
  while (i < 16) {
    const x = xtoi(s);
    if (!x || x[0] > 0xffff) return undefined;
    if (x[1] < s.length && s[x[1]] === '.') {
      if ((ellipsis < 0 && i !== 12) || i + 4 > 16) return undefined;
      const v4 = parseIpv4(s);
      if (!v4) return undefined;
      ip.splice(i, 4, ...v4);
      i += 4;
      s = '';
      break;
    }
    ip[i] = x[0] >> 8;
    ip[i + 1] = x[0] & 0xff;
    i += 2;
    s = s.slice(x[1]);
    if (s.length === 0) break;
    if (s[0] !== ':' || s.length === 1) return undefined;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return undefined;
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) return undefined;
  if (i < 16) {
    if (ellipsis < 0) return undefined;
    const tail = ip.slice(ellipsis, i);
    ip.fill(0, ellipsis);
    ip.splice(16 - tail.length, tail.length, ...tail);
  } else if (ellipsis >= 0) {
    return undefined;
  }
  return ip;
}

/** net.ParseIP: the address's bytes (4 for a dotted quad, 16 for IPv6), or undefined. */
export function parseGoIp(text: string): number[] | undefined {
  for (const ch of text) {
    if (ch === '.') return parseIpv4(text);
    if (ch === ':') return parseIpv6(text);
  }
  return undefined;
}
