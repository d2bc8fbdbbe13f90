'use client';

// The xterm.js host. The page's HTML has its empty host (the static export renders it, and
// hydration finds it); the effect makes the terminal in it, xterm being among the page's own
// scripts (xterm-modules.ts). The effect cleans up everything it made, so React StrictMode's
// mount-unmount-mount leaves one terminal.

import '@xterm/xterm/css/xterm.css';
import type { Terminal } from '@xterm/xterm';
import type { FitAddon } from '@xterm/addon-fit';
import { useEffect, useRef, useState } from 'react';
import { terminalTheme } from '../layout/terminal-theme';
import { currentTheme, onThemeChange } from '../layout/theme';
import { useSessionStore } from '../session/session-store';
import { takeEarlyKeys } from './early-keys';
import { mayTakeFocus } from './focus-on-open';
import { openTerminalLink } from './open-link';
import { recordingOutputs } from './copy-output-log';
import { attachTerminal } from './terminal-bridge';
import { TerminalController } from './terminal-controller';
import { xtermSurface } from './xterm-surface';
import { XTERM } from './xterm-modules';

interface Mounted {
  term: Terminal;
  fit: FitAddon;
}

export interface TerminalViewProps {
  autoFocus?: boolean;
  /**
   * The split's second terminal: a second login on the same node. The notes' Run buttons type
   * into the first terminal only.
   */
  second?: boolean;
}

export function TerminalView({ autoFocus = false, second = false }: TerminalViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<TerminalController | null>(null);
  /** Keys typed before the controller exists (page load), handed to it when it does. */
  const earlyRef = useRef<string[]>([]);
  const [mounted, setMounted] = useState<Mounted | null>(null);
  const session = useSessionStore((state) => (second ? state.second : state.session));

  // Create the terminal once per mount.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let cleanup: (() => void) | null = null;
    {
      const { Terminal, FitAddon, WebLinksAddon } = XTERM;
      const term = new Terminal({
        cursorBlink: true,
        fontFamily:
          'ui-monospace, "SFMono-Regular", "Cascadia Mono", Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace',
        fontSize: 14,
        scrollback: 5000,
        theme: terminalTheme(currentTheme()),
        allowProposedApi: false,
      });
      const fit = new FitAddon();
      term.loadAddon(fit);
      // URLs in the output (release downloads, docs) open in a new tab on click.
      term.loadAddon(new WebLinksAddon(openTerminalLink));
      term.open(host);
      const refit = () => {
        try {
          fit.fit();
        } catch {
          // a hidden container has no size yet; the next resize will fit
        }
      };
      refit();
      host.dataset.cols = String(term.cols);
      host.dataset.rows = String(term.rows);
      let frame = 0;
      const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(refit);
      });
      observer.observe(host);
      const resizeListener = term.onResize(({ cols, rows }) => {
        host.dataset.cols = String(cols);
        host.dataset.rows = String(rows);
        controllerRef.current?.refresh();
      });
      // From here xterm takes the keys; those the page caught while it loaded come first.
      if (!second) earlyRef.current.push(...takeEarlyKeys(document));
      const dataListener = term.onData((data) => {
        if (controllerRef.current) controllerRef.current.input(data);
        else earlyRef.current.push(data);
      });
      // The second terminal mounts once the worker is free; by then the person may be typing in
      // the first one again, and that line must not move here half-way (focus-on-open.ts).
      if (autoFocus && (!second || mayTakeFocus(document.activeElement))) term.focus();
      // The page's light/dark theme (components/layout/theme.ts) recolours the terminal too.
      const stopTheme = onThemeChange((theme) => {
        term.options.theme = terminalTheme(theme);
      });
      cleanup = () => {
        stopTheme();
        cancelAnimationFrame(frame);
        observer.disconnect();
        resizeListener.dispose();
        dataListener.dispose();
        term.dispose();
      };
      setMounted({ term, fit });
    }
    return () => {
      controllerRef.current?.dispose();
      controllerRef.current = null;
      cleanup?.();
      setMounted(null);
    };
  }, [autoFocus, second]);

  // Connect the terminal to the session; a new session (Reset) starts the screen over.
  useEffect(() => {
    const host = hostRef.current;
    if (!mounted || !session || !host) return;
    const notice = second ? null : useSessionStore.getState().notice;
    // The first terminal's command outputs feed the copy-output buttons (copy-output.tsx).
    const shown = second ? session : recordingOutputs(session);
    let controller = controllerRef.current;
    let ready: Promise<void>;
    if (controller) {
      ready = controller.setSession(shown, notice);
    } else {
      controller = new TerminalController(xtermSurface(mounted.term), shown, {
        // Either terminal's command may have changed the shared node; one save covers both.
        afterCommand: () => useSessionStore.getState().save(),
        // Lets tests (and styles) see whether a command is still running.
        onBusyChange: (busy) => {
          host.dataset.busy = String(busy);
        },
      });
      controllerRef.current = controller;
      // The controller holds these until its first prompt is drawn, then runs them in order.
      for (const data of earlyRef.current.splice(0)) controller.input(data);
      ready = controller.start(notice);
    }
    let active = true;
    void ready.then(() => {
      if (active) host.dataset.ready = 'true';
    });
    const target = controller;
    const detach = second
      ? () => undefined
      : attachTerminal((text) => {
          target.paste(text);
          mounted.term.focus();
        });
    return () => {
      active = false;
      detach();
      delete host.dataset.ready;
    };
  }, [mounted, session, second]);

  return (
    <div
      ref={hostRef}
      // Until xterm is in it, the host keeps the room the terminal will take.
      className={mounted ? 'terminal-host' : 'terminal-host terminal-loading'}
      data-testid={second ? 'terminal-2' : 'terminal'}
      role="group"
      aria-label={second ? 'Second terminal' : 'Terminal'}
    />
  );
}
