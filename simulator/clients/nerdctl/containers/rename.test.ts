// nerdctl rename where the hosts store has no meta.json for the container (rename.go:86-100 and
// pkg/dnsutil/hostsstore/hostsstore.go:159-165@v0.22.2): the names store has already moved the
// name, then Store.Update's os.ReadFile fails and the label keeps the old name. meta.json is
// written by the OCI hook's onCreateRuntime only for CNI networks and removed at the task's
// delete, so a created container and a --net host one fail (nerdctl issue 3341 shows this FATA
// for --network host); a stopped one still has it (stop.go does not delete the task).

import { describe, expect, it } from 'vitest';
import { nerdctlSession } from '../images/test-support';

const fatal = (msg: string) => expect.stringMatching(new RegExp(`^time="[^"]+" level=fatal msg="${msg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\n$`));
const NAMES = 'ls /var/lib/nerdctl/1935db59/names/default';

describe('nerdctl rename without the hosts meta.json', () => {
  it('a created container: the name moves in the store, the rename fails, the label stays', async () => {
    const run = nerdctlSession();
    const id = (await run('nerdctl create --name c alpine')).out.trim();
    expect(await run('nerdctl rename c d')).toEqual({ out: '', err: fatal(`open /var/lib/nerdctl/1935db59/etchosts/default/${id}/meta.json: no such file or directory`), code: 1 });
    expect((await run(NAMES)).out).toBe('d\n');
    expect((await run("nerdctl ps -a --format '{{.Names}}'")).out).toBe('c\n');
    // The old name is free in the store now: a second container takes it.
    expect((await run('nerdctl create --name c alpine')).code).toBe(0);
  });

  it('--net host fails the same way; a stopped bridge container renames', async () => {
    const run = nerdctlSession();
    const id = (await run('nerdctl run -d --net host --name h alpine sleep 100')).out.trim();
    expect((await run('nerdctl rename h h2')).err).toEqual(fatal(`open /var/lib/nerdctl/1935db59/etchosts/default/${id}/meta.json: no such file or directory`));
    await run('nerdctl run -d --name w alpine sleep 100');
    await run('nerdctl stop w');
    expect(await run('nerdctl rename w x')).toEqual({ out: '', err: '', code: 0 });
    expect((await run("nerdctl ps -a --format '{{.Names}}'")).out).toBe('h\nx\n');
  });
});
