import type { Metadata } from 'next';
import { NodeWorkerStart } from '../../components/session/node-worker-start';
import { EARLY_KEYS_SCRIPT } from '../../components/terminal/early-keys';
import { TerminalPane } from '../../components/terminal/terminal-pane';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'A terminal on the simulated containerd node node1.',
};

export default function PlaygroundPage() {
  return (
    <div className="playground">
      <NodeWorkerStart />
      {/* Keeps what is typed before the page's code has loaded (components/terminal/early-keys.ts). */}
      {/* biome-ignore lint: a fixed script of ours, no user input */}
      <script dangerouslySetInnerHTML={{ __html: EARLY_KEYS_SCRIPT }} />
      <TerminalPane lang="zh" autoFocus className="playground-terminal" />
    </div>
  );
}
