// HostConfig.SecurityOpt as dockerd 20.10.24 reads it at create (daemon/daemon_unix.go
// parseSecurityOpt): `no-new-privileges` alone or with a Go bool, `seccomp=<unconfined|json>`,
// `apparmor=` (kept; this node has no AppArmor, so it changes nothing), `label=` (SELinux labels,
// a no-op where SELinux is off, as here) and the bare `disable`; `key:value` is the old
// separator. Anything else fails the create with the daemon's numbered wording.

import { DockerdError } from '../errors';

export interface SecuritySettings {
  noNewPrivileges: boolean;
  /** '' for docker's default profile, 'unconfined', or a profile's JSON. */
  seccompProfile: string;
}

/** strconv.ParseBool's accepted spellings. */
const GO_BOOLS: Record<string, boolean> = {
  '1': true, t: true, T: true, TRUE: true, true: true, True: true,
  '0': false, f: false, F: false, FALSE: false, false: false, False: false,
};

/** The settings; a DockerdError (500, as fmt.Errorf leaves it) for an option it does not know. */
export function securitySettings(opts: readonly string[] | null | undefined): SecuritySettings {
  const out: SecuritySettings = { noNewPrivileges: false, seccompProfile: '' };
  for (const opt of opts ?? []) {
    if (opt === 'no-new-privileges') {
      out.noNewPrivileges = true;
      continue;
    }
    if (opt === 'disable') continue;
    const sep = opt.includes('=') ? '=' : opt.includes(':') ? ':' : '';
    if (sep === '') throw new DockerdError(500, `invalid --security-opt 1: ${JSON.stringify(opt)}`);
    const at = opt.indexOf(sep);
    const [key, value] = [opt.slice(0, at), opt.slice(at + 1)];
    if (key === 'label' || key === 'apparmor') continue;
    if (key === 'seccomp') out.seccompProfile = value;
    else if (key === 'no-new-privileges' && Object.hasOwn(GO_BOOLS, value)) out.noNewPrivileges = GO_BOOLS[value] === true;
    else throw new DockerdError(500, `invalid --security-opt 2: ${JSON.stringify(opt)}`);
  }
  return out;
}
