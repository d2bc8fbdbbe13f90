'use client';

// The exercises' client island: each task with its hint and solution (Run types the solution
// into the page's terminal), and whether it is done. "Done" is asked of the node after every
// line the terminal runs (the `exercises` message to the worker, which checks the node's state
// and records what passed on the node itself, content/exercises/progress.ts), never judged
// from what was typed. Text is rendered as text; backticks become <code>.

import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../content/langs';
import { useSessionStore } from '../session/session-store';
import { sendToTerminal } from '../terminal/terminal-bridge';

export interface ExerciseItem {
  id: string;
  title: string;
  task: string;
  hint: string;
  solution: string[];
}

interface ExerciseSession {
  exercises(slug: string): Promise<unknown>;
  readonly viewListeners: Set<() => void>;
}

function isExerciseSession(session: unknown): session is ExerciseSession {
  return typeof session === 'object' && session !== null && typeof (session as ExerciseSession).exercises === 'function';
}

const TEXT = {
  zh: {
    heading: '练习',
    intro: '在本页的终端里完成下面的任务;每条命令之后,页面会检查节点的状态。',
    progress: (done: number, all: number) => `已完成 ${done} / ${all}`,
    done: '已完成',
    open: '未完成',
    hint: '提示',
    solution: '答案',
    run: '在终端运行',
    check: '重新检查',
  },
  en: {
    heading: 'Exercises',
    intro: 'Do these tasks in the terminal; after every command the page checks the node\'s state.',
    progress: (done: number, all: number) => `${done} of ${all} done`,
    done: 'done',
    open: 'not yet',
    hint: 'Hint',
    solution: 'Solution',
    run: 'Run in the terminal',
    check: 'Check again',
  },
} as const;

const CSS = `
.exercises { margin-top: 2.5rem; border-top: 1px solid color-mix(in srgb, currentColor 20%, transparent); }
.exercises ol { padding-left: 1.25rem; }
.exercise { margin: 1rem 0; }
.exercise h3 { display: flex; gap: 0.6rem; align-items: baseline; font-size: 1.05rem; margin: 0 0 0.3rem; }
.exercise-status { font-size: 0.8rem; font-weight: normal; padding: 0 0.4em; border-radius: 3px;
  background: color-mix(in srgb, currentColor 12%, transparent); }
.exercise[data-done="true"] .exercise-status { background: color-mix(in srgb, #2e9d4a 35%, transparent); }
.exercise details { margin: 0.3rem 0; }
.exercise summary { cursor: pointer; }
`;

/** `a \`b\` c` → a <code>b</code> c, every piece as text. */
function withCode(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

function doneIds(answer: unknown): Set<string> | null {
  if (!Array.isArray(answer)) return null;
  return new Set(
    answer.filter((s): s is { id: string; done: boolean } => typeof s?.id === 'string' && s.done === true).map((s) => s.id),
  );
}

export interface ExerciseListProps {
  slug: string;
  lang: Lang;
  items: ExerciseItem[];
}

export function ExerciseList({ slug, lang, items }: ExerciseListProps) {
  const text = TEXT[lang];
  const session = useSessionStore((state) => state.session);
  // A line in the split's second terminal changes the same node.
  const second = useSessionStore((state) => state.second);
  const generation = useSessionStore((state) => state.generation);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState(false);

  const refresh = useCallback(() => {
    if (!isExerciseSession(session)) return;
    void session.exercises(slug).then((answer) => {
      const ids = doneIds(answer);
      if (!ids) return;
      setDone(ids);
      setChecked(true);
    });
  }, [session, slug]);

  useEffect(() => {
    if (!isExerciseSession(session)) return undefined;
    refresh();
    const watched: ExerciseSession[] = [];
    for (const login of [session, second]) if (isExerciseSession(login)) watched.push(login);
    for (const login of watched) login.viewListeners.add(refresh);
    return () => {
      for (const login of watched) login.viewListeners.delete(refresh);
    };
  }, [session, second, refresh, generation]);

  const count = items.filter((item) => done.has(item.id)).length;
  return (
    <section className="exercises" data-testid="exercises" data-checked={checked} aria-labelledby="exercises-heading">
      <style>{CSS}</style>
      <h2 id="exercises-heading">{text.heading}</h2>
      <p>{text.intro}</p>
      <p role="status" data-testid="exercises-progress">
        {text.progress(count, items.length)}
      </p>
      <ol>
        {items.map((item) => {
          const isDone = done.has(item.id);
          return (
            <li key={item.id} className="exercise" data-testid="exercise" data-exercise={item.id} data-done={isDone}>
              <h3>
                {item.title}
                <span className="exercise-status">{isDone ? `✓ ${text.done}` : text.open}</span>
              </h3>
              <p>{withCode(item.task)}</p>
              <details>
                <summary>{text.hint}</summary>
                <p>{withCode(item.hint)}</p>
              </details>
              <details data-testid="exercise-solution">
                <summary>{text.solution}</summary>
                <pre tabIndex={0}>
                  <code>{item.solution.join('\n')}</code>
                </pre>
                <button type="button" className="button run-button" onClick={() => sendToTerminal(item.solution.join('\n'))}>
                  ▶ {text.run}
                </button>
              </details>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-quiet" onClick={refresh}>
        {text.check}
      </button>
    </section>
  );
}
