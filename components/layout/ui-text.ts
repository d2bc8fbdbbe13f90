// The few UI strings outside the notes, per language.

import type { Lang } from '../../content/langs';

export interface UiText {
  reset: string;
  resetTitle: string;
  loadingTerminal: string;
  run: string;
  runTitle: string;
  terminalLabel: string;
  split: string;
  splitTitle: string;
  unsplit: string;
  unsplitTitle: string;
  secondTerminalLabel: string;
  /** A wait with an end (`sleep 30`): seconds left. */
  waitLeft: (seconds: number) => string;
  /** A command running with no end in sight (an attached task, ctr events): seconds so far. */
  runningFor: (seconds: number) => string;
  /** Offered beside the notice when a stored session could not be restored. */
  downloadRejectedSave: string;
  discardRejectedSave: string;
  otherLanguage: string;
  playground: string;
  notes: string;
  home: string;
}

export const UI_TEXT: Readonly<Record<Lang, UiText>> = {
  zh: {
    reset: '重置节点',
    resetTitle: '丢弃当前状态,换一个全新的节点',
    loadingTerminal: '终端加载中…',
    run: '运行',
    runTitle: '在右侧终端中输入并执行这段命令',
    terminalLabel: '模拟节点 node1 的终端',
    split: '分屏',
    splitTitle: '在同一节点上再开一个终端:一边看 ctr events,一边操作',
    unsplit: '关闭分屏',
    unsplitTitle: '关闭第二个终端,回到一个终端',
    secondTerminalLabel: '同一节点 node1 的第二个终端',
    downloadRejectedSave: '下载未能恢复的存档',
    discardRejectedSave: '丢弃它',
    waitLeft: (s) => `等待中,还剩 ${s} 秒 · Ctrl-C 中断`,
    runningFor: (s) => `已运行 ${s} 秒 · Ctrl-C 发送中断`,
    otherLanguage: 'English',
    playground: '终端',
    notes: '笔记',
    home: '首页',
  },
  en: {
    reset: 'Reset node',
    resetTitle: 'Throw the current state away and start a fresh node',
    loadingTerminal: 'Loading terminal…',
    run: 'Run',
    runTitle: 'Type this block into the terminal and run it',
    terminalLabel: 'Terminal of the simulated node node1',
    split: 'Split',
    splitTitle: 'Open a second terminal on the same node: watch ctr events in one, act in the other',
    unsplit: 'Close split',
    unsplitTitle: 'Close the second terminal and go back to one',
    secondTerminalLabel: 'Second terminal on the same node node1',
    downloadRejectedSave: 'Download the session that could not be restored',
    discardRejectedSave: 'Discard it',
    waitLeft: (s) => `waiting, ${s} s left · Ctrl-C stops it`,
    runningFor: (s) => `running for ${s} s · Ctrl-C interrupts`,
    otherLanguage: '中文',
    playground: 'Playground',
    notes: 'Notes',
    home: 'Home',
  },
};
