'use client';

// The buttons of a runnable code block, its one client island: Run types the block's lines into
// the page's terminal, Copy puts its text on the clipboard. A block meant to fail (`sh fails`)
// wears a badge, and once run it shows the note's own reason for the error. The block itself and the MDX
// stay build-time HTML; the lines and texts come in as props.

import { useState } from 'react';
import { sendToTerminal } from '../terminal/terminal-bridge';

export interface RunButtonProps {
  lines: string[];
  /** What Copy puts on the clipboard: the block as shown, comments included. */
  text: string;
  label: string;
  title: string;
  copy: { label: string; done: string; title: string };
  /** Set for a block meant to fail: its badge, the badge's title, and, shown after a run, the
   * label `why` before the note's `reason` (the fence's reason="…", in the page's language). */
  fails?: { label: string; title: string; why: string; reason: string };
  /** Set for a block whose last command runs until Ctrl-C (`sh follows`): its badge and title. */
  follows?: { label: string; title: string };
}

export function RunButton({ lines, text, label, title, copy, fails, follows }: RunButtonProps) {
  const [ran, setRan] = useState(false);
  const [copied, setCopied] = useState(false);
  return (
    <>
      <div className="block-actions">
        {fails ? (
          <span className="fails-mark" title={fails.title}>
            {fails.label}
          </span>
        ) : null}
        {follows ? (
          <span className="follows-mark" title={follows.title}>
            {follows.label}
          </span>
        ) : null}
        <button
          type="button"
          className="button button-quiet copy-button"
          title={copy.title}
          onClick={() => {
            // The clipboard may be refused (no permission, an insecure origin): nothing to show then.
            void navigator.clipboard?.writeText(text).then(
              () => setCopied(true),
              () => undefined,
            );
          }}
        >
          {copied ? copy.done : copy.label}
        </button>
        <button
          type="button"
          className="button run-button"
          title={title}
          onClick={() => {
            setRan(true);
            sendToTerminal(lines.join('\n'));
          }}
        >
          ▶ {label}
        </button>
      </div>
      {fails && ran ? (
        <p className="fails-note" role="status">
          <strong>{fails.why}</strong> {fails.reason}
        </p>
      ) : null}
    </>
  );
}
