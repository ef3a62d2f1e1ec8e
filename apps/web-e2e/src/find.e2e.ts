import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR, signIn, startSystem, type RunningSystem } from './system';

/** A demo lead (apps/api/src/demo/demo-projects.ts), found by a Chinese substring of its name. */
const LEAD = '氢燃料电池电堆生产基地';
const COMPANY = '上海通知测试（奉贤）新材料有限公司';

/** Calls the API as the signed-in page does: the session cookie, and the header the API asks of it. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const body = await page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lianzhao-csrf': '1' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown };
    },
    [query, variables] as const,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

describe('finding things: Ctrl+K and the notification centre', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem();
    mkdirSync(OUTPUT_DIR, { recursive: true });
  });
  afterAll(() => system?.stop());

  it('Ctrl+K finds a lead by a Chinese substring and opens it with the keyboard', async () => {
    const officer = await system.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await signIn(officer, system.webUrl, 'officer');
    // The shortcut works once the signed-in frame (and its header) is there.
    await officer.getByRole('button', { name: /搜索/ }).waitFor();
    await officer.keyboard.press('Control+k');
    const box = officer.getByRole('combobox', { name: '搜索' });
    await box.waitFor();
    await box.fill('电堆生产');
    const leads = officer.getByRole('region', { name: '线索' });
    await leads.getByRole('option', { name: new RegExp(LEAD) }).waitFor();
    await officer.screenshot({ path: path.join(OUTPUT_DIR, 'find-palette.png') });
    // Down to the lead with the arrow keys, then Enter.
    const leadIds = await leads.getByRole('option').evaluateAll((nodes) => nodes.map((n) => n.id));
    const allIds = await officer.getByRole('option').evaluateAll((nodes) => nodes.map((n) => n.id));
    const index = allIds.indexOf(leadIds[0]);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i += 1) await box.press('ArrowDown');
    await box.press('Enter');
    await officer.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await officer.getByRole('heading', { name: LEAD }).first().waitFor();
    await officer.close();
  });

  it('a partner sees a notification when its referral is accepted, and opens the referral from it', async () => {
    const partner = await system.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await signIn(partner, system.webUrl, 'partner');
    const filed = await gql<{ fileReferral: { id: string } }>(
      partner,
      'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id } }',
      { input: { companyName: COMPANY, segmentCode: 'HYDROGEN', contactName: '周先生', contactPhone: '13800000000' } },
    );
    const officer = await system.browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await signIn(officer, system.webUrl, 'officer');
    const me = await gql<{ me: { id: string } }>(officer, '{ me { id } }', {});
    await gql(officer, 'mutation ($input: AcceptReferralInput!) { acceptReferral(input: $input) { id } }', {
      input: { id: filed.fileReferral.id, ownerId: me.me.id },
    });
    await officer.close();

    // The bell counts the new notice once the page asks again (on load).
    await partner.goto(`${system.webUrl}/my-referrals`);
    // The count arrives with the page's other queries, which now start together with `me`: until
    // it does the bell says 0.
    const bell = partner.getByRole('button', { name: /^通知（[1-9]\d* 条未读）$/ });
    await bell.waitFor();
    const unread = Number(/（(\d+) 条/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    expect(unread).toBeGreaterThanOrEqual(1);
    await bell.click();
    const note = partner.getByTestId('notification').filter({ hasText: COMPANY });
    await note.filter({ hasText: '已受理' }).waitFor();
    await partner.screenshot({ path: path.join(OUTPUT_DIR, 'find-notification.png') });
    await note.click();
    await partner.waitForURL(new RegExp(`/my-referrals/${filed.fileReferral.id}$`));
    // Opening it marked it read.
    await partner.getByRole('button', { name: `通知（${unread - 1} 条未读）` }).waitFor();
    await partner.close();
  });
});
