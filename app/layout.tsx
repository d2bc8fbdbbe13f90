import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '../components/layout/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'ctrlab', template: '%s · ctrlab' },
  description:
    'containerd 学习笔记 + 浏览器里的模拟节点:ctr 命令的输出与真实 containerd 1.6.20 一致。 Containerd study notes with a simulated node in the browser.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0f1419',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <SiteHeader />
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
