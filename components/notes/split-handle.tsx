'use client';

// The handle between a note and its terminal (issue 12: a resizable split). Drag it, or focus
// it and use the arrow keys (a WAI-ARIA window splitter); the share is remembered in
// localStorage for every note. It sets two grid tracks on the layout around it (--note-fr and
// --terminal-fr, app/globals.css); on narrow screens the layout stacks and the handle is hidden.

import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from 'react';
import { readSplit, SPLIT_DEFAULT, SPLIT_MAX, SPLIT_MIN, splitAfterKey, splitAtPointer } from './split-ratio';

const SPLIT_KEY = 'ctrlab-note-split';

function remember(percent: number): void {
  try {
    localStorage.setItem(SPLIT_KEY, String(percent));
  } catch {
    // no storage: the split lasts for this page only
  }
}

export function SplitHandle({ label }: { label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [percent, setPercent] = useState(SPLIT_DEFAULT);
  // The share the last pointer move set, for the pointerup that stores it (state lags a render).
  const latest = useRef(SPLIT_DEFAULT);
  latest.current = percent;

  useEffect(() => {
    try {
      setPercent(readSplit(localStorage.getItem(SPLIT_KEY)));
    } catch {
      // no storage: the default split
    }
  }, []);

  useEffect(() => {
    const layout = ref.current?.parentElement;
    if (!layout) return;
    layout.style.setProperty('--note-fr', `${percent}fr`);
    layout.style.setProperty('--terminal-fr', `${100 - percent}fr`);
  }, [percent]);

  const follow = (event: PointerEvent<HTMLDivElement>) => {
    const layout = event.currentTarget.parentElement;
    if (!layout || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const box = layout.getBoundingClientRect();
    const style = getComputedStyle(layout);
    const left = box.left + Number.parseFloat(style.paddingLeft);
    const width = box.width - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    latest.current = splitAtPointer(event.clientX, left, width);
    setPercent(latest.current);
  };

  return (
    <div
      ref={ref}
      className="split-handle"
      data-testid="split-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={percent}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
      tabIndex={0}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        event.preventDefault();
      }}
      onPointerMove={follow}
      onPointerUp={(event) => {
        follow(event);
        event.currentTarget.releasePointerCapture(event.pointerId);
        remember(latest.current);
      }}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        const next = splitAfterKey(percent, event.key);
        if (next === null) return;
        event.preventDefault();
        setPercent(next);
        remember(next);
      }}
    />
  );
}
