// curl 7.88's progress meter (lib/progress.c): two header lines, then a status line redrawn
// with "\r" at the start and once a second, the last one ended by "\n". It goes to stderr and
// is shown unless -s, or when the body goes to a terminal (stdout is a TTY and no -o/-O).

export const METER_HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

const KB = 1024;
const MB = KB * 1024;

/** max5data: a size or speed in at most five characters. */
function max5(n: number): string {
  const v = Math.floor(n);
  if (v < 100_000) return String(v).padStart(5);
  if (v < 10_000 * KB) return `${String(Math.floor(v / KB)).padStart(4)}k`;
  if (v < 100 * MB) return `${String(Math.floor(v / MB)).padStart(2)}.${Math.floor((v % MB) / (MB / 10))}M`;
  return `${String(Math.floor(v / MB)).padStart(4)}M`;
}

/** time2str: "--:--:--" for nothing, else H:MM:SS right-aligned in eight. */
function time2str(seconds: number | undefined): string {
  if (!seconds) return '--:--:--';
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${String(h).padStart(2)}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export interface MeterState {
  /** Expected size when known (Content-Length), else 0. */
  total: number;
  received: number;
  /** Average download speed, bytes per second. */
  speed: number;
  spentSeconds: number;
}

/** One status line, with its leading "\r". */
function meterLine(s: MeterState): string {
  const pct = (part: number) => String(s.total > 0 ? Math.floor((part * 100) / s.total) : 0).padStart(3);
  return (
    `\r${pct(s.received)} ${max5(s.total)}  ${pct(s.received)} ${max5(s.received)}  ${pct(0)} ${max5(0)}  ` +
    `${max5(s.speed)}  ${max5(0)} ${time2str(undefined)} ${time2str(s.spentSeconds)} ${time2str(undefined)} ${max5(s.speed)}`
  );
}

const zeroLine = (spentSeconds: number) => meterLine({ total: 0, received: 0, speed: 0, spentSeconds });

/** The line drawn when the transfer starts. */
export function meterStart(): string {
  return zeroLine(0);
}

/**
 * The lines after the start over a transfer of `ms`: one at each full second before the end,
 * and the last one (`last`, by default nothing received yet) ended by "\n" — as recorded from
 * curl 7.88.1: a refused connection draws two zero lines in all, a 2 s connect timeout three.
 */
export function meterEnd(ms: number, last?: MeterState): string {
  const whole = Math.floor(ms / 1000);
  let out = '';
  for (let s = 1; s < whole; s++) out += zeroLine(s);
  return `${out}${last ? meterLine(last) : zeroLine(whole)}\n`;
}
