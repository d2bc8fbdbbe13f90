import type { Metadata } from 'next';
import { TerminalPane } from '../../components/terminal/terminal-pane';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'A terminal on the simulated containerd node node1.',
};

export default function PlaygroundPage() {
  return (
    <div className="playground">
      <TerminalPane lang="zh" autoFocus className="playground-terminal" />
    </div>
  );
}
