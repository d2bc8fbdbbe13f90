// `crictl pull` against cmd/crictl/image.go:49-122 and 498-545 of cri-tools v1.26.0; the
// errors are the CRI plugin's (containerd 1.6.20 pkg/cri/server/image_pull.go:95-160) wrapped
// as `pulling image: rpc error: …` and printed by logrus.Fatal.

import { describe, expect, it } from 'vitest';
import { imagesSession, NGINX_125_ID } from './test-support';

describe('crictl pull', () => {
  it('prints the image id, for a fresh pull and an image already there (the notes: crictl pull nginx:1.25)', async () => {
    const run = await imagesSession();
    expect(await run('crictl pull nginx:1.25')).toEqual({ out: `Image is up to date for ${NGINX_125_ID}\n`, err: '', code: 0 });
    expect((await run('crictl pull docker.io/library/nginx:1.25')).out).toBe(`Image is up to date for ${NGINX_125_ID}\n`);
  });

  it('without a name shows its help and succeeds (cli.ShowSubcommandHelp, image.go:87-89)', async () => {
    const run = await imagesSession();
    const r = await run('crictl pull');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('NAME:\n   crictl pull - Pull an image from a registry\n\nUSAGE:\n   crictl pull command [command options] NAME[:TAG|@DIGEST]\n')).toBe(true);
  });

  it('a missing tag: the client logs the failed RPC, then FATA with the wrapped status', async () => {
    const run = await imagesSession();
    const r = await run('crictl pull nginx:0.0.0-none');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const desc =
      'failed to pull and unpack image \\"docker.io/library/nginx:0.0.0-none\\": failed to resolve reference \\"docker.io/library/nginx:0.0.0-none\\": docker.io/library/nginx:0.0.0-none: not found';
    expect(r.err).toContain(`remote_image.go:171] "PullImage from image service failed" err="rpc error: code = NotFound desc = ${desc}" image="nginx:0.0.0-none"\n`);
    expect(r.err.endsWith(`level=fatal msg="pulling image: rpc error: code = NotFound desc = ${desc}"\n`)).toBe(true);
  });

  it('a bad name fails in the plugin as ParseDockerRef does', async () => {
    const run = await imagesSession();
    const r = await run('crictl pull NGINX');
    expect(r.err).toContain('msg="pulling image: rpc error: code = Unknown desc = failed to parse image reference \\"NGINX\\": invalid reference format: repository name must be lowercase"');
  });

  it('credentials: --creds and --auth are exclusive, a user is needed, wrong ones are refused by the registry', async () => {
    const run = await imagesSession();
    expect((await run('crictl pull --creds a --auth b busybox')).err).toContain('msg="both `--creds` and `--auth` are specified"');
    expect((await run('crictl pull --creds :secret busybox')).err).toContain('msg="username can\'t be empty"');
    const denied = await run('crictl pull --creds me:wrong busybox');
    expect(denied.err).toContain('failed to resolve reference \\"docker.io/library/busybox:latest\\": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized"\n');
    // --auth is passed as it is; the plugin decodes it (ParseAuth).
    const notBase64 = await run('crictl pull --auth @@@ busybox');
    expect(notBase64.err).toContain('failed to resolve reference \\"docker.io/library/busybox:latest\\": illegal base64 data at input byte 0"\n');
  });

  it('-u asks for the password on the terminal; piped, term.ReadPassword fails', async () => {
    const run = await imagesSession();
    const r = await run('echo secret | crictl pull -u admin busybox');
    expect(r.out).toBe('Enter Password:\n');
    expect(r.err).toContain('level=fatal msg="inappropriate ioctl for device"');
  });

  it('--pod-config must load, --annotation must be key=value', async () => {
    const run = await imagesSession();
    expect((await run('crictl pull --pod-config /nope.json busybox')).err).toContain('msg="load podSandboxConfig: config at /nope.json not found"');
    expect((await run('crictl pull -a justakey busybox')).err).toContain('msg="incorrectly specified label: justakey"');
  });
});
