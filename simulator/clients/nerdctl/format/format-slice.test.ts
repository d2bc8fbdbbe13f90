// formatSlice (cmd/nerdctl/fmtutil.go:45-111@v0.22.2) through `nerdctl namespace inspect`:
// JSON by default, `json` as `{{json .}}`, templates per object, the refused formats, and the
// raw fallback for an execution error.

import { describe, expect, it } from 'vitest';
import { freshNode, nerdctl } from '../nerdctl-test-support';

const time = 'time="2026-05-28T20:26:40Z"';

describe('formatSlice', () => {
  it('executes a template per object, json as an alias, docker/cli functions available', async () => {
    const node = freshNode();
    await nerdctl(node, 'namespace create a -l k=v');
    expect((await nerdctl(node, ['namespace', 'inspect', 'a', 'b', '--format', '{{.Name}}={{index .Labels "k"}}'])).stdout).toBe('a=v\nb=\n');
    expect((await nerdctl(node, ['namespace', 'inspect', 'a', '-f', 'json'])).stdout).toBe('{"Name":"a","Labels":{"k":"v"}}\n');
    expect((await nerdctl(node, ['namespace', 'inspect', 'a', '-f', '{{upper .Name}}'])).stdout).toBe('A\n');
  });

  it('falls back to the raw JSON maps after an execution error, keeping what was written', async () => {
    const node = freshNode();
    // native.Namespace has no field Nope: ExecError, then the raw map has no key → missingkey=error
    const r = await nerdctl(node, ['namespace', 'inspect', 'a', '-f', 'x{{.Name}}{{.Nope}}']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${time} level=fatal msg="template parsing error: template: :1:12: executing \\"\\" at <.Nope>: map has no entry for key \\"Nope\\""\n`);
  });

  it('refuses raw, table and wide', async () => {
    const r = await nerdctl(freshNode(), ['namespace', 'inspect', 'a', '-f', 'table']);
    expect(r).toEqual({ stdout: '', stderr: `${time} level=fatal msg="unsupported format: \\"raw\\", \\"table\\", and \\"wide\\""\n`, exit: 1 });
  });

  it("fails with Go's parse error for a broken template", async () => {
    const r = await nerdctl(freshNode(), ['namespace', 'inspect', 'a', '-f', '{{.Name']);
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe(`${time} level=fatal msg="template: :1: unclosed action"\n`);
  });
});
