// A node saved with nerdctl containers loads again with them: everything nerdctl keeps is in
// containerd's records and the node's files (names, state dirs, json logs, hosts), and the
// restart monitor's loop is a node timer, so an `always` container still comes back.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const NOW = Date.UTC(2026, 11, 3, 9, 0, 0);

describe('a saved node with nerdctl containers', () => {
  it('keeps containers, names, logs and the restart monitor across save and load', async () => {
    const first = createSession({ seed: 9, now: () => NOW });
    const id = (await first.run('nerdctl run -d --name web --restart always -p 80:80 nginx:alpine')).stdout.trim();
    await first.run('nerdctl run --name once alpine echo hi');
    const saved = first.save();
    const second = createSession({ seed: 9, now: () => NOW, saved, rejectDamagedSave: true });
    expect((await second.run('nerdctl ps -a --format "{{.Names}}"')).stdout.split('\n').filter(Boolean).sort()).toEqual(['once', 'web']);
    expect((await second.run('ls /var/lib/nerdctl/1935db59/names/default')).stdout).toBe('once\nweb\n');
    expect((await second.run('nerdctl logs web')).stdout).toContain('Configuration complete; ready for start up');
    await second.run('nerdctl kill web');
    await second.run('sleep 11');
    expect((await second.run('nerdctl ps --format "{{.ID}} {{.Status}}"')).stdout).toBe(`${id.slice(0, 12)} Up\n`);
    expect(await second.run('nerdctl rm -f web once')).toMatchObject({ stdout: 'web\nonce\n', exitCode: 0 });
  });
});
