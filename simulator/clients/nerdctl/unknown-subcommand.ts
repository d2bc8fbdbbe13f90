// unknownSubcommandAction (cmd/nerdctl/main.go:300-316@v0.22.2): the RunE of nerdctl's root and
// of its management commands, so `nerdctl system non-existent` fails instead of printing help.
// Without a word it prints the command's help.

import { didYouMean, suggestionsFor } from '../../cli/cobra/suggestions';
import { goQuote } from '../../go/quote';
import type { NerdctlContext } from './nerdctl-env';

export function unknownSubcommandAction(c: NerdctlContext): void {
  const word = c.args[0];
  if (word === undefined) {
    c.io.stdout(c.helpText());
    return;
  }
  let message = `unknown subcommand ${goQuote(word)} for ${goQuote(c.path[c.path.length - 1] ?? 'nerdctl')}`;
  const command = findSpec(c);
  const suggestions = command ? suggestionsFor(command.subcommands ?? [], word) : [];
  message += didYouMean(suggestions);
  throw new Error(message);
}

function findSpec(c: NerdctlContext) {
  let spec = c.env.app;
  for (const name of c.path.slice(1)) {
    const next = (spec.subcommands ?? []).find((s) => s.name === name);
    if (!next) return undefined;
    spec = next;
  }
  return spec;
}
