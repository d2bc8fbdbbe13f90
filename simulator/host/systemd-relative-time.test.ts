// Each row is what systemd 252 (Debian's 252.38) printed for that distance into the past:
// `systemd-analyze timestamp -- -<seconds>s`, its "From now:" line.
import { describe, expect, it } from 'vitest';
import { systemdAgo } from './systemd-relative-time';

const ROWS: Array<[number, string]> = [
  [0.001, '1ms ago'], [0.999, '999ms ago'], [1, '1s ago'], [59, '59s ago'], [60, '1min 0s ago'], [150, '2min 30s ago'],
  [299, '4min 59s ago'], [300, '5min ago'], [3599, '59min ago'], [3600, '1h 0min ago'], [4200, '1h 10min ago'],
  [21599, '5h 59min ago'], [21600, '6h ago'], [86399, '23h ago'], [86400, '24h ago'], [89999, '24h ago'],
  [90000, '1 day 1h ago'], [172799, '1 day 23h ago'], [172800, '2 days ago'], [604799, '6 days ago'],
  [604800, '1 week 0 days ago'], [691200, '1 week 1 day ago'], [1209600, '2 weeks 0 days ago'], [2629799, '4 weeks 2 days ago'],
  [2629800, '1 month 0 days ago'], [5259600, '2 months 0 days ago'], [31557599, '11 months 30 days ago'],
  [31557600, '1 year 0 months ago'], [34187400, '1 year 1 month ago'], [63115200, '2 years 0 months ago'],
];

describe('systemd 252 relative times', () => {
  it.each(ROWS)('%s s ago reads %s', (seconds, words) => {
    expect(systemdAgo(seconds * 1000)).toBe(words);
  });

  it('says now for no time at all', () => {
    expect(systemdAgo(0)).toBe('now');
  });
});
