import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { apiAs, OUTPUT_DIR, pick, type RunningSystem, shanghaiDay, signIn, startSystem } from './system';

const ENTERPRISE = '上海奉贤落测氢能装备有限公司';
const PROJECT = '落测氢能装备生产基地';

/** Sets up what an earlier issue's screens already cover (an enterprise and its lead) through the API. */
async function createLead(webUrl: string): Promise<string> {
  const gql = await apiAs(webUrl);
  const { createEnterprise } = await gql<{ createEnterprise: { id: string } }>(
    'mutation ($name: String!) { createEnterprise(input: { name: $name }) { id } }',
    { name: ENTERPRISE },
  );
  const { createLead: lead } = await gql<{ createLead: { id: string } }>(
    'mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }',
    {
      input: {
        enterpriseId: createEnterprise.id,
        projectName: PROJECT,
        segmentCode: 'HYDROGEN',
        channel: 'SELF',
        plannedInvestment: '60000',
      },
    },
  );
  return lead.id;
}

function milestoneRow(page: Page, code: string): Locator {
  return page.getByTestId(`milestone-${code}`);
}

async function openDateDialog(
  page: Page,
  code: string,
  action: '记录实际日期' | '调整计划',
): Promise<Locator> {
  await milestoneRow(page, code).getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

async function typeDate(dialog: Locator, label: string, date: string): Promise<void> {
  const input = dialog.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  // Tab commits the typed date; Enter would also submit the dialog's form on its own.
  await input.press('Tab');
}

describe('landing projects: an officer signs a lead and keeps its milestones', () => {
  let system: RunningSystem;
  let page: Page;
  let leadId: string;

  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
    leadId = await createLead(system.webUrl);
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

  it('moves the lead to 签约 through 过会 and opens the project it created', async () => {
    await page.goto(`${system.webUrl}/leads/${leadId}`);
    await page.getByRole('heading', { name: PROJECT }).waitFor();
    // 签约 is reached from 过会 only.
    await pick(page, page.getByLabel('变更阶段'), '过会');
    const approve = page.getByRole('dialog');
    await approve.getByText('从「线索」转到「过会」').waitFor();
    await approve.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText(`「${PROJECT}」已转到「过会」`).waitFor();
    await approve.waitFor({ state: 'hidden' });
    await pick(page, page.getByLabel('变更阶段'), '签约');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('从「过会」转到「签约」').waitFor();
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByText(`「${PROJECT}」已转到「签约」`).waitFor();

    await page.getByRole('link', { name: '查看落地项目' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: PROJECT }).waitFor();
    const signed = milestoneRow(page, 'SIGNED');
    await signed.getByText(shanghaiDay()).waitFor();
    expect(await signed.getAttribute('data-status')).toBe('DONE');
    // Heavy-asset template, from the lead's industry (绿色新能源).
    await milestoneRow(page, 'CONSTRUCTION_STARTED').waitFor();
  });

  it('records 工商注册 and 开工, and refuses 投产 before 开工', async () => {
    const today = shanghaiDay();
    let dialog = await openDateDialog(page, 'REGISTERED', '记录实际日期');
    await typeDate(dialog, '实际日期', today);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="milestone-REGISTERED"][data-status="DONE"]').waitFor();
    // 落地 is the 工商注册 date.
    await page.getByText('落地日期（工商注册）').locator('..').getByText(today).waitFor();

    dialog = await openDateDialog(page, 'CONSTRUCTION_STARTED', '记录实际日期');
    await typeDate(dialog, '实际日期', today);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="milestone-CONSTRUCTION_STARTED"][data-status="DONE"]').waitFor();

    dialog = await openDateDialog(page, 'IN_PRODUCTION', '记录实际日期');
    await typeDate(dialog, '实际日期', shanghaiDay(-3));
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText(`“投产”的实际日期不能早于“开工”（${today}）`).waitFor();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await milestoneRow(page, 'IN_PRODUCTION').getAttribute('data-status')).not.toBe('DONE');
  });

  it('finds the project in the overdue list once a planned date lies in the past', async () => {
    const dialog = await openDateDialog(page, 'COMPLETED', '调整计划');
    await typeDate(dialog, '计划日期', shanghaiDay(-5));
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="milestone-COMPLETED"][data-status="OVERDUE"]').waitFor();
    await page.getByTestId('project-health').filter({ hasText: '逾期 5 天' }).waitFor();
    await page
      .getByTestId('plan-history')
      .getByText(`竣工：首次计划 → ${shanghaiDay(-5)}`)
      .waitFor();
    // Key figures are edited in place; money goes in as typed (thousands separators allowed).
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('合同投资（万元）').fill('80,000');
    await form.getByLabel('计划用工（人）').fill('350');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await form.waitFor({ state: 'hidden' });
    // Under 合同投资（万元） the amount stays in 万元, as the label says.
    await page.getByText('80,000', { exact: true }).waitFor();
    await page.getByText('350 人').waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'project-page.png'), fullPage: true });

    await page.getByRole('link', { name: '返回项目落地' }).click();
    await page.waitForURL(/\/projects$/);
    const alert = page.getByTestId('milestone-alert').filter({ hasText: PROJECT });
    await alert.getByText(`竣工 计划 ${shanghaiDay(-5)}，已逾期 5 天`, { exact: false }).waitFor();
    expect(await alert.getAttribute('data-status')).toBe('OVERDUE');

    await page.getByRole('combobox', { name: '进度状况' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '逾期' })
      .click();
    await page.waitForURL((url) => url.searchParams.get('health') === 'OVERDUE');
    await page.keyboard.press('Escape');
    const row = page.locator('.ant-table-row').filter({ hasText: PROJECT });
    await row.getByTestId('project-health').filter({ hasText: '逾期 5 天' }).waitFor();
    await row
      .locator('[data-testid="milestone-progress"] [data-code="COMPLETED"][data-status="OVERDUE"]')
      .waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'projects-list.png'), fullPage: true });
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(exported.suggestedFilename()).toMatch(/^落地项目导出-.*\.xlsx$/);

    await page.getByText('甘特图').click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'gantt');
    await page.getByTestId('project-gantt').getByRole('link', { name: PROJECT }).waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'projects-gantt.png'), fullPage: true });
  });
});
