import type { Page } from 'playwright-core';
import { apiAs, type Gql, pick, type RunningSystem, signIn, startSystem } from './system';

describe('lists: saved views, page jumps and bulk actions at 1440 px', () => {
  let system: RunningSystem;
  let page: Page;
  let gql: Gql;

  beforeAll(async () => {
    system = await startSystem();
    gql = await apiAs(system.webUrl);
    page = await system.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await signIn(page, system.webUrl, 'officer');
  });
  afterAll(async () => {
    await page?.close();
    await system?.stop();
  });

  it('saves a filtered table as the default view, and the bare list opens with it', async () => {
    await page.goto(`${system.webUrl}/leads?view=table&stage=NEW,CONTACTED&density=compact`);
    await page.getByTestId('table-toolbar').waitFor();
    await page.getByRole('button', { name: /视图/ }).click();
    await page.getByRole('button', { name: /另存为视图/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('视图名称').fill('早期线索');
    await dialog.getByLabel('打开列表时默认使用此视图').check();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('视图“早期线索”已保存').waitFor();

    // Elsewhere, then back to the list with nothing in its URL: the default view is applied.
    await page.goto(`${system.webUrl}/enterprises`);
    await page.goto(`${system.webUrl}/leads`);
    await page.waitForURL((url) => url.searchParams.get('stage') === 'NEW,CONTACTED');
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('table');
    expect(url.searchParams.get('density')).toBe('compact');
    await page.getByTestId('table-toolbar').waitFor();
    // The table scrolls inside itself at 1440 px: the page does not.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('jumps to page 2 and comes back to it from a lead', async () => {
    // The base demo has fewer leads than two pages of 10: eleven more make a page 2 whatever it has.
    const { createEnterprise } = await gql<{ createEnterprise: { id: string } }>(
      'mutation { createEnterprise(input: { name: "上海奉贤翻页测试有限公司" }) { id } }',
    );
    for (let i = 1; i <= 11; i++) {
      await gql('mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }', {
        input: {
          enterpriseId: createEnterprise.id,
          projectName: `翻页测试项目${i}`,
          segmentCode: 'HYDROGEN',
          channel: 'SELF',
        },
      });
    }
    await page.goto(`${system.webUrl}/leads?view=table&size=10`);
    const firstLink = page
      .locator('.ant-table-tbody tr.ant-table-row')
      .first()
      .locator('a[href^="/leads/"]')
      .first();
    await firstLink.waitFor();
    const total = Number((await page.getByText(/共 \d+ 条 · 第/).innerText()).match(/共 (\d+) 条/)?.[1]);
    expect(total).toBeGreaterThan(10);
    const pages = Math.ceil(total / 10);
    const pageOne = await firstLink.getAttribute('href');

    await page.getByRole('spinbutton', { name: '跳至第几页' }).fill('2');
    await page.getByRole('spinbutton', { name: '跳至第几页' }).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.getByText(`第 2 / ${pages} 页`).waitFor();
    await page.waitForFunction(
      (href) =>
        document
          .querySelector('.ant-table-tbody tr.ant-table-row a[href^="/leads/"]')
          ?.getAttribute('href') !== href,
      pageOne,
    );
    const pageTwo = String(await firstLink.getAttribute('href'));

    // Open a lead from page 2; Back returns to page 2 of the same list.
    await firstLink.click();
    await page.waitForURL((url) => url.pathname === pageTwo);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/leads' && url.searchParams.get('page') === '2');
    await page.getByText(`第 2 / ${pages} 页`).waitFor();
    expect(await firstLink.getAttribute('href')).toBe(pageTwo);
  });

  it('assigns two selected leads to another officer in one step', async () => {
    await page.goto(`${system.webUrl}/leads?view=table`);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    const ids: string[] = [];
    for (const index of [0, 1]) {
      const row = rows.nth(index);
      const href = await row.locator('a[href^="/leads/"]').first().getAttribute('href');
      ids.push(String(href).split('/').pop() as string);
      await row.getByRole('checkbox').check();
    }
    const bar = page.getByTestId('lead-bulk-bar');
    await bar.getByText('已选 2 条').waitFor();
    await bar.getByRole('button', { name: '更换负责人' }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog.getByLabel('新负责人'), '陈招商');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已处理 2 条线索').waitFor();

    const { leads } = await gql<{
      leads: { edges: { node: { id: string; owner: { displayName: string } } }[] };
    }>(
      'query ($ids: [ID!]) { leads(first: 10, filter: { ids: $ids }) { edges { node { id owner { displayName } } } } }',
      { ids },
    );
    expect(leads.edges.map((e) => e.node.owner.displayName)).toEqual(['陈招商', '陈招商']);
  });

  it('tags two selected leads 重点 in one step, and the tag filter finds exactly them', async () => {
    await page.goto(`${system.webUrl}/leads?view=table`);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    const ids: string[] = [];
    for (const index of [2, 3]) {
      const row = rows.nth(index);
      const href = await row.locator('a[href^="/leads/"]').first().getAttribute('href');
      ids.push(String(href).split('/').pop() as string);
      await row.getByRole('checkbox').check();
    }
    const bar = page.getByTestId('lead-bulk-bar');
    await bar.getByRole('button', { name: '打标签' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('标签').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '重点' }).click();
    // A multiple select stays open after a choice: close it before confirming.
    await dialog.locator('.ant-modal-title').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText('已处理 2 条线索').waitFor();

    await page.goto(`${system.webUrl}/leads?view=table&tags=LEAD_KEY`);
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const shown = await page
      .locator('.ant-table-tbody tr.ant-table-row a[href^="/leads/"]')
      .evaluateAll((links) => links.map((a) => String(a.getAttribute('href')).split('/').pop()));
    expect(new Set(shown)).toEqual(new Set(ids));
    await page.locator('.ant-table-tbody tr.ant-table-row').first().getByText('重点').waitFor();
  });
});
