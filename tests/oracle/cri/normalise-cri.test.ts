import { describe, expect, it } from 'vitest';
import { Normaliser } from './normalise-cri';

const ID = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

describe('Normaliser', () => {
  it('maps the private daemon paths to a stock node and bound ids to their names', () => {
    const n = new Normaliser({ dir: '/tmp/ctrlab-oracle-X' });
    n.bind('pod', ID);
    expect(n.text(`/tmp/ctrlab-oracle-X/root/io.containerd.grpc.v1.cri/sandboxes/${ID}/resolv.conf`)).toBe(
      '/var/lib/containerd/io.containerd.grpc.v1.cri/sandboxes/<pod>/resolv.conf',
    );
    expect(n.text('/tmp/ctrlab-oracle-X/state/x /tmp/ctrlab-oracle-X/cni/net.d')).toBe('/run/containerd/x /etc/cni/net.d');
  });

  it('names unbound ids in order of appearance but keeps digests', () => {
    const n = new Normaliser({ dir: '/d' });
    expect(n.text(`exec "${OTHER}" of sha256:${ID} in blobs/sha256/${ID}`)).toBe(`exec "<id1>" of sha256:${ID} in blobs/sha256/${ID}`);
    expect(n.text(OTHER)).toBe('<id1>');
  });

  it('hides times that are set, keeps the zero that means "not yet", and hides counters', () => {
    const n = new Normaliser({ dir: '/d' });
    expect(n.response({ status: { createdAt: '1787000000123456789', startedAt: '0' } })).toEqual({
      status: { createdAt: '<time>', startedAt: '0' },
    });
    expect(n.response({ cpu: { usageCoreNanoSeconds: { value: '12345' } } })).toEqual({ cpu: { usageCoreNanoSeconds: { value: '<n>' } } });
  });

  it('hides whether the usage syncer has stamped a writable layer yet, and the daemon\'s temporary mounts', () => {
    const n = new Normaliser({ dir: '/d' });
    const synced = n.response({ writableLayer: { timestamp: '1787000000123456789' }, cpu: { timestamp: '0' } });
    expect(synced).toEqual(n.response({ writableLayer: { timestamp: '0' }, cpu: { timestamp: '0' } }));
    expect(synced).toEqual({ writableLayer: { timestamp: '<usage time or 0>' }, cpu: { timestamp: '0' } });
    expect(n.text('mount callback failed on /d/root/tmpmounts/containerd-mount2573959389: no users found')).toBe(
      'mount callback failed on /var/lib/containerd/tmpmounts/containerd-mountN: no users found',
    );
  });

  it('parses verbose info and hides pids, keeping a zero pid', () => {
    const n = new Normaliser({ dir: '/d' });
    expect(n.response({ info: { info: '{"pid":4242,"ns":"/proc/4242/ns/net"}', other: '{"pid":0}' } })).toEqual({
      info: { info: { pid: '<pid>', ns: '/proc/<pid>/ns/net' }, other: { pid: 0 } },
    });
  });

  it('sorts listed items by id, since the plugin lists from maps', () => {
    const n = new Normaliser({ dir: '/d' });
    n.bind('b', OTHER);
    n.bind('a', ID);
    expect(n.response({ items: [{ id: OTHER }, { id: ID }] })).toEqual({ items: [{ id: '<a>' }, { id: '<b>' }] });
  });

  it('compares ctr tables as sets of rows once ids are replaced', () => {
    const n = new Normaliser({ dir: '/d' });
    n.bind('z', ID);
    n.bind('y', OTHER);
    const out = `CONTAINER    IMAGE    RUNTIME\n${ID}    img    rt\n${OTHER}    img    rt\n`;
    expect(n.ctrOutput('ctr -n k8s.io c ls', out)).toBe('CONTAINER  IMAGE  RUNTIME\n<y>  img  rt\n<z>  img  rt\n');
  });

  it('decodes the base64 CRI metadata ctr containers info shows', () => {
    const n = new Normaliser({ dir: '/d' });
    n.bind('pod', ID);
    const b64 = Buffer.from(`{"ID":"${ID}","Pid":77}`).toString('base64');
    expect(n.ctrOutput('ctr c info x', `"value": "${b64}"`)).toBe('"value": base64({"ID":"<pod>","Pid":"<pid>"})');
  });
});
