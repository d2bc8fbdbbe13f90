// docker build with RUN --mount, --secret and --ssh, as a private real dockerd 20.10.24 printed
// them (builder-next with the dockerfile frontend of the buildkit 0.8 it vendors; the lines
// that agree are tests/oracle/docker/scripts/41-build-mounts.sh): a secret for one step and a
// CACHED step when only its value changed, buildkit 0.8's `secret foo not found: not found`,
// the CLI's `could not parse secrets: […]` and `could not parse ssh: […]` (exit 1), mount
// parse errors before anything loads, `invalid mount target "/"` after the metadata, the
// `stage-0` prefix a cache mount brings, a tmpfs target left as an empty directory, a file
// bind's stub gone, --network and --security unknown to the 1.2 frontend, and the classic
// builder's `the --mount option requires BuildKit`.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const NOW = Date.UTC(2026, 11, 5, 5, 10, 0);

async function prepared() {
  const s = createSession({ seed: 21, now: () => NOW });
  const run = async (line: string) => {
    const r = await s.run(line, { tty: false });
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
  };
  await run('docker pull -q busybox');
  await run('mkdir -p /root/m && cd /root/m && echo s3cr3t > secret.txt && echo hello > a.txt');
  return run;
}

/** What the oracle script compares: the steps, CACHED marks and RUN output without times, and the error. */
function steps(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => /^#\d+ (\[[^i]|CACHED|ERROR|\d+\.\d+ )/.test(l))
    .map((l) => l.replace(/^#\d+ (\d+\.\d+ )?/, ''));
}

const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l !== '' && !l.startsWith('#'));

describe('docker build (DOCKER_BUILDKIT=1): RUN --mount', () => {
  it('mounts a --secret for its step, and finds the step CACHED when only the value changed', async () => {
    const run = await prepared();
    await run("printf 'FROM busybox\\nRUN --mount=type=secret,id=foo cat /run/secrets/foo\\n' > Secret");
    const r = await run('DOCKER_BUILDKIT=1 docker build --progress=plain --secret id=foo,src=secret.txt -f Secret -t sec .');
    expect(r.exitCode).toBe(0);
    expect(steps(r.stderr)).toEqual(['[1/2] FROM docker.io/library/busybox', '[2/2] RUN --mount=type=secret,id=foo cat /run/secrets/foo', 's3cr3t']);
    await run('echo other > other.txt');
    const again = await run('DOCKER_BUILDKIT=1 docker build --progress=plain --secret id=foo,src=other.txt -f Secret -t sec .');
    expect(steps(again.stderr)).toEqual(['[1/2] FROM docker.io/library/busybox', '[2/2] RUN --mount=type=secret,id=foo cat /run/secrets/foo', 'CACHED']);
    const classic = await run('docker build --secret id=foo,src=secret.txt -f Secret -t sec .');
    expect(classic.stdout).toMatch(/Step 2\/2 : RUN --mount=type=secret,id=foo cat \/run\/secrets\/foo\n$/);
    expect([classic.stderr, classic.exitCode]).toEqual(['the --mount option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled\n', 1]);
  });

  it('fails a required secret with buildkit 0.8\'s words, and the CLI checks --secret and --ssh first', async () => {
    const run = await prepared();
    await run("printf 'FROM busybox\\nRUN --mount=type=secret,id=foo,required cat /run/secrets/foo\\n' > Req");
    const r = await run('DOCKER_BUILDKIT=1 docker build --progress=plain -f Req .');
    expect(r.exitCode).toBe(1);
    expect(steps(r.stderr).slice(1)).toEqual(['[2/2] RUN --mount=type=secret,id=foo,required cat /run/secrets/foo', 'ERROR: secret foo not found: not found']);
    expect(errorLines(r.stderr)).toEqual(['------', ' > [2/2] RUN --mount=type=secret,id=foo,required cat /run/secrets/foo:', '------', 'secret foo not found: not found']);
    const missing = await run('DOCKER_BUILDKIT=1 docker build --secret id=foo,src=nosuch -f Req .');
    expect([missing.stderr, missing.exitCode]).toEqual(['could not parse secrets: [id=foo,src=nosuch]: failed to stat nosuch: stat nosuch: no such file or directory\n', 1]);
    const bare = await run('DOCKER_BUILDKIT=1 docker build --secret foo -f Req .');
    expect(bare.stderr).toBe("could not parse secrets: [foo]: invalid field 'foo' must be a key=value pair\n");
    const ssh = await run('DOCKER_BUILDKIT=1 docker build --ssh default -f Req .');
    expect([ssh.stderr, ssh.exitCode]).toEqual(['could not parse ssh: [default]: invalid empty ssh agent socket, make sure SSH_AUTH_SOCK is set\n', 1]);
    // The value has no newline: `abc` waits for the echo's to make one line (progressui's partial logs).
    await run("printf 'FROM busybox\\nRUN --mount=type=secret,id=tok,target=/s cat /s && echo && ls /s\\n' > Env");
    const env = await run('TOKEN=abc DOCKER_BUILDKIT=1 docker build --progress=plain --secret id=tok,env=TOKEN -f Env .');
    expect(steps(env.stderr).slice(-3)).toEqual(['[2/2] RUN --mount=type=secret,id=tok,target=/s cat /s && echo && ls /s', 'abc', '/s']);
  });

  it('keeps a cache mount between builds but starts it empty with --no-cache, names steps stage-0, keeps it out of the image', async () => {
    const run = await prepared();
    await run("printf 'FROM busybox\\nRUN --mount=type=cache,target=/c echo x >> /c/f && cat /c/f && echo y > /keep\\nRUN cat /keep; ls /c\\n' > Cache");
    const r = await run('DOCKER_BUILDKIT=1 docker build --progress=plain -f Cache .');
    expect(steps(r.stderr)).toEqual([
      '[stage-0 1/3] FROM docker.io/library/busybox',
      '[stage-0 2/3] RUN --mount=type=cache,target=/c echo x >> /c/f && cat /c/f && echo y > /keep',
      'x',
      '[stage-0 3/3] RUN cat /keep; ls /c',
      'y',
    ]);
    const noCache = await run('DOCKER_BUILDKIT=1 docker build --progress=plain --no-cache -f Cache .');
    expect(steps(noCache.stderr).filter((l) => l === 'x')).toHaveLength(1);
  });

  it('binds a context file read-only and drops its stub; leaves a tmpfs target as an empty directory', async () => {
    const run = await prepared();
    await run("printf 'FROM busybox\\nRUN --mount=type=tmpfs,target=/t echo a > /t/a && ls /t\\nRUN ls /t\\n' > Tmp");
    const t = await run('DOCKER_BUILDKIT=1 docker build --progress=plain -f Tmp .');
    expect(steps(t.stderr)).toEqual(['[1/3] FROM docker.io/library/busybox', '[2/3] RUN --mount=type=tmpfs,target=/t echo a > /t/a && ls /t', 'a', '[3/3] RUN ls /t']);
    await run("printf 'FROM busybox\\nRUN --mount=target=/m,source=a.txt cat /m && echo y > /m2\\nRUN ls /m /m2\\n' > Bind");
    const b = await run('DOCKER_BUILDKIT=1 docker build --progress=plain -f Bind .');
    expect(steps(b.stderr).filter((l) => l !== 'CACHED').slice(1)).toEqual(['[2/3] RUN --mount=target=/m,source=a.txt cat /m && echo y > /m2', 'hello', '[3/3] RUN ls /m /m2', 'ls: /m: No such file or directory', '/m2', 'ERROR: executor failed running [/bin/sh -c ls /m /m2]: exit code: 1']);
  });

  it('prints the 1.2 frontend\'s errors: a mount when parsed, a root target when converted, --network and --security unknown', async () => {
    const run = await prepared();
    const cases: Array<[string, string]> = [
      ['RUN --mount=type=bogus,target=/x true', 'dockerfile parse error line 2: unsupported mount type "bogus"'],
      ['RUN --mount=type=bind,foo=bar,target=/x true', "dockerfile parse error line 2: unexpected key 'foo' in 'foo=bar'"],
      ['RUN --mount=type=cache true', 'invalid mount target "/"'],
      ['RUN --network=none true', 'dockerfile parse error line 2: Unknown flag: network'],
      ['RUN --security=insecure true', 'dockerfile parse error line 2: Unknown flag: security'],
    ];
    for (const [line, error] of cases) {
      await run(`printf 'FROM busybox\\n${line}\\n' > Bad`);
      const r = await run('DOCKER_BUILDKIT=1 docker build --progress=plain -f Bad .');
      expect([errorLines(r.stderr), r.exitCode]).toEqual([[`failed to solve with frontend dockerfile.v0: failed to create LLB definition: ${error}`], 1]);
      expect(steps(r.stderr)).toEqual([]);
    }
  });
});
