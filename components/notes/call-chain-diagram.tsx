// Call chains drawn side by side as SVG: one column per chain, one box per layer, arrows for
// "calls". Rendered at build time (no state, no hooks, no client JS). Colours come from
// currentColor so the figure follows the page's light or dark theme. The words are props, so
// each language edition of a note passes its own labels.

import { arrowUrl, diagramId, SvgFigure, textWidth } from './svg-diagram';

interface ChainLayer {
  /** Name of the component, e.g. "containerd". */
  label: string;
  /** A short second line: what the layer is or does. */
  detail?: string;
  /** Drawn with a dashed outline: a layer that is gone or optional (dockershim after 1.24). */
  dashed?: boolean;
}

export interface CallChain {
  /** Column heading. */
  name: string;
  /** From the caller (top) to the process that creates the container (bottom). */
  layers: ChainLayer[];
}

export interface CallChainDiagramProps {
  /** Visible caption and the accessible name of the figure. */
  title: string;
  /** Extra words for screen readers, read before the chains themselves. */
  description?: string;
  chains: CallChain[];
}

const FONT_SIZE = 14;
const DETAIL_SIZE = 12;
const BOX_PAD = 12;
const COLUMN_GAP = 36;
const HEADING_HEIGHT = 36;
const ARROW_GAP = 26;
const MARGIN = 8;

/** The chains in words: what a screen reader says instead of the picture. */
export function describeChains(chains: CallChain[]): string {
  return chains.map((chain) => `${chain.name}: ${chain.layers.map((layer) => layer.label).join(' → ')}`).join('; ');
}

export function CallChainDiagram({ title, description, chains }: CallChainDiagramProps) {
  const id = diagramId('call-chain', title);
  const labels = chains.flatMap((chain) => [chain.name, ...chain.layers.map((layer) => layer.label)]);
  const details = chains.flatMap((chain) => chain.layers.map((layer) => layer.detail ?? ''));
  const boxWidth = Math.ceil(
    Math.max(
      140,
      ...labels.map((label) => textWidth(label, FONT_SIZE) + 2 * BOX_PAD),
      ...details.map((detail) => textWidth(detail, DETAIL_SIZE) + 2 * BOX_PAD),
    ),
  );
  const hasDetails = details.some((detail) => detail !== '');
  const boxHeight = hasDetails ? 50 : 34;
  const rows = Math.max(1, ...chains.map((chain) => chain.layers.length));
  const width = 2 * MARGIN + chains.length * boxWidth + (chains.length - 1) * COLUMN_GAP;
  const height = 2 * MARGIN + HEADING_HEIGHT + rows * boxHeight + (rows - 1) * ARROW_GAP;
  const rowTop = (row: number) => MARGIN + HEADING_HEIGHT + row * (boxHeight + ARROW_GAP);

  return (
    <SvgFigure className="call-chain-diagram" id={id} title={title} description={description} parts={describeChains(chains)} width={width} height={height}>
      {chains.map((chain, column) => {
        const left = MARGIN + column * (boxWidth + COLUMN_GAP);
        const centre = left + boxWidth / 2;
        // The last layer (the process that makes the container) sits on the bottom row of
        // every column, so the chains can be compared by how much stands above it.
        const rowOf = (index: number) => (index === chain.layers.length - 1 ? rows - 1 : index);
        return (
          <g key={chain.name} data-chain={chain.name}>
            <text x={centre} y={MARGIN + 20} textAnchor="middle" fontSize={FONT_SIZE + 1} fontWeight="bold" fill="currentColor">
              {chain.name}
            </text>
            {chain.layers.map((layer, index) => {
              const top = rowTop(rowOf(index));
              const next = index + 1 < chain.layers.length ? rowTop(rowOf(index + 1)) : undefined;
              return (
                <g key={`${index}-${layer.label}`} data-layer={layer.label}>
                  <rect
                    x={left}
                    y={top}
                    width={boxWidth}
                    height={boxHeight}
                    rx={6}
                    fill="currentColor"
                    fillOpacity={0.06}
                    stroke="currentColor"
                    strokeWidth={1.2}
                    strokeDasharray={layer.dashed ? '5 4' : undefined}
                  />
                  <text
                    x={centre}
                    y={top + (layer.detail ? 21 : boxHeight / 2 + 5)}
                    textAnchor="middle"
                    fontSize={FONT_SIZE}
                    fill="currentColor"
                  >
                    {layer.label}
                  </text>
                  {layer.detail ? (
                    <text x={centre} y={top + 39} textAnchor="middle" fontSize={DETAIL_SIZE} fill="currentColor" fillOpacity={0.75}>
                      {layer.detail}
                    </text>
                  ) : null}
                  {next !== undefined ? (
                    <line
                      className="call-chain-arrow"
                      x1={centre}
                      y1={top + boxHeight}
                      x2={centre}
                      y2={next - 2}
                      stroke="currentColor"
                      strokeWidth={1.2}
                      markerEnd={arrowUrl(id)}
                    />
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </SvgFigure>
  );
}
