// The study notes' crictl flow typed into the browser terminal, key by key, as a learner does:
// /etc/crictl.yaml and both configs written with heredocs, a pod started with `crictl runp`,
// a container created and started in it, listed, its logs read, a shell opened in it with
// `crictl exec -it … sh` and left with `exit`, then the pod stopped and removed.

import { expect, test } from '@playwright/test';
import { CONTAINER_CONFIG, CRICTL_YAML, POD_CONFIG } from '../scenario/notes-crictl-files';
import { PROMPT, TerminalPage } from './terminal-page';

const SHELL_PROMPT = '/ #';

/** Types a heredoc line by line: each line but the last gets the `>` continuation prompt. */
async function typeHeredoc(terminal: TerminalPage, text: string): Promise<void> {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i === lines.length - 1) {
      await terminal.run(line);
      return;
    }
    await terminal.type(line);
    await terminal.page.keyboard.press('Enter');
    await expect.poll(() => terminal.lastLine()).toBe('>');
  }
}

/** The last 64-hex id printed on the screen (crictl runp/create print one on a line of its own). */
async function lastId(terminal: TerminalPage): Promise<string> {
  const ids = (await terminal.lines()).filter((line) => /^[0-9a-f]{64}$/.test(line));
  const id = ids.at(-1);
  expect(id, 'an id on the screen').toBeDefined();
  return id ?? '';
}

test.describe('the notes crictl flow in the browser terminal', () => {
  test('runp, create, start, ps, logs, exec -it sh, stopp, rmp', async ({ page }) => {
    test.setTimeout(120_000);
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');

    await typeHeredoc(terminal, CRICTL_YAML);
    await typeHeredoc(terminal, POD_CONFIG);
    await typeHeredoc(terminal, CONTAINER_CONFIG);
    await terminal.run('ls');
    expect(await terminal.text()).toMatch(/container-config\.json\s+pod-config\.json/);

    await terminal.run('crictl runp pod-config.json');
    const pod = await lastId(terminal);
    // crictl create does not pull (only with --with-pull): the image comes first.
    await terminal.run('crictl pull busybox');
    expect(await terminal.text()).toMatch(/Image is up to date for sha256:[0-9a-f]{64}/);
    await terminal.run(`crictl create ${pod} container-config.json pod-config.json`);
    const ctr = await lastId(terminal);
    expect(ctr).not.toBe(pod);
    await terminal.run(`crictl start ${ctr}`);
    expect(await terminal.lines()).toContain(ctr);

    await terminal.run('crictl ps');
    const lines = await terminal.lines();
    expect(lines).toContainEqual(expect.stringMatching(/^CONTAINER\s+IMAGE\s+CREATED\s+STATE\s+NAME\s+ATTEMPT\s+POD ID\s+POD$/));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${ctr.slice(0, 13)}\\s+busybox\\s+.+ago\\s+Running\\s+busybox\\s+0\\s+${pod.slice(0, 13)}`)));

    await terminal.run(`crictl logs ${ctr}`);
    await expect.poll(() => terminal.text()).toMatch(/Mem: .*used/);

    await terminal.run(`crictl exec -it ${ctr} sh`, SHELL_PROMPT);
    await terminal.run('ls /', SHELL_PROMPT);
    const listing = await terminal.text();
    expect(listing).toMatch(/\bbin\b/);
    expect(listing).toMatch(/\bproc\b/);
    await terminal.run('exit');
    expect(await terminal.lastLine()).toBe(PROMPT);

    await terminal.run(`crictl stopp ${pod}`);
    expect(await terminal.lines()).toContain(`Stopped sandbox ${pod}`);
    await terminal.run(`crictl rmp ${pod}`);
    expect(await terminal.lines()).toContain(`Removed sandbox ${pod}`);
    await terminal.run('crictl pods -q; crictl ps -a -q; echo done');
    const tail = await terminal.lines();
    const done = tail.lastIndexOf('done');
    expect(tail[done - 1]).toBe(`${PROMPT} crictl pods -q; crictl ps -a -q; echo done`);
  });
});
