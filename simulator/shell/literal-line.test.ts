import { describe, expect, it } from 'vitest';
import { literalWords } from './literal-line';

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
