'use client';

// A fenced code block from a note. Shell blocks get a Run button that types their commands into
// the page's terminal, one line after another, as if the reader had typed them.

import type { ReactNode } from 'react';
import type { Lang } from '../../content/langs';
import { UI_TEXT } from '../layout/ui-text';
import { sendToTerminal } from '../terminal/terminal-bridge';
import { fenceLanguage, isRunnable, nodeText, runnableLines } from './code-text';

export interface RunnableBlockProps {
  lang: Lang;
  children?: ReactNode;
}

export function RunnableBlock({ lang, children }: RunnableBlockProps) {
  const language = fenceLanguage(children);
  const code = nodeText(children);
  const lines = runnableLines(code);
  if (!isRunnable(language) || lines.length === 0) {
    return <pre className="code-block">{children}</pre>;
  }
  const text = UI_TEXT[lang];
  return (
    <div className="code-block runnable" data-testid="runnable-block">
      <pre>{children}</pre>
      <button
        type="button"
        className="button run-button"
        title={text.runTitle}
        onClick={() => sendToTerminal(lines.join('\n'))}
      >
        ▶ {text.run}
      </button>
    </div>
  );
}
