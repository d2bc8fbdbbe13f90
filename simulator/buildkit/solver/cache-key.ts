// Cache keys of build steps: a digest of the parent step's key and what the step does (its
// command, environment and working directory; the content of the files it copies), as
// buildkit's LLB op digests and content checksums make them. The same inputs on the same
// parent give the same key, so a rebuild finds the step's result.

import { digestText } from '../../oci/digest';

export function stepKey(parent: string, step: unknown): string {
  return digestText(`${parent}\n${JSON.stringify(step)}`);
}
