import { describe, expect, it } from 'vitest';
import { createSession } from '../simulator/index';
import { isOwnHelp, lineUses, pendingCommands, pendingReason, probeLine } from './pending-mark';

describe('pending marks', () => {
  it('reads the commands of a pending mark, and none from other meta', () => {
    expect(pendingCommands('fails pending=docker-run,docker-container-prune')).toEqual([
      { mark: 'docker-run', tool: 'docker', words: ['run'] },
      { mark: 'docker-container-prune', tool: 'docker', words: ['container', 'prune'] },
    ]);
    expect(pendingCommands('fails')).toEqual([]);
    expect(pendingCommands('')).toEqual([]);
    expect(pendingCommands('pending=docker')).toEqual([{ mark: 'docker', tool: 'docker', words: [] }]);
  });

  it('tells a command of a line from the same words elsewhere', () => {
    const [run] = pendingCommands('pending=docker-run');
    if (!run) throw new Error('no command');
    expect(lineUses('docker run --rm -ti busybox sh', run)).toBe(true);
    expect(lineUses('docker rm $(docker run -d busybox)', run)).toBe(true);
    expect(lineUses('docker ps', run)).toBe(false);
    expect(lineUses('echo docker; run', run)).toBe(false);
    expect(lineUses('docker container run', run)).toBe(false);
  });

  it('wants a comment first, as the reason shown on the page', () => {
    expect(pendingReason('# waits for docker run\ndocker run x\n')).toBe('waits for docker run');
    expect(pendingReason('docker run x\n# late\n')).toBeNull();
    expect(pendingReason('#\ndocker run x\n')).toBeNull();
  });

  it('knows a command by its own help and a missing one by its parent help or an error', () => {
    const [run] = pendingCommands('pending=docker-run');
    const [lsC] = pendingCommands('pending=ctr-tasks-list');
    if (!run || !lsC) throw new Error('no command');
    expect(probeLine(run)).toBe('docker run --help');
    expect(isOwnHelp(run, '\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n')).toBe(true);
    expect(isOwnHelp(run, '\nUsage:  docker [OPTIONS] COMMAND\n')).toBe(false);
    expect(isOwnHelp(run, "docker: 'run' is not a docker command.\n")).toBe(false);
    expect(isOwnHelp(run, 'bash: docker: command not found\n')).toBe(false);
    expect(isOwnHelp(lsC, 'NAME:\n   ctr tasks list - list tasks\n\nUSAGE:\n   ctr tasks list [command options] [flags]\n')).toBe(true);
    expect(isOwnHelp(lsC, 'USAGE:\n   ctr tasks [command options] [flags]\n')).toBe(false);
  });

  it('probes the simulated node: a command it has shows its own help, one it lacks does not', async () => {
    const session = createSession({ seed: 7, now: () => Date.UTC(2026, 10, 28, 6, 0, 0) });
    const probe = async (meta: string) => {
      const [command] = pendingCommands(meta);
      if (!command) throw new Error('no command');
      const result = await session.run(probeLine(command), { tty: true });
      return isOwnHelp(command, result.stdout + result.stderr);
    };
    expect(await probe('pending=docker-pull')).toBe(true);
    expect(await probe('pending=docker-no-such-verb')).toBe(false);
    expect(await probe('pending=dockerx')).toBe(false);
  });
});
