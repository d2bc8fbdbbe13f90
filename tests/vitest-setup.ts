// Every unit test runs in Node, so the simulator gets Node's native codecs, as the REPL does.
// (native-codecs.test.ts checks the pure TypeScript path against them.)
import { useNodeCodecs } from '../scripts/node-codecs';

useNodeCodecs();
