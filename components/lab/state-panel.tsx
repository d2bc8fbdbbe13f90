'use client';

// The state view beside the terminal (issue 13): the node as a tree from the simulator's query
// API, refreshed after every line through the worker (`lab` message), with what the last
// command created, changed or removed marked; selecting an object shows the command that
// would show it on a real node and, where the simulator can say, what that command prints.
// Every string from the node is rendered as text, never as markup.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSessionStore } from '../session/session-store';
import { CallPathView } from './call-path-view';
import type { LabView, ObjectRef, StateNode } from './lab-view';
import { afterNextPaint, countObjects, markViewAsked, viewShown } from './state-timing';

interface LabSession {
  lab(select?: ObjectRef): Promise<unknown>;
  readonly viewListeners: Set<() => void>;
}

function isLabSession(session: unknown): session is LabSession {
  return typeof session === 'object' && session !== null && typeof (session as LabSession).lab === 'function';
}

type Mark = 'created' | 'changed';

/**
 * Children a group shows before a "more" row: a node with a thousand objects (500 containers
 * and their snapshots) would otherwise put every one of them in the page after every line,
 * which costs the view its frame. Marked objects always show.
 */
const SHOWN_CHILDREN = 50;

/** Ids of nodes that are marked or hold a marked node. */
function markedPaths(root: StateNode, marks: ReadonlyMap<string, Mark>): Set<string> {
  const held = new Set<string>();
  const walk = (node: StateNode): boolean => {
    let holds = marks.has(node.id);
    for (const child of node.children) holds = walk(child) || holds;
    if (holds) held.add(node.id);
    return holds;
  };
  walk(root);
  return held;
}

/** Those open by default: the top two levels, and every node holding a marked one. */
function openByDefault(root: StateNode, held: ReadonlySet<string>): Set<string> {
  const open = new Set<string>();
  const walk = (node: StateNode, depth: number): void => {
    if (depth < 2 || node.children.some((child) => held.has(child.id))) open.add(node.id);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return open;
}

/** The children a row shows: all when asked for, else the first SHOWN_CHILDREN and every marked one. */
function shownChildren(node: StateNode, held: ReadonlySet<string>, showAll: boolean): StateNode[] {
  if (showAll || node.children.length <= SHOWN_CHILDREN) return node.children;
  return node.children.filter((child, i) => i < SHOWN_CHILDREN || held.has(child.id));
}

interface RowProps {
  node: StateNode;
  marks: ReadonlyMap<string, Mark>;
  /** Ids of nodes that are marked or hold a marked node (always shown). */
  held: ReadonlySet<string>;
  open: ReadonlySet<string>;
  /** Groups whose every child the reader asked to see. */
  expanded: ReadonlySet<string>;
  selected: string | undefined;
  toggle(id: string): void;
  expand(id: string): void;
  select(node: StateNode): void;
}

function Row(props: RowProps) {
  const { node, marks, open, selected, toggle, select } = props;
  const mark = marks.get(node.id);
  const isOpen = open.has(node.id);
  const hasChildren = node.children.length > 0;
  const children = isOpen ? shownChildren(node, props.held, props.expanded.has(node.id)) : [];
  const hidden = node.children.length - children.length;
  return (
    <li data-state-id={node.id} data-kind={node.ref.kind} data-change={mark} className={mark ? `lab-row is-${mark}` : 'lab-row'}>
      <span className="lab-line">
        {hasChildren ? (
          <button type="button" className="lab-toggle" aria-expanded={isOpen} aria-label={isOpen ? 'collapse' : 'expand'} onClick={() => toggle(node.id)}>
            {isOpen ? '▾' : '▸'}
          </button>
        ) : (
          <span className="lab-toggle" aria-hidden="true" />
        )}
        <button type="button" className="lab-label" aria-pressed={selected === node.id} onClick={() => select(node)}>
          {node.label}
        </button>
        {node.detail ? <span className="lab-detail">{node.detail}</span> : null}
        {mark ? <span className="lab-mark">{mark}</span> : null}
      </span>
      {hasChildren && isOpen ? (
        <ul>
          {children.map((child) => (
            <Row key={child.id} {...props} node={child} />
          ))}
          {hidden > 0 ? (
            <li className="lab-row" data-more-of={node.id}>
              <button type="button" className="lab-label lab-more" onClick={() => props.expand(node.id)}>
                {`… ${hidden} more`}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

const PANEL_CSS = `
.lab-panel { border-top: 1px solid color-mix(in srgb, currentColor 20%, transparent); margin-top: 0.5rem; font-size: 0.85rem; }
.lab-panel summary { cursor: pointer; padding: 0.35rem 0; font-weight: 600; }
.lab-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0.75rem; }
@media (max-width: 800px) { .lab-body { grid-template-columns: minmax(0, 1fr); } }
.lab-tree { max-height: 24rem; overflow: auto; }
.lab-tree ul { list-style: none; margin: 0; padding-left: 1rem; }
.lab-tree > ul { padding-left: 0; }
.lab-line { display: inline-flex; gap: 0.35rem; align-items: baseline; }
.lab-toggle { width: 1rem; background: none; border: 0; color: inherit; cursor: pointer; padding: 0; }
.lab-label { background: none; border: 0; color: inherit; cursor: pointer; padding: 0; font: inherit; text-align: left; }
.lab-label[aria-pressed="true"] { text-decoration: underline; }
.lab-more { opacity: 0.8; font-style: italic; }
.lab-detail { opacity: 0.65; font-size: 0.8em; word-break: break-all; }
.lab-mark { font-size: 0.75em; padding: 0 0.3em; border-radius: 3px; }
.lab-row.is-created > .lab-line .lab-mark { background: color-mix(in srgb, #2e9d4a 30%, transparent); }
.lab-row.is-changed > .lab-line .lab-mark { background: color-mix(in srgb, #d08b12 30%, transparent); }
.lab-removed { opacity: 0.7; text-decoration: line-through; }
.lab-info pre { max-height: 16rem; overflow: auto; font-size: 0.8em; white-space: pre-wrap; word-break: break-all; }
`;

export function StatePanel() {
  const session = useSessionStore((state) => state.session);
  const generation = useSessionStore((state) => state.generation);
  const [view, setView] = useState<LabView | null>(null);
  const [selected, setSelected] = useState<StateNode | undefined>(undefined);
  const [shown, setShown] = useState(true);
  const [toggled, setToggled] = useState<Map<string, boolean>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  // The selection is asked again with every refresh, so its info text follows the node.
  const selectedRef = useRef<ObjectRef | undefined>(undefined);
  /** The timing mark of the view on its way to the page (state-timing.ts). */
  const askedRef = useRef<string | undefined>(undefined);
  const refresh = useCallback(
    (select: ObjectRef | undefined = selectedRef.current) => {
      if (!isLabSession(session)) return;
      const asked = markViewAsked();
      void session.lab(select).then((answer) => {
        if (!answer || typeof answer !== 'object' || !('tree' in answer)) return;
        askedRef.current = asked;
        setView(answer as LabView);
      });
    },
    [session],
  );
  // The new tree is in the page once React committed it: the update is measured there.
  useLayoutEffect(() => {
    if (!view || askedRef.current === undefined) return;
    viewShown(askedRef.current, countObjects(view.tree));
    askedRef.current = undefined;
  }, [view]);

  useEffect(() => {
    if (!shown || !isLabSession(session)) return undefined;
    let live = true;
    // A new session's tree follows the frame that paints its first prompt (issue 13: asked for
    // at once, its answer and its render came before that frame); after a line the terminal
    // paints its output first and the tree follows a frame later.
    const refreshAfterPaint = () => afterNextPaint(() => live && refresh());
    refreshAfterPaint();
    const listener = () => refreshAfterPaint();
    session.viewListeners.add(listener);
    return () => {
      live = false;
      session.viewListeners.delete(listener);
    };
  }, [session, shown, refresh, generation]);

  const marks = useMemo(() => {
    const map = new Map<string, Mark>();
    for (const id of view?.diff.created ?? []) map.set(id, 'created');
    for (const id of view?.diff.changed ?? []) map.set(id, 'changed');
    return map;
  }, [view]);
  const held = useMemo(() => (view ? markedPaths(view.tree, marks) : new Set<string>()), [view, marks]);
  const open = useMemo(() => {
    const set = view ? openByDefault(view.tree, held) : new Set<string>();
    for (const [id, isOpen] of toggled) if (isOpen) set.add(id);
    else set.delete(id);
    return set;
  }, [view, held, toggled]);

  const toggle = useCallback((id: string) => setToggled((old) => new Map(old).set(id, !open.has(id))), [open]);
  const expand = useCallback((id: string) => setExpanded((old) => new Set(old).add(id)), []);
  const select = useCallback(
    (node: StateNode) => {
      setSelected(node);
      selectedRef.current = node.ref;
      refresh(node.ref);
    },
    [refresh],
  );

  return (
    <details className="lab-panel" data-testid="state-view" open={shown} onToggle={(event) => setShown(event.currentTarget.open)}>
      <summary>Node state</summary>
      <style>{PANEL_CSS}</style>
      {view ? (
        <div className="lab-body">
          <div className="lab-tree" role="group" aria-label="node state">
            <ul>
              <Row node={view.tree} marks={marks} held={held} open={open} expanded={expanded} selected={selected?.id} toggle={toggle} expand={expand} select={select} />
            </ul>
            {view.diff.removed.length > 0 ? (
              <ul data-testid="state-removed">
                {view.diff.removed.map((r) => (
                  <li key={r.id} className="lab-removed" data-state-id={r.id} data-change="removed">
                    {r.label} <span className="lab-mark">removed</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <div className="lab-side">
            {selected ? (
              <div className="lab-info" data-testid="state-info">
                <code>{selected.command || selected.label}</code>
                {view.info !== undefined ? <pre>{view.info}</pre> : null}
              </div>
            ) : null}
            <CallPathView path={view.path} title="Last command's call path" />
          </div>
        </div>
      ) : null}
    </details>
  );
}
