import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR, pick, signIn, startSystem, type RunningSystem } from './system';

const TOWN = '奉贤新城测试镇';

describe('reference data: an admin edits 基础数据 and officers see the change in their forms', () => {
  let system: RunningSystem;
  let admin: Page;

  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
    admin = await system.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await signIn(admin, system.webUrl, 'admin');
  });
  afterAll(async () => {
    await admin?.close();
    await system?.stop();
  });

  it('adds a town and renames a tag, each in the history; the new town is offered in the lead form', async () => {
    await admin.goto(`${system.webUrl}/settings/reference`);
    await admin.getByRole('heading', { name: '基础数据' }).waitFor();

    await admin.getByRole('tab', { name: '镇、街道与区域' }).click();
    const towns = admin.locator('[data-testid="reference-table"][data-kind="PLACE"][data-group="TOWN"]');
    await towns.getByRole('button', { name: /新建/ }).click();
    let dialog = admin.getByRole('dialog');
    await dialog.getByLabel('代码').fill('xincheng_test');
    await dialog.getByLabel('名称', { exact: true }).fill(TOWN);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await towns.getByText(TOWN).first().waitFor();
    await towns.getByText('XINCHENG_TEST').waitFor();

    await admin.getByRole('tab', { name: '标签' }).click();
    const profile = admin.locator('[data-testid="reference-table"][data-kind="TAG"][data-group="PROFILE"]');
    await profile.locator('tr', { hasText: '独角兽' }).getByRole('button', { name: '改名' }).click();
    dialog = admin.getByRole('dialog');
    await dialog.getByLabel('名称', { exact: true }).fill('独角兽企业');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await profile.getByText('独角兽企业').waitFor();

    await admin.getByRole('tab', { name: '修改记录' }).click();
    await admin.getByText('标签「独角兽企业」（UNICORN）').waitFor();
    await admin.getByText(`镇街「${TOWN}」（XINCHENG_TEST）`).waitFor();
    await admin.screenshot({ path: path.join(OUTPUT_DIR, 'reference-history.png'), fullPage: true });

    const officer = await system.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    try {
      await signIn(officer, system.webUrl, 'officer');
      await officer.goto(`${system.webUrl}/leads`);
      await officer.getByRole('button', { name: /新建线索/ }).click();
      const form = officer.getByRole('dialog');
      await form.getByRole('combobox', { name: '意向落地镇/街道' }).click();
      await form.getByRole('combobox', { name: '意向落地镇/街道' }).fill('新城测试');
      await officer
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: TOWN })
        .waitFor();
    } finally {
      await officer.close();
    }
  });

  it('adds a park and renames a milestone; officers choose the park under its town and read the new name', async () => {
    await admin.goto(`${system.webUrl}/settings/reference`);
    await admin.getByRole('tab', { name: '园区' }).click();
    const parks = admin.locator('[data-testid="reference-table"][data-kind="PARK"]');
    await parks.getByText('东方美谷生物医药园').waitFor();
    await parks.getByRole('button', { name: /新建/ }).click();
    let dialog = admin.getByRole('dialog');
    await pick(admin, dialog.getByLabel('所在镇/街道'), '金汇镇');
    await dialog.getByLabel('代码').fill('jinhui_smart_park');
    await dialog.getByLabel('名称', { exact: true }).fill('金汇智造园');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await parks.locator('tr', { hasText: '金汇智造园' }).getByText('金汇镇').waitFor();

    await admin.getByRole('tab', { name: '节点模板' }).click();
    await admin.getByRole('button', { name: '改名 竣工' }).first().click();
    dialog = admin.getByRole('dialog');
    await dialog.getByLabel('名称', { exact: true }).fill('竣工验收');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await admin.getByText('竣工验收').first().waitFor();

    const officer = await system.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    try {
      await signIn(officer, system.webUrl, 'officer');
      await officer.goto(`${system.webUrl}/projects?q=${encodeURIComponent('人形机器人整机制造项目')}`);
      await officer
        .locator('.ant-table-tbody tr.ant-table-row a[href^="/projects/"]', { hasText: '人形机器人' })
        .first()
        .click();
      await officer.getByText('竣工验收').first().waitFor();
      await officer
        .getByRole('button', { name: /编\s*辑$/ })
        .first()
        .click();
      const form = officer.getByRole('dialog');
      await pick(officer, form.getByRole('combobox', { name: '意向落地镇/街道' }), '金汇镇');
      await pick(officer, form.getByLabel('园区'), '金汇智造园');
      await form.getByRole('button', { name: /保\s*存/ }).click();
      await form.waitFor({ state: 'hidden' });
      await officer.getByText('金汇智造园').first().waitFor();
    } finally {
      await officer.close();
    }
  });
});
