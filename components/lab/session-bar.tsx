'use client';

// The session controls under the terminal's toolbar (issue 13 item 3): Undo (also Ctrl+Alt+Z),
// the named sessions (switch, new from a preset, rename, delete), Export and Import of a
// session file, and a share link. The work is session-library.ts's; this is the buttons. Every
// name and notice is rendered as text, never as markup.

import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../content/langs';
import { browserStorage } from '../session/safe-storage';
import { createSessionLibrary, type SessionLibrary } from '../session/session-library';
import { PRESET_IDS, isPresetId, type PresetId } from '../session/session-presets';
import { MAX_SESSION_FILE_CHARS } from '../session/session-file';
import { useSessionStore } from '../session/session-store';
import { isUndoKey, SESSION_TEXT, type SessionText } from './session-text';

let shared: SessionLibrary | undefined;

function newLibrary(text: SessionText): SessionLibrary {
  return createSessionLibrary({
    store: useSessionStore,
    storage: browserStorage,
    defaultName: text.defaultName,
    shareCodec: () => import('../session/share-codec'),
  });
}

/**
 * One library per page (as there is one session store), named in the page's language. The static
 * export prerenders every page in one process: a library kept there would carry the first page's
 * language into the others' HTML ('Session 1' on Chinese pages), which then fails hydration.
 */
function sessionLibrary(text: SessionText): SessionLibrary {
  if (typeof window === 'undefined') return newLibrary(text);
  shared ??= newLibrary(text);
  return shared;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Writes `text` to the clipboard; false when the browser refuses (no permission, no API). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function SmallButton(props: { testId: string; title?: string; disabled?: boolean; onClick(): void; children: string }) {
  return (
    <button type="button" className="button button-quiet" data-testid={props.testId} title={props.title} disabled={props.disabled} onClick={props.onClick}>
      {props.children}
    </button>
  );
}

export function SessionBar({ lang }: { lang: Lang }) {
  const text = SESSION_TEXT[lang];
  const library = sessionLibrary(text);
  const list = library((state) => state.list);
  const status = useSessionStore((state) => state.status);
  const undoLines = useSessionStore((state) => state.undoLines);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const ready = status === 'ready' && !busy;

  /** Runs one action at a time; a problem it returns is in the notice already or goes there. */
  const act = (action: () => Promise<string | null | void>) => {
    setBusy(true);
    setConfirming(false);
    void action()
      .then((problem) => {
        if (typeof problem === 'string' && !useSessionStore.getState().notice?.includes(problem)) useSessionStore.setState({ notice: `ctrlab: ${problem}` });
      })
      .catch((error: unknown) => useSessionStore.setState({ notice: `ctrlab: ${error instanceof Error ? error.message : String(error)}` }))
      .finally(() => setBusy(false));
  };

  // The stored list, once hydrated (the prerendered page has none).
  useEffect(() => library.getState().refresh(), [library]);

  // A link carrying a session or a preset opens once the page's own session has started, and
  // again whenever one is pasted into this tab's address bar (only its fragment changes then).
  const opened = useRef(false);
  useEffect(() => {
    if (status !== 'ready') return;
    const openLocation = () => {
      if (!window.location.hash) return;
      act(async () => {
        const outcome = await library.getState().openFragment(window.location.hash, text.sharedName);
        // Opened or refused, the link has been taken: a reload must not open it again.
        if (outcome !== 'none') window.history.replaceState(null, '', window.location.pathname + window.location.search);
      });
    };
    if (!opened.current) {
      opened.current = true;
      library.getState().refresh();
      openLocation();
    }
    window.addEventListener('hashchange', openLocation);
    return () => window.removeEventListener('hashchange', openLocation);
  }, [status, library, text.sharedName]);

  // Ctrl+Alt+Z anywhere on the page, before the terminal sees it (it is no terminal key).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isUndoKey(event)) return;
      event.preventDefault();
      event.stopPropagation();
      void useSessionStore.getState().undo();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    act(async () => {
      // Not even read when it is too big: it is the learner's own file, nothing to keep.
      if (file.size > MAX_SESSION_FILE_CHARS * 4) return `the file is ${Math.ceil(file.size / 1024 / 1024)} MiB; a session file may be at most ${MAX_SESSION_FILE_CHARS / 1024 / 1024} MiB. The session shown is unchanged`;
      return library.getState().importText(await file.text(), file.name.replace(/\.json$/i, ''));
    });
  };

  /** Shows `url` in the box and copies it; the status line says whether the clipboard took it. */
  const offerLink = async (url: string) => {
    setShareUrl(url);
    setCopyStatus(null);
    const copied = await copyText(url);
    setCopyStatus(copied ? text.linkCopied : text.copyFailed);
  };

  const here = () => window.location.origin + window.location.pathname;

  const share = () =>
    act(async () => {
      const link = await library.getState().shareLink(here());
      if (!link.ok) return link.problem;
      await offerLink(link.url);
    });

  const sharePreset = (preset: PresetId) => act(async () => offerLink(await library.getState().presetLink(here(), preset)));

  const active = list.sessions.find((s) => s.id === list.active);
  return (
    <div className="terminal-subbar session-bar" role="group" aria-label={text.barLabel} data-testid="session-bar" style={{ flexWrap: 'wrap', gap: '0.5rem' }}>
      <SmallButton testId="undo" disabled={!ready || undoLines === null} title={undoLines === null ? text.nothingToUndo : text.undoTitle(undoLines)} onClick={() => act(() => useSessionStore.getState().undo())}>
        {text.undo}
      </SmallButton>
      {renaming === null ? (
        <select aria-label={text.sessionLabel} data-testid="session-switcher" value={list.active} disabled={!ready} onChange={(event) => act(() => library.getState().switchTo(event.target.value))}>
          {list.sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            library.getState().rename(list.active, renaming);
            setRenaming(null);
          }}
        >
          <input aria-label={text.renameLabel} data-testid="session-name" value={renaming} maxLength={80} autoFocus onChange={(event) => setRenaming(event.target.value)} />
          <button type="submit" className="button button-quiet" data-testid="session-name-save">
            {text.renameSave}
          </button>
        </form>
      )}
      <select
        aria-label={text.newSession}
        data-testid="session-new"
        value=""
        disabled={!ready}
        onChange={(event) => {
          const preset = event.target.value;
          if (!isPresetId(preset)) return;
          act(() => library.getState().createSession(`${text.presets[preset]} ${list.sessions.length + 1}`, preset));
        }}
      >
        <option value="">{text.newSession}</option>
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {text.presets[id]}
          </option>
        ))}
      </select>
      <SmallButton testId="session-rename" disabled={!ready || renaming !== null} onClick={() => setRenaming(active?.name ?? '')}>
        {text.rename}
      </SmallButton>
      <SmallButton
        testId="session-delete"
        disabled={!ready || list.sessions.length < 2}
        onClick={() => (confirming ? act(() => library.getState().remove(list.active)) : setConfirming(true))}
      >
        {confirming ? text.confirmRemove : text.remove}
      </SmallButton>
      <SmallButton testId="session-export" disabled={!ready} onClick={() => act(async () => {
        const file = await library.getState().exportFile();
        download(file.name, file.text);
      })}>
        {text.exportFile}
      </SmallButton>
      <SmallButton testId="session-import" disabled={!ready} onClick={() => fileInput.current?.click()}>
        {text.importFile}
      </SmallButton>
      <input ref={fileInput} type="file" accept=".json,application/json" hidden data-testid="session-import-file" onChange={onFile} />
      <SmallButton testId="session-share" disabled={!ready} onClick={share}>
        {text.share}
      </SmallButton>
      <select
        aria-label={text.presetLink}
        data-testid="session-preset-link"
        value=""
        disabled={!ready}
        onChange={(event) => {
          const preset = event.target.value;
          if (isPresetId(preset)) sharePreset(preset);
        }}
      >
        <option value="">{text.presetLink}</option>
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {text.presets[id]}
          </option>
        ))}
      </select>
      {shareUrl ? <input readOnly aria-label={text.shareLabel} data-testid="share-url" value={shareUrl} onFocus={(event) => event.target.select()} /> : null}
      {copyStatus ? (
        <span role="status" data-testid="share-status">
          {copyStatus}
        </span>
      ) : null}
    </div>
  );
}
