'use client';

// The terminal with its toolbar (node name, Split, Reset) and the session notice. Split opens a
// second terminal on the same node beside the first (under it where the pane is narrow), as a
// second ssh login to node1: watch `ctr events` in one while acting in the other.

// First, for what it does as it is evaluated: the node's first login is asked for (start-node.ts).
import '../session/start-node';
import { type ButtonHTMLAttributes, useEffect, useMemo } from 'react';
import type { Lang } from '../../content/langs';
import { UI_TEXT } from '../layout/ui-text';
import { RejectedSaveLink } from '../session/rejected-save-link';
import { useSessionStore } from '../session/session-store';
import { captureEarlyKeys } from './early-keys';
import { TerminalView } from './terminal-view';
import { WaitStatus } from './wait-status';
import { StatePanel } from '../lab/state-panel';
import { SessionBar } from '../lab/session-bar';
import { CopyOutput } from './copy-output';
import { TouchInput } from './touch-input';

function TerminalTitle({ name }: { name: string }) {
  return (
    <span className="terminal-title">
      <span className="terminal-dot" aria-hidden="true" />
      {name}
    </span>
  );
}

function QuietButton({ testId, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { testId: string }) {
  return <button type="button" className="button button-quiet" data-testid={testId} {...props} />;
}

export interface TerminalPaneProps {
  lang: Lang;
  autoFocus?: boolean;
  className?: string;
}

export function TerminalPane({ lang, autoFocus = false, className }: TerminalPaneProps) {
  const text = UI_TEXT[lang];
  const notice = useSessionStore((state) => state.notice);
  const status = useSessionStore((state) => state.status);
  const reset = useSessionStore((state) => state.reset);
  const split = useSessionStore((state) => state.second !== null);
  const openSecond = useSessionStore((state) => state.openSecond);
  const closeSecond = useSessionStore((state) => state.closeSecond);
  const first = useSessionStore((state) => state.session);
  const second = useSessionStore((state) => state.second);
  const sessions = useMemo(() => [first, second], [first, second]);

  useEffect(() => {
    void useSessionStore.getState().start();
  }, []);

  // Where the terminal takes the focus on its own (the playground), keys typed while it loads
  // are kept for it; terminal-view.tsx takes them over when xterm mounts.
  useEffect(() => (autoFocus ? captureEarlyKeys(document) : undefined), [autoFocus]);

  return (
    <section className={`terminal-pane ${className ?? ''}`} aria-label={text.terminalLabel}>
      <header className="terminal-toolbar">
        <TerminalTitle name="root@node1" />
        {status === 'loading' || status === 'idle' ? (
          <span className="terminal-status">{text.loadingTerminal}</span>
        ) : null}
        <WaitStatus sessions={sessions} text={text} />
        <QuietButton
          testId="split"
          aria-pressed={split}
          title={split ? text.unsplitTitle : text.splitTitle}
          disabled={status !== 'ready'}
          onClick={() => (split ? closeSecond() : void openSecond())}
        >
          {split ? text.unsplit : text.split}
        </QuietButton>
        <QuietButton testId="reset" title={text.resetTitle} disabled={status !== 'ready'} onClick={() => void reset()}>
          {text.reset}
        </QuietButton>
      </header>
      <SessionBar lang={lang} />
      {notice ? (
        <p className="terminal-notice" role="status" data-testid="session-notice">
          {notice} <RejectedSaveLink text={text} />
        </p>
      ) : (
        <RejectedSaveLink text={text} />
      )}
      <div className={split ? 'terminal-split is-split' : 'terminal-split'}>
        <TerminalView autoFocus={autoFocus} />
        {split ? (
          <section className="terminal-second" aria-label={text.secondTerminalLabel} data-testid="second-terminal">
            <header className="terminal-subbar">
              <TerminalTitle name="root@node1 (2)" />
              <QuietButton testId="close-split" title={text.unsplitTitle} aria-label={text.unsplitTitle} onClick={closeSecond}>
                ×
              </QuietButton>
            </header>
            <TerminalView second autoFocus />
          </section>
        ) : null}
      </div>
      <TouchInput lang={lang} />
      <CopyOutput lang={lang} />
      <StatePanel />
    </section>
  );
}
