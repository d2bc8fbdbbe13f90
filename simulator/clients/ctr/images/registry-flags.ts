// ctr's commands.RegistryFlags (shared by pull, push, mount, unmount and content fetch) and
// how a verb turns them into resolver options: the CA file is read from the node's files
// first, failing as ctr does (`failed to read "<path>": open <path>: …`).

import type { FlagSpec } from '../../../cli/spec';
import { plain } from '../../../errdefs/errdefs';
import type { RemoteOptions } from '../../../containerd/client/index';
import type { CtrContext } from '../ctr-env';
import { rethrowInternal } from '../errors';
import { readHostFile } from './file-access';

export const registryFlags: readonly FlagSpec[] = [
  { names: ['skip-verify', 'k'], kind: 'bool', usage: 'skip SSL certificate validation' },
  { names: ['plain-http'], kind: 'bool', usage: 'allow connections using plain HTTP' },
  { names: ['user', 'u'], kind: 'string', usage: 'user[:password] Registry user and password' },
  { names: ['refresh'], kind: 'string', usage: 'refresh token for authorization server' },
  { names: ['hosts-dir'], kind: 'string', usage: 'Custom hosts configuration directory' },
  { names: ['tlscacert'], kind: 'string', usage: 'path to TLS root CA' },
  { names: ['tlscert'], kind: 'string', usage: 'path to TLS client certificate' },
  { names: ['tlskey'], kind: 'string', usage: 'path to TLS client key' },
  { names: ['http-dump'], kind: 'bool', usage: 'dump all HTTP request/responses when interacting with container registry' },
  { names: ['http-trace'], kind: 'bool', usage: 'enable HTTP tracing for registry interactions' },
];

function readOrFail(c: CtrContext, path: string): string {
  try {
    return readHostFile(c, path);
  } catch (err) {
    rethrowInternal(err);
    throw plain(`failed to read ${JSON.stringify(path)}: ${(err as Error).message}`);
  }
}

/** commands.GetResolver's inputs. Throws when a TLS file cannot be read. */
export function remoteOptions(c: CtrContext): RemoteOptions {
  const options: RemoteOptions = { plainHttp: c.bool('plain-http'), skipVerify: c.bool('skip-verify') };
  if (c.isSet('user')) options.user = c.string('user');
  const ca = c.string('tlscacert');
  if (ca !== '') options.tlsCaCert = readOrFail(c, ca);
  for (const name of ['tlscert', 'tlskey']) {
    const path = c.string(name);
    if (path !== '') readOrFail(c, path);
  }
  return options;
}
