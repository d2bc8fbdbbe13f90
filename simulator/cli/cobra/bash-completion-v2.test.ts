// `nerdctl completion bash` prints cobra v1.5.0's bash completion V2 script
// (bash_completionsV2.go@v1.5.0 genBashComp) with the program's name and the directive bits.

import { describe, expect, it } from 'vitest';
import { freshNode, nerdctl } from '../../clients/nerdctl/nerdctl-test-support';
import { bashCompletionV2 } from './bash-completion-v2';

describe('bash completion V2 (cobra v1.5.0)', () => {
  it('fills in the name, the request command and the directives', () => {
    const script = bashCompletionV2('nerdctl', true);
    expect(script.startsWith('# bash completion V2 for nerdctl                              -*- shell-script -*-\n\n__nerdctl_debug()\n')).toBe(true);
    expect(script).toContain('    requestComp="${words[0]} __complete ${args[*]}"\n');
    expect(script).toContain(
      '    local shellCompDirectiveError=1\n    local shellCompDirectiveNoSpace=2\n    local shellCompDirectiveNoFileComp=4\n' +
        '    local shellCompDirectiveFilterFileExt=8\n    local shellCompDirectiveFilterDirs=16\n',
    );
    expect(script).toContain('    local activeHelpMarker="_activeHelp_ "\n');
    expect(script.endsWith('    complete -o default -o nospace -F __start_nerdctl nerdctl\nfi\n\n# ex: ts=4 sw=4 et filetype=sh\n')).toBe(true);
    expect(script.split('\n')).toHaveLength(326);
    expect(bashCompletionV2('nerdctl', false)).toContain('requestComp="${words[0]} __completeNoDesc ${args[*]}"');
  });

  it('is what `nerdctl completion bash` prints; --no-descriptions asks for __completeNoDesc', async () => {
    const node = freshNode();
    expect(await nerdctl(node, 'completion bash')).toEqual({ stdout: bashCompletionV2('nerdctl', true), stderr: '', exit: 0 });
    expect((await nerdctl(node, 'completion bash --no-descriptions')).stdout).toBe(bashCompletionV2('nerdctl', false));
  });
});
