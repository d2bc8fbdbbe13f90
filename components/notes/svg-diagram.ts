// Small measures shared by the notes' SVG diagrams (bridge network, overlay layers): they are
// drawn at build time without a browser to measure text, so widths are estimated.

/** Rough rendered width: CJK glyphs are about one em wide, Latin ones a bit over half. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? size : size * 0.62;
  return width;
}

/** A stable id from a prefix and the title, so two diagrams on one page never share the ids of
 * their title, desc or markers. */
export function diagramId(prefix: string, title: string): string {
  let hash = 0x811c9dc5;
  for (const char of title) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return `${prefix}-${hash.toString(36)}`;
}
