import { describe, expect, it } from 'vitest';
import { parseGoIp } from './net-ip';

// Recorded with the real docker 20.10.24 client (Go 1.19), `docker run -p <ip>:80:80 busybox`:
// a refused IP prints `docker: Invalid ip address: <ip>.` before the daemon is dialled, an
// accepted one goes on to dial it.
describe('parseGoIp (Go 1.19 net.ParseIP)', () => {
  it.each([
    ['1.2.3.4', [1, 2, 3, 4]],
    ['0.0.0.0', [0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]],
    ['::00001', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]],
    ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4]],
    ['1:2:3:4:5:6:7:8', [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8]],
    ['fe80::1:2', [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2]],
    ['::', new Array(16).fill(0)],
  ])('accepts %s', (text, bytes) => {
    expect(parseGoIp(text)).toEqual(bytes);
  });

  it.each(['01.2.3.4', '256.1.1.1', '1.2.3', '1.2.3.4.5', '1:2:3:4:5:6:7:8:9', '::1.2.3.04', '1::2::3', '1:2:3:4:5:6:7:8::', '1.2.3.4:', 'localhost', '', '::10000', '1:2:3:4:5:6:1.2.3.4:1'])('refuses %j', (text) => {
    expect(parseGoIp(text)).toBeUndefined();
  });
});
