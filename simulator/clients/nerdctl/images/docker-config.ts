// The Docker CLI config file nerdctl's login, logout and resolver use (docker/cli v20.10
// cli/config: Load(""), configfile.ConfigFile, credentials.fileStore): $DOCKER_CONFIG or
// ~/.docker, `config.json` with `auths` → host → base64("user:password"). Save writes
// json.MarshalIndent(…, "", "\t") without a final newline, each entry's username and password
// folded into `auth` (configfile.go SaveToWriter); the directory 0700, the file 0600.

import * as vfs from '../../../host/vfs';
import type { NerdctlContext } from '../nerdctl-env';
import { goJsonIndent } from '../format/go-json';

/** registry.IndexServer: what `docker.io` is stored as. */
export const INDEX_SERVER = 'https://index.docker.io/v1/';

export interface AuthConfig {
  username: string;
  password: string;
  identityToken?: string;
}

interface StoredAuth {
  auth?: string;
  email?: string;
  identitytoken?: string;
  registrytoken?: string;
}

type ConfigDoc = Record<string, unknown> & { auths?: Record<string, StoredAuth> };

function dockerConfigDir(c: NerdctlContext): string {
  const env = c.io.environ;
  if (env.DOCKER_CONFIG) return env.DOCKER_CONFIG;
  return `${(env.HOME ?? '/root').replace(/\/+$/, '')}/.docker`;
}

export function dockerConfigPath(c: NerdctlContext): string {
  return `${dockerConfigDir(c)}/config.json`;
}

/** Load: a missing file is an empty config. Throws for a file that is not JSON. */
function load(c: NerdctlContext): ConfigDoc {
  const files = c.env.node.state.host.files;
  const path = dockerConfigPath(c);
  if (!vfs.exists(files, path)) return {};
  const text = vfs.binaryToText(vfs.readFile(files, path));
  if (text.trim() === '') return {};
  try {
    const doc = JSON.parse(text) as unknown;
    return doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as ConfigDoc) : {};
  } catch {
    throw new Error(`${path}: Error loading config file: invalid character in JSON`);
  }
}

function save(c: NerdctlContext, doc: ConfigDoc): void {
  const files = c.env.node.state.host.files;
  const mtimeMs = c.env.node.nowMs();
  const dir = dockerConfigDir(c);
  if (!vfs.exists(files, dir)) vfs.mkdir(files, dir, { parents: true, mode: 0o700, mtimeMs });
  const { auths, ...rest } = doc;
  const out = { auths: auths ?? {}, ...rest };
  vfs.writeFile(files, dockerConfigPath(c), vfs.textToBinary(goJsonIndent(out, '\t')), { mode: 0o600, mtimeMs });
}

/** configfile.GetAuthConfig(host): the decoded entry, or undefined when there is none. */
export function getAuthConfig(c: NerdctlContext, host: string): AuthConfig | undefined {
  const entry = load(c).auths?.[host];
  if (!entry) return undefined;
  let username = '';
  let password = '';
  if (entry.auth) {
    let decoded = '';
    try {
      decoded = atob(entry.auth);
    } catch {
      decoded = '';
    }
    const i = decoded.indexOf(':');
    if (i > 0) {
      username = decoded.slice(0, i);
      password = decoded.slice(i + 1).replace(/\0+$/, '');
    }
  }
  const result: AuthConfig = { username, password };
  if (entry.identitytoken) result.identityToken = entry.identitytoken;
  return result;
}

/** fileStore.Store: the entry for `serverAddress`, saved. */
export function storeAuthConfig(c: NerdctlContext, serverAddress: string, auth: AuthConfig): void {
  const doc = load(c);
  const auths = { ...(doc.auths ?? {}) };
  const entry: StoredAuth = {};
  if (auth.username !== '' || auth.password !== '') entry.auth = btoa(`${auth.username}:${auth.password}`);
  if (auth.identityToken) entry.identitytoken = auth.identityToken;
  auths[serverAddress] = entry;
  save(c, { ...doc, auths });
}

/** fileStore.Erase: removes the entry (saving the file even when there was none, as docker does). */
export function eraseAuthConfig(c: NerdctlContext, serverAddress: string): void {
  const doc = load(c);
  const auths = { ...(doc.auths ?? {}) };
  delete auths[serverAddress];
  save(c, { ...doc, auths });
}
