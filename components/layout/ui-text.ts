// The few UI strings outside the notes, per language.

import type { Lang } from '../../content/langs';

export interface UiText {
  reset: string;
  resetTitle: string;
  loadingTerminal: string;
  run: string;
  runTitle: string;
  copy: string;
  copied: string;
  copyTitle: string;
  /** A block marked `sh fails`: its badge, the badge's title, and the label before the note's
   * own reason (the fence's reason="…"), which shows once the block has run. */
  fails: string;
  failsTitle: string;
  failsWhy: string;
  /** A block marked `sh follows`: its badge and the badge's title. */
  follows: string;
  followsTitle: string;
  /** The handle between a note and its terminal (components/notes/split-handle.tsx). */
  splitHandle: string;
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
  /** Navigation: the chapter list, the table of contents, previous / next. */
  chapters: string;
  contents: string;
  previous: string;
  next: string;
  homeLead: string;
  openPlayground: string;
  /** The theme toggle: its label and what it switches to. */
  themeToDark: string;
  themeToLight: string;
  search: string;
  searchPlaceholder: string;
  noResults: string;
  languageHome: string;
}

export const UI_TEXT: Readonly<Record<Lang, UiText>> = {
  zh: {
    reset: '重置节点',
    resetTitle: '丢弃当前状态,换一个全新的节点',
    loadingTerminal: '终端加载中…',
    run: '运行',
    runTitle: '在右侧终端中输入并执行这段命令',
    copy: '复制',
    copied: '已复制',
    copyTitle: '把这段命令复制到剪贴板',
    fails: '预期失败',
    failsTitle: '这段命令本来就会出错:它演示真实节点上会看到的报错',
    failsWhy: '为什么会失败:',
    follows: '按 Ctrl+C 结束',
    followsTitle: '最后一条命令会一直运行下去,直到在终端里按 Ctrl+C',
    splitHandle: '调整笔记和终端的宽度',
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
    chapters: '章节',
    contents: '本篇目录',
    previous: '上一篇',
    next: '下一篇',
    homeLead:
      'containerd 学习笔记,配一台在浏览器里运行的模拟节点:笔记里的 ctr、crictl、nerdctl、docker 命令都能在旁边的终端里执行,输出与真实节点一致。不用安装,没有服务器,没有时间限制。',
    openPlayground: '打开终端',
    themeToDark: '切换到深色主题',
    themeToLight: '切换到浅色主题',
    search: '搜索',
    searchPlaceholder: '搜索笔记(中文或英文)',
    noResults: '没有找到',
    languageHome: 'English',
  },
  en: {
    reset: 'Reset node',
    resetTitle: 'Throw the current state away and start a fresh node',
    loadingTerminal: 'Loading terminal…',
    run: 'Run',
    runTitle: 'Type this block into the terminal and run it',
    copy: 'Copy',
    copied: 'Copied',
    copyTitle: 'Copy this block to the clipboard',
    fails: 'fails on purpose',
    failsTitle: 'This block is meant to fail: it shows the error a real node prints',
    failsWhy: 'Why it fails:',
    follows: 'Ctrl-C ends it',
    followsTitle: 'Its last command keeps running until you press Ctrl-C in the terminal',
    splitHandle: 'Resize the note and the terminal',
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
    chapters: 'Chapters',
    contents: 'On this page',
    previous: 'Previous',
    next: 'Next',
    homeLead:
      'Containerd study notes with a simulated node that runs in your browser: every ctr, crictl, nerdctl and docker command in the notes runs in the terminal beside them and prints what a real node prints. Nothing to install, no server, no time limit.',
    openPlayground: 'Open the terminal',
    themeToDark: 'Switch to the dark theme',
    themeToLight: 'Switch to the light theme',
    search: 'Search',
    searchPlaceholder: 'Search the notes (Chinese or English)',
    noResults: 'Nothing found',
    languageHome: '中文',
  },
};
