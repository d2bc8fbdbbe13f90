import { describe, expect, it } from 'vitest';
import { RAW_KEYS_PROMPT } from '../../simulator/shell/screen/raw-keys';
import type { TerminalSession } from '../session/terminal-session';
import { outputLog, recordingOutputs, screenText } from './copy-output-log';

describe('screenText', () => {
  it('keeps what the screen ends up showing: colours dropped, redraws overwrite, blanks trimmed', () => {
    expect(screenText('\x1b[32mok\x1b[0m  \n')).toBe('ok');
    expect(screenText('10%\r55%\r100%\n')).toBe('100%');
    // A TTY pull redraws its two progress lines by moving the cursor up.
    expect(screenText('a: waiting\nb: waiting\n\x1b[2A\x1b[Ka: done\n\x1b[Kb: done\nelapsed 1 s\n')).toBe('a: done\nb: done\nelapsed 1 s');
    expect(screenText('old\x1b[2Jnew')).toBe('new');
    expect(screenText('\x1b]8;;http://x\x07link\x1b]8;;\x07')).toBe('link');
  });
});

function fakeSession(prompts: string[], print: (line: string) => string[]): TerminalSession {
  let prompt = '# ';
  return {
    prompt: () => prompt,
    needsMoreInput: () => false,
    complete: () => [],
    activity: () => undefined,
    history: () => [],
    saveForStorage: () => {
      throw new Error('unused');
    },
    interrupt: async () => ({ stdout: '', stderr: '', exitCode: 130 }),
    detachKeys: () => undefined,
    async run(line, options) {
      const chunks = print(line);
      for (const chunk of chunks) options?.onOutput?.(chunk, 'stdout');
      prompt = prompts.shift() ?? '# ';
      return { stdout: chunks.join(''), stderr: '', exitCode: 0 };
    },
  };
}

describe('recordingOutputs', () => {
  it('records each line with its output, passes every chunk on, and skips full-screen programs', async () => {
    outputLog.setState({ entries: [], next: 1 });
    const seen: string[] = [];
    const session = recordingOutputs(
      fakeSession(['# ', RAW_KEYS_PROMPT, '# ', '# '], (line) => (line === 'ls' ? ['a\n', 'b\n'] : [`${line}!\n`])),
    );
    await session.run('ls', { onOutput: (chunk) => seen.push(chunk) });
    expect(seen).toEqual(['a\n', 'b\n']);
    await session.run('vi f');
    await session.run(':wq\r');
    await session.run('echo hi');
    expect(outputLog.getState().entries).toEqual([
      { n: 1, line: 'ls', output: 'a\nb' },
      { n: 2, line: 'echo hi', output: 'echo hi!' },
    ]);
  });

  it('keeps only the latest entries', async () => {
    outputLog.setState({ entries: [], next: 1 });
    const session = recordingOutputs(fakeSession([], (line) => [line]));
    for (let i = 0; i < 40; i++) await session.run(`echo ${i}`);
    const { entries } = outputLog.getState();
    expect(entries.length).toBe(30);
    expect(entries.at(-1)).toEqual({ n: 40, line: 'echo 39', output: 'echo 39' });
  });
});
