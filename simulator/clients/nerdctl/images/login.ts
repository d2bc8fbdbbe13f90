// `nerdctl login [flags] [SERVER]` (cmd/nerdctl/login.go@v0.22.2): credentials from
// --username/--password, --password-stdin (stdin, one trailing newline dropped), the config
// file, or the prompts `Enter Username: ` / `Enter Password: ` (a terminal only); then a GET of
// /v2/ on each host dockerconfigresolver configures for the server, until one lets the user in;
// then the WARNING about the unencrypted file and `Login Succeeded` on stdout, the credentials
// saved in ~/.docker/config.json (docker.io as https://index.docker.io/v1/).

import { logrusLine } from '../../../cli/logrus';
import type { InteractiveProgram } from '../../../cli/spec';
import { connect } from '../../../containerd/client/index';
import type { NerdctlCommand, NerdctlContext } from '../nerdctl-env';
import { dockerConfigPath, getAuthConfig, INDEX_SERVER, storeAuthConfig, type AuthConfig } from './docker-config';
import { probeLogin } from './login-probe';
import { registryHostsFor } from './resolver';
import { globalOptions } from '../nerdctl-env';
import { nerdctlLog } from '../nerdctl-log';

const UNENCRYPTED_WARNING = (path: string) => `WARNING: Your password will be stored unencrypted in ${path}.
Configure a credential helper to remove this warning. See
https://docs.docker.com/engine/reference/commandline/login/#credentials-store
`;

/** convertToHostname: the URL's host, with or without a scheme. */
export function convertToHostname(serverAddress: string): string {
  const withScheme = serverAddress.includes('://') ? serverAddress : `https://${serverAddress}`;
  const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#]*)/.exec(withScheme);
  return m?.[1] ?? '';
}

/** loginClientSide: the identity token ('' for none). Throws the last host's failure. */
function loginClientSide(c: NerdctlContext, serverAddress: string, auth: AuthConfig): void {
  let host = convertToHostname(serverAddress);
  const insecure = globalOptions(c).insecureRegistry;
  if (insecure) c.env.log.warn(`skipping verifying HTTPS certs for ${JSON.stringify(host)}`);
  // Docker Hub's index server is index.docker.io; its registry API is docker.io's.
  if (host === 'index.docker.io') host = 'docker.io';
  const hosts = registryHostsFor(c, host, {
    skipVerify: insecure,
    authCreds: () => auth,
  });
  if (hosts.length === 0) throw new Error(`got empty []docker.RegistryHost for ${JSON.stringify(host)}`);
  // login never dials containerd (login.go has no newClient): the resolver's requests are the
  // client library's own code, so the library is used without the socket check.
  const client = connect(c.env.node).withNamespace(globalOptions(c).namespace);
  // The endpoint the credentials are for (Docker Hub's index and registry are one account).
  const credHost = host === 'docker.io' ? 'registry-1.docker.io' : host;
  let last: string | undefined;
  for (const [i, h] of hosts.entries()) {
    let err = probeLogin(client, h, credHost);
    if (err !== undefined && insecure && (err.includes('connect: connection refused') || err.includes('server gave HTTP response to HTTPS client'))) {
      err = probeLogin(client, { config: { ...h.config, scheme: 'http' }, remote: { ...h.remote, plainHttp: true } }, credHost);
    }
    if (err === undefined) return;
    last = err;
    c.env.log.error('failed to call tryLoginWithRegHost', { error: err, i: String(i) });
  }
  throw new Error(last ?? 'login failed');
}

/** After the credentials are known: log in, save, print the outcome. */
function finishLogin(c: NerdctlContext, serverAddress: string, auth: AuthConfig): void {
  loginClientSide(c, serverAddress, auth);
  c.io.stdout(`${UNENCRYPTED_WARNING(dockerConfigPath(c))}\n`);
  storeAuthConfig(c, serverAddress, { username: auth.username, password: auth.password });
  c.io.stdout('Login Succeeded\n');
}

/** logrus.Fatal's line, as main prints a failed command's error. */
function fatalLine(c: NerdctlContext, message: string): string {
  const nowMs = c.env.node.nowMs();
  return logrusLine('fatal', message, {}, { tty: c.io.isTTY, nowMs, elapsedSeconds: (nowMs - c.env.log.startMs) / 1000 });
}

/** The prompts on a terminal, one line each (the password is not echoed on a real one). */
function promptProgram(c: NerdctlContext, serverAddress: string, username: string, password: string): InteractiveProgram {
  let user = username;
  let stage: 'username' | 'password' = user === '' ? 'username' : 'password';
  const run = (): { stdout: string; stderr: string; exitCode: number } => {
    let stdout = '';
    let stderr = '';
    const io = { ...c.io, stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s) };
    const inner: NerdctlContext = { ...c, io, env: { ...c.env, log: nerdctlLog(c.env.node, io) } };
    try {
      if (user === '') throw new Error('error: Username is Required');
      if (password === '') throw new Error('error: Password is Required');
      finishLogin(inner, serverAddress, { username: user, password });
      return { stdout, stderr, exitCode: 0 };
    } catch (err) {
      return { stdout, stderr: stderr + fatalLine(c, (err as Error).message), exitCode: 1 };
    }
  };
  return {
    prompt: () => (stage === 'username' ? 'Enter Username: ' : 'Enter Password: '),
    input: async (line) => {
      if (stage === 'username') {
        user = line.trim();
        if (user === '') return { stdout: '', stderr: fatalLine(c, 'error: Username is Required'), exitCode: 1 };
        if (password !== '') return run();
        stage = 'password';
        return { stdout: '', stderr: '' };
      }
      password = line;
      const r = run();
      return { ...r, stdout: `\n${r.stdout}` };
    },
    interrupt: async () => ({ stdout: '\n', stderr: '', exitCode: 130 }),
  };
}

async function loginAction(c: NerdctlContext): Promise<void> {
  let username = c.string('username');
  let password = c.string('password');
  if (password !== '') {
    c.env.log.warn('WARNING! Using --password via the CLI is insecure. Use --password-stdin.');
    if (c.bool('password-stdin')) throw new Error('--password and --password-stdin are mutually exclusive');
  }
  if (c.bool('password-stdin')) {
    if (username === '') throw new Error('must provide --username with --password-stdin');
    password = c.io.stdin.replace(/\n$/, '').replace(/\r$/, '');
  }
  const serverAddress = c.args[0] ?? INDEX_SERVER;
  const isDefault = serverAddress === INDEX_SERVER;
  const stored = username === '' && password === '' ? getAuthConfig(c, isDefault ? serverAddress : convertToHostname(serverAddress)) : undefined;
  const address = isDefault ? serverAddress : convertToHostname(serverAddress);
  if (stored && stored.username !== '' && stored.password !== '') {
    try {
      finishLogin(c, address, stored);
      return;
    } catch {
      // stored credentials refused: ask for new ones below
    }
  }
  username = username.trim() || stored?.username.trim() || '';
  const terminal = c.io.terminal;
  if (username === '' || password === '') {
    // The username is read from stdin (a terminal only); the password from /dev/tty, which a
    // terminal session has even when stdin is a pipe.
    if (terminal && (c.io.stdin === '' || username !== '')) {
      // The session shows the program's prompt (`Enter Username: `) before each line it reads.
      terminal.attach(promptProgram(c, address, username, password));
      return;
    }
    if (username === '') {
      c.io.stdout('Enter Username: ');
      throw new Error('stdin is not a terminal (Hint: use `nerdctl login --username=USERNAME --password-stdin`)');
    }
    c.io.stdout('Enter Password: \n');
    throw new Error('error allocating terminal: open /dev/tty: no such device or address');
  }
  finishLogin(c, address, { username, password });
}

export const loginCommand: NerdctlCommand = {
  name: 'login',
  argsUsage: '[flags] [SERVER]',
  usage: 'Log in to a Docker registry',
  args: { max: 1 },
  flags: [
    { names: ['username', 'u'], kind: 'string', usage: 'Username' },
    { names: ['password', 'p'], kind: 'string', usage: 'Password' },
    { names: ['password-stdin'], kind: 'bool', usage: 'Take the password from stdin' },
  ],
  action: loginAction,
};
