// Lets other widgets on the page type into the page's terminal (the notes' Run buttons).
// Text sent before the terminal has mounted waits and is typed as soon as it attaches.

import { createStore } from 'zustand/vanilla';

type Sink = (text: string) => void;

interface BridgeState {
  sink: Sink | null;
  queued: string[];
}

export const terminalBridge = createStore<BridgeState>(() => ({ sink: null, queued: [] }));

/** Types `text` into the terminal; each line runs in turn. */
export function sendToTerminal(text: string): void {
  const { sink, queued } = terminalBridge.getState();
  if (sink) sink(text);
  else terminalBridge.setState({ queued: [...queued, text] });
}

/** Called by the terminal when it is ready for input; returns the detach function. */
export function attachTerminal(sink: Sink): () => void {
  const { queued } = terminalBridge.getState();
  terminalBridge.setState({ sink, queued: [] });
  for (const text of queued) sink(text);
  return () => {
    if (terminalBridge.getState().sink === sink) terminalBridge.setState({ sink: null });
  };
}
