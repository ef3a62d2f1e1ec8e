import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { OUTPUT_DIR, pick, pickPath, signIn, startSystem, type RunningSystem } from './system';

const ENTERPRISE = '上海奉贤链测储能科技有限公司';
// A valid 统一社会信用代码 issued in 奉贤区 (310120), check character included.
const CREDIT_CODE = '91310120MA1HK5T97Y';
const PROJECT = '链测储能电池系统生产基地';
const VISIT = '走访企业总部，了解储能电池扩产计划和用地需求';
// A demo lead (apps/api/src/demo) on the board from the start: it shares 电池 with PROJECT, not 电池系统.
const DEMO_LEAD = '氢燃料电池电堆生产基地';

/** The import sheet's rows as the template lays them out: notes, header, example, then data. */
const FIRST_DATA_ROW = 4;

type ImportRow = [
  enterprise: string,
  creditCode: string | null,
  project: string,
  segment: string,
  channel: string,
];

/** Fills the downloaded template with rows, by header name, so a reordered template still works. */
async function fillTemplate(template: string, target: string, rows: readonly ImportRow[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.worksheets[0];
  const header = sheet.getRow(FIRST_DATA_ROW - 2);
  const column = (title: string): number => {
    let found = 0;
    header.eachCell((cell, index) => {
      if (String(cell.value ?? '').replace('*', '') === title) found = index;
    });
    if (!found) throw new Error(`template has no column ${title}`);
    return found;
  };
  const columns = ['企业名称', '统一社会信用代码', '项目名称', '细分赛道', '招商渠道'].map(column);
  rows.forEach((values, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    values.forEach((value, j) => {
      row.getCell(columns[j]).value = value;
    });
    row.getCell(column('计划投资（万元）')).value = 5000 + i;
    row.commit();
  });
  await workbook.xlsx.writeFile(target);
}

function column(page: Page, stage: string): Locator {
  return page.getByRole('region', { name: stage, exact: true });
}

function card(page: Page, project: string): Locator {
  return page.getByTestId('lead-card').filter({ hasText: project });
}

describe('lead pipeline: an officer works a lead from first contact to a site visit', () => {
  let system: RunningSystem;
  let page: Page;
  let files: string;

  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
    files = mkdtempSync(path.join(tmpdir(), 'lianzhao-e2e-files-'));
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
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('creates an enterprise with a checked credit code', async () => {
    await page.goto(`${system.webUrl}/enterprises`);
    await page.getByRole('button', { name: /新建企业/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('企业名称').fill(ENTERPRISE);
    // The check runs as the code is typed: a wrong check character is caught before saving, and the
    // message says where without handing out the right character.
    await dialog.getByLabel('统一社会信用代码').fill(`${CREDIT_CODE.slice(0, 17)}X`);
    await dialog.getByText('统一社会信用代码无效：第 18 位（校验位）与前 17 位不符，请核对').waitFor();
    expect(await dialog.getByText(/应为/).count()).toBe(0);
    await dialog.getByLabel('统一社会信用代码').fill(CREDIT_CODE);
    await dialog.getByRole('button', { name: /添加联系人/ }).click();
    await dialog.getByLabel('姓名').fill('王总');
    await dialog.getByLabel('电话').fill('13812345678');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: ENTERPRISE }).waitFor();
    await page.getByText(CREDIT_CODE).waitFor();
  });

  it('creates a lead for it and logs a visit', async () => {
    await page.goto(`${system.webUrl}/leads`);
    await page.getByRole('button', { name: /新建线索/ }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog.getByLabel('企业', { exact: true }), ENTERPRISE, '链测储能');
    await dialog.getByLabel('项目名称').fill(PROJECT);
    await pickPath(page, dialog.getByLabel('产业 / 细分赛道'), ['绿色新能源', '新型储能']);
    await dialog.getByLabel('计划投资（万元）').fill('120,000');
    await dialog.getByLabel('用地需求（亩）').fill('80');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: PROJECT }).waitFor();
    // Under 计划投资（万元） the amount stays in 万元, as the label says.
    await page.getByText('120,000', { exact: true }).first().waitFor();

    await page.getByLabel('参与人').fill('张招商、企业王总');
    await page.getByLabel('跟进内容').fill(VISIT);
    await page.getByLabel('下一步', { exact: true }).fill('安排到南桥镇实地考察');
    const due = page.getByLabel('下一步截止日期');
    await due.click();
    await due.fill(new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10));
    await due.press('Enter');
    await page.getByRole('button', { name: '保存跟进记录' }).click();
    // The entry on the timeline carries its kind: the form's default, 走访.
    const entry = page.locator('.ant-timeline-item').filter({ hasText: VISIT });
    await entry
      .locator('.ant-tag')
      .filter({ hasText: /^走访$/ })
      .waitFor();
  });

  it('drags the card to 实地考察 and finds it again by a Chinese substring', async () => {
    await page.goto(`${system.webUrl}/leads`);
    await card(page, PROJECT).waitFor();
    await column(page, '线索').getByText(PROJECT).waitFor();
    // The visit is now on the officer's to-do list.
    await page.getByTestId('follow-up-due').filter({ hasText: '安排到南桥镇实地考察' }).waitFor();

    await card(page, PROJECT).dragTo(column(page, '实地考察'));
    await page.getByText(`「${PROJECT}」已转到「实地考察」`).waitFor();
    await column(page, '实地考察').getByText(PROJECT).waitFor();
    await column(page, '实地考察').getByText('计划投资 12 亿元').waitFor();
    expect(await column(page, '线索').getByText(PROJECT).count()).toBe(0);

    // The demo lead is signed, and 签约 starts folded to a strip with its count.
    await page.getByRole('button', { name: '展开「签约」' }).click();
    await card(page, DEMO_LEAD).waitFor();
    await page.getByLabel('搜索').fill('电池系统');
    await page.getByLabel('搜索').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '电池系统');
    await column(page, '实地考察').getByText(PROJECT).waitFor();
    // The search narrowed the board: the demo lead seen before it is gone.
    await card(page, DEMO_LEAD).waitFor({ state: 'detached' });
    expect(await card(page, DEMO_LEAD).count()).toBe(0);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'leads-board.png'), fullPage: true });

    await card(page, PROJECT).getByRole('link', { name: PROJECT }).click();
    await page.getByText('阶段：线索 → 实地考察').waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'lead-page.png'), fullPage: true });
  });

  it('imports a template, shows the bad row, and imports it once fixed', async () => {
    await page.goto(`${system.webUrl}/leads`);
    await page.getByRole('button', { name: /^(upload )?导入$/ }).click();
    const dialog = page.getByRole('dialog');
    const [templateDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: /下载模板/ }).click(),
    ]);
    const template = path.join(files, 'template.xlsx');
    await templateDownload.saveAs(template);

    const bad = path.join(files, 'bad.xlsx');
    await fillTemplate(template, bad, [
      ['上海链测细胞科技有限公司', null, '链测细胞治疗中试基地', '基因和细胞治疗', '自主招商'],
      ['上海链测材料有限公司', null, '链测高分子材料项目', '不存在的赛道', '自主招商'],
    ]);
    await dialog.locator('input[type="file"]').setInputFiles(bad);
    await dialog.getByRole('button', { name: '检查文件' }).click();
    await dialog.getByText('第 5 行 · 细分赛道 · 未找到细分赛道“不存在的赛道”', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: /下载错误报告/ }).waitFor();
    expect(await dialog.getByRole('button', { name: '确认导入' }).count()).toBe(0);

    const fixed = path.join(files, 'fixed.xlsx');
    await fillTemplate(template, fixed, [
      ['上海链测细胞科技有限公司', null, '链测细胞治疗中试基地', '基因和细胞治疗', '自主招商'],
      ['上海链测材料有限公司', null, '链测高分子材料项目', '高分子材料', '自主招商'],
    ]);
    await dialog.getByRole('button', { name: '重新上传' }).click();
    await dialog.locator('input[type="file"]').setInputFiles(fixed);
    await dialog.getByRole('button', { name: '检查文件' }).click();
    await dialog.getByText('共 2 行，可以导入').waitFor();
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await dialog.getByText('导入完成：新建 2 家企业、2 条线索，跳过 0 条').waitFor();
    await dialog.getByRole('button', { name: '返回看板' }).click();
    await column(page, '线索').getByText('链测高分子材料项目').waitFor();
  });

  it('exports the filtered leads to Excel, and only those', async () => {
    await page.goto(`${system.webUrl}/leads?q=${encodeURIComponent('链测')}`);
    await card(page, PROJECT).waitFor();
    await card(page, '链测细胞治疗中试基地').waitFor();
    // Narrow further with an amount range: the imported rows were given 5000 and 5001 万元.
    await page.getByRole('button', { name: /更多筛选/ }).click();
    const investmentFrom = page.getByLabel('计划投资（万元）下限');
    await investmentFrom.fill('5,001');
    await investmentFrom.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('invMin') === '5001');
    await card(page, '链测细胞治疗中试基地').waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: '线索管道' }).click();
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(exported.suggestedFilename()).toMatch(/\.xlsx$/);
    const target = path.join(files, 'export.xlsx');
    await exported.saveAs(target);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const projects: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => projects.push(String(cell.value ?? ''))));
    expect(projects).toEqual(expect.arrayContaining([PROJECT, '链测高分子材料项目']));
    // What the filter leaves out is not in the file: below the range, or not matching the search.
    expect(projects).not.toContain('链测细胞治疗中试基地');
    expect(projects).not.toContain(DEMO_LEAD);
  });
});
