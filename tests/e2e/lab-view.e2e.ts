// The state view and the call-path view beside the playground's terminal (issue 13): a pulled
// image and a started task are marked as created after the line that made them, selecting the
// container shows `ctr containers info` and what it prints, and `crictl ps` lights another
// path than `ctr c ls`.

import { expect, test } from '@playwright/test';
import { TerminalPage } from './terminal-page';

const IMAGE = 'docker.io/library/busybox:latest';
/** The notes' /etc/crictl.yaml endpoints, in one line (crictl then dials containerd only). */
const CRICTL_CONFIG = "printf 'runtime-endpoint: unix:///run/containerd/containerd.sock\\nimage-endpoint: unix:///run/containerd/containerd.sock\\n' > /etc/crictl.yaml";

test.describe('the state view', () => {
  test('marks a pulled image and a started task, and shows a container’s info', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    const view = page.getByTestId('state-view');
    await expect(view).toBeVisible();

    await terminal.run(`ctr i pull ${IMAGE}`);
    await expect(view.locator(`[data-state-id="ns/default/image/${IMAGE}"]`)).toHaveAttribute('data-change', 'created');

    await terminal.run(`ctr c create ${IMAGE} c1 sleep 1000`);
    await terminal.run('ctr t start -d c1');
    const task = view.locator('[data-state-id="ns/default/container/c1/task"]');
    await expect(task).toHaveAttribute('data-change', 'created');
    await expect(task.locator('.lab-detail').first()).toContainText('RUNNING');
    // The image is no longer new after a later line.
    await expect(view.locator(`[data-state-id="ns/default/image/${IMAGE}"][data-change]`)).toHaveCount(0);

    await view.locator('[data-state-id="ns/default/container/c1"] > .lab-line .lab-label').click();
    const info = page.getByTestId('state-info');
    await expect(info.locator('code')).toHaveText('ctr -n default containers info c1');
    await expect(info.locator('pre')).toContainText('"ID": "c1"');
  });

  test('a group of many objects shows its first 50 and a row for the rest, and all of them once asked', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    const view = page.getByTestId('state-view');
    await terminal.run(`ctr i pull ${IMAGE}`);
    await terminal.run(`for i in $(seq 1 60); do ctr c create ${IMAGE} many-$i; done`);
    const group = view.locator('[data-state-id="ns/default/containers"]');
    const rows = group.locator('> ul > li[data-kind="container"]');
    // Just made, all 60 are marked, and marked objects always show.
    await expect(rows).toHaveCount(60);
    // A later line: nothing is marked, and the groups fold; the reader opens them again.
    await terminal.run('true');
    await view.locator('[data-state-id="ns/default"] > .lab-line .lab-toggle').click();
    await group.locator('> .lab-line .lab-toggle').click();
    await expect(group.locator('> ul > li[data-kind="container"][data-change]')).toHaveCount(0);
    await expect(rows).toHaveCount(50);
    await expect(group.locator('> ul > li[data-more-of] button')).toHaveText('… 10 more');
    await group.locator('> ul > li[data-more-of] button').click();
    await expect(rows).toHaveCount(60);
    await expect(group.locator('> ul > li[data-more-of]')).toHaveCount(0);
  });

  test('draws crictl ps through the CRI plugin and ctr c ls straight to containerd', async ({ page }) => {
    const terminal = new TerminalPage(page);
    await terminal.open('/playground/');
    const path = page.getByTestId('call-path');
    await terminal.run(CRICTL_CONFIG);
    await terminal.run('ctr c ls');
    await expect(path).toHaveAttribute('data-path', 'ctr containerd');
    await expect(path.locator('g[data-layer]')).toHaveCount(2);
    await terminal.run('crictl ps');
    await expect(path).toHaveAttribute('data-path', 'crictl cri');
    await expect(path.locator('g[data-layer="CRI plugin"]')).toHaveCount(1);
    await terminal.run('crictl pull busybox');
    await expect(path).toHaveAttribute('data-path', 'crictl cri containerd');
  });
});
