// nerdctl build on a terminal: buildctl's stdout is the pipe nerdctl loads the image from
// (cmd/nerdctl/build.go@v0.22.2 buildctlCmd.StdoutPipe), so the docker exporter never sees a
// console there, while its progress on stderr is buildkit's tty display.

import { describe, expect, it } from 'vitest';
import { textToBinary, writeFile } from '../../../host/vfs';
import { freshNode, nerdctl } from '../nerdctl-test-support';

describe('nerdctl build on a terminal', () => {
  it('loads the image and draws the tty progress', async () => {
    const node = freshNode();
    writeFile(node.state.host.files, '/root/Dockerfile', textToBinary('FROM nginx:alpine\nRUN echo hi > /hi\n'));
    const r = await nerdctl(node, 'build -t nginx:my-alpine -f Dockerfile .', { tty: true });
    expect(r.stderr).not.toContain('refusing to write to console');
    expect(r.stderr).toContain('[+] Building');
    expect(r.stdout).toMatch(/^unpacking docker\.io\/library\/nginx:my-alpine \(sha256:[0-9a-f]{64}\)\.\.\.done\n$/);
    expect(r.exit).toBe(0);
    expect((await nerdctl(node, 'images -q nginx:my-alpine')).stdout).toMatch(/^[0-9a-f]{12}\n$/);
  });
});
