// curl 7.88.1's command line, the part the notes and learners use: short options bundle
// (-sSL), a value follows its option as the next word or glued to a short one (-ofile), long
// options take their value as the next word. Anything else is curl's "is unknown".

export interface CurlOptions {
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  include: boolean;
  head: boolean;
  fail: boolean;
  location: boolean;
  /** -O: save under the URL's file name. */
  remoteName: boolean;
  output?: string;
  method?: string;
  headers: Array<[string, string]>;
  userAgent: string;
  connectTimeoutMs?: number;
  maxTimeMs?: number;
  urls: string[];
}

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

const FLAGS: Record<string, keyof CurlOptions> = {
  s: 'silent', silent: 'silent', S: 'showError', 'show-error': 'showError', v: 'verbose', verbose: 'verbose',
  i: 'include', include: 'include', I: 'head', head: 'head', f: 'fail', fail: 'fail', L: 'location', location: 'location',
  O: 'remoteName', 'remote-name': 'remoteName',
};
/** Options accepted and without effect here (no TLS to verify, nothing compressed). */
const IGNORED = new Set(['k', 'insecure', 'compressed', '4', 'ipv4', 'N', 'no-buffer', 'g', 'globoff']);
const VALUED: Record<string, string> = {
  o: 'output', output: 'output', X: 'request', request: 'request', H: 'header', header: 'header', A: 'user-agent',
  'user-agent': 'user-agent', m: 'max-time', 'max-time': 'max-time', 'connect-timeout': 'connect-timeout',
};

function seconds(text: string, option: string): number | { error: string } {
  if (!/^\d+(\.\d+)?$/.test(text)) return { error: `curl: option ${option}: expected a proper numerical parameter\n${TRY}` };
  return Math.round(Number(text) * 1000);
}

/** Parses argv (without "curl"); an error carries curl's words (exit 2). */
export function parseCurlArgs(args: readonly string[]): CurlOptions | { error: string } {
  const o: CurlOptions = { silent: false, showError: false, verbose: false, include: false, head: false, fail: false, location: false, remoteName: false, headers: [], userAgent: 'curl/7.88.1', urls: [] };
  const set = (name: string, value: string, shown: string): { error: string } | undefined => {
    if (name === 'output') o.output = value;
    else if (name === 'request') o.method = value;
    else if (name === 'header') {
      const m = /^([^:]+):\s*(.*)$/.exec(value);
      if (m) {
        if (m[1]?.toLowerCase() === 'user-agent') o.userAgent = m[2] ?? '';
        else o.headers.push([m[1] ?? '', m[2] ?? '']);
      }
    } else if (name === 'user-agent') o.userAgent = value;
    else {
      const ms = seconds(value, shown);
      if (typeof ms !== 'number') return ms;
      if (name === 'max-time') o.maxTimeMs = ms;
      else o.connectTimeoutMs = ms;
    }
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a.startsWith('--') && a.length > 2) {
      const name = a.slice(2);
      const flag = FLAGS[name];
      if (flag) (o[flag] as boolean) = true;
      else if (IGNORED.has(name)) continue;
      else if (VALUED[name]) {
        const value = args[++i];
        if (value === undefined) return { error: `curl: option ${a}: requires parameter\n${TRY}` };
        const err = set(VALUED[name] ?? '', value, a);
        if (err) return err;
      } else return { error: `curl: option ${a}: is unknown\n${TRY}` };
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j] ?? '';
        const flag = FLAGS[c];
        if (flag) (o[flag] as boolean) = true;
        else if (IGNORED.has(c)) continue;
        else if (VALUED[c]) {
          const glued = a.slice(j + 1);
          const value = glued !== '' ? glued : args[++i];
          if (value === undefined) return { error: `curl: option -${c}: requires parameter\n${TRY}` };
          const err = set(VALUED[c] ?? '', value, `-${c}`);
          if (err) return err;
          break;
        } else return { error: `curl: option ${a}: is unknown\n${TRY}` };
      }
      continue;
    }
    o.urls.push(a);
  }
  if (o.urls.length === 0) return { error: `curl: no URL specified!\n${TRY}` };
  return o;
}
