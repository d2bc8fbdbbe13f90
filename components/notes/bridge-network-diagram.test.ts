import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BridgeNetworkDiagram, type BridgeNetworkDiagramProps, describeBridge } from './bridge-network-diagram';

const props: BridgeNetworkDiagramProps = {
  title: 'The default bridge network',
  host: 'node1',
  outside: 'other hosts',
  uplink: { label: 'eth0', detail: '10.0.0.11' },
  nat: { label: 'iptables nat', rules: ['PREROUTING: DNAT :8080 → 172.17.0.2:80', 'POSTROUTING: MASQUERADE 172.17.0.0/16'] },
  bridge: { label: 'docker0', detail: '172.17.0.1/16' },
  containers: [
    { name: 'web', veth: 'veth1', inside: 'eth0 172.17.0.2' },
    { name: 'db', veth: 'veth2', inside: 'eth0 172.17.0.3' },
  ],
};

const render = (p: BridgeNetworkDiagramProps) => renderToStaticMarkup(createElement(BridgeNetworkDiagram, p));

describe('bridge network diagram', () => {
  it('is an image named by its title and described in words', () => {
    const html = render({ ...props, description: 'Two containers.' });
    const labelled = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/.exec(html);
    const [titleId, descId] = (labelled?.[1] ?? '').split(' ');
    expect(html).toContain(`<title id="${titleId}">The default bridge network</title>`);
    expect(html).toContain(
      `<desc id="${descId}">Two containers. other hosts ↔ eth0 (10.0.0.11) → iptables nat: PREROUTING: DNAT :8080 → 172.17.0.2:80, POSTROUTING: MASQUERADE 172.17.0.0/16 → docker0 (172.17.0.1/16) → veth1 ↔ web: eth0 172.17.0.2; veth2 ↔ db: eth0 172.17.0.3</desc>`,
    );
    expect(html).toContain('<figcaption>The default bridge network</figcaption>');
  });

  it('draws one port, one veth and one namespace per container', () => {
    const html = render(props);
    expect(html.match(/data-container="/g)).toHaveLength(2);
    expect(html.match(/class="bridge-net-port"/g)).toHaveLength(2);
    // frame, uplink, nat, bridge, and per container a veth and a namespace
    expect(html.match(/<rect /g)).toHaveLength(4 + 2 * 2);
    const three = render({ ...props, containers: [...props.containers, { name: 'cache', veth: 'veth3', inside: 'eth0 172.17.0.4' }] });
    expect(three.match(/class="bridge-net-port"/g)).toHaveLength(3);
  });

  it('writes every NAT rule on its own line', () => {
    const html = render(props);
    for (const rule of props.nat.rules) expect(html).toContain(`>${rule}</text>`);
  });

  it('grows with wide Chinese labels and gives each title its own ids', () => {
    const width = (html: string) => Number(/viewBox="0 0 ([\d.]+) /.exec(html)?.[1]);
    const wide = render({ ...props, host: '宿主机 node1 的网络命名空间(主机自己的网卡、路由和 iptables 规则都在这里)' });
    expect(width(wide)).toBeGreaterThan(width(render(props)));
    const other = render({ ...props, title: '默认网桥网络' });
    const idOf = (html: string) => /<title id="([^"]+)"/.exec(html)?.[1];
    expect(idOf(other)).not.toBe(idOf(render(props)));
  });

  it('describes without a description prop too', () => {
    expect(describeBridge(props)).toMatch(/^other hosts ↔ eth0 \(10\.0\.0\.11\) → iptables nat/);
  });
});
