// A note's table of contents: its `## ` sections, linked by the ids the page gives them.

import type { Section } from '../../content/note-outline';

export function NoteToc({ sections, label }: { sections: Section[]; label: string }) {
  if (sections.length === 0) return null;
  return (
    <nav className="note-toc" aria-label={label} data-testid="note-toc">
      <details open>
        <summary>{label}</summary>
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
