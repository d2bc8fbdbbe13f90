import { describe, expect, it } from 'vitest';
import { literalEchoPipe, literalWords } from './literal-line';

describe('literalWords', () => {
  it.each([
    ['ctr i ls', ['ctr', 'i', 'ls']],
    ['  ctr\ti   ls  ', ['ctr', 'i', 'ls']],
    ['ctr i ls "name~=nginx" name==x', ['ctr', 'i', 'ls', 'name~=nginx', 'name==x']],
    ["ctr i tag a 'bad ref' \"\" ''", ['ctr', 'i', 'tag', 'a', 'bad ref', '', '']],
    ["ctr a'b'\"c\"d 'it''s' '$x' \"中文\"", ['ctr', 'abcd', 'its', '$x', '中文']],
    ['ctr --user admin:Harbor12345 --tlscacert=/etc/x.crt a,b@c%d+e', ['ctr', '--user', 'admin:Harbor12345', '--tlscacert=/etc/x.crt', 'a,b@c%d+e']],
  ])('%j is literal', (line, words) => expect(literalWords(line)).toEqual(words));

  it.each([
    '',
    '   ',
    'echo $HOME',
    'ctr "$x"',
    'ctr `x`',
    'ctr $(x)',
    'ctr a\\ b',
    'ctr "a\\"b"',
    'ctr *.tar',
    'ctr a?',
    'ctr [ab]',
    'ctr {a,b}',
    'ctr ~',
    'ctr # comment',
    'ctr !x',
    'ctr "!x"',
    'ctr a; ls',
    'ctr a | cat',
    'ctr a > f',
    'ctr a < f',
    'ctr a &',
    'ctr (a)',
    "ctr 'open",
    'ctr "open',
    "ctr 'a\nb'",
    'ctr a\nls',
    'X=1 ctr',
    "'ctr' i ls",
    '"ctr" i ls',
    'ct"r" i ls',
    'ctr é',
  ])('%j is not', (line) => expect(literalWords(line)).toBeUndefined());
});

describe('literalEchoPipe', () => {
  it.each([
    ['echo Harbor12345 | nerdctl login --password-stdin h', { echoed: 'Harbor12345\n', words: ['nerdctl', 'login', '--password-stdin', 'h'] }],
    ["echo 'a  b' \"c|d\"|ctr x", { echoed: 'a  b c|d\n', words: ['ctr', 'x'] }],
    ['echo | ctr', { echoed: '\n', words: ['ctr'] }],
  ])('%j is echo into a literal command', (line, want) => expect(literalEchoPipe(line)).toEqual(want));

  it.each(['ctr i ls', 'echo a', 'echo -n a | ctr', 'echo a | ctr | cat', 'echo a || ctr', 'echo a |& ctr', 'printf a | ctr', 'echo $x | ctr', 'echo a | X=1 ctr', "echo 'a | ctr", 'echo a |'])(
    '%j is not',
    (line) => expect(literalEchoPipe(line)).toBeUndefined(),
  );
});
