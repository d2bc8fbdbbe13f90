// tryLoginWithRegHost (cmd/nerdctl/login.go:251-296@v0.22.2): GET <scheme>://<host>/v2/ with
// the authorizer, as the registry layer answers it — DNS, a refused connection, TLS trust,
// then the token fetch with the credentials (a wrong password is the token service's 401).
// The registry layer's push check makes exactly those decisions for a request carrying
// credentials, so the probe is that check, its failure reworded for the GET of /v2/.

import type { RegistryHostEntry, NamespacedClient } from '../../../containerd/client/index';

/** The probe's failure as login.go wraps it, or undefined when the registry lets the user in. */
export function probeLogin(client: NamespacedClient, host: RegistryHostEntry, loginHost: string): string | undefined {
  const { config } = host;
  // login's credential callback answers only for the server logged in to (login.go:222-231):
  // another endpoint (a hosts.toml mirror or server) asks for credentials in vain once it
  // answers 401.
  const foreign = config.host !== loginHost;
  const remote = foreign ? { ...host.remote, user: undefined } : host.remote;
  const path = config.path === '/v2' ? '/v2/' : config.path;
  const url = `${config.scheme}://${config.host}${path}`;
  try {
    // Any repository: /v2/ needs no scope; the check stops at the connection and the token.
    client.transfer.checkPush(`${config.host}/login-probe/probe:latest`, 'sha256:'.padEnd(71, '0'), remote);
    return undefined;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const request = /^failed to do request: Head "[^"]*": (.*)$/s.exec(message);
    if (request) return `failed to call rh.Client.Do: Get ${JSON.stringify(url)}: ${request[1] ?? ''}`;
    const auth = /^failed to authorize: (.*)$/s.exec(message);
    if (auth) return `failed to call rh.Authorizer.Authorize: ${auth[1] ?? ''}`;
    // Without credentials the registry keeps answering 401 (login.go's ten tries).
    if (message.includes('insufficient_scope')) {
      if (foreign) return `failed to call rh.Authorizer.AddResponses: expected acArg to be ${JSON.stringify(loginHost)}, got ${JSON.stringify(config.host)}`;
      return 'too many 401 (probably)';
    }
    return message;
  }
}
