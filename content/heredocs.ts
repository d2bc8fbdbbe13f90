// Where a shell block writes a file through a heredoc (`cat > hosts.toml <<EOF … EOF`), the body
// is that file's text: content/highlight.ts colours it as TOML, YAML, JSON, a Dockerfile or a
// systemd unit instead of one long shell string. Pure: lines in, line ranges out.

/** A heredoc body: lines [start, end) of the block (0-based), in `language`. */
export interface HeredocBody {
  start: number;
  end: number;
  language: string;
}

// `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`; bash's own rules are looser, the notes need no more.
const OPENER = /<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/;
// The file the body goes to: `cat > FILE`, `cat >> FILE`, `tee [-a] FILE`.
const TARGET = /(?:>>?|\btee(?:\s+-a)?)\s*([^\s<>;|&]+)/;

/** The fence language for a file's name, or null for a file with no highlighter. */
export function languageOfFile(file: string): string | null {
  const name = file.split('/').pop() ?? '';
  if (name === 'Dockerfile' || name === 'Containerfile' || name.endsWith('.Dockerfile')) return 'dockerfile';
  const extension = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  switch (extension) {
    case 'toml':
      return 'toml';
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'json':
      return 'json';
    // systemd units: [Section] headers and Key=value lines.
    case 'service':
    case 'socket':
    case 'timer':
      return 'ini';
    default:
      return null;
  }
}

/** The heredoc bodies of a shell block whose target file has a language of its own. */
export function heredocBodies(code: string): HeredocBody[] {
  const lines = code.split('\n');
  const bodies: HeredocBody[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const opener = OPENER.exec(line);
    if (!opener) continue;
    const [, dash, , word] = opener;
    let end = i + 1;
    while (end < lines.length && (dash ? (lines[end] ?? '').replace(/^\t+/, '') : lines[end]) !== word) end++;
    const target = TARGET.exec(line.replace(OPENER, ''));
    const language = target?.[1] ? languageOfFile(target[1]) : null;
    if (language && end > i + 1) bodies.push({ start: i + 1, end, language });
    i = end;
  }
  return bodies;
}
