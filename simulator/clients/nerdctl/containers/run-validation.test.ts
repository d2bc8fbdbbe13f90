// What `nerdctl run` checks before (or while) it creates a container, with the real words and
// exit 1 (logrus.Fatal), and nothing left behind: cobra's argument count, pflag's value parsing,
// --restart (run_restart.go, containerd 1.6.20's runtime/restart NewPolicy), -p
// (pkg/portutil/portutil.go ParseFlagP), -m (run_cgroup_linux.go, go-units RAMInBytes),
// --memory-swappiness / --cgroupns (run_cgroup_linux.go), --oom-score-adj / --ipc / --pid
// (run_linux.go), --net (run_network.go, pkg/netutil/nettype), --add-host (docker/cli
// v20.10.17 opts.ValidateExtraHost), --name (pkg/namestore), --pull (pkg/imgutil), --umask
// (run_user.go), -u (containerd 1.6.20 oci.WithUser inside NewContainer), all @v0.22.2.

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

const CASES: [line: string, message: string][] = [
  ['nerdctl run', 'requires at least 1 arg(s), only received 0'],
  ['nerdctl run --cpus abc alpine true', 'invalid argument "abc" for "--cpus" flag: strconv.ParseFloat: parsing "abc": invalid syntax'],
  ['nerdctl run --pids-limit abc alpine true', 'invalid argument "abc" for "--pids-limit" flag: strconv.ParseInt: parsing "abc": invalid syntax'],
  ['nerdctl run --cpu-shares -1 alpine true', 'invalid argument "-1" for "--cpu-shares" flag: strconv.ParseUint: parsing "-1": invalid syntax'],
  // containerd 1.6.20's restart plugin declares no capabilities: nerdctl assumes "always" and
  // prints the plugin's (empty) list with %q.
  ['nerdctl run --restart on-failure alpine true', 'unsupported restart policy "on-failure", supported policies are: []'],
  ['nerdctl run --restart unless-stopped alpine true', 'unsupported restart policy "unless-stopped", supported policies are: []'],
  ['nerdctl run --restart bogus alpine true', 'unsupported restart policy "bogus", supported policies are: []'],
  ['nerdctl run --restart always:3 alpine true', 'restart policy "always" not support max retry count'],
  ['nerdctl run -p 80:abc alpine true', 'invalid containerPort: abc'],
  ['nerdctl run -p 99999:80 alpine true', 'invalid hostPort: 99999'],
  ['nerdctl run -p 80/xyz alpine true', 'invalid protocol "xyz"'],
  ['nerdctl run -p 1.2.3:80:80 alpine true', 'invalid ip address: 1.2.3'],
  ['nerdctl run -m 12q alpine true', `failed to parse memory bytes "12q": invalid size: '12q'`],
  ['nerdctl run --memory-swappiness 200 alpine true', 'invalid value: 200, valid memory swappiness range is 0-100'],
  ['nerdctl run --oom-score-adj 2000 alpine true', 'invalid value 2000, range for oom score adj is [-1000, 1000]'],
  ['nerdctl run --cgroupns bogus alpine true', 'unknown cgroupns mode "bogus"'],
  ['nerdctl run --ipc bogus alpine true', "error: invalid ipc value, supported values are 'private' or 'host'"],
  ['nerdctl run --pid bogus alpine true', 'invalid pid namespace. Set --pid=host to enable host pid namespace'],
  ['nerdctl run --net nosuch alpine true', 'network nosuch not found'],
  ['nerdctl run --net host --net bridge alpine true', 'mixed network types: host and cni'],
  ['nerdctl run --name a/b alpine true', 'invalid name "a/b": identifier "a/b" must match ^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$: invalid argument'],
  ['nerdctl run --pull bogus alpine true', 'unexpected pull mode: "bogus"'],
  ['nerdctl run --umask 9 alpine true', 'invalid Umask Value:9'],
  ['nerdctl run -u 1:2:3 alpine true', 'invalid USER value 1:2:3'],
];

/** logrus.Fatal's line for `msg`, quoted as logrus quotes it (msg="…", Go's %q). */
const fatalLine = (msg: string) => expect.stringMatching(new RegExp(`^time="[^"]+" level=fatal msg="${JSON.stringify(msg).slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\n$`));

describe('nerdctl run: validation before anything is made', () => {
  it('prints the real error for each bad value, and leaves no container and no name', async () => {
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine');
    for (const [line, message] of CASES) {
      const r = await run(line);
      expect({ line, ...r }).toEqual({ line, out: '', err: fatalLine(message), code: 1 });
    }
    expect((await run('nerdctl ps -a -q')).out).toBe('');
    expect((await run('ls /var/lib/nerdctl/1935db59/names/default')).out).toBe('');
  });

  it('--add-host is checked after the name is taken, and the released tool leaves the name behind', async () => {
    // run.go:623-649@v0.22.2: namestore.Acquire, then ValidateExtraHost returns without the
    // gcContainer that only NewContainer's failure gets. The state dir stays too.
    const run = nerdctlSession();
    await run('nerdctl pull -q alpine');
    const r = await run('nerdctl run --add-host db:bogus --name web alpine true');
    expect(r).toEqual({ out: '', err: fatalLine('invalid IP address in add-host: "bogus"'), code: 1 });
    expect((await run('nerdctl run --add-host bogus alpine true')).err).toEqual(fatalLine('bad format for add-host: "bogus"'));
    expect((await run('ls /var/lib/nerdctl/1935db59/names/default')).out).toMatch(/^alpine-[0-9a-f]{5}\nweb\n$/);
    expect((await run('nerdctl run --name web alpine true')).err).toMatch(/level=fatal msg="name \\"web\\" is already used by ID \\"[0-9a-f]{64}\\""/);
    expect((await run('nerdctl ps -a -q')).out).toBe('');
  });

  it('-u with a name the image does not know fails NewContainer; a uid it does not know is fine', async () => {
    const run = nerdctlSession();
    const r = await run('nerdctl run -u bogus --name u alpine id');
    expect(r).toMatchObject({ out: '', code: 1, err: expect.stringMatching(/level=fatal msg="mount callback failed on \/tmp\/containerd-mount\d+: no users found"\n$/) });
    expect((await run('nerdctl ps -a -q')).out).toBe('');
    expect((await run('nerdctl run -u root:nosuchgroup --rm alpine id')).err).toMatch(/: no groups found"\n$/);
    expect((await run('nerdctl run -u nobody --rm alpine id')).out).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n');
    expect((await run('nerdctl run -u 1234 --rm alpine id')).out).toBe('uid=1234 gid=0(root) groups=0(root)\n');
  });
});
