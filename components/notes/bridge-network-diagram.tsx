// Docker's default bridge network drawn as SVG: the host's uplink, the NAT rules iptables keeps,
// the docker0 bridge, and one veth pair per container into the container's own network namespace.
// Rendered at build time (no state, no client JS); colours from currentColor follow the theme.
// All words are props, so each language edition passes its own.

import { arrowUrl, diagramId, SvgFigure, textWidth } from './svg-diagram';

export interface NetBox {
  label: string;
  /** A second, smaller line: an address or what the part does. */
  detail?: string;
}

interface BridgeContainer {
  /** The container, e.g. "web". */
  name: string;
  /** The host end of its veth pair, e.g. "veth1c2a3b4". */
  veth: string;
  /** Its end inside the container's namespace, e.g. "eth0 172.17.0.2". */
  inside: string;
}

export interface BridgeNetworkDiagramProps {
  /** Visible caption and the accessible name of the figure. */
  title: string;
  /** Extra words for screen readers, read before the parts themselves. */
  description?: string;
  /** The outer frame's label: the host's own network namespace. */
  host: string;
  /** What lies beyond the uplink, drawn above the frame ("the LAN / other hosts"). */
  outside: string;
  uplink: NetBox;
  /** The NAT box: its label and one line per rule. */
  nat: { label: string; rules: string[] };
  bridge: NetBox;
  containers: BridgeContainer[];
}

const FONT = 14;
const SMALL = 12;
const PAD = 12;
const GAP = 26;
const MARGIN = 8;
const FRAME_PAD = 16;
const LINE = 18;

/** The network in words: what a screen reader says instead of the picture. */
export function describeBridge(props: Omit<BridgeNetworkDiagramProps, 'title' | 'description'>): string {
  const part = (box: NetBox) => (box.detail ? `${box.label} (${box.detail})` : box.label);
  const pairs = props.containers.map((c) => `${c.veth} ↔ ${c.name}: ${c.inside}`).join('; ');
  return `${props.outside} ↔ ${part(props.uplink)} → ${props.nat.label}: ${props.nat.rules.join(', ')} → ${part(props.bridge)} → ${pairs}`;
}

export function BridgeNetworkDiagram(props: BridgeNetworkDiagramProps) {
  const { title, description, host, outside, uplink, nat, bridge, containers } = props;
  const id = diagramId('bridge-net', title);
  const widest = (lines: string[], size: number) => Math.max(0, ...lines.map((line) => textWidth(line, size)));

  const natWidth = Math.max(widest([nat.label], FONT), widest(nat.rules, SMALL)) + 2 * PAD;
  const boxWidth = Math.max(widest([uplink.label, bridge.label], FONT), widest([uplink.detail ?? '', bridge.detail ?? ''], SMALL)) + 2 * PAD;
  const columnWidth = Math.max(120, ...containers.map((c) => Math.max(textWidth(c.name, FONT), textWidth(c.inside, SMALL), textWidth(c.veth, SMALL)) + 2 * PAD));
  const columnsWidth = containers.length * columnWidth + Math.max(0, containers.length - 1) * GAP;
  const inner = Math.ceil(Math.max(natWidth, boxWidth, columnsWidth, textWidth(host, FONT) + PAD));
  const width = 2 * MARGIN + 2 * FRAME_PAD + inner;
  const centre = width / 2;

  const outsideY = MARGIN + 16;
  const frameTop = outsideY + GAP;
  const uplinkTop = frameTop + 34;
  const boxHeight = 46;
  const natTop = uplinkTop + boxHeight + GAP;
  const natHeight = 30 + nat.rules.length * LINE;
  const bridgeTop = natTop + natHeight + GAP;
  const vethTop = bridgeTop + boxHeight + GAP;
  const vethHeight = 26;
  const nsTop = vethTop + vethHeight + 14;
  const nsHeight = 50;
  const frameBottom = nsTop + nsHeight + FRAME_PAD;
  const height = frameBottom + MARGIN;
  const columnsLeft = centre - columnsWidth / 2;

  const box = (part: NetBox, top: number, w: number) => (
    <g data-part={part.label}>
      <rect x={centre - w / 2} y={top} width={w} height={boxHeight} rx={6} fill="currentColor" fillOpacity={0.06} stroke="currentColor" strokeWidth={1.2} />
      <text x={centre} y={top + (part.detail ? 20 : boxHeight / 2 + 5)} textAnchor="middle" fontSize={FONT} fill="currentColor">
        {part.label}
      </text>
      {part.detail ? (
        <text x={centre} y={top + 37} textAnchor="middle" fontSize={SMALL} fill="currentColor" fillOpacity={0.75}>
          {part.detail}
        </text>
      ) : null}
    </g>
  );
  const link = (x1: number, y1: number, x2: number, y2: number, both = true) => (
    <line
      className="bridge-net-link"
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      stroke="currentColor"
      strokeWidth={1.2}
      markerEnd={arrowUrl(id)}
      markerStart={both ? arrowUrl(id) : undefined}
    />
  );

  return (
    <SvgFigure className="bridge-network-diagram" id={id} title={title} description={description} parts={describeBridge(props)} width={width} height={height}>
      <text x={centre} y={outsideY} textAnchor="middle" fontSize={SMALL} fill="currentColor" fillOpacity={0.75}>
        {outside}
      </text>
      {link(centre, outsideY + 6, centre, uplinkTop - 2)}
      <rect
        x={MARGIN}
        y={frameTop}
        width={width - 2 * MARGIN}
        height={frameBottom - frameTop}
        rx={10}
        fill="none"
        stroke="currentColor"
        strokeWidth={1}
        strokeDasharray="6 4"
      />
      <text x={MARGIN + FRAME_PAD} y={frameTop + 20} fontSize={FONT} fontWeight="bold" fill="currentColor">
        {host}
      </text>
      {box(uplink, uplinkTop, boxWidth)}
      {link(centre, uplinkTop + boxHeight + 2, centre, natTop - 2)}
      <g data-part={nat.label}>
        <rect x={centre - natWidth / 2} y={natTop} width={natWidth} height={natHeight} rx={6} fill="currentColor" fillOpacity={0.12} stroke="currentColor" strokeWidth={1.2} />
        <text x={centre} y={natTop + 20} textAnchor="middle" fontSize={FONT} fill="currentColor">
          {nat.label}
        </text>
        {nat.rules.map((rule, index) => (
          <text key={rule} x={centre} y={natTop + 20 + (index + 1) * LINE} textAnchor="middle" fontSize={SMALL} fill="currentColor" fillOpacity={0.85}>
            {rule}
          </text>
        ))}
      </g>
      {link(centre, natTop + natHeight + 2, centre, bridgeTop - 2)}
      {box(bridge, bridgeTop, boxWidth)}
      {containers.map((container, index) => {
        const left = columnsLeft + index * (columnWidth + GAP);
        const middle = left + columnWidth / 2;
        return (
          <g key={container.name} data-container={container.name}>
            <line className="bridge-net-port" x1={middle} y1={bridgeTop + boxHeight} x2={middle} y2={vethTop} stroke="currentColor" strokeWidth={1.2} />
            <rect x={left + 12} y={vethTop} width={columnWidth - 24} height={vethHeight} rx={13} fill="none" stroke="currentColor" strokeWidth={1.2} />
            <text x={middle} y={vethTop + 17} textAnchor="middle" fontSize={SMALL} fill="currentColor">
              {container.veth}
            </text>
            <line x1={middle} y1={vethTop + vethHeight} x2={middle} y2={nsTop} stroke="currentColor" strokeWidth={1.2} strokeDasharray="3 3" />
            <rect x={left} y={nsTop} width={columnWidth} height={nsHeight} rx={6} fill="currentColor" fillOpacity={0.06} stroke="currentColor" strokeWidth={1.2} />
            <text x={middle} y={nsTop + 20} textAnchor="middle" fontSize={FONT} fontWeight="bold" fill="currentColor">
              {container.name}
            </text>
            <text x={middle} y={nsTop + 38} textAnchor="middle" fontSize={SMALL} fill="currentColor" fillOpacity={0.75}>
              {container.inside}
            </text>
          </g>
        );
      })}
    </SvgFigure>
  );
}
