// nerdctl build with RUN --mount, --secret, --ssh and RUN --network, as nerdctl 0.22.2 hands
// them to buildctl and buildkit 0.10.4 (dockerfile frontend 1.4 built in) runs them. Facts from
// moby/buildkit@v0.10.4: frontend/dockerfile/instructions/commands_runmount.go (parseMount),
// commands_runnetwork.go, commands_runsecurity.go (dfrunsecurity: labs only),
// dockerfile2llb/convert.go (detectRunMount: a scratch source per mount, hence `stage-0`),
// convert_runmount.go, convert_secrets.go, convert_ssh.go, solver/llbsolver/mounts/mount.go,
// solver/llbsolver/vertex.go (ValidateEntitlements), executor/stubs.go,
// session/secrets/secrets.go, session/secrets/secretsprovider/store.go,
// session/sshforward/sshprovider/agentprovider.go, cmd/buildctl/build/secret.go and ssh.go.

import { describe, expect, it } from 'vitest';
import * as vfs from '../../../host/vfs';
import { freshNode, nerdctl } from '../nerdctl-test-support';
import type { Node } from '../../../node';

function write(n: Node, path: string, text: string): void {
  vfs.writeFile(n.state.host.files, path, vfs.textToBinary(text), { parents: true, mtimeMs: n.nowMs() });
}

/** The progress without the base image's download, the internal loads, DONE lines and blank lines. */
const steps = (stderr: string) =>
  stderr.split('\n').filter((l) => l !== '' && !/^#\d+ (sha256:|extracting |resolve |transferring |DONE |exporting |sending |\[internal\])/.test(l) && !/^#\d+ \[internal\]/.test(l) && !/^#\d+ exporting/.test(l));

async function build(n: Node, dockerfile: string, extra: string[] = [], environ: Record<string, string> = {}) {
  write(n, '/root/ctx/Dockerfile', dockerfile);
  return nerdctl(n, ['build', '--progress=plain', ...extra, '-t', 'm:1', '/root/ctx'], { environ });
}

/** The last lines nerdctl prints after buildctl failed (nothing to load). */
const FATAL = /time="[^"]+" level=fatal msg="unrecognized image format"\n$/;

describe('nerdctl build: secrets', () => {
  it('mounts --secret at /run/secrets/<id> for the step, names the step as written, and the image keeps only the stub parent', async () => {
    const n = freshNode();
    write(n, '/root/s.txt', 's3cr3t\n');
    const df = 'FROM alpine\nRUN --mount=type=secret,id=foo cat /run/secrets/foo && ls -l /run/secrets\nRUN ls -a /run/secrets\n';
    const r = await build(n, df, ['--secret', 'id=foo,src=/root/s.txt']);
    expect(r.exit).toBe(0);
    expect(steps(r.stderr)).toEqual([
      expect.stringMatching(/^#4 \[stage-0 1\/3\] FROM docker\.io\/library\/alpine:latest@sha256:/),
      '#5 [stage-0 2/3] RUN --mount=type=secret,id=foo cat /run/secrets/foo && ls -l /run/secrets',
      '#5 0.120 s3cr3t',
      '#5 0.120 total 4',
      expect.stringMatching(/^#5 0\.120 -r-------- +1 root +root +7 \w{3} +\d+ \d\d:\d\d foo$/),
      '#6 [stage-0 3/3] RUN ls -a /run/secrets',
      '#6 0.120 .',
      '#6 0.120 ..',
    ]);
    // A new value of the secret is no new step: the key has its id and target, not its content.
    write(n, '/root/s.txt', 'other\n');
    const again = await build(n, df, ['--secret', 'id=foo,src=/root/s.txt']);
    expect(steps(again.stderr).filter((l) => l.endsWith('CACHED'))).toEqual(['#4 CACHED', '#5 CACHED', '#6 CACHED']);
  });

  it('reads env= from the client environment, and a secret given by its id alone from the file of that name', async () => {
    const n = freshNode();
    const r = await build(n, 'FROM alpine\nRUN --mount=type=secret,id=tok cat /run/secrets/tok\n', ['--secret', 'id=tok,env=TOKEN'], { TOKEN: 'abc' });
    expect(r.exit).toBe(0);
    expect(steps(r.stderr)).toContain('#5 0.120 abc');
    const byId = await build(n, 'FROM alpine\nRUN --mount=type=secret,id=/root/tok.txt,target=/t cat /t\n', ['--secret', 'id=/root/tok.txt']);
    expect(byId.stderr).toContain('error: failed to stat /root/tok.txt: stat /root/tok.txt: no such file or directory\n');
  });

  it('fails a required secret the client did not give, and leaves a missing optional one unmounted', async () => {
    const n = freshNode();
    const r = await build(n, 'FROM alpine\nRUN --mount=type=secret,id=foo,required cat /run/secrets/foo\n');
    expect(r.exit).toBe(1);
    expect(r.stderr).toContain('#5 [stage-0 2/2] RUN --mount=type=secret,id=foo,required cat /run/secrets/foo\n#5 ERROR: secret foo: not found\n');
    expect(r.stderr).toContain('   2 | >>> RUN --mount=type=secret,id=foo,required cat /run/secrets/foo\n');
    expect(r.stderr).toContain('error: failed to solve: secret foo: not found\n');
    expect(r.stderr).toMatch(FATAL);
    const optional = await build(n, 'FROM alpine\nRUN --mount=type=secret,id=foo cat /run/secrets/foo\n');
    expect(optional.stderr).toContain("#5 0.120 cat: can't open '/run/secrets/foo': No such file or directory\n");
  });

  it("stops at the client's own check of --secret and --ssh, before any step", async () => {
    const n = freshNode();
    const df = 'FROM alpine\nRUN --mount=type=secret,id=foo cat /run/secrets/foo\n';
    const missing = await build(n, df, ['--secret', 'id=foo,src=/nosuch']);
    expect(missing.exit).toBe(1);
    expect(missing.stderr).toMatch(/^error: failed to stat \/nosuch: stat \/nosuch: no such file or directory\ntime=/);
    const bare = await build(n, df, ['--secret', 'foo']);
    expect(bare.stderr).toMatch(/^error: invalid field 'foo' must be a key=value pair\n/);
    const noId = await build(n, df, ['--secret', 'src=/root/x']);
    expect(noId.stderr).toMatch(/^error: secret missing ID\n/);
    const ssh = await build(n, 'FROM alpine\nRUN --mount=type=ssh true\n', ['--ssh', 'default']);
    expect(ssh.exit).toBe(1);
    expect(ssh.stderr).toMatch(/^error: invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set\ntime=/);
  });

  it('mounts the forwarded agent at /run/buildkit/ssh_agent.0, and fails a required one nobody forwarded', async () => {
    const n = freshNode();
    write(n, '/tmp/ssh-agent.sock', '');
    const df = 'FROM alpine\nRUN --mount=type=ssh ls /run/buildkit/ssh_agent.0\n';
    const r = await build(n, df, ['--ssh', 'default'], { SSH_AUTH_SOCK: '/tmp/ssh-agent.sock' });
    expect(r.exit).toBe(0);
    expect(steps(r.stderr)).toContain('#5 0.120 /run/buildkit/ssh_agent.0');
    const none = await build(n, 'FROM alpine\nRUN --mount=type=ssh,required=true true\n');
    expect(none.stderr).toContain('error: failed to solve: no SSH key "" forwarded from the client\n');
  });
});

describe('nerdctl build: cache, bind and tmpfs mounts', () => {
  it('keeps a cache mount across builds (also with --no-cache), never in the image', async () => {
    const n = freshNode();
    const df = 'FROM alpine\nRUN --mount=type=cache,target=/c echo x >> /c/f && cat /c/f && echo y > /keep\nRUN cat /keep && ls -d /c || true\n';
    const first = await build(n, df);
    expect(first.exit).toBe(0);
    expect(steps(first.stderr).slice(1)).toEqual([
      '#5 [stage-0 2/3] RUN --mount=type=cache,target=/c echo x >> /c/f && cat /c/f && echo y > /keep',
      '#5 0.120 x',
      '#6 [stage-0 3/3] RUN cat /keep && ls -d /c || true',
      '#6 0.120 y',
      '#6 0.120 ls: /c: No such file or directory',
    ]);
    const second = await build(n, df, ['--no-cache']);
    expect(steps(second.stderr)).toContain('#5 0.120 x');
    expect(steps(second.stderr).filter((l) => l === '#5 0.120 x')).toHaveLength(2);
    // buildctl prune removes cache mounts with the rest of buildkitd's records.
    await nerdctl(n, 'builder prune');
    const third = await build(n, df, ['--no-cache']);
    expect(steps(third.stderr).filter((l) => l === '#5 0.120 x')).toHaveLength(1);
  });

  it('binds a context file read-only by default; a rw bind takes writes that vanish; its content is in the cache key', async () => {
    const n = freshNode();
    write(n, '/root/ctx/a.txt', 'hello\n');
    const df = 'FROM alpine\nRUN --mount=target=/m,source=a.txt cat /m && echo y > /m2; echo z > /m; echo rc=$?\nRUN ls /m /m2\n';
    const r = await build(n, df);
    expect(r.exit).toBe(1);
    // (busybox names itself /bin/sh there; the inner shell says sh.)
    expect(steps(r.stderr).slice(1, 9).map((l) => l.replace('0.120 /bin/sh:', '0.120 sh:'))).toEqual([
      '#6 [stage-0 2/3] RUN --mount=target=/m,source=a.txt cat /m && echo y > /m2; echo z > /m; echo rc=$?',
      '#6 0.120 hello',
      "#6 0.120 sh: can't create /m: Read-only file system",
      '#6 0.120 rc=1',
      '#7 [stage-0 3/3] RUN ls /m /m2',
      '#7 0.120 ls: /m: No such file or directory',
      '#7 0.120 /m2',
      '#7 ERROR: process "/bin/sh -c ls /m /m2" did not complete successfully: exit code: 1',
    ]);
    const rw = 'FROM alpine\nRUN --mount=type=bind,target=/src,rw echo new > /src/a.txt && cat /src/a.txt\nRUN cat /root/ctx/a.txt 2>/dev/null; ls /src\n';
    const w = await build(n, rw);
    expect(steps(w.stderr)).toContain('#6 0.120 new');
    expect(w.exit).toBe(1);
    const cached = await build(n, rw);
    expect(steps(cached.stderr)).toContain('#6 CACHED');
    write(n, '/root/ctx/a.txt', 'changed\n');
    const rerun = await build(n, rw);
    expect(steps(rerun.stderr)).not.toContain('#6 CACHED');
  });

  it('gives a tmpfs mount an empty directory for the step only', async () => {
    const n = freshNode();
    const r = await build(n, 'FROM alpine\nRUN --mount=type=tmpfs,target=/t echo a > /t/a && ls /t\nRUN ls /t\n');
    expect(steps(r.stderr).slice(1, 5)).toEqual(['#5 [stage-0 2/3] RUN --mount=type=tmpfs,target=/t echo a > /t/a && ls /t', '#5 0.120 a', '#6 [stage-0 3/3] RUN ls /t', '#6 0.120 ls: /t: No such file or directory']);
  });

  it('binds another stage from=, with a relative target under WORKDIR', async () => {
    const n = freshNode();
    const df = 'FROM alpine AS a\nRUN echo built > /out\nFROM alpine\nWORKDIR /w\nRUN --mount=from=a,source=/out,target=o cat /w/o\n';
    const r = await build(n, df);
    expect(r.exit).toBe(0);
    expect(steps(r.stderr)).toContain('#8 0.120 built');
  });
});

describe('nerdctl build: mount and flag errors', () => {
  const failing: Array<[string, string]> = [
    ['RUN --mount=type=bogus,target=/x true', 'unsupported mount type "bogus"'],
    ['RUN --mount=type=bind,foo=bar,target=/x true', "unexpected key 'foo' in 'foo=bar' (did you mean from?)"],
    ['RUN --mount=type=tmpfs true', 'invalid mount target "/"'],
    ['RUN --mount=type=tmpfs,target=/t,mode=0700 true', 'mode not allowed for "tmpfs" type mounts'],
    ['RUN --mount=type=cache,target=/c,required true', "unexpected key 'required' for mount type 'cache'"],
    ['RUN --mount=type=secret,id=a,source=b true', "both source and id can't be set"],
    ['RUN --mount=type=ssh,source=k true', 'ssh does not support source'],
    ['RUN --mount=type=cache,target=/c,sharing=nope true', 'unsupported sharing value "nope"'],
    ['RUN --mount=type=bind,target=/x,source=nosuch true', 'failed to compute cache key: failed to calculate checksum of ref'],
  ];
  for (const [line, error] of failing) {
    it(`fails ${line}`, async () => {
      const n = freshNode();
      const r = await build(n, `FROM alpine\n${line}\n`);
      expect(r.exit).toBe(1);
      expect(r.stderr).toContain(`   2 | >>> ${line}\n`);
      expect(r.stderr).toContain(`error: failed to solve: ${error}`);
    });
  }

  it('takes --mount more than once, and knows no --security in the stable 1.4 frontend', async () => {
    const n = freshNode();
    write(n, '/root/ctx/a.txt', 'hello\n');
    const two = await build(n, 'FROM alpine\nRUN --mount=type=bind,source=a.txt,target=/a --mount=type=cache,target=/y cat /a\n');
    expect(two.exit).toBe(0);
    const sec = await build(n, 'FROM alpine\nRUN --security=insecure true\n');
    expect(sec.stderr).toContain('error: failed to solve: dockerfile parse error on line 2: ');
    expect(sec.stderr).toContain('flag: security');
  });

  it('runs RUN --network=none without a network, and refuses --network=host without its entitlement', async () => {
    const n = freshNode();
    const none = await build(n, 'FROM alpine\nRUN --network=none wget -q -O- http://127.0.0.1:1/\n');
    expect(steps(none.stderr)).toContain("#5 0.120 wget: can't connect to remote host (127.0.0.1): Connection refused");
    const named = await build(n, 'FROM alpine\nRUN --network=none wget -q -O- http://example.test/\n');
    expect(steps(named.stderr)).toContain("#5 0.120 wget: bad address 'example.test'");
    const bad = await build(n, 'FROM alpine\nRUN --network=bridge true\n');
    expect(bad.stderr).toContain('error: failed to solve: dockerfile parse error on line 2: invalid network mode "bridge"\n');
    const host = await build(n, 'FROM alpine\nRUN --network=host true\n');
    expect(host.stderr).toContain('error: failed to solve: network.host is not allowed\n');
    expect(host.stderr).not.toContain('[2/2] RUN');
  });
});
