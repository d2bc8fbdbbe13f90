// What the notes' SVG diagrams (call chains, bridge network, overlay layers) share: the frame
// (a figure whose svg is an image named by its title and described in words for screen readers,
// an arrowhead marker, the caption) and the measures they are laid out with. They are drawn at
// build time without a browser to measure text, so widths are estimated.

import type { ReactNode } from 'react';

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

/** `url(#…)` of the figure's arrowhead, for a line's markerEnd (or markerStart: it reverses). */
export function arrowUrl(id: string): string {
  return `url(#${id}-arrow)`;
}

export interface SvgFigureProps {
  /** The figure's class (its styles). */
  className: string;
  /** From diagramId: prefixes the ids of the title, desc and arrowhead. */
  id: string;
  /** Visible caption and the accessible name of the picture. */
  title: string;
  /** The author's extra words for screen readers, read before `parts`. */
  description?: string;
  /** The picture in words, from the diagram's own props. */
  parts: string;
  width: number;
  height: number;
  children: ReactNode;
}

export function SvgFigure({ className, id, title, description, parts, width, height, children }: SvgFigureProps) {
  return (
    <figure className={className}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, height: 'auto' }}
        fontFamily="inherit"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description ? `${description} ${parts}` : parts}</desc>
        <defs>
          {/* auto-start-reverse: the same head points outwards at either end of a line. */}
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
          </marker>
        </defs>
        {children}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
