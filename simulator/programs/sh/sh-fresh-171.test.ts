// ash features of oracle 171 (171-fresh-ash-features.sh), as busybox 1.35 answers them in a
// container under containerd 1.6.20 and as this machine's busybox sh answers the same words.
import { describe, expect, it } from 'vitest';
import { start } from '../test-support';

const sh = (script: string) => {
  const r = start(['sh', '-c', script]);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

describe('ash quirks a learner meets', () => {
  it('trap takes no option', () => {
    expect(sh('trap -p; echo no')).toEqual(['', 'sh: trap: line 0: illegal option -p\n', 2]);
    expect(sh('trap -- "echo x" USR1; trap')).toEqual(["trap -- 'echo x' USR1\n", '', 0]);
  });
  it('pairs each : with the ? on top of its operator stack', () => {
    expect(sh('echo $(( 1 ? 2 ? 3 : 4 : 5 ))')).toEqual(['', 'sh: malformed ?: operator\n', 2]);
    expect(sh('echo $(( 1 ? 2 ))')).toEqual(['', 'sh: malformed ?: operator\n', 2]);
    expect(sh('echo $(( 1 : 2 ))')).toEqual(['', 'sh: malformed ?: operator\n', 2]);
    expect(sh('echo $(( 1 ? 2 : a = 5 ))')).toEqual(['', 'sh: arithmetic syntax error\n', 2]);
    expect(sh('echo $(( 0 ? 1 : 2 ? 3 : 4 )) $(( 1 ? (2 ? 3 : 4) : 5 )) $(( 1 ? 2+3 : 4 ))')).toEqual(['3 3 5\n', '', 0]);
  });
  it('measures ${#v} in bytes and shows its options in $-', () => {
    expect(sh('w=héllo; echo ${#w}')).toEqual(['6\n', '', 0]);
    expect(sh('echo $-; set -u -x -f -a; echo "$-" 2>/dev/null')[0]).toBe('c\nuaxcf\n');
  });
  it('sets PPID: 0 for a process whose parent is outside its PID namespace', () => {
    expect(sh('echo $PPID')).toEqual(['0\n', '', 0]);
  });
  it('refuses /dev/tty without a terminal and a descriptor exec closed', () => {
    expect(sh('echo a >/dev/tty; echo rc=$?')).toEqual(['rc=1\n', "sh: can't create /dev/tty: No such device or address\n", 0]);
    expect(sh('exec >/dev/tty; echo no')).toEqual(['', "sh: can't create /dev/tty: No such device or address\n", 1]);
    expect(sh('exec 3>/tmp/f; echo a >&3; exec 3>&-; echo b >&3; echo rc=$?; cat /tmp/f')).toEqual(['rc=1\na\n', 'sh: 3: Bad file descriptor\n', 0]);
  });
  it('ends an assignment alone with its last command substitution\'s status (oracle 174)', () => {
    expect(sh('x=$(echo hi; exit 3); echo "$x $?"; $(exit 4); echo $?; x=1; echo $?')).toEqual(['hi 3\n4\n0\n', '', 0]);
  });
});
