import { describe, expect, it } from 'vitest';
import { heredocBodies, languageOfFile } from './heredocs';

describe('heredoc bodies', () => {
  it('finds the body of a heredoc and the language of the file it writes', () => {
    const code = 'mkdir -p /etc/x\ncat > /etc/x/hosts.toml <<EOF\nserver = "a"\n[host."b"]\nEOF\nls /etc/x\n';
    expect(heredocBodies(code)).toEqual([{ start: 2, end: 4, language: 'toml' }]);
  });

  it('reads quoted and dashed openers, appends and tee', () => {
    expect(heredocBodies("cat > Dockerfile <<'EOF'\nFROM busybox\nEOF")).toEqual([{ start: 1, end: 2, language: 'dockerfile' }]);
    expect(heredocBodies('cat >> a.yaml <<-END\n\tk: v\n\tEND\n')).toEqual([{ start: 1, end: 2, language: 'yaml' }]);
    expect(heredocBodies('tee pod.json <<"EOF"\n{}\nEOF\n')).toEqual([{ start: 1, end: 2, language: 'json' }]);
    expect(heredocBodies('cat <<EOF > /etc/systemd/system/buildkit.service\n[Unit]\nEOF\n')).toEqual([{ start: 1, end: 2, language: 'ini' }]);
  });

  it('leaves a body alone when its file has no language, and skips past it', () => {
    // The `cat > b.json` inside the first body is text of that body, not a second heredoc.
    expect(heredocBodies('cat > notes.txt <<EOF\ncat > b.json <<X\nEOF\n')).toEqual([]);
    expect(heredocBodies('cat <<EOF\nhello\nEOF\n')).toEqual([]);
    expect(heredocBodies('echo "<<not a heredoc"\n')).toEqual([]);
  });

  it('names languages by file name', () => {
    expect(languageOfFile('/etc/containerd/config.toml')).toBe('toml');
    expect(languageOfFile('/etc/crictl.yaml')).toBe('yaml');
    expect(languageOfFile('x.yml')).toBe('yaml');
    expect(languageOfFile('Containerfile')).toBe('dockerfile');
    expect(languageOfFile('buildkit.socket')).toBe('ini');
    expect(languageOfFile('index.html')).toBeNull();
  });
});
