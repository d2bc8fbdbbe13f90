// Every unit test runs in Node, so the simulator gets Node's native codecs, as the REPL does.
// (native-codecs.test.ts checks the pure TypeScript path against them.)
import { useNodeCodecs } from '../scripts/node-codecs';
// The daemons' code from the start, as the REPL's first line loads it (node-plugins.ts): a test may
// drive a node's services without a session's line.
import '../simulator/node-units';

useNodeCodecs();
