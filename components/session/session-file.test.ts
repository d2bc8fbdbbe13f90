import { describe, expect, it } from 'vitest';
import type { SavedSession } from '../../simulator/shell/session-types';
import { cleanName, MAX_SESSION_FILE_CHARS, readSessionFile, sessionFileName, sessionFileText } from './session-file';

const NOW = new Date(Date.UTC(2026, 11, 5, 8, 0, 0));
const saved: SavedSession = { version: 2, node: '{"version":1}', cwd: '/root', env: {}, exported: [], history: ['ctr i ls'] };

describe('session files', () => {
  it('hold the session with its node inline, read back as written', () => {
    const text = sessionFileText(saved, 'my lab', NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'ctrlab-session', version: 1, name: 'my lab', exportedAt: '2026-12-05T08:00:00.000Z' });
    expect(readSessionFile(text)).toEqual({ ok: true, saved: { ...saved, node: { version: 1 } }, name: 'my lab' });
  });

  it('are never made from a chunked save, which names data kept elsewhere', () => {
    expect(() => sessionFileText({ ...saved, chunks: ['ab'] } as SavedSession, 'x', NOW)).toThrow(/chunked save/);
  });

  it('refuse what is not a complete session of a version this page reads', () => {
    const file = (over: object) => JSON.stringify({ format: 'ctrlab-session', version: 1, name: 'x', session: { ...saved, node: {} }, ...over });
    const cases: Array<[string, RegExp]> = [
      ['', /not JSON/],
      [file({}).slice(0, 40), /not JSON/],
      ['{"format":"other"}', /not a ctrlab session/],
      ['[1,2]', /not a ctrlab session/],
      [file({ version: 2 }), /newer ctrlab \(session file version 2; this page reads version 1\)/],
      [file({ version: 0 }), /not one ctrlab ever wrote/],
      [file({ version: '1' }), /not one ctrlab ever wrote/],
      [file({ session: { ...saved, node: {}, history: 'x' } }), /no complete session/],
      [file({ session: { ...saved, node: {}, chunks: [] } }), /no complete session/],
      [file({ session: { ...saved, node: 'text' } }), /no complete session/],
      [' '.repeat(MAX_SESSION_FILE_CHARS + 1), /a session file may be at most 16\.0 MiB/],
    ];
    for (const [text, reason] of cases) {
      const read = readSessionFile(text);
      expect(read.ok, text.slice(0, 50)).toBe(false);
      if (!read.ok) expect(read.problem).toMatch(reason);
    }
  });

  it('keep names to one plain line', () => {
    expect(cleanName('  a\nb\u0000c\u2028 ')).toBe('a b c');
    expect(cleanName('x'.repeat(200))).toHaveLength(80);
    const text = sessionFileText(saved, '<img src=x onerror=alert(1)>\n', NOW);
    expect(readSessionFile(text)).toMatchObject({ ok: true, name: '<img src=x onerror=alert(1)>' });
    expect(sessionFileName('<img src=x>/../', NOW)).toBe('ctrlab-img-src-x-..-2026-12-05-08-00-00.json');
  });
});
