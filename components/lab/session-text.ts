// The session controls' strings (components/lab/session-bar.tsx), per language.

import type { Lang } from '../../content/langs';
import type { PresetId } from '../session/session-presets';

export interface SessionText {
  barLabel: string;
  undo: string;
  /** The Undo button's title: what it takes back and its key. */
  undoTitle: (lines: readonly string[]) => string;
  nothingToUndo: string;
  sessionLabel: string;
  defaultName: string;
  sharedName: string;
  newSession: string;
  presets: Record<PresetId, string>;
  rename: string;
  renameSave: string;
  renameLabel: string;
  remove: string;
  confirmRemove: string;
  exportFile: string;
  importFile: string;
  share: string;
  shareLabel: string;
  /** The menu of links that start a preset, and its options' words. */
  presetLink: string;
  /** The status after a link was copied, or could not be. */
  linkCopied: string;
  copyFailed: string;
}

/** The Undo key: Ctrl+Alt+Z, which readline and the terminal leave unbound (Ctrl-Z would be SIGTSTP). */
const UNDO_KEY = 'Ctrl+Alt+Z';

const quoted = (lines: readonly string[]) => lines.map((line) => (line.length > 60 ? `${line.slice(0, 59)}…` : line)).join(' ; ');

export const SESSION_TEXT: Record<Lang, SessionText> = {
  zh: {
    barLabel: '会话',
    undo: '撤销',
    undoTitle: (lines) => `撤销 ${lines.length > 0 ? quoted(lines) : '上一条命令'} (${UNDO_KEY})`,
    nothingToUndo: `没有可撤销的命令 (${UNDO_KEY})`,
    sessionLabel: '会话',
    defaultName: '会话 1',
    sharedName: '分享的会话',
    newSession: '新建会话…',
    presets: { ready: '就绪节点', bare: '裸节点 (只有 containerd)', k8s: 'k8s 节点 (kubelet 运行中)' },
    rename: '重命名',
    renameSave: '保存',
    renameLabel: '会话名称',
    remove: '删除',
    confirmRemove: '确认删除',
    exportFile: '导出',
    importFile: '导入',
    share: '分享链接',
    shareLabel: '分享链接',
    presetLink: '复制预设链接…',
    linkCopied: '链接已复制到剪贴板。',
    copyFailed: '浏览器不允许写剪贴板:请从下面的框里复制链接。',
  },
  en: {
    barLabel: 'Session',
    undo: 'Undo',
    undoTitle: (lines) => `Undo ${lines.length > 0 ? quoted(lines) : 'the last command'} (${UNDO_KEY})`,
    nothingToUndo: `Nothing to undo (${UNDO_KEY})`,
    sessionLabel: 'Session',
    defaultName: 'Session 1',
    sharedName: 'Shared session',
    newSession: 'New session…',
    presets: { ready: 'ready node', bare: 'bare node (containerd only)', k8s: 'k8s node (kubelet running)' },
    rename: 'Rename',
    renameSave: 'Save',
    renameLabel: 'Session name',
    remove: 'Delete',
    confirmRemove: 'Confirm delete',
    exportFile: 'Export',
    importFile: 'Import',
    share: 'Share link',
    shareLabel: 'Share link',
    presetLink: 'Copy a preset link…',
    linkCopied: 'Link copied to the clipboard.',
    copyFailed: 'The browser did not allow writing to the clipboard: copy the link from the box below.',
  },
};

/** True for the Undo key in a keydown event. */
export function isUndoKey(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey' | 'code'>): boolean {
  return event.ctrlKey && event.altKey && !event.metaKey && !event.shiftKey && event.code === 'KeyZ';
}
