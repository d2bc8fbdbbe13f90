// The prompts of nerdctl's prune commands (volume_prune.go, system_prune.go@v0.22.2) read the
// answer with fmt.Fscanf(stdin, "%s"): the first whitespace-separated word of stdin; only
// "y"/"Y" goes on. With nothing piped in the word is empty, so the answer is no.

import type { NerdctlContext } from '../nerdctl-env';

export function confirmed(c: NerdctlContext): boolean {
  const word = c.io.stdin.trimStart().split(/\s/)[0] ?? '';
  return word.toLowerCase() === 'y';
}
