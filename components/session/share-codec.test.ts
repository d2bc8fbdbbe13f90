import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SavedSession } from '../../simulator/shell/session-types';
import { decodeShare, encodeShare, MAX_SHARE_CHARS, presetFragment } from './share-codec';
import { MAX_SESSION_FILE_CHARS, sessionFileText } from './session-file';

const NOW = new Date(Date.UTC(2026, 11, 5, 8, 0, 0));
const saved: SavedSession = { version: 2, node: { host: { hostname: 'node1' } }, cwd: '/root', env: { X: '1' }, exported: [], history: ['ctr ns create a'] };

function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

const fragmentOf = (text: string) => `#ctrlab-session=1.${b64url(deflateSync(new TextEncoder().encode(text)))}`;

describe('share links', () => {
  it('carry a session file and give it back', () => {
    const encoded = encodeShare(sessionFileText(saved, 'demo', NOW));
    if (!encoded.ok) throw new Error(encoded.problem);
    expect(encoded.fragment).toMatch(/^#ctrlab-session=1\.[A-Za-z0-9_-]+$/);
    expect(decodeShare(encoded.fragment)).toEqual({ kind: 'session', saved, name: 'demo' });
  });

  it('carry a preset by name', () => {
    expect(decodeShare(presetFragment('k8s'))).toEqual({ kind: 'preset', preset: 'k8s' });
    expect(decodeShare('#ctrlab-preset=<script>').kind).toBe('refused');
  });

  it('ignore fragments that are not theirs (a heading anchor)', () => {
    expect(decodeShare('#section-2')).toEqual({ kind: 'none' });
    expect(decodeShare('')).toEqual({ kind: 'none' });
  });

  it('refuse a session too big to share, saying how big it is', () => {
    // Incompressible history: random lines.
    let seed = 7;
    const noise = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32).toString(36).slice(2);
    const big = { ...saved, history: Array.from({ length: 12000 }, noise) };
    const encoded = encodeShare(sessionFileText(big, 'big', NOW));
    expect(encoded.ok).toBe(false);
    if (encoded.ok) return;
    expect(encoded.chars).toBeGreaterThan(MAX_SHARE_CHARS);
    expect(encoded.problem).toMatch(/too big to share as a link \(\d+ KiB compressed; a link holds at most 64 KiB\)/);
  });

  it('refuse a truncated, damaged, foreign, future or oversized link with the reason', () => {
    const good = encodeShare(sessionFileText(saved, 'demo', NOW));
    if (!good.ok) throw new Error(good.problem);
    const cases: Array<[string, RegExp]> = [
      [good.fragment.slice(0, good.fragment.length - 20), /damaged or cut short/],
      [`${good.fragment.slice(0, 30)}!!${good.fragment.slice(32)}`, /damaged or cut short/],
      ['#ctrlab-session=', /no codec version/],
      [`#ctrlab-session=2.${good.fragment.split('.')[1]}`, /newer ctrlab \(share link version 2/],
      [fragmentOf('{"hello":"world"}'), /not a ctrlab session/],
      [fragmentOf(JSON.stringify({ format: 'ctrlab-session', version: 9, session: saved })), /newer ctrlab \(session file version 9/],
      [fragmentOf('{"format":"ctrlab-session","version":1,"sess'), /not JSON/],
      [`#ctrlab-session=1.${'A'.repeat(MAX_SHARE_CHARS)}`, /longer than a share link may be/],
    ];
    for (const [fragment, reason] of cases) {
      const decoded = decodeShare(fragment);
      expect(decoded.kind, fragment.slice(0, 60)).toBe('refused');
      if (decoded.kind === 'refused') expect(decoded.problem).toMatch(reason);
    }
  });

  it('stop inflating a deflate bomb at the size a session file may have', () => {
    // 17 MiB of spaces deflate to about 17 KiB: a short link that would unpack to too much.
    const bomb = fragmentOf(' '.repeat(MAX_SESSION_FILE_CHARS + 1024 * 1024));
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
    const decoded = decodeShare(bomb);
    expect(decoded.kind).toBe('refused');
    if (decoded.kind === 'refused') expect(decoded.problem).toMatch(/unpacks to more than a session file may hold/);
  });
});
