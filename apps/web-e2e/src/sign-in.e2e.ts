import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR, signIn, startSystem, type RunningSystem } from './system';

const OFFICER_MENU = ['线索管道', '企业库', '报备审核', '基金', '项目落地', '产业链图谱', '免申即享', '驾驶舱'];

async function menuLabels(page: Page): Promise<string[]> {
  const items = page.locator('.ant-layout-sider [role="menuitem"]');
  await items.first().waitFor();
  // 报备审核 may carry the count of referrals waiting for review; the label is what is compared.
  return (await items.allInnerTexts()).map((t) => t.replace(/\s*\d+$/, '').trim());
}

describe('signing in: each role sees its own menu', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
  });
  afterAll(() => system?.stop());

  it('shows an officer the pipeline menu and a home page, and saves a screenshot', async () => {
    const page = await system.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await signIn(page, system.webUrl, 'officer');
    expect(await menuLabels(page)).toEqual(OFFICER_MENU);
    await expect(page.getByText('张招商').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'officer-home.png'), fullPage: true });
    // An officer reads the cockpit too (issue 13).
    await page.getByRole('menuitem', { name: '驾驶舱' }).click();
    await page.getByRole('heading', { name: '领导驾驶舱' }).waitFor();
    // An officer has no settings: the address bar cannot take them there either.
    await page.goto(`${system.webUrl}/settings/users`);
    await page.getByText('403').first().waitFor();
    await page.close();
  });

  it('keeps the session in an HttpOnly cookie only: it survives a reload, no script can read it, sign-out ends it', async () => {
    const page = await system.browser.newPage({ locale: 'zh-CN' });
    await signIn(page, system.webUrl, 'admin');
    const session = (await page.context().cookies()).find((c) => c.name === 'lianzhao_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const readable = await page.evaluate(() => ({
      cookie: document.cookie,
      local: Object.keys(window.localStorage),
      session: Object.keys(window.sessionStorage),
    }));
    // The one stored thing is the session hint (role only, no name and no token) that lets a page
    // start its queries together with the `me` check.
    expect(readable).toEqual({ cookie: '', local: ['lianzhao.session-hint'], session: [] });
    const hint = await page.evaluate(() => window.localStorage.getItem('lianzhao.session-hint'));
    expect(JSON.parse(hint ?? 'null')).toEqual({ id: expect.any(String), role: 'ADMIN', organization: null });
    await page.reload();
    await page.getByTestId('current-user').waitFor();
    // 登录记录 lists this very sign-in.
    await page.goto(`${system.webUrl}/settings/sign-ins?user=admin`);
    await page.getByRole('heading', { name: '登录记录' }).waitFor();
    await page.locator('.ant-table-row').first().getByText('成功').waitFor();
    const loggedOut = page.waitForResponse((r) => (r.request().postData() ?? '').includes('logout'));
    await page.getByRole('button', { name: /退出登录/ }).click();
    await loggedOut;
    await page.getByLabel('用户名').waitFor();
    expect((await page.context().cookies()).find((c) => c.name === 'lianzhao_session')).toBeUndefined();
    await page.goto(`${system.webUrl}/leads`);
    await page.getByLabel('用户名').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  it('shows a chain-master partner only 我的报备 and its 供应链', async () => {
    const page = await system.browser.newPage({ locale: 'zh-CN' });
    await signIn(page, system.webUrl, 'partner');
    expect(await menuLabels(page)).toEqual(['我的报备', '供应链']);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'partner-home.png') });
    await page.close();
  });

  it('refuses a wrong password with a clear message', async () => {
    const page = await system.browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${system.webUrl}/login`);
    await page.getByLabel('用户名').fill('officer');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('用户名或密码错误').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });
});
