'use client';

// A refused saved session is the learner's data: it is kept (session-store.ts) and offered
// here as a file to download, with a way to let it go.

import { useEffect, useMemo } from 'react';
import type { UiText } from '../layout/ui-text';
import { rejectedSaveFile, useSessionStore } from './session-store';

export function RejectedSaveLink({ text }: { text: UiText }) {
  const rejected = useSessionStore((state) => state.rejectedSave);
  const discard = useSessionStore((state) => state.discardRejectedSave);
  const file = useMemo(() => {
    if (rejected === null) return null;
    const { name, blob } = rejectedSaveFile(rejected);
    return { name, url: URL.createObjectURL(blob) };
  }, [rejected]);
  useEffect(() => () => (file ? URL.revokeObjectURL(file.url) : undefined), [file]);
  if (!file) return null;
  return (
    <span className="terminal-rejected" data-testid="rejected-save">
      <a href={file.url} download={file.name}>
        {text.downloadRejectedSave}
      </a>
      <button type="button" className="button button-quiet" onClick={discard}>
        {text.discardRejectedSave}
      </button>
    </span>
  );
}
