'use client';

// A visible input line for touch devices (issue 13, item 4): xterm reads keys from a hidden
// textarea, which soft keyboards on phones and tablets often will not open or feed. Where the
// main pointer is coarse or the device reports touch points, this plain text field shows under
// the terminal; Enter (or the Run button) types its line into the terminal, which runs it.

import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../content/langs';
import { sendToTerminal } from './terminal-bridge';

const TEXT = {
  zh: { label: '输入命令', placeholder: '在这里输入命令,回车运行', run: '运行' },
  en: { label: 'Type a command', placeholder: 'Type a command here, Enter runs it', run: 'Run' },
} as const;

const CSS = `
.touch-input { display: flex; gap: 0.4rem; margin-top: 0.4rem; }
.touch-input input { flex: 1; min-width: 0; font: 0.95rem ui-monospace, monospace; padding: 0.45rem; border-radius: 4px;
  border: 1px solid color-mix(in srgb, currentColor 30%, transparent); background: transparent; color: inherit; }
`;

/** True on a touch device: a coarse main pointer, or any touch points at all. */
export function isTouchDevice(win: Pick<Window, 'matchMedia' | 'navigator'>): boolean {
  return win.matchMedia('(pointer: coarse)').matches || win.navigator.maxTouchPoints > 0;
}

export function TouchInput({ lang }: { lang: Lang }) {
  const text = TEXT[lang];
  const [touch, setTouch] = useState(false);
  const [line, setLine] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  // Known only in the browser; the static HTML never has it, so the first render matches.
  useEffect(() => setTouch(isTouchDevice(window)), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    sendToTerminal(line);
    setLine('');
    // The terminal takes the focus when text is typed into it; the soft keyboard stays here.
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  if (!touch) return null;
  return (
    <form className="touch-input" data-testid="touch-input" onSubmit={submit}>
      <style>{CSS}</style>
      <input
        ref={inputRef}
        type="text"
        aria-label={text.label}
        placeholder={text.placeholder}
        value={line}
        onChange={(event) => setLine(event.target.value)}
        autoCapitalize="off"
        autoCorrect="off"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="send"
      />
      <button type="submit" className="button">
        {text.run}
      </button>
    </form>
  );
}
