import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { OUTPUT_DIR, pick, signIn, startSystem, type RunningSystem } from './system';

const TARGET = '宁德示例正极材料科技有限公司';
const SUPPLIER = '深圳示例隔膜材料有限公司';

/** A figure on a link card: the number beside its name. */
async function figure(card: Locator, name: string): Promise<string> {
  const row = card
    .locator('div')
    .filter({ hasText: new RegExp(`^${name}\\d+$`) })
    .last();
  return (await row.innerText()).replace(name, '').trim();
}

describe('chain: officers close gaps in the 新型储能 chain, and a chain master feeds its suppliers', () => {
  let system: RunningSystem;
  let officer: Page;
  let partner: Page;

  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
    partner = await system.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    officer = await system.browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    await signIn(partner, system.webUrl, 'partner');
    await signIn(officer, system.webUrl, 'officer');
  });
  afterAll(async () => {
    await partner?.close();
    await officer?.close();
    await system?.stop();
  });

  it('a chain-master partner adds a supplier on its 供应链 page', async () => {
    await partner.goto(`${system.webUrl}/supply-chain`);
    await partner.getByRole('heading', { name: '供应链' }).waitFor();
    await partner.getByRole('button', { name: /新\s*增/ }).click();
    const dialog = partner.getByRole('dialog');
    await dialog.getByLabel('企业名称').fill(SUPPLIER);
    await pick(partner, dialog.getByRole('combobox', { name: '细分赛道' }), '新型储能', '新型储能');
    await pick(partner, dialog.getByRole('combobox', { name: '环节' }), '隔膜');
    await dialog.getByLabel('供应/采购内容').fill('锂电池隔膜');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await partner.getByRole('cell', { name: SUPPLIER }).waitFor();
  });

  it('an officer sees a 缺失 link of 绿色新能源 → 新型储能, adds a target and converts it into a lead', async () => {
    await officer.goto(`${system.webUrl}/chain`);
    await officer.getByRole('heading', { name: '产业链图谱' }).waitFor();
    await pick(officer, officer.getByRole('combobox', { name: '产业' }), '绿色新能源');
    await officer.getByRole('tab', { name: '新型储能' }).click();
    const card = officer.getByTestId('chain-link-正负极材料');
    await card.getByText('缺失').waitFor();
    expect(await card.getAttribute('data-status')).toBe('MISSING');
    expect(await figure(card, '在谈线索')).toBe('0');

    await card.click();
    const drawer = officer.getByRole('dialog').filter({ hasText: '正负极材料（上游）' });
    await drawer.getByRole('tab', { name: /招商目标 0/ }).waitFor();
    await drawer.getByRole('button', { name: /新增招商目标/ }).click();
    const dialog = officer.getByRole('dialog', { name: '新增招商目标' });
    await dialog.getByLabel('企业名称').fill(TARGET);
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await drawer.getByRole('cell', { name: TARGET }).waitFor();
    await drawer.getByRole('tab', { name: /招商目标 1/ }).waitFor();
    await drawer.getByRole('cell', { name: '待招引' }).waitFor();

    await drawer.getByRole('button', { name: /转为线索/ }).click();
    await drawer.getByRole('cell', { name: '洽谈中' }).waitFor();
    await drawer.getByRole('tab', { name: /在谈线索 1/ }).waitFor();
    await officer.screenshot({ path: path.join(OUTPUT_DIR, 'chain-link-drawer.png'), fullPage: true });
    await drawer.getByRole('tab', { name: /在谈线索 1/ }).click();
    await drawer.getByRole('link', { name: `${TARGET}项目` }).waitFor();
    await officer.keyboard.press('Escape');
    await card.filter({ hasText: /在谈线索1/ }).waitFor();
    expect(await figure(card, '在谈线索')).toBe('1');

    // By stage: the new lead's part opens the list of that stage, with the same count.
    await card.getByRole('button', { name: '在谈线索：线索 1' }).click();
    const leadsPane = drawer.getByRole('tabpanel', { name: /在谈线索 1/ });
    await leadsPane.locator('.ant-tag-checkable-checked').filter({ hasText: '线索 1' }).waitFor();
    await leadsPane.getByText(/共 1 条/).waitFor();
    await leadsPane.getByRole('link', { name: `${TARGET}项目` }).waitFor();
    await officer.keyboard.press('Escape');
    // On a phone: the card's parts and the drawer it opens.
    await officer.setViewportSize({ width: 390, height: 844 });
    await card.scrollIntoViewIfNeeded();
    await officer.screenshot({
      path: path.join(OUTPUT_DIR, 'chain-stage-card-390.png'),
      animations: 'disabled',
    });
    await card.getByRole('button', { name: '在谈线索：线索 1' }).click();
    await leadsPane.getByText(/共 1 条/).waitFor();
    await officer.screenshot({
      path: path.join(OUTPUT_DIR, 'chain-stage-drill-390.png'),
      animations: 'disabled',
    });
    await officer.keyboard.press('Escape');
    await officer.setViewportSize({ width: 1600, height: 1000 });

    // The lead keeps its link: its page shows it, with the segment's other links as suggestions.
    await card.click();
    await drawer.getByRole('tab', { name: /在谈线索 1/ }).click();
    await drawer.getByRole('link', { name: `${TARGET}项目` }).click();
    await officer.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    const links = officer.getByTestId('record-chain-links');
    await links.getByText('正负极材料').waitFor();
    await links.getByText('隔膜').waitFor();
    await officer.goto(`${system.webUrl}/chain?industry=GREEN_ENERGY&segment=ENERGY_STORAGE`);
  });

  it("the officer sees the chain master's supplier as not yet local", async () => {
    const panel = officer.locator('.ant-card').filter({ hasText: '链主供应链' });
    const row = panel.getByRole('row').filter({ hasText: SUPPLIER });
    await row.waitFor();
    await row.getByText('未在本区').waitFor();
    await row.getByText('上海奉贤新能源汽车链主企业（示例）').waitFor();
    await officer.screenshot({ path: path.join(OUTPUT_DIR, 'chain-map.png'), fullPage: true });
  });
});
