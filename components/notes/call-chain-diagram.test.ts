import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CallChainDiagram, type CallChainDiagramProps, describeChains } from './call-chain-diagram';

const props: CallChainDiagramProps = {
  title: 'Three ways from the kubelet to runc',
  chains: [
    {
      name: 'Docker',
      layers: [
        { label: 'kubelet' },
        { label: 'dockershim', detail: 'CRI → Docker API', dashed: true },
        { label: 'dockerd' },
        { label: 'containerd' },
        { label: 'containerd-shim' },
        { label: 'runc' },
      ],
    },
    { name: 'CRI-O', layers: [{ label: 'kubelet' }, { label: 'CRI-O' }, { label: 'conmon' }, { label: 'runc' }] },
  ],
};

const render = (p: CallChainDiagramProps) => renderToStaticMarkup(createElement(CallChainDiagram, p));

describe('call chain diagram', () => {
  it('is an image named by its title and described by its chains', () => {
    const html = render(props);
    const labelled = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/.exec(html);
    expect(labelled).not.toBeNull();
    const [titleId, descId] = (labelled?.[1] ?? '').split(' ');
    expect(html).toContain(`<title id="${titleId}">Three ways from the kubelet to runc</title>`);
    expect(html).toContain(`<desc id="${descId}">Docker: kubelet → dockershim → dockerd → containerd → containerd-shim → runc; CRI-O: kubelet → CRI-O → conmon → runc</desc>`);
  });

  it('draws a box per layer, an arrow per call and dashes the layers marked so', () => {
    const html = render(props);
    expect(html.match(/<rect /g)).toHaveLength(10);
    expect(html.match(/class="call-chain-arrow"/g)).toHaveLength(5 + 3);
    expect(html.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(html).toContain('CRI → Docker API');
  });

  it('puts the last layer of every chain on the same bottom row', () => {
    const html = render(props);
    const runcTops = [...html.matchAll(/data-layer="runc"><rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => m[1]);
    expect(runcTops).toHaveLength(2);
    expect(runcTops[0]).toBe(runcTops[1]);
  });

  it('gives diagrams with different titles different ids', () => {
    const other = render({ ...props, title: 'Another figure' });
    const id = (html: string) => /<title id="([^"]+)"/.exec(html)?.[1];
    expect(id(render(props))).not.toBe(id(other));
  });

  it('says the chains in words, with an optional lead-in', () => {
    expect(describeChains([{ name: 'A', layers: [{ label: 'x' }, { label: 'y' }] }])).toBe('A: x → y');
    expect(render({ ...props, description: 'Lead-in.' })).toMatch(/<desc id="[^"]+">Lead-in\. Docker: kubelet/);
  });
});
