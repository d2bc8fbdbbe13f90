// DisplayablePorts: the PORTS column as docker 20.10.24 prints it (conformance 10 #20:
// `0.0.0.0:8080->80/tcp, :::8080->80/tcp`), ranges grouped as formatter/container.go does.

import { describe, expect, it } from 'vitest';
import { displayablePorts } from './ports';

describe('displayablePorts', () => {
  it('a published port on both address families, an exposed one alone', () => {
    expect(
      displayablePorts([
        { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
        { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      ]),
    ).toBe('0.0.0.0:8080->80/tcp, :::8080->80/tcp');
    expect(displayablePorts([{ PrivatePort: 80, Type: 'tcp' }])).toBe('80/tcp');
    expect(displayablePorts([])).toBe('');
  });

  it('groups consecutive ports into ranges, same-number mappings included', () => {
    expect(
      displayablePorts([
        { PrivatePort: 8001, Type: 'tcp' },
        { PrivatePort: 8000, Type: 'tcp' },
        { PrivatePort: 9000, Type: 'udp' },
        { IP: '0.0.0.0', PrivatePort: 7000, PublicPort: 7000, Type: 'tcp' },
        { IP: '0.0.0.0', PrivatePort: 7001, PublicPort: 7001, Type: 'tcp' },
      ]),
    ).toBe('0.0.0.0:7000-7001->7000-7001/tcp, 8000-8001/tcp, 9000/udp');
  });
});
