'use client';

// The last command's call path drawn on the notes' call-chain diagram (used as it is, read
// only): one column, the layers in the order the simulator recorded them (simulator/trace),
// lit one after another as a command's calls cross them.

import { CallChainDiagram } from '../notes/call-chain-diagram';
import type { Layer } from './lab-view';

/** How the diagram names each recorded layer (the tools keep their own names). */
const LAYER_LABELS: Record<string, { label: string; detail?: string }> = {
  cri: { label: 'CRI plugin', detail: 'io.containerd.grpc.v1.cri' },
  dockerd: { label: 'dockerd', detail: 'Docker Engine 20.10' },
  containerd: { label: 'containerd', detail: 'services' },
  buildkit: { label: 'buildkitd', detail: 'solver' },
  shim: { label: 'containerd-shim-runc-v2' },
  runc: { label: 'runc' },
};

/** Seconds between two layers lighting up. */
const STEP_S = 0.25;
const MAX_LAYERS = 10;

function lightingCss(): string {
  const rules = [
    '.lab-call-path g[data-layer] rect { animation: lab-lit 0.6s ease-out both; }',
    '@keyframes lab-lit { from { fill-opacity: 0.06; } 40% { fill-opacity: 0.5; } to { fill-opacity: 0.22; } }',
  ];
  // The layers' groups follow the heading text in the column's <g>, one per layer, in order.
  for (let i = 1; i <= MAX_LAYERS; i++) rules.push(`.lab-call-path g[data-layer]:nth-of-type(${i}) rect { animation-delay: ${((i - 1) * STEP_S).toFixed(2)}s; }`);
  return rules.join('\n');
}

export function CallPathView({ path, title }: { path: readonly Layer[]; title: string }) {
  const layers = [...new Set(path)].map((layer) => LAYER_LABELS[layer] ?? { label: layer });
  if (layers.length === 0) return null;
  // A new key per path replays the lighting for every command.
  return (
    <div className="lab-call-path" data-testid="call-path" data-path={path.join(' ')} key={path.join('>')}>
      <style>{lightingCss()}</style>
      <CallChainDiagram title={title} chains={[{ name: layers[0]?.label ?? '', layers }]} />
    </div>
  );
}
