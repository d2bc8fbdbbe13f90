// buildctl build's session attachables (moby/buildkit@v0.10.4 cmd/buildctl/build.go: --ssh, then
// --secret, parsed before the outputs and the connection; cmd/buildctl/build/secret.go, ssh.go,
// session/secrets/secretsprovider/store.go, session/sshforward/sshprovider/agentprovider.go and
// agentprovider_unix.go): each check fails with `error: …` and exit 1 before any progress; a
// good secret reaches the RUN step that mounts it.

import { describe, expect, it } from 'vitest';
import { captureIO } from '../../cli/test-support';
import { createSimulator } from '../../index';
import * as vfs from '../../host/vfs';
import type { Node } from '../../node';
import { runBuildctl } from './buildctl';

const NOW = 1_780_000_000_000;

async function buildctl(n: Node, args: readonly string[], environ: Record<string, string> = {}) {
  const c = captureIO({ environ });
  const exit = await runBuildctl(n, args, c.io);
  return { stdout: c.out(), stderr: c.err(), exit };
}

function node(): Node {
  const n = createSimulator({ seed: 5, now: () => NOW });
  vfs.writeFile(n.state.host.files, '/root/ctx/Dockerfile', vfs.textToBinary('FROM alpine\nRUN --mount=type=secret,id=foo,required cat /run/secrets/foo\n'), { parents: true, mtimeMs: NOW });
  vfs.writeFile(n.state.host.files, '/root/s.txt', vfs.textToBinary('top\n'), { parents: true, mtimeMs: NOW });
  return n;
}

const BUILD = ['build', '--progress=plain', '--frontend', 'dockerfile.v0', '--local', 'context=/root/ctx', '--local', 'dockerfile=/root/ctx'];

describe('buildctl build --secret / --ssh', () => {
  const errors: Array<[string[], string]> = [
    [['--secret', 'id=foo,src=/root/none'], 'failed to stat /root/none: stat /root/none: no such file or directory'],
    [['--secret', 'foo'], "invalid field 'foo' must be a key=value pair"],
    [['--secret', 'id=foo,file=/root/s.txt'], "unexpected key 'file' in 'file=/root/s.txt'"],
    [['--secret', 'type=vault,id=foo'], 'unsupported secret type "vault"'],
    [['--secret', 'src=/root/s.txt'], 'secret missing ID'],
    [['--secret', 'id="foo'], 'failed to parse csv secret: parse error on line 1, column 4: bare " in non-quoted-field'],
    [['--ssh', 'default'], 'invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set'],
    [['--ssh', 'default=/root/none.sock'], 'stat /root/none.sock: no such file or directory'],
    [['--ssh', 'default', '--secret', 'id=foo,src=/root/none'], 'invalid empty ssh agent socket: make sure SSH_AUTH_SOCK is set'],
  ];
  for (const [flags, message] of errors) {
    it(`refuses ${flags.join(' ')}`, async () => {
      expect(await buildctl(node(), [...BUILD, ...flags])).toEqual({ stdout: '', stderr: `error: ${message}\n`, exit: 1 });
    });
  }

  it('mounts the secret read from the file (or from the variable env= names) for the step', async () => {
    const n = node();
    const r = await buildctl(n, [...BUILD, '--secret', 'id=foo,src=/root/s.txt']);
    expect(r.exit).toBe(0);
    expect(r.stderr).toContain('#5 [stage-0 2/2] RUN --mount=type=secret,id=foo,required cat /run/secrets/foo\n#5 0.120 top\n');
    const env = await buildctl(n, [...BUILD, '--no-cache', '--secret', 'id=foo,env=FOO'], { FOO: 'from-env' });
    expect(env.stderr).toContain('#5 0.120 from-env\n');
    // An id alone: the variable of that name when it is set.
    const byName = await buildctl(n, [...BUILD, '--no-cache', '--secret', 'id=foo'], { foo: 'by-name' });
    expect(byName.stderr).toContain('#5 0.120 by-name\n');
  });
});
