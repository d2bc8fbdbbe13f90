// `crictl inspecti` against cmd/crictl/image.go:233-313 and util.go:214-258 (outputStatusInfo)
// of cri-tools v1.26.0; the verbose info as containerd 1.6.20's image_status.go:76-103 writes it.

import { describe, expect, it } from 'vitest';
import { imagesSession, PAUSE_36_DIGEST, PAUSE_36_ID } from './test-support';

async function withPause() {
  const run = await imagesSession();
  await run('crictl pull registry.k8s.io/pause:3.6');
  return run;
}

describe('crictl inspecti', () => {
  it('json by default: status (jsonpb, .proto order) then the info keys, re-indented by json.Indent', async () => {
    const run = await withPause();
    const { out, code } = await run('crictl inspecti registry.k8s.io/pause:3.6');
    expect(code).toBe(0);
    expect(out.startsWith(
      `{\n  "status": {\n    "id": "${PAUSE_36_ID}",\n    "repoTags": [\n      "registry.k8s.io/pause:3.6"\n    ],\n    "repoDigests": [\n      "registry.k8s.io/pause@${PAUSE_36_DIGEST}"\n    ],\n` +
        '    "size": "303641",\n    "uid": {\n      "value": "65535"\n    },\n    "username": "",\n    "spec": null,\n    "pinned": false\n  },\n  "info": {\n    "chainID": "sha256:',
    )).toBe(true);
    expect(out).toContain('\n    "imageSpec": {\n      "created": "2021-08-04T18:08:47Z",\n      "architecture": "amd64",\n      "os": "linux",\n      "config": {\n        "User": "65535:65535",\n');
    expect(out.endsWith('  }\n}\n')).toBe(true);
  });

  it('-q drops the verbose info; -o table prints ID/Tag/Digest/Size and the Info map', async () => {
    const run = await withPause();
    expect((await run('crictl inspecti -q pause')).err).toContain('msg="no such image \\"pause\\" present"');
    const quiet = (await run(`crictl inspecti -q ${PAUSE_36_ID}`)).out;
    expect(quiet).toBe(`{\n  "status": {\n    "id": "${PAUSE_36_ID}",\n` + quiet.slice(quiet.indexOf('    "repoTags"')));
    expect(quiet).not.toContain('"info"');
    expect((await run('crictl inspecti -q -o table registry.k8s.io/pause:3.6')).out).toBe(
      `ID: ${PAUSE_36_ID}\nTag: registry.k8s.io/pause:3.6\nDigest: registry.k8s.io/pause@${PAUSE_36_DIGEST}\nSize: 304kB\n`,
    );
    expect((await run('crictl inspecti -o table registry.k8s.io/pause:3.6')).out).toMatch(/\nSize: 304kB\nInfo: map\[info:\{"chainID":"sha256:[0-9a-f]{64}","imageSpec":\{.*\}\}\]\n$/);
  });

  it('-o yaml sorts the keys; go-template runs over the same JSON', async () => {
    const run = await withPause();
    const yaml = (await run('crictl inspecti -o yaml registry.k8s.io/pause:3.6')).out;
    expect(yaml.startsWith('info:\n  chainID: sha256:')).toBe(true);
    expect(yaml).toContain("      created_by: 'ADD bin/pause-linux-amd64 /pause # buildkit'\n");
    expect(yaml).toContain('    created: "2021-08-04T18:08:47Z"\n');
    expect(yaml.endsWith('  uid:\n    value: "65535"\n  username: ""\n\n')).toBe(true);
    expect((await run('crictl inspecti -o go-template --template "{{.status.id}}" registry.k8s.io/pause:3.6')).out).toBe(`${PAUSE_36_ID}\n`);
  });

  it('errors: no image, an unknown format (after the status call), no argument shows help', async () => {
    const run = await withPause();
    const missing = await run('crictl inspecti nothere');
    expect([missing.code, missing.out]).toEqual([1, '']);
    expect(missing.err.replace(/time="[^"]*"/, 'time="T"')).toBe('time="T" level=fatal msg="no such image \\"nothere\\" present"\n');
    expect((await run('crictl inspecti -o xml registry.k8s.io/pause:3.6')).err).toContain('msg="output option cannot be xml"');
    expect((await run('crictl inspecti -o xml nothere')).err).toContain('msg="no such image \\"nothere\\" present"');
    const help = await run('crictl inspecti');
    expect([help.code, help.out.startsWith('NAME:\n   crictl inspecti - Return the status of one or more images\n')]).toEqual([0, true]);
  });
});
