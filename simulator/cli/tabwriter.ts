// Go's text/tabwriter lives with the other Go libraries in simulator/go/; the CLI core and the
// tools import it from here too.
export * from '../go/tabwriter';
