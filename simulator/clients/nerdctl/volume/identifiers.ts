// containerd's pkg/identifiers.Validate as nerdctl calls it for volume and network names
// (volume_create.go, network_create.go@v0.22.2): alphanumeric components joined by single
// '.', '_' or '-', at most 76 characters, with the errdefs class in the message. nerdctl links
// the package itself; the daemon is not asked.

const MAX_LENGTH = 76;
const PATTERN = '^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$';
const RE = new RegExp(PATTERN);

/** Throws `malformed name <name>: identifier "<name>" must match …: invalid argument` for a bad name. */
export function validateName(name: string): void {
  let problem: string | undefined;
  if (name.length === 0) problem = 'identifier must not be empty: invalid argument';
  else if (new TextEncoder().encode(name).length > MAX_LENGTH) problem = `identifier ${JSON.stringify(name)} greater than maximum length (${MAX_LENGTH} characters): invalid argument`;
  else if (!RE.test(name)) problem = `identifier ${JSON.stringify(name)} must match ${PATTERN}: invalid argument`;
  if (problem) throw new Error(`malformed name ${name}: ${problem}`);
}
