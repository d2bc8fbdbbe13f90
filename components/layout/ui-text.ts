// The few UI strings outside the notes, per language.

import type { Lang } from '../../content/langs';

export interface UiText {
  reset: string;
  resetTitle: string;
  loadingTerminal: string;
  run: string;
  runTitle: string;
  terminalLabel: string;
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
    otherLanguage: '中文',
    playground: 'Playground',
    notes: 'Notes',
    home: 'Home',
  },
};
