'use client';

// A copy button for each recent command of the first terminal (issue 13, item 4): it copies
// what that command printed, never the prompt or the command line, as the screen ended up
// showing it (copy-output-log.ts). Native buttons in a disclosure, so the keyboard reaches
// them in page order; the result is announced in a status line.

import { useState, useSyncExternalStore } from 'react';
import type { Lang } from '../../content/langs';
import { type CommandOutput, outputLog } from './copy-output-log';

const TEXT = {
  zh: {
    summary: '复制命令输出',
    empty: '还没有命令。',
    copy: '复制输出',
    copyOf: (line: string) => `复制 ${line} 的输出`,
    copied: (line: string) => `已复制 ${line} 的输出。`,
    failed: '浏览器不允许写剪贴板。',
  },
  en: {
    summary: 'Copy command output',
    empty: 'No commands yet.',
    copy: 'Copy output',
    copyOf: (line: string) => `Copy the output of ${line}`,
    copied: (line: string) => `Copied the output of ${line}.`,
    failed: 'The browser did not allow writing to the clipboard.',
  },
} as const;

const CSS = `
.copy-output { font-size: 0.85rem; margin-top: 0.35rem; }
.copy-output summary { cursor: pointer; padding: 0.2rem 0; }
.copy-output ol { list-style: none; margin: 0; padding: 0; max-height: 12rem; overflow: auto; }
.copy-output li { display: flex; gap: 0.5rem; align-items: baseline; padding: 0.1rem 0; }
.copy-output code { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;

/** Clipboard API where the page may use it; the textarea fallback for plain-http pages. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

const subscribe = (listener: () => void) => outputLog.subscribe(listener);
const entriesNow = () => outputLog.getState().entries;

export function CopyOutput({ lang }: { lang: Lang }) {
  const text = TEXT[lang];
  const entries = useSyncExternalStore(subscribe, entriesNow, entriesNow);
  const [status, setStatus] = useState('');

  const copy = async (entry: CommandOutput) => {
    setStatus((await writeClipboard(entry.output)) ? text.copied(entry.line) : text.failed);
  };

  return (
    <details className="copy-output" data-testid="copy-output">
      <summary>
        {text.summary} ({entries.length})
      </summary>
      <style>{CSS}</style>
      {entries.length === 0 ? <p>{text.empty}</p> : null}
      <ol>
        {[...entries].reverse().map((entry) => (
          <li key={entry.n} data-testid="copy-output-entry">
            <code>{entry.line}</code>
            <button type="button" className="button button-quiet" aria-label={text.copyOf(entry.line)} onClick={() => void copy(entry)}>
              {text.copy}
            </button>
          </li>
        ))}
      </ol>
      <p role="status" data-testid="copy-output-status">
        {status}
      </p>
    </details>
  );
}
