// shift and getopts as busybox ash runs them (oracle 103 holds them against busybox 1.36).
import { describe, expect, it } from 'vitest';
import { start } from '../test-support';

const sh = (script: string) => {
  const r = start(['sh', '-c', script]);
  return [r.stdout, r.stderr, r.run.exit?.code];
};

describe('shift', () => {
  it('drops parameters, fails quietly past the end and ends the shell on a bad number', () => {
    expect(sh('set -- a b c d; shift; echo $@; shift 2; echo $@ $#; shift 5; echo st $?; shift x; echo no')).toEqual([
      'b c d\nd 1\nst 1\n',
      'sh: shift: line 0: Illegal number: x\n',
      2,
    ]);
  });
});

describe('getopts', () => {
  it('walks options, clusters and arguments, counting OPTIND as ash does', () => {
    expect(sh('set -- -a -b val -c x y; while getopts ab:c o; do echo "$o ${OPTARG-none} $OPTIND"; done; echo end $OPTIND')).toEqual([
      'a  2\nb val 4\nc  5\nend 5\n',
      '',
      0,
    ]);
    expect(sh('set -- -ab -c; while getopts abc o; do echo $o $OPTIND; done')[0]).toBe('a 2\nb 2\nc 3\n');
  });
  it('reports bad options, silently with a leading colon', () => {
    expect(sh('set -- -x -b; while getopts ab: o; do echo "$o [${OPTARG-u}]"; done')).toEqual(['? [u]\n? [u]\n', 'Illegal option -x\nNo arg for -b option\n', 0]);
    expect(sh('set -- -x -b; while getopts :ab: o; do echo "$o [${OPTARG-u}]"; done')[0]).toBe('? [x]\n: [b]\n');
    expect(sh('getopts; echo $?')).toEqual(['2\n', 'sh: getopts: line 0: usage: getopts optstring var [arg]\n', 0]);
  });
});
