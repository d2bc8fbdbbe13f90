// The CRI log line format of containerd 1.6.20 (pkg/cri/io/logger.go:129-210 redirectLogs):
// `<RFC3339Nano> <stream> <F|P> <content>\n`, CRLF trimmed, long lines cut at
// max_container_log_line_size into P entries, the rest of a closed stream written as P.

import { describe, expect, it } from 'vitest';
import { closeLogStream, feedLogText, formatLogEntry, rfc3339NanoUtc } from './cri-log-line';

describe('CRI log lines', () => {
  it('writes whole lines as F and keeps an unfinished one until its newline', () => {
    const pending = { text: '' };
    expect(feedLogText('stdout', pending, 'one\ntw')).toEqual([{ stream: 'stdout', tag: 'F', content: 'one' }]);
    expect(pending.text).toBe('tw');
    expect(feedLogText('stdout', pending, 'o\r\n')).toEqual([{ stream: 'stdout', tag: 'F', content: 'two' }]);
    expect(feedLogText('stderr', pending, '\n')).toEqual([{ stream: 'stderr', tag: 'F', content: '' }]);
  });

  it('cuts a line longer than the limit into partial entries (logger.go:187-198)', () => {
    const pending = { text: '' };
    expect(feedLogText('stdout', pending, 'abcdefg\n', 3).map((e) => `${e.tag}:${e.content}`)).toEqual(['P:abc', 'P:def', 'F:g']);
    expect(feedLogText('stdout', pending, 'abcdefg', 3).map((e) => `${e.tag}:${e.content}`)).toEqual(['P:abc', 'P:def']);
    expect(pending.text).toBe('g');
  });

  it('writes what is left when the stream closes as one partial entry (logger.go:199-204)', () => {
    const pending = { text: 'no newline' };
    expect(closeLogStream('stdout', pending)).toEqual([{ stream: 'stdout', tag: 'P', content: 'no newline' }]);
    expect(closeLogStream('stdout', pending)).toEqual([]);
  });

  it("stamps Go's RFC3339Nano, trailing zeros trimmed", () => {
    const ms = Date.UTC(2026, 11, 4, 22, 15, 57, 120);
    expect(rfc3339NanoUtc(ms, 4500)).toBe('2026-12-04T22:15:57.1200045Z');
    expect(rfc3339NanoUtc(ms - 120, 0)).toBe('2026-12-04T22:15:57Z');
    expect(formatLogEntry({ stream: 'stderr', tag: 'F', content: 'oops' }, 'T')).toBe('T stderr F oops\n');
  });
});
