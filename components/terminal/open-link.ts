// What a click on a URL in the terminal does (xterm's web-links addon finds the URLs). The
// text comes from the node's output, so it is checked: only http(s) URLs open, in a new tab
// that cannot reach back into this page (noopener) and learns nothing of it (noreferrer).

/** The URL to open for a clicked text, or null when it must not be opened. */
export function safeLinkTarget(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

export function openTerminalLink(event: MouseEvent, text: string): void {
  const target = safeLinkTarget(text);
  if (target === null) return;
  event.preventDefault();
  window.open(target, '_blank', 'noopener,noreferrer');
}
