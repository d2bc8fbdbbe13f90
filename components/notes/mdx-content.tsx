'use client';

// Renders a note compiled by content/load.ts. Code blocks become runnable blocks.

import { getMDXComponent } from 'mdx-bundler/client';
import { useMemo, type ComponentProps } from 'react';
import type { Lang } from '../../content/langs';
import { RunnableBlock } from './runnable-block';

export interface MdxContentProps {
  code: string;
  lang: Lang;
}

export function MdxContent({ code, lang }: MdxContentProps) {
  const Content = useMemo(() => getMDXComponent(code), [code]);
  const components = useMemo(
    () => ({
      pre: (props: ComponentProps<'pre'>) => <RunnableBlock lang={lang}>{props.children}</RunnableBlock>,
    }),
    [lang],
  );
  return <Content components={components} />;
}
