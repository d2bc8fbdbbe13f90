import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeOverlay, OverlayLayersDiagram, type OverlayLayersDiagramProps } from './overlay-layers-diagram';

const props: OverlayLayersDiagramProps = {
  title: 'Two containers on one image',
  lower: 'lowerdir: image layers',
  layers: ['nginx config', 'nginx', 'alpine base'],
  containers: [
    { name: 'web1', merged: 'merged /', upper: 'upperdir web1' },
    { name: 'web2', merged: 'merged /', upper: 'upperdir web2' },
  ],
};

const render = (p: OverlayLayersDiagramProps) => renderToStaticMarkup(createElement(OverlayLayersDiagram, p));

describe('overlay layers diagram', () => {
  it('is an image named by its title and described in words', () => {
    const html = render({ ...props, description: 'Copy-on-write.' });
    const labelled = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/.exec(html);
    const [titleId, descId] = (labelled?.[1] ?? '').split(' ');
    expect(html).toContain(`<title id="${titleId}">Two containers on one image</title>`);
    expect(html).toContain(
      `<desc id="${descId}">Copy-on-write. web1: merged / = upperdir web1 + lowerdir: image layers; web2: merged / = upperdir web2 + lowerdir: image layers. lowerdir: image layers: nginx config / nginx / alpine base</desc>`,
    );
  });

  it('shares one stack of layers under every container', () => {
    const html = render(props);
    expect(html.match(/data-container="/g)).toHaveLength(2);
    expect(html.match(/data-layer="/g)).toHaveLength(3);
    expect(html.match(/data-part="lower"/g)).toHaveLength(1);
    // two arrows per container: lower → upper → merged
    expect(html.match(/class="overlay-arrow"/g)).toHaveLength(4);
    // the merged views are dashed: they are no layer of their own
    expect(html.match(/stroke-dasharray/g)).toHaveLength(2);
  });

  it('draws the layers top first, as given', () => {
    const html = render(props);
    const order = [...html.matchAll(/data-layer="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['nginx config', 'nginx', 'alpine base']);
  });

  it('grows with more layers and wider labels', () => {
    const size = (html: string) => /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(html)?.slice(1).map(Number) ?? [];
    const [w, h] = size(render(props));
    const [, taller] = size(render({ ...props, layers: [...props.layers, 'one more'] }));
    const [wider] = size(render({ ...props, lower: '镜像层(只读,由所有用这个镜像的容器共享,一个也不会被改写)' }));
    expect(taller).toBeGreaterThan(h ?? 0);
    expect(wider).toBeGreaterThan(w ?? 0);
  });

  it('describes without a description prop too', () => {
    expect(describeOverlay(props)).toMatch(/^web1: merged \/ = upperdir web1/);
  });
});
