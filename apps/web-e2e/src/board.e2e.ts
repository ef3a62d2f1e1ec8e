import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { OUTPUT_DIR, signIn, startSystem, type RunningSystem } from './system';

const STAGES = ['线索', '初步接洽', '实地考察', '深度洽谈', '过会', '签约', '暂缓', '流失'];
const WIDTH = 1366;

function column(page: Page, stage: string): Locator {
  return page.getByRole('region', { name: stage, exact: true });
}

describe('the board on an office PC: every stage in sight, cards moved by keyboard', () => {
  let system: RunningSystem;
  let page: Page;

  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
    page = await system.browser.newPage({ viewport: { width: WIDTH, height: 768 }, locale: 'zh-CN' });
    await signIn(page, system.webUrl, 'officer');
  });
  afterAll(async () => {
    await page?.close();
    await system?.stop();
  });

  it('shows all eight columns at 1366×768 and moves a card by keyboard, for good', async () => {
    await page.goto(`${system.webUrl}/leads`);
    const first = column(page, '线索').getByTestId('lead-card').first();
    await first.waitFor();
    expect(await page.title()).toBe('线索管道 · 链招');

    // Every column lies inside the window (the closed ones folded to a strip with their count),
    // and the board needs no horizontal scrolling to show them.
    for (const stage of STAGES) {
      const box = await column(page, stage).boundingBox();
      expect(box).not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? WIDTH)).toBeLessThanOrEqual(WIDTH);
    }
    const board = page.getByTestId('lead-board');
    const overflow = await board.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The board ends inside the window, so its own scrollbars are where the eye is.
    const boardBox = await board.boundingBox();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'board-1366.png') });
    expect(boardBox?.height ?? 0).toBeLessThanOrEqual(768);

    // Focus a card and press Shift+→: it goes to 初步接洽 by the same rules as a drag.
    const name = (await first.getAttribute('aria-label')) ?? '';
    const id = (await first.getAttribute('data-lead-id')) ?? '';
    expect(name).not.toBe('');
    await first.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.getByText(`「${name}」已转到「初步接洽」`).waitFor();
    const moved = column(page, '初步接洽').locator(`[data-lead-id="${id}"]`);
    await moved.waitFor();
    // Focus follows the card, so the next key press moves it on.
    await page.waitForFunction((leadId) => document.activeElement?.getAttribute('data-lead-id') === leadId, id);

    // Persisted: after a reload the card is still in 初步接洽.
    await page.reload();
    await column(page, '初步接洽').locator(`[data-lead-id="${id}"]`).waitFor();
    expect(await column(page, '线索').locator(`[data-lead-id="${id}"]`).count()).toBe(0);
  });

  it('opens the lead with its own tab title and breadcrumb, and returns to the board as it was left', async () => {
    await page.goto(`${system.webUrl}/leads`);
    await page.getByRole('button', { name: '展开「暂缓」' }).click();
    await column(page, '暂缓').getByTestId('column-sum').waitFor();
    const card = column(page, '初步接洽').getByTestId('lead-card').first();
    const name = (await card.getAttribute('aria-label')) ?? '';
    await page.getByLabel('搜索').fill(name.slice(0, 4));
    await page.getByLabel('搜索').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === name.slice(0, 4));
    const listUrl = page.url();

    await column(page, '初步接洽').getByRole('link', { name }).click();
    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name }).waitFor();
    expect(await page.title()).toBe(`${name} · 链招`);
    const crumbs = page.locator('.ant-breadcrumb');
    await crumbs.getByRole('link', { name: '线索管道' }).waitFor();

    // The browser's Back returns to the list as it was: filtered.
    await page.goBack();
    await page.waitForURL(listUrl);
    expect(await page.getByLabel('搜索').inputValue()).toBe(name.slice(0, 4));

    // So does the back link, however the lead page was reached.
    await column(page, '初步接洽').getByRole('link', { name }).click();
    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: '返回线索管道' }).click();
    await page.waitForURL(listUrl);
    expect(await page.getByLabel('搜索').inputValue()).toBe(name.slice(0, 4));
    // The folded columns stay as the user left them.
    await column(page, '暂缓').getByTestId('column-sum').waitFor();
  });
});
