// A fenced code block from a note, rendered at build time. Shell blocks get Run and Copy buttons
// (the only part that runs in the browser); a block fenced `sh fails reason="…"` is marked as
// failing on purpose, and says its reason once run; one fenced `sh follows` tells the reader that
// its last command runs until Ctrl-C.

import type { ReactNode } from 'react';
import type { Lang } from '../../content/langs';
import { UI_TEXT } from '../layout/ui-text';
import { fenceLanguage, fenceMeta, isRunnable, nodeText, runnableLines } from './code-text';
import { failMark, followsMark } from './fence-meta';
// The colours of the spans content/highlight.ts puts in code blocks at build time.
import './highlight.css';
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
  const meta = fenceMeta(children);
  const fails = failMark(meta);
  return (
    <div className="code-block runnable" data-testid="runnable-block" data-fails={fails ? 'true' : undefined}>
      <pre tabIndex={0}>{children}</pre>
      <RunButton
        lines={lines}
        text={nodeText(children)}
        label={text.run}
        title={text.runTitle}
        copy={{ label: text.copy, done: text.copied, title: text.copyTitle }}
        fails={fails ? { label: text.fails, title: text.failsTitle, why: text.failsWhy, reason: fails.reason } : undefined}
        follows={followsMark(meta) ? { label: text.follows, title: text.followsTitle } : undefined}
      />
    </div>
  );
}
