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

const ENTERPRISE = '上海奉贤政测氢能装备有限公司';
const PROJECT = '政测氢能装备生产基地';
const ITEM = '开工项目固定资产投资补贴（政测）';
// The seed policy (migration PolicySeed), valid until 2027-09-26.
const SEED_POLICY = '沪奉府发〔2024〕20号';

/** A heavy-asset project planning 8,000 万元 of fixed assets, registered today: 开工 is next. */
async function createProject(gql: Gql): Promise<{ projectId: string; enterpriseId: string }> {
  const { createEnterprise } = await gql<{ createEnterprise: { id: string } }>(
    'mutation ($name: String!) { createEnterprise(input: { name: $name }) { id } }',
    { name: ENTERPRISE },
  );
  const { createProject } = await gql<{ createProject: { id: string; version: number } }>(
    'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }',
    {
      input: {
        enterpriseId: createEnterprise.id,
        name: PROJECT,
        segmentCode: 'HYDROGEN',
        channel: 'SELF',
        type: 'HEAVY',
        signedOn: shanghaiDay(),
        plannedFixedAssetInvestment: '8000',
      },
    },
  );
  await gql('mutation ($input: RecordMilestoneInput!) { recordMilestone(input: $input) { id } }', {
    input: {
      projectId: createProject.id,
      version: createProject.version,
      code: 'REGISTERED',
      actualDate: shanghaiDay(),
    },
  });
  return { projectId: createProject.id, enterpriseId: createEnterprise.id };
}

async function typeDate(dialog: Locator, label: string, date: string): Promise<void> {
  const input = dialog.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

describe('policies: an admin adds a support item, and an officer sees a project qualify for it at 开工', () => {
  let system: RunningSystem;
  let page: Page;
  let projectId: string;
  let enterpriseId: string;

  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
    ({ projectId, enterpriseId } = await createProject(await apiAs(system.webUrl)));
    page = await system.browser.newPage({
      viewport: { width: 1600, height: 1000 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
  });
  afterAll(async () => {
    await page?.close();
    await system?.stop();
  });

  it('an admin adds an item for 固定资产投资 ≥ 5000 万元 at 开工 to the seed policy', async () => {
    await signIn(page, system.webUrl, 'admin');
    // 系统设置 → 政策库 (the settings group opens on its own pages).
    await page.goto(`${system.webUrl}/settings/policies`);
    await page.getByRole('navigation').getByText('政策库').waitFor();
    const policy = page.getByTestId('policy-card').filter({ hasText: SEED_POLICY });
    await policy.getByText('强链补链项目前期费用支持').waitFor();
    await policy.getByRole('button', { name: /新增条款/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('条款名称').fill(ITEM);
    await pick(page, dialog.getByRole('combobox', { name: '条款类别' }), '固定资产投资');
    // A wrong operator is named before anything is sent.
    await dialog
      .getByLabel('条件（JSON）')
      .fill('{"fact":"plannedFixedAssetInvestment","op":"reached","value":"5000"}');
    await dialog.getByText(/^condition\.op：/).waitFor();
    await dialog.getByLabel('条件（JSON）').fill(
      JSON.stringify({
        all: [
          { fact: 'plannedFixedAssetInvestment', op: '>=', value: '5000' },
          { fact: 'milestone', op: 'reached', value: 'CONSTRUCTION_STARTED' },
        ],
      }),
    );
    await dialog
      .getByTestId('rule-summary')
      .filter({ hasText: '计划固定资产投资 ≥ 5000 万元；“开工”节点完成' })
      .waitFor();
    await dialog
      .getByLabel('金额规则（JSON）')
      .fill('{"rate":"0.05","of":"plannedFixedAssetInvestment","cap":"300"}');
    await dialog.getByRole('button', { name: '试算匹配' }).click();
    await dialog.getByText(/当前符合的项目|当前没有符合的项目/).waitFor();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = policy.locator('.ant-table-row').filter({ hasText: ITEM });
    await row.getByText('计划固定资产投资的 5%，最高 300 万元').waitFor();
    // The matches are recomputed in the background after the save; the row follows it to the end.
    await row.getByText(/^已完成：符合 \d+ 个（项目与企业）$/).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'policies-library.png'), fullPage: true });
  });

  it('an officer records 开工 and sees the item and its amount on the project page and in 免申即享', async () => {
    // A browser page of its own: a new sign-in, as the officer would have at their desk.
    await page.close();
    page = await system.browser.newPage({
      viewport: { width: 1600, height: 1000 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    await signIn(page, system.webUrl, 'officer');
    await page.goto(`${system.webUrl}/projects/${projectId}`);
    await page.getByRole('heading', { name: PROJECT }).waitFor();
    const card = page.getByTestId('policy-matches-card');
    const match = card.getByTestId('policy-match').filter({ hasText: ITEM });
    await match.getByText('尚未符合').waitFor();
    await match.getByText('尚缺：“开工”节点完成').waitFor();
    await match.getByText('预计金额：300 万元').waitFor();

    await page
      .getByTestId('milestone-CONSTRUCTION_STARTED')
      .getByRole('button', { name: '记录实际日期' })
      .click();
    const dialog = page.getByRole('dialog');
    await typeDate(dialog, '实际日期', shanghaiDay());
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await match.getByText('已符合').waitFor();
    await match.getByText('预计金额：300 万元').waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'policies-project-card.png'), fullPage: true });

    // The enterprise page: its own matches (no tags yet, so nothing qualifies on its own), then its project's.
    await page.goto(`${system.webUrl}/enterprises/${enterpriseId}`);
    const enterpriseCard = page.getByTestId('policy-matches-card');
    await enterpriseCard.getByTestId('policy-group-enterprise').waitFor();
    const group = enterpriseCard.getByTestId('policy-group-project').filter({ hasText: PROJECT });
    await group.getByTestId('policy-match').filter({ hasText: ITEM }).getByText('已符合').waitFor();
    await enterpriseCard.getByTestId('policy-estimate-total').filter({ hasText: '300 万元' }).waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'policies-enterprise-card.png'), fullPage: true });

    await page.getByRole('navigation').getByText('免申即享').click();
    await page.waitForURL(/\/policy-qualified/);
    const row = page.locator('.ant-table-row').filter({ hasText: PROJECT }).filter({ hasText: ITEM });
    await row.getByText('300 万元').waitFor();
    await row.getByText(ENTERPRISE).waitFor();
    await row.getByText('项目', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'policies-qualified.png'), fullPage: true });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
