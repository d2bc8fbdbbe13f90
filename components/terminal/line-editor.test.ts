import { describe, expect, it } from 'vitest';
import { LineEditor } from './line-editor';

function editorWith(text: string, cursor?: number): LineEditor {
  const editor = new LineEditor();
  editor.set(text);
  if (cursor !== undefined) {
    editor.home();
    for (let i = 0; i < cursor; i += 1) editor.right();
  }
  return editor;
}

describe('LineEditor', () => {
  it('inserts at the cursor and moves it', () => {
    const editor = editorWith('ctr ls', 4);
    editor.insert('i ');
    expect(editor.text()).toBe('ctr i ls');
    expect(editor.beforeCursor()).toBe('ctr i ');
  });

  it('backspace and delete remove around the cursor', () => {
    const editor = editorWith('abc', 1);
    expect(editor.backspace()).toBe(true);
    expect(editor.text()).toBe('bc');
    expect(editor.backspace()).toBe(false);
    expect(editor.deleteForward()).toBe(true);
    expect(editor.text()).toBe('c');
  });

  it('Ctrl-U, Ctrl-K and Ctrl-W kill like readline', () => {
    const editor = editorWith('ctr images ls', 10);
    editor.killAfter();
    expect(editor.text()).toBe('ctr images');
    editor.killWordBefore();
    expect(editor.text()).toBe('ctr ');
    editor.insert('x');
    editor.home();
    editor.right();
    editor.killBefore();
    expect(editor.text()).toBe('tr x');
    expect(editor.cursor()).toBe(0);
  });

  it('counts code points, not UTF-16 units', () => {
    const editor = editorWith('a😀b');
    editor.left();
    editor.backspace();
    expect(editor.text()).toBe('ab');
  });

  it('moves by words', () => {
    const editor = editorWith('ctr  images ls');
    editor.wordLeft();
    expect(editor.afterCursor()).toBe('ls');
    editor.wordLeft();
    expect(editor.afterCursor()).toBe('images ls');
    editor.wordRight();
    expect(editor.afterCursor()).toBe(' ls');
  });

  it('replaces the text before the cursor (completion)', () => {
    const editor = editorWith('ctr ima ls', 7);
    editor.replaceBefore(3, 'images ');
    expect(editor.text()).toBe('ctr images  ls');
    expect(editor.beforeCursor()).toBe('ctr images ');
  });
});
