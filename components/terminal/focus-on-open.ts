// A terminal that opens some time after it was asked for (the second terminal opens once the
// node's worker is free, which can be many seconds after the click on Split while a line runs)
// takes the focus only if the person has not started typing somewhere else meanwhile: keys
// meant for the first terminal must not land in the new one half-way through a line.

/** The parts of an element this needs (a plain object in tests). */
export interface FocusedElement {
  tagName: string;
  isContentEditable?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Whether a terminal opening now may take the focus: yes when nothing holds it (the body) or a
 * button or link does (the Split button that opened it), no when a text field does — another
 * terminal (xterm's hidden textarea), the search box, a rename field.
 */
export function mayTakeFocus(active: FocusedElement | null): boolean {
  if (!active) return true;
  if (active.isContentEditable) return false;
  return !TYPING_TAGS.has(active.tagName.toUpperCase());
}
