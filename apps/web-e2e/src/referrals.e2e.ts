import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR, pick, pickPath, signIn, startSystem, type RunningSystem } from './system';

// The same company, written two ways: full-width brackets and 有限公司 by one partner,
// half-width brackets and 股份有限公司 by the other.
const FIRST_NAME = '上海链测（奉贤）智能装备有限公司';
const SECOND_NAME = '上海链测(奉贤)智能装备股份有限公司';

async function fileReferral(page: Page, companyName: string): Promise<void> {
  await page.getByRole('button', { name: '报备企业' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('企业名称').fill(companyName);
  await pickPath(page, dialog.getByLabel('产业 / 细分赛道'), ['数智新装备', '人形机器人']);
  await dialog.getByLabel('意向投资（万元）').fill('30000');
  await dialog.getByLabel('企业联系人').fill('周先生');
  await dialog.getByLabel('联系电话').fill('13800000000');
}

describe('referrals: two partners file the same company, the office accepts the first', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
  });
  afterAll(() => system?.stop());

  it('protects the first filing, tells the second it is already referred, and shows the partner the lead stage after acceptance', async () => {
    // 1. partner (chain master) files the company.
    const partner = await system.browser.newPage({
      viewport: { width: 1600, height: 1000 },
      locale: 'zh-CN',
    });
    await signIn(partner, system.webUrl, 'partner');
    await partner.goto(`${system.webUrl}/my-referrals`);
    await partner.getByRole('heading', { name: '我的报备' }).waitFor();
    await fileReferral(partner, FIRST_NAME);
    // A small 项目介绍 PDF attached to the filing: uploaded (multipart) on submit, then named by id in the mutation.
    await partner
      .getByRole('dialog')
      .locator('input[type="file"]')
      .setInputFiles({
        name: '项目介绍.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 链测'),
      });
    await partner.getByRole('dialog').getByText('项目介绍.pdf').waitFor();
    await partner.getByTestId('duplicate-check').filter({ hasText: '未发现重复报备' }).waitFor();
    await partner.getByRole('button', { name: '提交报备' }).click();
    await partner.waitForURL(/\/my-referrals\/[0-9a-f-]{36}$/);
    const firstUrl = partner.url();
    await partner.getByText('保护中').first().waitFor();
    await partner
      .getByTestId('referral-attachments')
      .getByRole('button', { name: /项目介绍\.pdf/ })
      .waitFor();
    await partner.screenshot({ path: path.join(OUTPUT_DIR, 'referral-partner-filed.png'), fullPage: true });

    // 2. partner2 (platform) files the same company under a slightly different name.
    const partner2 = await system.browser.newPage({
      viewport: { width: 1600, height: 1000 },
      locale: 'zh-CN',
    });
    await signIn(partner2, system.webUrl, 'partner2');
    await partner2.goto(`${system.webUrl}/my-referrals`);
    await fileReferral(partner2, SECOND_NAME);
    await partner2
      .getByTestId('duplicate-check')
      .filter({ hasText: '该企业已被报备，处于保护期内' })
      .waitFor();
    await partner2.screenshot({
      path: path.join(OUTPUT_DIR, 'referral-duplicate-warning.png'),
      fullPage: true,
    });
    await partner2.getByRole('button', { name: '提交报备' }).click();
    await partner2.waitForURL(/\/my-referrals\/[0-9a-f-]{36}$/);
    await partner2.getByText('已被报备').first().waitFor();
    // Never who referred it first.
    expect(await partner2.content()).not.toContain('链主企业（示例）');
    await partner2.screenshot({
      path: path.join(OUTPUT_DIR, 'referral-partner2-conflict.png'),
      fullPage: true,
    });

    // 3. officer accepts the first filing from the review queue.
    const officer = await system.browser.newPage({
      viewport: { width: 1600, height: 1000 },
      locale: 'zh-CN',
    });
    await signIn(officer, system.webUrl, 'officer');
    await officer.goto(`${system.webUrl}/referrals`);
    await officer.getByRole('heading', { name: '报备审核' }).waitFor();
    await officer.getByRole('tab', { name: /保护中/ }).click();
    await officer.getByRole('link', { name: FIRST_NAME }).waitFor();
    await officer.screenshot({ path: path.join(OUTPUT_DIR, 'referral-review-queue.png'), fullPage: true });
    await officer.getByRole('link', { name: FIRST_NAME }).click();
    // The partner's attachment is listed on the review page and downloads with its own name.
    const attachment = officer
      .getByTestId('referral-attachments')
      .getByRole('button', { name: /项目介绍\.pdf/ });
    await attachment.waitFor();
    const [download] = await Promise.all([officer.waitForEvent('download'), attachment.click()]);
    expect(download.suggestedFilename()).toBe('项目介绍.pdf');
    await officer.getByRole('button', { name: /^受\s*理$/ }).click();
    const dialog = officer.getByRole('dialog');
    await pick(officer, dialog.getByLabel('负责人'), '张招商');
    await dialog.getByRole('button', { name: /^受\s*理$/ }).click();
    await officer.getByText('已受理').first().waitFor();
    await officer.getByRole('link', { name: `${FIRST_NAME}投资项目` }).waitFor();
    await officer.screenshot({ path: path.join(OUTPUT_DIR, 'referral-accepted.png'), fullPage: true });

    // The organisation's page: its referrals and conversion.
    await officer.getByRole('link', { name: /链主企业（示例）/ }).click();
    await officer.getByTestId('referral-funnel').getByText('受理').waitFor();
    await officer.screenshot({ path: path.join(OUTPUT_DIR, 'referral-organization.png'), fullPage: true });

    // The later filing shows the earlier one beside it for the officer.
    await officer.goto(`${system.webUrl}/referrals`);
    await officer.getByRole('tab', { name: /已被报备/ }).click();
    // The accepted first filing leaves the table once the tab's own page has replaced the old one,
    // so the click lands on the refreshed row, not on one that is about to move.
    await officer.getByRole('link', { name: FIRST_NAME, exact: true }).waitFor({ state: 'detached' });
    await officer.getByRole('link', { name: SECOND_NAME }).click();
    await officer.getByTestId('referral-match').getByText(FIRST_NAME).waitFor();
    await officer.screenshot({
      path: path.join(OUTPUT_DIR, 'referral-match-side-by-side.png'),
      fullPage: true,
    });

    // 4. partner sees the lead's stage.
    await partner.goto(firstUrl);
    await partner.getByText('已受理').first().waitFor();
    const progress = partner.locator('.ant-card').filter({ hasText: '项目进展' });
    await progress.getByText('线索阶段').waitFor();
    await progress.locator('.ant-tag').filter({ hasText: '线索' }).waitFor();
    await partner.screenshot({
      path: path.join(OUTPUT_DIR, 'referral-partner-progress.png'),
      fullPage: true,
    });
    await partner.goto(`${system.webUrl}/my-referrals`);
    await partner.getByRole('link', { name: FIRST_NAME }).waitFor();
    await partner.screenshot({ path: path.join(OUTPUT_DIR, 'referral-my-referrals.png'), fullPage: true });

    // The referral rules in 系统设置.
    const admin = await system.browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    await signIn(admin, system.webUrl, 'admin');
    await admin.goto(`${system.webUrl}/settings/referral-rules`);
    await admin.getByLabel('报备保护期').waitFor();
    expect(await admin.getByLabel('报备保护期').inputValue()).toBe('180');
    await admin.getByRole('button', { name: /添加档位/ }).click();
    await admin.getByLabel('投资起点 1').fill('0');
    await admin.getByLabel('比例 1').fill('3');
    await admin.getByRole('button', { name: /添加档位/ }).click();
    await admin.getByLabel('投资起点 2').fill('100,000');
    await admin.getByLabel('比例 2').fill('2');
    await admin.getByLabel('单个项目奖励上限（万元）').fill('300');
    await admin.getByRole('button', { name: /保\s*存/ }).click();
    await admin.getByText('已保存').waitFor();
    await admin.reload();
    expect(await admin.getByLabel('投资起点 2').inputValue()).toBe('100000');
    await admin.screenshot({ path: path.join(OUTPUT_DIR, 'referral-rules.png'), fullPage: true });
  });
});
