// A Dockerfile error in the words of the parser moby 20.10 vendors (buildkit 0.8): `dockerfile
// parse error line N: …` and no `(did you mean …?)` suggestion, where the parser the node
// shares with buildkitd 0.10 says `dockerfile parse error on line N: … (did you mean FROM?)`;
// 0.8's errNoDestinationArgument ends without the full stop 0.10 added.

export function dockerfileMessage(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/^dockerfile parse error on line (\d+): /, 'dockerfile parse error line $1: ').replace(/ \(did you mean [^)]*\)$/, '')
    .replace(/Destination could not be determined\.$/, 'Destination could not be determined');
}
