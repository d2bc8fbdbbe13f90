// The client side of a build session (moby/buildkit@v0.10.4 cmd/buildctl/build/secret.go,
// ssh.go, session/secrets/secretsprovider/store.go, session/sshforward/sshprovider/
// agentprovider.go): --secret and --ssh values become the secrets and agents the client
// offers buildkitd. The client checks them before it connects — a secret file that is not
// there, a value without `=`, an agent with no socket — and reads a secret's file (or its
// environment variable) from the node where the client runs. docker 20.10 vendors the same
// providers and wraps their errors in its own words.

import * as vfs from '../../host/vfs';
import type { Node } from '../../node';
import { splitCsvRecord } from '../dockerfile/csv-record';

/** secretsprovider.MaxSecretSize. */
const MAX_SECRET_SIZE = 500 * 1024;

interface ClientSide {
  node: Node;
  environ: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** parseSecret + NewStore: id → the secret's bytes. Throws the providers' words. */
export function secretsFromFlags(values: readonly string[], client: ClientSide): Map<string, string> {
  const out = new Map<string, string>();
  const files = client.node.state.host.files;
  for (const value of values) {
    let fields: string[];
    try {
      fields = splitCsvRecord(value);
    } catch (err) {
      throw new Error(`failed to parse csv secret: ${(err as Error).message}`);
    }
    let id = '';
    let src = '';
    let env = '';
    let typ = '';
    for (const field of fields) {
      const eq = field.indexOf('=');
      if (eq === -1) throw new Error(`invalid field '${field}' must be a key=value pair`);
      const key = field.slice(0, eq).toLowerCase();
      const v = field.slice(eq + 1);
      if (key === 'type') {
        if (v !== 'file' && v !== 'env') throw new Error(`unsupported secret type ${JSON.stringify(v)}`);
        typ = v;
      } else if (key === 'id') id = v;
      else if (key === 'source' || key === 'src') src = v;
      else if (key === 'env') env = v;
      else throw new Error(`unexpected key '${key}' in '${field}'`);
    }
    if (typ === 'env' && env === '') {
      env = src;
      src = '';
    }
    if (id === '') throw new Error('secret missing ID');
    if (env === '' && src === '') {
      if (client.environ[id] !== undefined) env = id;
      else src = id;
    }
    if (src !== '') {
      const abs = vfs.normalizePath(src, client.cwd);
      if (!vfs.exists(files, abs)) throw new Error(`failed to stat ${src}: stat ${src}: no such file or directory`);
      const entry = vfs.stat(files, abs);
      const bytes = entry.kind === 'file' ? (entry.content ?? '') : '';
      if (bytes.length > MAX_SECRET_SIZE) throw new Error(`secret ${id} too big. max size 500KB`);
      if (entry.kind === 'dir') throw new Error(`read ${src}: is a directory`);
      out.set(id, vfs.binaryToText(bytes));
    } else out.set(id, client.environ[env] ?? '');
  }
  return out;
}

/** ParseSSH + NewSSHAgentProvider: the ids of the agents offered. Throws the providers' words. */
export function sshFromFlags(values: readonly string[], client: ClientSide): string[] {
  const ids: string[] = [];
  const files = client.node.state.host.files;
  for (const value of values) {
    const eq = value.indexOf('=');
    let id = eq === -1 ? value : value.slice(0, eq);
    let paths = eq === -1 ? [] : value.slice(eq + 1).split(',');
    if (paths.length === 0 || (paths.length === 1 && paths[0] === '')) paths = [client.environ.SSH_AUTH_SOCK ?? ''];
    if (paths[0] === '') throw new Error('invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set');
    for (const p of paths) {
      const abs = vfs.normalizePath(p, client.cwd);
      if (!vfs.exists(files, abs)) throw new Error(`stat ${p}: no such file or directory`);
      const entry = vfs.stat(files, abs);
      // A key file must parse as a private key; anything else is taken as the agent's socket.
      if (entry.kind === 'file' && !/^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(vfs.binaryToText(entry.content ?? '').trim()) && !/agent|\.sock$/.test(p)) {
        throw new Error(`failed to parse ${p}: ssh: no key found`);
      }
    }
    if (id === '') id = 'default';
    if (ids.includes(id)) throw new Error(`invalid duplicate ID ${id}`);
    ids.push(id);
  }
  return ids;
}
