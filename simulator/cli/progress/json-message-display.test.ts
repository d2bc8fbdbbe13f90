// The docker pull display, expected texts derived from moby's pkg/jsonmessage/jsonmessage.go as
// docker/cli v20.10.24 vendors it (DisplayJSONMessagesStream, Display, JSONProgress.String) and
// aec's sequences (Up/Down: ESC[nA/ESC[nB, none for 0; EraseLine(All): ESC[2K).

import { describe, expect, it } from 'vitest';
import { type JsonMessage, JsonMessageDisplay, progressText } from './json-message-display';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

function show(messages: JsonMessage[], isTerminal: boolean, width = 80): string {
  let out = '';
  const d = new JsonMessageDisplay((t) => (out += t), { isTerminal, width, now: () => NOW });
  for (const m of messages) d.show(m);
  return out;
}

const pull: JsonMessage[] = [
  { status: 'Using default tag: latest' },
  { status: 'Pulling from library/alpine', id: 'latest' },
  { status: 'Pulling fs layer', id: 'a1b2c3d4e5f6', progress: { current: 0, total: 0 } },
  { status: 'Downloading', id: 'a1b2c3d4e5f6', progress: { current: 1_200_000, total: 3_400_000 } },
  { status: 'Download complete', id: 'a1b2c3d4e5f6', progress: { current: 0, total: 0 } },
  { status: 'Pull complete', id: 'a1b2c3d4e5f6', progress: { current: 0, total: 0 } },
  { status: 'Digest: sha256:abc' },
];

describe('JsonMessageDisplay', () => {
  it('prints only state lines when not on a terminal', () => {
    expect(show(pull, false)).toBe(
      'Using default tag: latest\nlatest: Pulling from library/alpine\n' +
        'a1b2c3d4e5f6: Pulling fs layer\na1b2c3d4e5f6: Download complete\na1b2c3d4e5f6: Pull complete\nDigest: sha256:abc\n',
    );
  });

  it('rewrites a layer’s row in place on a terminal', () => {
    const row = (text: string) => `\n\x1b[1A\x1b[2K\r${text}\r\x1b[1B`;
    expect(show(pull.slice(2, 4), true)).toBe(
      `${row('a1b2c3d4e5f6: Pulling fs layer ')}\x1b[1A\x1b[2K\ra1b2c3d4e5f6: Downloading    1.2MB/3.4MB\r\x1b[1B`,
    );
  });

  it('moves to the right row when several layers are in flight', () => {
    const out = show(
      [
        { status: 'Waiting', id: 'aaa', progress: { current: 0, total: 0 } },
        { status: 'Waiting', id: 'bbb', progress: { current: 0, total: 0 } },
        { status: 'Verifying Checksum', id: 'aaa', progress: { current: 0, total: 0 } },
      ],
      true,
    );
    expect(out.endsWith('\x1b[2A\x1b[2K\raaa: Verifying Checksum \r\x1b[2B')).toBe(true);
  });

  it('stops on an error message, 401 as "authentication is required"', () => {
    expect(() => show([{ error: { code: 401, message: 'unauthorized' } }], true)).toThrow('authentication is required');
  });
});

describe('progressText', () => {
  it('draws the bar only on terminals wider than 110 columns', () => {
    expect(progressText({ current: 50, total: 100 }, 120, NOW)).toBe(`[${'='.repeat(25)}>${' '.repeat(25)}]      50B/100B`);
    expect(progressText({ current: 50, total: 100 }, 80, NOW)).toBe('     50B/100B');
  });

  it('estimates the time left from the start, in whole seconds', () => {
    const start = NOW / 1000 - 10;
    expect(progressText({ current: 1_000_000, total: 4_000_000, start }, 80, NOW)).toBe('     1MB/4MB 30s');
  });
});
