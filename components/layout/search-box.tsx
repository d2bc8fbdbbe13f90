'use client';

// Full-text search over both editions of every note. The index is built after `next build` by
// Pagefind (`pagefind --site out`, package.json's build script), from the exported HTML's
// note text (`data-pagefind-body` on each note); its extended build segments Chinese into words,
// so 命名空间 finds the Chinese pages as "namespace" finds the English ones. The index and its
// small loader are static files under /pagefind/, fetched only when the reader first searches.

import { useEffect, useId, useRef, useState } from 'react';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

interface Hit {
  url: string;
  title: string;
  excerpt: string;
}

const MAX_HITS = 8;
let loading: Promise<Pagefind> | null = null;

/** Pagefind's loader, from the exported site (not a module the bundler may touch). */
function pagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  loading ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>).catch((error) => {
    loading = null;
    throw error;
  });
  return loading;
}

export function SearchBox() {
  const id = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef('');

  useEffect(() => {
    const wanted = query.trim();
    latest.current = wanted;
    if (wanted === '') {
      setHits(null);
      return;
    }
    const timer = setTimeout(async () => {
      try {
        const found = await (await pagefind()).search(wanted);
        const data = await Promise.all((found?.results ?? []).slice(0, MAX_HITS).map((result) => result.data()));
        if (latest.current !== wanted) return;
        setFailed(false);
        setHits(data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })));
      } catch {
        if (latest.current === wanted) setFailed(true);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query]);

  return (
    <div className="search" role="search">
      <label htmlFor={id} className="visually-hidden">
        搜索 / Search
      </label>
      <input
        id={id}
        type="search"
        className="search-input"
        placeholder="搜索 / Search"
        autoComplete="off"
        value={query}
        data-testid="search-input"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setQuery('');
        }}
      />
      {failed || hits ? (
        <div className="search-results" data-testid="search-results" aria-live="polite">
          {failed ? (
            <p>搜索索引不可用 / The search index is not available (it is built by `npm run build`).</p>
          ) : hits && hits.length === 0 ? (
            <p>没有找到 / Nothing found</p>
          ) : (
            <ul>
              {hits?.map((hit) => (
                <li key={hit.url}>
                  <a href={hit.url} data-testid="search-hit">
                    <strong>{hit.title}</strong>
                    {/* Pagefind's excerpt: our own page text, escaped, with <mark> around the matches. */}
                    <span dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
