// `crictl images` against cmd/crictl/image.go:124-231 and display.go:54-67 of cri-tools v1.26.0
// (tabwriter 20,1,3; HumanSizeWithPrecision(size, 3); ids via getTruncatedID, util.go:309-315).

import { describe, expect, it } from 'vitest';
import { imagesSession, NGINX_125_DIGEST, NGINX_125_ID, PAUSE_36_DIGEST, PAUSE_36_ID } from './test-support';

const HEADER = 'IMAGE               TAG                 IMAGE ID            SIZE\n';

async function withTwoImages() {
  const run = await imagesSession();
  await run('crictl pull nginx:1.25');
  await run('crictl pull registry.k8s.io/pause:3.6');
  return run;
}

describe('crictl images', () => {
  it('on a node without images prints the header alone, also for `crictl image list` (the notes)', async () => {
    const run = await imagesSession();
    expect(await run('crictl image list')).toEqual({ out: HEADER, err: '', code: 0 });
    expect((await run('crictl images')).out).toBe(HEADER);
  });

  it('one row per tag, sorted by first tag, 13-character ids, sizes with 3 significant digits', async () => {
    const run = await withTwoImages();
    expect((await run('crictl images')).out).toBe(
      'IMAGE                     TAG                 IMAGE ID            SIZE\n' +
        'docker.io/library/nginx   1.25                af153a9fbb1be       70.2MB\n' +
        'registry.k8s.io/pause     3.6                 d61636d43ae64       304kB\n',
    );
    // The argument is ListImages' filter, which containerd 1.6.20 ignores (image_list.go:29-39;
    // recorded: fixture images-and-cross-client, ListImages with filter "busybox").
    expect((await run('crictl img list')).out).toBe((await run('crictl images')).out);
  });

  it('--digests adds the repo digest column; --no-trunc shows ids and digests whole', async () => {
    const run = await withTwoImages();
    expect((await run('crictl images --digests')).out).toBe(
      'IMAGE                     TAG                 DIGEST              IMAGE ID            SIZE\n' +
        'docker.io/library/nginx   1.25                43f1813141273       af153a9fbb1be       70.2MB\n' +
        'registry.k8s.io/pause     3.6                 0353313ba411e       d61636d43ae64       304kB\n',
    );
    const wide = (await run('crictl images --digests --no-trunc')).out.split('\n');
    expect(wide[1]).toBe(`docker.io/library/nginx   1.25                ${NGINX_125_DIGEST}   ${NGINX_125_ID}   70.2MB`);
  });

  it('-q prints whole ids; -v prints blocks (Size in bytes, Uid as gogo prints an Int64Value)', async () => {
    const run = await withTwoImages();
    expect((await run('crictl images -q')).out).toBe(`${NGINX_125_ID}\n${PAUSE_36_ID}\n`);
    expect((await run('crictl images -v')).out).toBe(
      `ID: ${NGINX_125_ID}\nRepoTags: docker.io/library/nginx:1.25\nRepoDigests: docker.io/library/nginx@${NGINX_125_DIGEST}\nSize: 70229852\n\n` +
        `ID: ${PAUSE_36_ID}\nRepoTags: registry.k8s.io/pause:3.6\nRepoDigests: registry.k8s.io/pause@${PAUSE_36_DIGEST}\nSize: 303641\nUid: &Int64Value{Value:65535,}\n\n`,
    );
  });

  it('an image without tags shows the repository of its digest and <none>; with neither, <none> twice', async () => {
    const run = await withTwoImages();
    await run('ctr -n k8s.io images rm docker.io/library/nginx:1.25');
    await run(`ctr -n k8s.io images rm registry.k8s.io/pause:3.6 registry.k8s.io/pause@${PAUSE_36_DIGEST}`);
    expect((await run('crictl images')).out).toBe(
      'IMAGE                     TAG                 IMAGE ID            SIZE\n' +
        'docker.io/library/nginx   <none>              af153a9fbb1be       70.2MB\n' +
        '<none>                    <none>              d61636d43ae64       304kB\n',
    );
  });

  it('-o json is jsonpb with defaults: fields in .proto order, unset messages null (util.go:181-197)', async () => {
    const run = await withTwoImages();
    const { out } = await run('crictl images -o json');
    expect(out.startsWith(`{\n  "images": [\n    {\n      "id": "${NGINX_125_ID}",\n      "repoTags": [\n        "docker.io/library/nginx:1.25"\n      ],\n`)).toBe(true);
    expect(out).toContain('      "size": "70229852",\n      "uid": null,\n      "username": "",\n      "spec": null,\n      "pinned": false\n    },');
    expect(out).toContain('      "uid": {\n        "value": "65535"\n      },');
    expect(out.endsWith('  ]\n}\n')).toBe(true);
    expect((await (await imagesSession())('crictl images -o json')).out).toBe('{\n  "images": [\n  ]\n}\n');
  });

  it('-o yaml goes through JSONToYAML: keys sorted, numbers-as-strings quoted, Println adds a line', async () => {
    const run = await withTwoImages();
    const { out } = await run('crictl images -o yaml');
    expect(out.startsWith(`images:\n- id: ${NGINX_125_ID}\n  pinned: false\n  repoDigests:\n  - docker.io/library/nginx@${NGINX_125_DIGEST}\n  repoTags:\n  - docker.io/library/nginx:1.25\n  size: "70229852"\n  spec: null\n  uid: null\n  username: ""\n`)).toBe(true);
    expect(out.endsWith('  uid:\n    value: "65535"\n  username: ""\n\n')).toBe(true);
  });

  it('any other -o value prints the table', async () => {
    const run = await imagesSession();
    expect((await run('crictl images -o table')).out).toBe(HEADER);
    expect((await run('crictl images -o wide')).out).toBe(HEADER);
  });
});
