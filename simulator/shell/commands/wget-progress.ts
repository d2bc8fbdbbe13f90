// GNU Wget 1.21.3's progress (src/progress.c): the "bar" on a terminal, the "dot" lines when
// stderr is not one (1K a dot, 10 dots a cluster, 50 a line), and the numbers it prints
// around them (src/retr.c retr_rate, src/utils.c human_readable).

/** "(10M)" style sizes after "Length:" (powers of 1024, one decimal under 10). */
export function humanSize(bytes: number): string {
  const units = ['K', 'M', 'G', 'T'];
  let v = bytes;
  let unit = '';
  for (const u of units) {
    if (v < 1024) break;
    v /= 1024;
    unit = u;
  }
  return v < 10 ? `${(Math.floor(v * 10) / 10).toFixed(1)}${unit}` : `${Math.round(v)}${unit}`;
}

/** retr_rate: "145 KB/s", "5.12 MB/s" (more decimals for small numbers). */
export function rate(bytes: number, ms: number): string {
  let r = bytes / (Math.max(ms, 1e-6) / 1000);
  const units = ['B/s', 'KB/s', 'MB/s', 'GB/s'];
  let i = 0;
  while (r >= 1024 && i < units.length - 1) {
    r /= 1024;
    i += 1;
  }
  const digits = r >= 99.95 ? 0 : r >= 9.995 ? 1 : 2;
  return `${r.toFixed(digits)} ${units[i]}`;
}

/** A duration as wget's progress prints it: "0s" for an instant, "1.0s" under ten seconds, then whole. */
function seconds(ms: number): string {
  const s = ms / 1000;
  if (ms < 100) return '0s';
  return s < 10 ? `${s.toFixed(1)}s` : `${Math.round(s)}s`;
}

/** The bar for a finished download (80 columns), as the last redraw leaves it. */
export function barLine(name: string, bytes: number, ms: number): string {
  const shown = name.length > 19 ? `${name.slice(0, 16)}...` : name;
  const size = bytes < 1024 * 1024 ? String(bytes).padStart(7) : `${(bytes / 1024 / 1024).toFixed(2)}M`.padStart(7);
  // Too quick to measure: wget shows no rate.
  const speed = ms < 100 ? '--.-KB/s' : rate(bytes, ms).replace(' ', '');
  return `${shown.padEnd(19)} 100%[===================>] ${size}  ${speed.padStart(8)}    in ${seconds(ms).padEnd(8)}\n`;
}

/** The dot lines for a download of `bytes`, ending with the percentage and the time taken. */
export function dotLines(bytes: number, ms: number): string {
  const fullKb = Math.floor(bytes / 1024);
  const lines: string[] = [];
  const perLine = 50;
  for (let start = 0; start === 0 || start <= fullKb; start += perLine) {
    // A dot stands for each whole KiB received; the last line ends with what is left.
    const dots = Math.max(0, Math.min(perLine, fullKb - start));
    if (start > 0 && dots === 0 && start * 1024 >= bytes) break;
    let line = `${String(start).padStart(6)}K`;
    for (let c = 0; c < 5; c++) line += ` ${'.'.repeat(Math.max(0, Math.min(10, dots - c * 10))).padEnd(10)}`;
    const done = Math.min(bytes, (start + perLine) * 1024);
    const last = done >= bytes;
    const pct = `${String(Math.floor((done * 100) / Math.max(bytes, 1))).padStart(3)}%`;
    // The dot lines write the rate as retr_rate does, its unit cut to a letter (406K, 32.9M).
    const elapsed = (ms * done) / Math.max(bytes, 1);
    const speed = rate(done, elapsed).replace(/ ([KMG])B\/s$/, '$1').replace(/ B\/s$/, 'B').padStart(5);
    const eta = `${Math.ceil((ms - elapsed) / 1000)}s`;
    lines.push(last ? `${line}${pct} ${speed}=${seconds(ms)}` : `${line}${pct} ${speed} ${eta.padStart(3)}`);
    if (last) break;
  }
  return `${lines.join('\n')}\n`;
}
