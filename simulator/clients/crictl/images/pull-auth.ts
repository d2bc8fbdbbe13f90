// crictl pull's credentials (cmd/crictl/image.go:498-545 @v1.26.0): --username asks for the
// password on the terminal, --creds is USER[:PASSWORD], --auth is passed through as it is.

import { plain } from '../../../errdefs/errdefs';
import type { AuthConfig } from '../../../cri/index';
import type { CrictlContext } from '../crictl-env';

/** parseCreds (image.go:498-510). */
function parseCreds(creds: string): { username: string; password: string } {
  if (creds === '') throw plain("credentials can't be empty");
  const colon = creds.indexOf(':');
  if (colon === -1) return { username: creds, password: '' };
  if (colon === 0) throw plain("username can't be empty");
  return { username: creds.slice(0, colon), password: creds.slice(colon + 1) };
}

/**
 * getAuth (image.go:512-545). With --username it prints `Enter Password:` and reads the
 * password with term.ReadPassword from stdin, which must be a terminal: piped input fails
 * with ENOTTY (`inappropriate ioctl for device`). The simulated terminal cannot hand a
 * command a hidden line to read, so the prompt fails there the same way.
 */
export function pullAuth(c: CrictlContext): AuthConfig | undefined {
  const username = c.string('username');
  const creds = c.string('creds');
  const auth = c.string('auth');
  if (username !== '') {
    c.io.stdout('Enter Password:');
    // fmt.Print("\n") runs before the error is checked.
    c.io.stdout('\n');
    throw plain('inappropriate ioctl for device');
  }
  if (creds !== '' && auth !== '') throw plain('both `--creds` and `--auth` are specified');
  if (creds !== '') return parseCreds(creds);
  if (auth !== '') return { auth };
  return undefined;
}
