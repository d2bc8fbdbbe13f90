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

  it('Alt-B / Alt-F stop at letters-and-digits words, as readline does', () => {
    const editor = editorWith('ctr i pull docker.io/library/nginx:alpine');
    editor.wordLeft();
    expect(editor.afterCursor()).toBe('alpine');
    editor.wordLeft();
    expect(editor.afterCursor()).toBe('nginx:alpine');
    editor.home();
    editor.wordRight();
    expect(editor.beforeCursor()).toBe('ctr');
    editor.wordRight();
    expect(editor.beforeCursor()).toBe('ctr i');
  });

  it('Ctrl-W kills a whitespace word onto the kill ring and Ctrl-Y yanks it back', () => {
    const editor = editorWith('ctr i pull docker.io/library/nginx:alpine');
    editor.keyKind('kill');
    expect(editor.killWordBefore()).toBe(true);
    expect(editor.text()).toBe('ctr i pull ');
    editor.keyKind('other');
    editor.home();
    editor.keyKind('yank');
    expect(editor.yank()).toBe(true);
    expect(editor.text()).toBe('docker.io/library/nginx:alpinectr i pull ');
    expect(editor.beforeCursor()).toBe('docker.io/library/nginx:alpine');
  });

  it('consecutive kills join into one kill-ring entry; Alt-Y cycles older kills', () => {
    const editor = editorWith('one two three');
    editor.keyKind('kill');
    editor.killWordBefore();
    editor.keyKind('kill');
    editor.killWordBefore();
    expect(editor.text()).toBe('one ');
    editor.keyKind('other');
    editor.home();
    editor.keyKind('kill');
    editor.killAfter();
    expect(editor.text()).toBe('');
    editor.keyKind('yank');
    editor.yank();
    expect(editor.text()).toBe('one ');
    editor.keyKind('yank');
    expect(editor.yankPop()).toBe(true);
    expect(editor.text()).toBe('two three');
    editor.keyKind('other');
    expect(editor.yankPop()).toBe(false);
  });

  it('Ctrl-U and Ctrl-K feed the ring too; the ring survives a new line', () => {
    const editor = editorWith('ctr images ls', 4);
    editor.keyKind('kill');
    editor.killBefore();
    editor.keyKind('other');
    editor.clear();
    editor.keyKind('yank');
    editor.yank();
    expect(editor.text()).toBe('ctr ');
  });

  it('Alt-D and Alt-Backspace kill letters-and-digits words', () => {
    const editor = editorWith('nginx:alpine', 0);
    editor.keyKind('kill');
    editor.killAlnumWordAfter();
    expect(editor.text()).toBe(':alpine');
    editor.end();
    editor.keyKind('kill');
    editor.killAlnumWordBefore();
    expect(editor.text()).toBe(':');
  });

  it('yank with an empty ring does nothing', () => {
    const editor = editorWith('x');
    expect(editor.yank()).toBe(false);
    expect(editor.text()).toBe('x');
  });
});
