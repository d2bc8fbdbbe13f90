// criService's ParseAuth (containerd 1.6 pkg/cri/server/image_pull.go): the credentials a
// PullImageRequest carries, as the resolver's authorizer gets them for one registry host.
// A server address naming another host gives no credentials; a username wins over an
// identity token, which wins over `auth` (base64 of "user:password").

import type { AuthConfig } from '../api/runtime-v1';
import { ContainerdError } from '../../errdefs/errdefs';

export interface Credentials {
  username: string;
  secret: string;
}

/** Go's base64.StdEncoding error for the first bad byte, or undefined when `s` decodes. */
function base64Error(s: string): string | undefined {
  const bad = /[^A-Za-z0-9+/=]/.exec(s);
  if (bad) return `illegal base64 data at input byte ${bad.index}`;
  const pad = s.indexOf('=');
  if (pad !== -1 && !/^=*$/.test(s.slice(pad))) return `illegal base64 data at input byte ${pad}`;
  if (s.length % 4 !== 0) return `illegal base64 data at input byte ${s.length - (s.length % 4)}`;
  return undefined;
}

function decodeBase64(s: string): string {
  const bin = atob(s);
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The URL host of a server address (url.Parse(...).Host); "" for a bare name. */
function hostOfAddress(address: string): string {
  const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/([^/?#]*)/.exec(address);
  return m ? (m[1] ?? '').replace(/^[^@]*@/, '') : '';
}

/**
 * ParseAuth(auth, host). Throws plain errors: a bad base64 `auth`
 * (`illegal base64 data at input byte N`), a decoded value without a colon
 * (`invalid decoded auth: "…"`).
 */
export function parseAuth(auth: AuthConfig | undefined, host: string): Credentials {
  const none = { username: '', secret: '' };
  if (!auth) return none;
  if (auth.serverAddress && hostOfAddress(auth.serverAddress) !== host) return none;
  if (auth.username) return { username: auth.username, secret: auth.password ?? '' };
  if (auth.identityToken) return { username: '', secret: auth.identityToken };
  if (auth.auth) {
    const bad = base64Error(auth.auth);
    if (bad) throw new ContainerdError('unknown', bad);
    const decoded = decodeBase64(auth.auth);
    const colon = decoded.indexOf(':');
    // Go decodes into a buffer of DecodedLen bytes, so %q shows the padding's zero bytes.
    const zeros = '\\x00'.repeat((auth.auth.length / 4) * 3 - new TextEncoder().encode(decoded).length);
    if (colon === -1) throw new ContainerdError('unknown', `invalid decoded auth: ${JSON.stringify(decoded).slice(0, -1)}${zeros}"`);
    return { username: decoded.slice(0, colon), secret: decoded.slice(colon + 1).replace(/\0+$/, '') };
  }
  return none;
}
