import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  apiAs,
  type Gql,
  OUTPUT_DIR,
  pick,
  type RunningSystem,
  shanghaiDay,
  signIn,
  startSystem,
} from './system';

const ENTERPRISE = '上海奉贤返测储能科技有限公司';
const PROJECT = '返测储能系统生产基地';
const FUND = '奉贤返投测试引导基金';
// A demo fund manager (apps/api/src/demo/demo-data.ts) and its partner user.
const MANAGER = '沪南产业投资基金管理有限公司（示例）';
const MANAGER_USER = 'fundpartner';

async function createLead(gql: Gql): Promise<string> {
  const { createEnterprise } = await gql<{ createEnterprise: { id: string } }>(
    'mutation ($name: String!) { createEnterprise(input: { name: $name }) { id } }',
    { name: ENTERPRISE },
  );
  const { createLead } = await gql<{ createLead: { id: string } }>(
    'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
    {
      input: {
        enterpriseId: createEnterprise.id,
        projectName: PROJECT,
        segmentCode: 'ENERGY_STORAGE',
        channel: 'SELF',
        plannedInvestment: '30000',
      },
    },
  );
  return createLead.id;
}

/** 过会, then 签约: the lead becomes a landing project (the leads journey covers doing it on screen). */
async function signLead(gql: Gql, id: string): Promise<void> {
  for (const stage of ['APPROVED', 'SIGNED']) {
    const { lead } = await gql<{ lead: { version: number } }>(
      'query ($id: ID!) { lead(id: $id) { version } }',
      {
        id,
      },
    );
    await gql('mutation ($input: MoveLeadInput!) { moveLead(input: $input) { id } }', {
      input: { id, version: lead.version, stage },
    });
  }
}

async function typeDate(dialog: Locator, label: string, date: string): Promise<void> {
  const input = dialog.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  // Tab commits the typed date; Enter would also submit the dialog's form on its own.
  await input.press('Tab');
}

describe('funds: an officer records a fund and a paid investment, and its 返投 follows the landing', () => {
  let system: RunningSystem;
  let page: Page;
  let gql: Gql;
  let leadId: string;
  let fundUrl: string;

  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
    gql = await apiAs(system.webUrl);
    leadId = await createLead(gql);
    page = await system.browser.newPage({
      viewport: { width: 1600, height: 1000 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    await signIn(page, system.webUrl, 'officer');
  });
  afterAll(async () => {
    await page?.close();
    await system?.stop();
  });

  it('records a fund with its manager, size, contribution and 返投 rule', async () => {
    await page.goto(`${system.webUrl}/funds`);
    await page.getByRole('heading', { name: '基金' }).waitFor();
    await page.getByTestId('fund-totals').getByText('撬动规模').waitFor();
    await page.getByRole('button', { name: /新建基金/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('基金名称').fill(FUND);
    await pick(page, dialog.getByRole('combobox', { name: '基金管理人' }), MANAGER, '沪南产业');
    await dialog.getByLabel('基金规模（万元）').fill('100,000');
    // Above the size: refused in the form, in the server's words.
    await dialog.getByLabel('政府出资额（万元）').fill('120000');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('政府出资不能超过基金规模').waitFor();
    await dialog.getByLabel('政府出资额（万元）').fill('20000');
    await typeDate(dialog, '成立日期', '2025-01-01');
    await dialog.getByLabel('返投倍数').fill('1.5');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/funds\/[0-9a-f-]{36}$/);
    fundUrl = page.url();
    await page.getByRole('heading', { name: FUND }).waitFor();
    // 1.5 × the government contribution of 2 亿元.
    await page.getByTestId('figure-obligation').filter({ hasText: '3 亿元' }).waitFor();
    await page
      .getByTestId('fund-facts')
      .getByText(/^5(\.00)? 倍$/)
      .waitFor();
    await page
      .getByTestId('rule-history')
      .getByText(/^1\.50? 倍 × 政府出资额$/)
      .waitFor();
  });

  it('records a paid investment in a company that is a lead: pending until it lands', async () => {
    await page.getByRole('button', { name: /记录投资/ }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog.getByRole('combobox', { name: '被投企业' }), ENTERPRISE, '返测储能');
    // The company's open lead tracks its landing.
    await dialog.getByText(`${PROJECT}（线索）`).waitFor();
    await dialog.getByLabel('投资金额（万元）').fill('5000');
    await typeDate(dialog, '投资日期', shanghaiDay());
    await pick(page, dialog.getByRole('combobox', { name: '投资阶段' }), '已出资');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('investment').filter({ hasText: ENTERPRISE });
    await row.locator('[data-testid="recognition"][data-value="PENDING"]').waitFor();
    await row.locator('[data-testid="landing-status"][data-landed="false"]').waitFor();
    await page.getByTestId('figure-pending').filter({ hasText: '0.5 亿元' }).waitFor();
    expect(await page.getByTestId('figure-counted').textContent()).toBe('0 亿元');
    await page
      .locator('[data-testid="ledger-line"][data-status="PENDING"]')
      .filter({ hasText: ENTERPRISE })
      .waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'fund-pending.png'), fullPage: true });
  });

  it('records the company’s 工商注册 on its project, and the fund counts it', async () => {
    await signLead(gql, leadId);
    await page.reload();
    const row = page.getByTestId('investment').filter({ hasText: ENTERPRISE });
    await row.getByRole('link', { name: PROJECT }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: PROJECT }).waitFor();
    // The project's 基金 tab shows the investment it tracks.
    await page.getByTestId('investment').filter({ hasText: FUND }).waitFor();

    await page.getByTestId('milestone-REGISTERED').getByRole('button', { name: '记录实际日期' }).click();
    const dialog = page.getByRole('dialog');
    await typeDate(dialog, '实际日期', shanghaiDay());
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="milestone-REGISTERED"][data-status="DONE"]').waitFor();

    await page.goto(fundUrl);
    await page.getByTestId('figure-counted').filter({ hasText: '0.5 亿元' }).waitFor();
    expect(await page.getByTestId('figure-pending').textContent()).toBe('0 亿元');
    const investment = page.getByTestId('investment').filter({ hasText: ENTERPRISE });
    await investment.locator('[data-testid="recognition"][data-value="COUNTED"]').waitFor();
    await investment.locator('[data-testid="landing-status"][data-landed="true"]').waitFor();
    const line = page
      .locator('[data-testid="ledger-line"][data-status="COUNTED"]')
      .filter({ hasText: ENTERPRISE });
    await line.getByText(shanghaiDay()).waitFor();
    await line.getByText('投资本地企业').waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'fund-counted.png'), fullPage: true });
    const [ledger] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出返投台账/ }).click(),
    ]);
    expect(ledger.suggestedFilename()).toMatch(/\.xlsx$/);

    // The list, filtered through its URL: the same figures on the fund's bar, and its export.
    await page.goto(`${system.webUrl}/funds`);
    await page.getByPlaceholder('搜索基金名称').fill('返投测试');
    await page.getByPlaceholder('搜索基金名称').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '返投测试');
    const fundRow = page.locator('.ant-table-row').filter({ hasText: FUND });
    await fundRow
      .locator('[data-testid="reinvestment-bar"][data-counted="5000"][data-pending="0"]')
      .waitFor();
    // The unfiltered page stays on screen until the filtered one arrives.
    await page.waitForFunction(() => document.querySelectorAll('.ant-table-row').length === 1);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'funds-list.png'), fullPage: true });
    const [list] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(list.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('shows the fund manager’s partner user the same figure in the portal, read-only', async () => {
    const partner = await system.browser.newPage({
      viewport: { width: 1600, height: 1000 },
      locale: 'zh-CN',
    });
    await signIn(partner, system.webUrl, MANAGER_USER);
    await partner.getByRole('navigation').getByText('我的基金').click();
    await partner.waitForURL(/\/my-funds$/);
    await partner.getByRole('link', { name: FUND }).click();
    await partner.waitForURL(/\/my-funds\/[0-9a-f-]{36}$/);
    await partner.getByRole('heading', { name: FUND }).waitFor();
    await partner.getByTestId('figure-counted').filter({ hasText: '0.5 亿元' }).waitFor();
    await partner
      .locator('[data-testid="ledger-line"][data-status="COUNTED"]')
      .filter({ hasText: ENTERPRISE })
      .waitFor();
    expect(await partner.getByRole('button', { name: /编\s*辑|记录投资/ }).count()).toBe(0);
    await partner.screenshot({ path: path.join(OUTPUT_DIR, 'fund-portal.png'), fullPage: true });
    await partner.close();
  });
});
