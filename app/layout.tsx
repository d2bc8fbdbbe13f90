import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '../components/layout/site-header';
import { THEME_SCRIPT } from '../components/layout/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'ctrlab', template: '%s · ctrlab' },
  description:
    'containerd 学习笔记 + 浏览器里的模拟节点:ctr 命令的输出与真实 containerd 1.6.20 一致。 Containerd study notes with a simulated node in the browser.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f7f4' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1419' },
  ],
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before paint, so React finds an attribute it did not render.
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint: a fixed script of ours, no user input */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <SiteHeader />
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
