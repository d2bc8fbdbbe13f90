// containerd's pkg/identifiers.Validate as nerdctl calls it for volume and network names
// (volume_create.go, network_create.go@v0.22.2): alphanumeric components joined by single
// '.', '_' or '-', at most 76 characters, with the errdefs class in the message. nerdctl links
// the package itself; the daemon is not asked.

const MAX_LENGTH = 76;
const PATTERN = '^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$';
const RE = new RegExp(PATTERN);

/** identifiers.Validate's error for `name` (with its errdefs class), or undefined when it is valid. */
export function identifierProblem(name: string): string | undefined {
  if (name.length === 0) return 'identifier must not be empty: invalid argument';
  if (new TextEncoder().encode(name).length > MAX_LENGTH) return `identifier ${JSON.stringify(name)} greater than maximum length (${MAX_LENGTH} characters): invalid argument`;
  if (!RE.test(name)) return `identifier ${JSON.stringify(name)} must match ${PATTERN}: invalid argument`;
  return undefined;
}

/** Throws `malformed name <name>: identifier "<name>" must match …: invalid argument` for a bad name. */
export function validateName(name: string): void {
  const problem = identifierProblem(name);
  if (problem) throw new Error(`malformed name ${name}: ${problem}`);
}
