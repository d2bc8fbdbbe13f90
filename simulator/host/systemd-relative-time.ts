// How systemd 252 words the time between a moment and now (time-util.c's relative timestamp:
// systemctl status's "since …; 1h 10min ago"): the two largest units down to a week, one unit
// for days, hours past six and minutes past five, and plurals only where there are words.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** systemd's month and year: a 365.25-day year and a twelfth of it. */
const MONTH = 2_629_800 * SECOND;
const YEAR = 31_557_600 * SECOND;

const counted = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The words for `ms` milliseconds ago (fractions of a millisecond as microseconds). */
export function systemdAgo(ms: number): string {
  const d = Math.max(0, ms);
  const whole = (unit: number) => Math.floor(d / unit);
  const rest = (unit: number, next: number) => Math.floor((d % unit) / next);
  let text: string;
  if (d >= YEAR) text = `${counted(whole(YEAR), 'year')} ${counted(rest(YEAR, MONTH), 'month')}`;
  else if (d >= MONTH) text = `${counted(whole(MONTH), 'month')} ${counted(rest(MONTH, DAY), 'day')}`;
  else if (d >= WEEK) text = `${counted(whole(WEEK), 'week')} ${counted(rest(WEEK, DAY), 'day')}`;
  else if (d >= 2 * DAY) text = `${whole(DAY)} days`;
  else if (d >= 25 * HOUR) text = `1 day ${Math.floor((d - DAY) / HOUR)}h`;
  else if (d >= 6 * HOUR) text = `${whole(HOUR)}h`;
  else if (d >= HOUR) text = `${whole(HOUR)}h ${rest(HOUR, MINUTE)}min`;
  else if (d >= 5 * MINUTE) text = `${whole(MINUTE)}min`;
  else if (d >= MINUTE) text = `${whole(MINUTE)}min ${rest(MINUTE, SECOND)}s`;
  else if (d >= SECOND) text = `${whole(SECOND)}s`;
  else if (d >= 1) text = `${Math.floor(d)}ms`;
  else if (d > 0) text = `${Math.floor(d * 1000)}us`;
  else return 'now';
  return `${text} ago`;
}
