// The bar on top of every page: the name, the playground and the notes in both languages.

import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        ctrlab
      </Link>
      <nav aria-label="Site">
        <Link href="/playground/">Playground</Link>
        <Link href="/notes/ctr/">ctr 笔记</Link>
        <Link href="/en/notes/ctr/" hrefLang="en">
          ctr notes
        </Link>
      </nav>
    </header>
  );
}
