// type, command -v/-V and alias as busybox ash answers them (oracle 103 holds them against
// busybox 1.36 in a container).
import { describe, expect, it } from 'vitest';
import { start } from '../test-support';

const sh = (script: string) => {
  const r = start(['sh', '-c', script]);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

// The test image's busybox is Debian's, built to prefer its applets: they are named, not pathed.
describe('type and command', () => {
  it('says what each name is', () => {
    expect(sh('f() { :; }; type echo cd f local if ls nosuch; echo rc $?')[0]).toBe(
      'echo is a shell builtin\ncd is a shell builtin\nf is a function\nlocal is a special shell builtin\nif is a shell keyword\nls is ls\nnosuch: not found\nrc 127\n',
    );
    expect(sh('f() { :; }; command -v echo; command -v f; command -v ls; command -v nosuch; echo rc $?; command -V cd')[0]).toBe(
      'echo\nf\nls\nrc 127\ncd is a shell builtin\n',
    );
  });
  it('command runs past a function of the same name', () => {
    expect(sh('echo() { :; }; command echo hi')[0]).toBe('hi\n');
  });
});

describe('alias', () => {
  it('defines, prints and removes aliases', () => {
    expect(sh('alias ll="ls -l"; alias ll; alias; unalias ll; alias ll; echo $?; unalias x; echo $?')).toEqual([
      "ll='ls -l'\nll='ls -l'\n1\n1\n",
      'alias: ll not found\nunalias: x not found\n',
      0,
    ]);
  });
});

describe('alias expansion', () => {
  it('works from the line after the definition, as ash parses a line at a time', () => {
    expect(sh("alias hi='echo hello'; hi; echo $?\nhi there; type hi")).toEqual(['127\nhello there\nhi is an alias for echo hello\n', 'sh: hi: not found\n', 0]);
  });
});
