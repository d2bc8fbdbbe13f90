// Drives the browser terminal the way a user does (click, type, Enter) and reads what xterm's
// DOM renderer shows. Used by every end-to-end test.

import { expect, type Locator, type Page } from '@playwright/test';

export const PROMPT = 'root@node1:~#';

export class TerminalPage {
  readonly host: Locator;

  /** `testId` picks the terminal: `terminal`, or `terminal-2` for the split's second one. */
  constructor(
    readonly page: Page,
    testId = 'terminal',
  ) {
    this.host = page.getByTestId(testId);
  }

  /** Opens a page and waits until the terminal shows its first prompt. */
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await expect(this.host).toHaveAttribute('data-ready', 'true');
    // xterm stops drawing while it is off screen (on narrow layouts it sits below the note).
    await this.host.scrollIntoViewIfNeeded();
    await expect.poll(() => this.lastLine()).toBe(PROMPT);
  }

  /** The visible screen, one string per row, trailing blanks trimmed. */
  async lines(): Promise<string[]> {
    return this.host
      .locator('.xterm-rows')
      .evaluate((rows) =>
        Array.from(rows.children, (row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()),
      );
  }

  async text(): Promise<string> {
    return (await this.lines()).join('\n');
  }

  async lastLine(): Promise<string> {
    const lines = (await this.lines()).filter((line) => line !== '');
    return lines.at(-1) ?? '';
  }

  async focus(): Promise<void> {
    await this.host.click();
  }

  /** Types text without pressing Enter. */
  async type(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.type(text);
  }

  /** Types a command, presses Enter and waits until the shell prompts again. */
  async run(command: string, prompt = PROMPT): Promise<void> {
    await this.type(command);
    // The typed line must be on screen before Enter: xterm paints on the next frame, and a quick
    // command could otherwise finish while the screen still ends with the empty prompt from
    // before, which waitIdle would take for the new one (a flake seen on a loaded CI machine).
    const typed = command.replace(/\s+/g, '');
    await expect.poll(async () => (await this.lines()).join('').replace(/\s+/g, '').endsWith(typed)).toBe(true);
    await this.page.keyboard.press('Enter');
    await this.waitIdle(prompt);
  }

  /** Waits until no command runs and the last row is an empty prompt. */
  async waitIdle(prompt = PROMPT): Promise<void> {
    await expect(this.host).not.toHaveAttribute('data-busy', 'true', { timeout: 30_000 });
    await expect.poll(() => this.lastLine(), { timeout: 30_000 }).toBe(prompt);
  }

  async cols(): Promise<number> {
    return Number(await this.host.getAttribute('data-cols'));
  }
}
