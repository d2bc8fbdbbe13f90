// The bar on top of every page: the name, the chapters in both languages, the playground,
// search and the theme switch.

import Link from 'next/link';
import { SearchBox } from './search-box';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        ctrlab
      </Link>
      <nav aria-label="Site">
        <Link href="/" lang="zh-CN">
          笔记
        </Link>
        <Link href="/en/" hrefLang="en" lang="en">
          Notes
        </Link>
        <Link href="/playground/">Playground</Link>
      </nav>
      <div className="site-tools">
        <SearchBox />
        <ThemeToggle />
      </div>
    </header>
  );
}
