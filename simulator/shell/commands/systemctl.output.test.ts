// systemctl's words, byte for byte, as the node has always printed them: a transcript of one
// session that starts, stops, enables and asks about units, installed and not.
import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

const TRANSCRIPT = `$ systemctl status containerd
● containerd.service - containerd container runtime
     Loaded: loaded (/lib/systemd/system/containerd.service; enabled; preset: enabled)
     Active: active (running) since Sat 2026-11-28 05:12:00 UTC; 1h 0min ago
   Main PID: 612 (containerd)
     CGroup: /system.slice/containerd.service
             └─612 /usr/bin/containerd
[0]
$ systemctl is-active containerd
active
[0]
$ systemctl is-enabled containerd.service
enabled
[0]
$ systemctl disable containerd
!Removed "/etc/systemd/system/multi-user.target.wants/containerd.service".
[0]
$ systemctl is-enabled containerd
disabled
[1]
$ systemctl enable containerd
!Created symlink /etc/systemd/system/multi-user.target.wants/containerd.service → /lib/systemd/system/containerd.service.
[0]
$ systemctl enable containerd
[0]
$ systemctl stop containerd
[0]
$ systemctl status containerd
○ containerd.service - containerd container runtime
     Loaded: loaded (/lib/systemd/system/containerd.service; enabled; preset: enabled)
     Active: inactive (dead)
[3]
$ systemctl is-active containerd
inactive
[3]
$ sleep 90; systemctl start containerd; sleep 125
[0]
$ systemctl status containerd.service
● containerd.service - containerd container runtime
     Loaded: loaded (/lib/systemd/system/containerd.service; enabled; preset: enabled)
     Active: active (running) since Sat 2026-11-28 06:13:30 UTC; 2min 5s ago
   Main PID: 17371 (containerd)
     CGroup: /system.slice/containerd.service
             └─17371 /usr/bin/containerd
[0]
$ systemctl status podman
!Unit podman.service could not be found.
[4]
$ systemctl is-active kubelet
inactive
[3]
$ systemctl is-enabled buildkit
enabled
[0]
$ systemctl start podman
!Failed to start podman.service: Unit podman.service not found.
[5]
$ systemctl restart nosuch
!Failed to restart nosuch.service: Unit nosuch.service not found.
[5]
$ systemctl
!systemctl: listing units is not simulated here; name a unit (systemctl status containerd).
[1]
$ systemctl start
!Too few arguments.
[1]
$ systemctl frob containerd
!Unknown command verb frob.
[1]
$ systemctl daemon-reload
[0]
$ systemctl is-active containerd docker
active
inactive
[3]
`;

/** The transcript's commands, each with its stdout, its stderr (lines marked `!`) and status. */
function entries(text: string): Array<{ line: string; expected: string }> {
  return text
    .split(/^\$ /m)
    .filter((e) => e !== '')
    .map((e) => {
      const [line = '', ...rest] = e.split('\n');
      return { line, expected: rest.join('\n') };
    });
}

describe('systemctl output', () => {
  it('matches its transcript byte for byte', async () => {
    const s = createSession({ seed: 1, now: () => NOW, frozenClock: true });
    let actual = '';
    for (const { line } of entries(TRANSCRIPT)) {
      const r = await s.run(line);
      const err = r.stderr === '' ? '' : r.stderr.replace(/^(?=.)/gm, '!');
      actual += `$ ${line}\n${r.stdout}${err}[${r.exitCode}]\n`;
    }
    expect(actual).toBe(TRANSCRIPT);
  });
});
