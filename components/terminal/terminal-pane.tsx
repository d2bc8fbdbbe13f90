'use client';

// The terminal with its toolbar (node name, Reset) and the session notice. The xterm part is a
// lazy client-only chunk, so the page around it paints without waiting for it.

import dynamic from 'next/dynamic';
import { useEffect } from 'react';
import type { Lang } from '../../content/langs';
import { UI_TEXT } from '../layout/ui-text';
import { useSessionStore } from '../session/session-store';

const TerminalView = dynamic(() => import('./terminal-view').then((module) => module.TerminalView), {
  ssr: false,
  loading: () => <div className="terminal-host terminal-loading" aria-hidden="true" />,
});

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

  useEffect(() => {
    void useSessionStore.getState().start();
  }, []);

  return (
    <section className={`terminal-pane ${className ?? ''}`} aria-label={text.terminalLabel}>
      <header className="terminal-toolbar">
        <span className="terminal-title">
          <span className="terminal-dot" aria-hidden="true" />
          root@node1
        </span>
        {status === 'loading' || status === 'idle' ? (
          <span className="terminal-status">{text.loadingTerminal}</span>
        ) : null}
        <button
          type="button"
          className="button button-quiet"
          data-testid="reset"
          title={text.resetTitle}
          disabled={status !== 'ready'}
          onClick={() => void reset()}
        >
          {text.reset}
        </button>
      </header>
      {notice ? (
        <p className="terminal-notice" role="status" data-testid="session-notice">
          {notice}
        </p>
      ) : null}
      <TerminalView autoFocus={autoFocus} />
    </section>
  );
}
