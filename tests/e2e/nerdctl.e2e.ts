// The study notes' nerdctl flow typed into the browser terminal as a learner does: a
// Dockerfile written with a heredoc and built with buildkit, the image run with a published
// port, the page fetched with curl from the node, a shell opened inside with `nerdctl exec -it
// … sh` and left with `exit`, the container's logs (nginx's access line for that request),
// then the container stopped and removed.

import { expect, test } from '@playwright/test';
import { PROMPT, TerminalPage } from './terminal-page';

const SHELL_PROMPT = '/ #';

test.describe('the notes nerdctl flow in the browser terminal', () => {
  test('build, run -p, curl, exec -it sh, logs, stop, rm', async ({ page }) => {
    test.setTimeout(120_000);
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');

    await terminal.run("printf 'FROM nginx:alpine\\nRUN echo \\x27Build Image From Containerd\\x27 > /usr/share/nginx/html/index.html\\n' > Dockerfile");
    await terminal.run('cat Dockerfile');
    expect(await terminal.lines()).toContain("RUN echo 'Build Image From Containerd' > /usr/share/nginx/html/index.html");

    await terminal.run('systemctl enable buildkit --now');
    await terminal.run('nerdctl build -t nginx:my-alpine -f Dockerfile .');
    await expect.poll(() => terminal.text()).toMatch(/unpacking docker\.io\/library\/nginx:my-alpine \(sha256:[0-9a-f]{64}\)\.\.\.done/);

    await terminal.run('nerdctl run -d --name mynginx -p 80:80 nginx:my-alpine');
    const id = (await terminal.lines()).filter((l) => /^[0-9a-f]{64}$/.test(l)).at(-1);
    expect(id, 'the container id nerdctl run -d prints').toBeDefined();

    await terminal.run('nerdctl ps -a');
    const ps = await terminal.lines();
    expect(ps).toContainEqual(expect.stringMatching(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/));
    expect(ps).toContainEqual(expect.stringMatching(new RegExp(`^${(id ?? '').slice(0, 12)}\\s+docker\\.io/library/nginx:my-alpine\\s+.*Up\\s+0\\.0\\.0\\.0:80->80/tcp\\s+mynginx$`)));

    await terminal.run('curl localhost');
    expect(await terminal.lines()).toContain('Build Image From Containerd');

    await terminal.run('nerdctl exec -it mynginx sh', SHELL_PROMPT);
    await terminal.run('cat /usr/share/nginx/html/index.html', SHELL_PROMPT);
    expect(await terminal.lines()).toContain('Build Image From Containerd');
    await terminal.run('exit');
    expect(await terminal.lastLine()).toBe(PROMPT);

    await terminal.run('nerdctl logs mynginx');
    await expect.poll(() => terminal.text()).toMatch(/"GET \/ HTTP\/1\.1" 200 \d+ "-" "curl\/7\.88\.1"/);

    await terminal.run('nerdctl stop mynginx');
    expect(await terminal.lines()).toContain('mynginx');
    await terminal.run('nerdctl rm mynginx');
    await terminal.run('nerdctl ps -a -q; echo done');
    const tail = await terminal.lines();
    const done = tail.lastIndexOf('done');
    expect(tail[done - 1]).toBe(`${PROMPT} nerdctl ps -a -q; echo done`);
  });
});
