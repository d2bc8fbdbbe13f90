// A fenced code block from a note, rendered at build time. Shell blocks get a Run button (the
// only part that runs in the browser) that types their commands into the page's terminal.

import type { ReactNode } from 'react';
import type { Lang } from '../../content/langs';
import { UI_TEXT } from '../layout/ui-text';
import { fenceLanguage, isRunnable, nodeText, runnableLines } from './code-text';
import { RunButton } from './run-button';

export interface RunnableBlockProps {
  lang: Lang;
  children?: ReactNode;
}

export function RunnableBlock({ lang, children }: RunnableBlockProps) {
  const language = fenceLanguage(children);
  const lines = runnableLines(nodeText(children));
  if (!isRunnable(language) || lines.length === 0) {
    // tabIndex: a long line scrolls the block sideways, and keyboard users must reach it (axe).
    return (
      <pre className="code-block" tabIndex={0}>
        {children}
      </pre>
    );
  }
  const text = UI_TEXT[lang];
  return (
    <div className="code-block runnable" data-testid="runnable-block">
      <pre tabIndex={0}>{children}</pre>
      <RunButton lines={lines} label={text.run} title={text.runTitle} />
    </div>
  );
}
