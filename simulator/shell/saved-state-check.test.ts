// A refused save says where it is damaged, field by field, from the same schemas the types come from.

import { describe, expect, it } from 'vitest';
import { savedProblems } from './saved-session';
import { createSession } from './session';

const NOW = () => Date.UTC(2026, 11, 4, 20, 0, 0);

async function savedLab() {
  const session = createSession({ seed: 5, now: NOW });
  await session.run('ctr i pull docker.io/library/busybox:latest');
  await session.run('ctr run -d docker.io/library/busybox:latest web sleep 1000');
  return session.save() as { node: { containerd: { namespaces: Record<string, { tasks: Record<string, { init: { pid: unknown } }> }> } } };
}

describe('savedProblems', () => {
  it('finds nothing in a save our node made', async () => {
    expect(savedProblems(await savedLab())).toEqual([]);
  });

  it('names the field and what is wrong with it', async () => {
    const saved = await savedLab();
    const task = saved.node.containerd.namespaces.default?.tasks.web;
    if (!task) throw new Error('no task');
    task.init.pid = 9_007_199_254_708_536;
    const problems = savedProblems(saved);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^node\.containerd\.namespaces\.default\.tasks\.web\.init\.pid: /);
  });

  it('checks keys valibot itself would skip, such as a namespace named constructor', async () => {
    const saved = await savedLab();
    Reflect.set(saved.node.containerd.namespaces, 'constructor', { labels: null });
    expect(savedProblems(saved).join('\n')).toMatch(/node\.containerd\.namespaces\.constructor/);
  });

  it('says when the wrapper itself is not a save', () => {
    expect(savedProblems(null)).toEqual(['the save is not a JSON object']);
    expect(savedProblems({ version: 99 })[0]).toMatch(/^version: 99/);
  });
});
