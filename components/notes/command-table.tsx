'use client';

// The command-map note's live table (issue 12, Widgets): each cell types its command into the
// page's terminal, as a Run button does; "compare" runs the row's job through every tool that
// has it and shows their outputs side by side, so `docker images`, `ctr image ls`, `crictl
// images` and `nerdctl images` visibly look at different stores of one node. The data is
// content/notes/command-map/command-table.ts.

import { Fragment, type ReactNode, useState } from 'react';
import { type Cell, cellLines, COMMAND_ROWS, NONE_NOTES, type Row, type Tool, TOOLS } from '../../content/notes/command-map/command-table';
import type { Lang } from '../../content/langs';
import { sendToTerminal } from '../terminal/terminal-bridge';
import { compareRow, type ToolOutput } from './compare-run';

const TEXT = {
  zh: {
    job: '操作',
    none: '无',
    compare: '对比',
    compareTitle: (job: string) => `用每个工具做一次“${job}”,并排看输出`,
    running: '运行中…',
    cellTitle: '在终端里运行(先准备好它要用的对象)',
    failed: '对比没能运行:',
    exit: (code: number) => `退出码 ${code}`,
    close: '收起',
  },
  en: {
    job: 'job',
    none: 'none',
    compare: 'compare',
    compareTitle: (job: string) => `Do “${job}” with each tool and show the outputs side by side`,
    running: 'running…',
    cellTitle: 'Run in the terminal (after preparing what it acts on)',
    failed: 'compare could not run: ',
    exit: (code: number) => `exit code ${code}`,
    close: 'close',
  },
} as const;

/** `code` in backquotes, as in the note's own table. */
function withCode(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

function CommandCell({ cell, lang }: { cell: Cell; lang: Lang }) {
  return (
    <>
      <button
        type="button"
        className="command-cell"
        title={TEXT[lang].cellTitle}
        data-testid="command-cell"
        onClick={() => sendToTerminal(cellLines(cell).join('\n'))}
      >
        <code>{cell.command}</code>
      </button>
      {cell.note ? <span className="command-note"> {withCode(cell.note[lang])}</span> : null}
      {cell.slip ? <span className="command-slip"> ✱</span> : null}
    </>
  );
}

function CompareOutputs({ outputs, lang }: { outputs: ToolOutput[]; lang: Lang }) {
  return (
    <div className="compare-outputs" data-testid="compare-outputs">
      {outputs.map(({ tool, lines }) => (
        <figure key={tool} className="compare-output" data-testid="compare-output" data-tool={tool}>
          <figcaption>{tool}</figcaption>
          {lines.map(({ line, output, exitCode }, i) => (
            // tabIndex: long outputs scroll, and keyboard users must reach them (axe).
            <pre key={i} tabIndex={0}>
              <span className="compare-line">
                # {line}
                {exitCode !== 0 ? ` (${TEXT[lang].exit(exitCode)})` : ''}
              </span>
              {'\n'}
              {output}
            </pre>
          ))}
        </figure>
      ))}
    </div>
  );
}

function TableRow({ row, lang }: { row: Row; lang: Lang }) {
  const text = TEXT[lang];
  const [outputs, setOutputs] = useState<ToolOutput[] | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cells = TOOLS.flatMap((tool): Array<[Tool, Cell]> => {
    const cell = row.cells[tool];
    return cell ? [[tool, cell]] : [];
  });

  async function compare() {
    setRunning(true);
    setError(null);
    setOutputs([]);
    try {
      await compareRow(cells, (output) => setOutputs((done) => [...(done ?? []), output]));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setRunning(false);
    }
  }

  return (
    <Fragment>
      <tr data-row={row.id}>
        <th scope="row">{row.job[lang]}</th>
        {TOOLS.map((tool) => {
          const cell = row.cells[tool];
          const none = NONE_NOTES[row.id]?.[tool];
          return (
            <td key={tool} className={cell ? undefined : 'command-none'}>
              {cell ? <CommandCell cell={cell} lang={lang} /> : <>{text.none}{none ? withCode(`${lang === 'en' ? ' ' : ''}${none[lang]}`) : null}</>}
            </td>
          );
        })}
        <td>
          <button
            type="button"
            className="button button-quiet compare-button"
            title={text.compareTitle(row.job[lang])}
            aria-label={`${text.compare}: ${row.job[lang]}`}
            data-testid="compare"
            disabled={running}
            onClick={() => void compare()}
          >
            {running ? text.running : text.compare}
          </button>
        </td>
      </tr>
      {outputs !== null || error ? (
        <tr className="compare-row">
          <td colSpan={TOOLS.length + 2}>
            {error ? <p role="alert">{text.failed}{error}</p> : null}
            {outputs ? <CompareOutputs outputs={outputs} lang={lang} /> : null}
            {!running ? (
              <button type="button" className="button button-quiet compare-close" onClick={() => { setOutputs(null); setError(null); }}>
                {text.close}
              </button>
            ) : null}
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

export function CommandTable({ lang }: { lang: Lang }) {
  return (
    <div className="command-table-wrap">
      <table className="command-table" data-testid="command-table">
        <thead>
          <tr>
            <th scope="col">{TEXT[lang].job}</th>
            {TOOLS.map((tool) => (
              <th scope="col" key={tool}>
                {tool}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{TEXT[lang].compare}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {COMMAND_ROWS.map((row) => (
            <TableRow key={row.id} row={row} lang={lang} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
