import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR, signIn, startSystem, type RunningSystem } from './system';

interface ChartFigure {
  name: string;
  value: number | string;
  href: string;
}

/** The stage chart's figures once they were counted for `industry` (its drills carry it). */
async function answeredFor(page: Page, industry: string): Promise<ChartFigure[]> {
  const handle = await page.waitForFunction((code) => {
    const raw = document.querySelector('[data-testid="chart-pipeline-stages"]')?.getAttribute('data-figures');
    const figures = JSON.parse(raw ?? '[]') as { href: string }[];
    const counted =
      figures.length > 0 &&
      figures.every((f) => {
        const drill = new URL(f.href, window.location.href).searchParams.get('drill') ?? '{}';
        return (JSON.parse(drill) as { industryCode?: string }).industryCode === code;
      });
    return counted ? raw : null;
  }, industry);
  return JSON.parse((await handle.jsonValue()) ?? '[]') as ChartFigure[];
}

/** Waits until the dashboard answered for the filter now in the URL. */
async function figuresSettled(page: Page): Promise<void> {
  // The whole figure set is one query; on a busy machine (CI runs the API beside the browser) it may take a while.
  await page.locator('[data-testid="cockpit"][data-loading="false"]').waitFor({ timeout: 90_000 });
  await page.getByTestId('panel-pipeline').waitFor({ timeout: 90_000 });
}

describe('驾驶舱: a leader drills from a chart to the list behind it', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
  });
  afterAll(() => system?.stop());

  it('filters by industry, clicks a stage bar and lands on the leads with the same count', async () => {
    const page = await system.browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    await signIn(page, system.webUrl, 'leader');
    await page.getByRole('menuitem', { name: '驾驶舱' }).click();
    await page.getByRole('heading', { name: '领导驾驶舱' }).waitFor();
    await figuresSettled(page);
    await page.getByTestId('chart-pipeline-stages').locator('svg').waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'cockpit-1920.png'), fullPage: true });

    // The first industry whose open leads the chart shows (demo data has several).
    let figures: ChartFigure[] = [];
    const industries = page.locator('.ant-cascader-menu').first().locator('.ant-cascader-menu-item');
    for (let i = 0; i < 6; i += 1) {
      await page.getByLabel('产业 / 细分赛道').click();
      await industries.nth(i).click();
      await page.keyboard.press('Escape');
      await page.waitForURL(/[?&]industry=/);
      await figuresSettled(page);
      const chosen = new URL(page.url()).searchParams.get('industry') ?? '';
      figures = await answeredFor(page, chosen);
      if (figures.some((f) => Number(f.value) > 0)) break;
    }
    const largest = figures.reduce((a, b) => (Number(b.value) > Number(a.value) ? b : a));
    expect(Number(largest.value)).toBeGreaterThan(0);
    // The industry is in the drill: the figure was counted within the filter row's choice.
    const industry = new URL(page.url()).searchParams.get('industry');
    expect(JSON.parse(new URL(largest.href, system.webUrl).searchParams.get('drill') ?? '{}')).toMatchObject({
      industryCode: industry,
    });

    // The tallest bar of the count series is the largest figure (the legend's swatch is smaller).
    // ECharts animates the bars after a filter change: measure them once two readings agree, and
    // click again if a click landed on a bar still being redrawn.
    const bars = page.getByTestId('chart-pipeline-stages').locator('svg path[fill="#1677ff"]');
    const heights = () => bars.evaluateAll((paths) => paths.map((p) => Math.round(p.getBoundingClientRect().height)));
    let boxes: number[] = [];
    for (let reading = 0; reading < 40; reading += 1) {
      const next = await heights();
      if (next.length > 0 && next.join() === boxes.join()) break;
      boxes = next;
      await page.waitForTimeout(250);
    }
    const tallest = boxes.indexOf(Math.max(...boxes));
    const onDrill = (url: URL) => url.pathname === '/leads' && url.searchParams.has('drill');
    for (let attempt = 1; ; attempt += 1) {
      await bars.nth(tallest).click();
      try {
        await page.waitForURL(onDrill, { timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    const landed = new URL(page.url());
    const clicked = figures.find((f) => new URL(f.href, system.webUrl).search === landed.search);
    expect(clicked).toBeDefined();
    await page.getByTestId('drill-banner').getByText('来自驾驶舱').waitFor();
    await page.getByTestId('drill-total').waitFor();
    expect(await page.getByTestId('drill-total').innerText()).toBe(`共 ${clicked?.value} 条`);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'cockpit-drill-leads.png') });
    await page.close();
  }, 300_000);

  it('lays the page out on a phone and on a 1366 screen', async () => {
    for (const [width, height, name] of [
      [390, 844, 'cockpit-390.png'],
      [1366, 768, 'cockpit-1366.png'],
    ] as const) {
      const page = await system.browser.newPage({
        viewport: { width, height },
        locale: 'zh-CN',
        isMobile: width < 500,
      });
      await signIn(page, system.webUrl, 'leader');
      await page.goto(`${system.webUrl}/dashboard`);
      await figuresSettled(page);
      await page.getByTestId('chart-pipeline-stages').locator('svg').waitFor();
      // Nothing wider than the screen: the grid stacks, tables scroll inside their cards.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(OUTPUT_DIR, name), fullPage: true });
      if (width > 1000) {
        // The monthly report a leader hands out: A4 landscape, without menu, header or filter controls.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
        await page.pdf({
          path: path.join(OUTPUT_DIR, 'cockpit-print.pdf'),
          preferCSSPageSize: true,
          printBackground: true,
        });
      }
      await page.close();
    }
  }, 300_000);
});
