// Renders a note compiled by content/load.ts. A server component: the MDX runs once, at build
// time, and the page gets plain HTML; only the Run buttons inside code blocks hydrate.

import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentProps } from 'react';
import type { Lang } from '../../content/langs';
import { sectionId } from '../../content/note-outline';
import { BridgeNetworkDiagram } from './bridge-network-diagram';
import { CallChainDiagram } from './call-chain-diagram';
import { CommandTable } from './command-table';
import { Exercises } from './exercises';
import { OverlayLayersDiagram } from './overlay-layers-diagram';
import { RunnableBlock } from './runnable-block';

export interface MdxContentProps {
  code: string;
  lang: Lang;
}

export function MdxContent({ code, lang }: MdxContentProps) {
  const Content = getMDXComponent(code);
  // The n-th `## ` is section-n, as content/note-outline.ts numbers them for the table of
  // contents; this server render visits the headings once, in page order.
  let sections = 0;
  const components = {
    h2: (props: ComponentProps<'h2'>) => <h2 {...props} id={sectionId(++sections)} />,
    pre: (props: ComponentProps<'pre'>) => <RunnableBlock lang={lang}>{props.children}</RunnableBlock>,
    CallChainDiagram,
    BridgeNetworkDiagram,
    OverlayLayersDiagram,
    // The command-map note's live table: `<CommandTable />` in either edition, in the page's language.
    CommandTable: () => <CommandTable lang={lang} />,
    // The note's exercises (content/exercises): `<Exercises slug="ctr" />` near the end of each edition.
    Exercises: ({ slug }: { slug: string }) => <Exercises slug={slug} lang={lang} />,
  };
  return <Content components={components} />;
}
