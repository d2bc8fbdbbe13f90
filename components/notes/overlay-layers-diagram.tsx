// overlay2 drawn as SVG: the image's read-only layers (lowerdir) at the bottom, shared by every
// container made from the image; above them each container's own writable layer (upperdir); on
// top the merged view its processes see. Rendered at build time (no state, no client JS); colours
// from currentColor follow the theme. All words are props, so each language passes its own.

import { arrowUrl, diagramId, SvgFigure, textWidth } from './svg-diagram';

interface OverlayContainer {
  /** The container, e.g. "web". */
  name: string;
  /** Its merged view, e.g. "merged: what web sees as /". */
  merged: string;
  /** Its writable layer, e.g. "upperdir: web's changes". */
  upper: string;
}

export interface OverlayLayersDiagramProps {
  /** Visible caption and the accessible name of the figure. */
  title: string;
  /** Extra words for screen readers, read before the layers themselves. */
  description?: string;
  /** The label of the shared read-only block, e.g. "lowerdir: image layers, read-only, shared". */
  lower: string;
  /** The image's layers, the top one first (the order `docker history` prints). */
  layers: string[];
  containers: OverlayContainer[];
}

const FONT = 14;
const SMALL = 12;
const PAD = 12;
const GAP = 24;
const MARGIN = 8;
const BOX = 40;
const LAYER = 30;
const ARROW = 22;

/** The stack in words: what a screen reader says instead of the picture. */
export function describeOverlay(props: Omit<OverlayLayersDiagramProps, 'title' | 'description'>): string {
  const tops = props.containers.map((c) => `${c.name}: ${c.merged} = ${c.upper} + ${props.lower}`).join('; ');
  return `${tops}. ${props.lower}: ${props.layers.join(' / ')}`;
}

export function OverlayLayersDiagram(props: OverlayLayersDiagramProps) {
  const { title, description, lower, layers, containers } = props;
  const id = diagramId('overlay-layers', title);

  const columnWidth = Math.ceil(
    Math.max(140, ...containers.map((c) => Math.max(textWidth(c.name, FONT), textWidth(c.merged, SMALL), textWidth(c.upper, SMALL)) + 2 * PAD)),
  );
  const columnsWidth = containers.length * columnWidth + Math.max(0, containers.length - 1) * GAP;
  const stackWidth = Math.ceil(Math.max(columnsWidth, textWidth(lower, FONT) + 2 * PAD, ...layers.map((layer) => textWidth(layer, SMALL) + 2 * PAD)));
  const width = 2 * MARGIN + stackWidth;
  const left = MARGIN;
  const columnsLeft = left + (stackWidth - columnsWidth) / 2;

  const nameTop = MARGIN;
  const mergedTop = nameTop + 24;
  const upperTop = mergedTop + BOX + ARROW;
  const lowerTop = upperTop + BOX + ARROW;
  const lowerHeight = 30 + layers.length * LAYER + 8;
  const height = lowerTop + lowerHeight + MARGIN;

  return (
    <SvgFigure className="overlay-layers-diagram" id={id} title={title} description={description} parts={describeOverlay(props)} width={width} height={height}>
      {containers.map((container, index) => {
        const x = columnsLeft + index * (columnWidth + GAP);
        const middle = x + columnWidth / 2;
        return (
          <g key={container.name} data-container={container.name}>
            <text x={middle} y={nameTop + 16} textAnchor="middle" fontSize={FONT} fontWeight="bold" fill="currentColor">
              {container.name}
            </text>
            {/* The merged view is no layer of its own: drawn dashed. */}
            <rect x={x} y={mergedTop} width={columnWidth} height={BOX} rx={6} fill="none" stroke="currentColor" strokeWidth={1.2} strokeDasharray="5 4" />
            <text x={middle} y={mergedTop + 25} textAnchor="middle" fontSize={SMALL} fill="currentColor">
              {container.merged}
            </text>
            <line className="overlay-arrow" x1={middle} y1={upperTop - 2} x2={middle} y2={mergedTop + BOX + 2} stroke="currentColor" strokeWidth={1.2} markerEnd={arrowUrl(id)} />
            <rect x={x} y={upperTop} width={columnWidth} height={BOX} rx={6} fill="currentColor" fillOpacity={0.14} stroke="currentColor" strokeWidth={1.2} />
            <text x={middle} y={upperTop + 25} textAnchor="middle" fontSize={SMALL} fill="currentColor">
              {container.upper}
            </text>
            <line className="overlay-arrow" x1={middle} y1={lowerTop - 2} x2={middle} y2={upperTop + BOX + 2} stroke="currentColor" strokeWidth={1.2} markerEnd={arrowUrl(id)} />
          </g>
        );
      })}
      <g data-part="lower">
        <rect x={left} y={lowerTop} width={stackWidth} height={lowerHeight} rx={8} fill="currentColor" fillOpacity={0.04} stroke="currentColor" strokeWidth={1.2} />
        <text x={left + stackWidth / 2} y={lowerTop + 20} textAnchor="middle" fontSize={FONT} fill="currentColor">
          {lower}
        </text>
        {layers.map((layer, index) => {
          const top = lowerTop + 30 + index * LAYER;
          return (
            <g key={`${index}-${layer}`} data-layer={layer}>
              <rect x={left + 10} y={top} width={stackWidth - 20} height={LAYER - 6} rx={4} fill="currentColor" fillOpacity={0.08} stroke="currentColor" strokeWidth={1} />
              <text x={left + stackWidth / 2} y={top + 16} textAnchor="middle" fontSize={SMALL} fill="currentColor">
                {layer}
              </text>
            </g>
          );
        })}
      </g>
    </SvgFigure>
  );
}
