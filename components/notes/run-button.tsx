'use client';

// The Run button of a runnable code block: the block's one client island. It gets the lines and
// its text as props, so the block itself and the MDX stay build-time HTML.

import { sendToTerminal } from '../terminal/terminal-bridge';

export interface RunButtonProps {
  lines: string[];
  label: string;
  title: string;
}

export function RunButton({ lines, label, title }: RunButtonProps) {
  return (
    <button type="button" className="button run-button" title={title} onClick={() => sendToTerminal(lines.join('\n'))}>
      ▶ {label}
    </button>
  );
}
