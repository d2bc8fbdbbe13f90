import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../session';
import { utcDateMs } from './touch';

const NOW = Date.UTC(2026, 10, 28, 6, 12, 0);

describe('touch -d on a UTC node', () => {
  // The browser or Node running the node may sit in any zone; the node itself is UTC.
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('reads zone-less dates as UTC', () => {
    expect(utcDateMs('2023-01-02 03:04:05')).toBe(Date.UTC(2023, 0, 2, 3, 4, 5));
    expect(utcDateMs('2023-01-02T03:04')).toBe(Date.UTC(2023, 0, 2, 3, 4));
    expect(utcDateMs('2023/01/02')).toBe(Date.UTC(2023, 0, 2));
    expect(utcDateMs('2023-01-02 03:04:05+08:00')).toBe(Date.UTC(2023, 0, 1, 19, 4, 5));
    expect(utcDateMs('@86400')).toBe(86_400_000);
    expect(utcDateMs('no date')).toBeNaN();
  });

  it('sets files and symlinks (-h) to the UTC instant', async () => {
    const s = createSession({ seed: 1, now: () => NOW });
    await s.run('echo hi > f && ln -s f link && touch -d "2023-06-01 00:00" f && touch -h -d "2023-06-01 00:00" link');
    const files = s.node.state.host.files;
    expect(files['/root/f']?.mtimeMs).toBe(Date.UTC(2023, 5, 1));
    expect(files['/root/link']?.mtimeMs).toBe(Date.UTC(2023, 5, 1));
    expect((await s.run('touch -d "not a date" f')).stderr).toBe("touch: invalid date format 'not a date'\n");
  });
});
