import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { act, render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppLayout } from './AppLayout';
import { AuditChanges } from './AuditChanges';

// Names, notes and audit values are typed by partners on the open internet: the web client must
// show them as text, never let the browser parse them as HTML.

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** Every .ts/.tsx source of the web client (the web app and its libraries). */
function webSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    if (statSync(full).isDirectory()) return webSources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('text is never rendered as HTML', () => {
  it('has no dangerouslySetInnerHTML or innerHTML assignment anywhere in the web client', () => {
    const root = path.resolve(__dirname, '../../../../..');
    const files = [...webSources(path.join(root, 'apps/web/src')), ...webSources(path.join(root, 'libs/web'))];
    expect(files.length).toBeGreaterThan(50);
    const self = path.resolve(__filename);
    const offending = files.filter((f) => f !== self && /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('shows an <img onerror> user name and audit values as literal text', async () => {
    let container: HTMLElement | undefined;
    await act(async () => {
      container = render(
        <I18nProvider>
          <MemoryRouter initialEntries={['/']}>
            <Routes>
              <Route element={<AppLayout user={{ displayName: HOSTILE, role: 'OFFICER' }} onSignOut={jest.fn()} />}>
                <Route path="*" element={<AuditChanges changes={[{ field: 'name', before: HOSTILE, after: '<b>bold</b>' }]} fieldLabel={() => '名称'} />} />
              </Route>
            </Routes>
          </MemoryRouter>
        </I18nProvider>,
      ).container;
    });
    const page = container as HTMLElement;
    expect(page.querySelector('img[src="x"], b')).toBeNull();
    expect(page.textContent).toContain(HOSTILE);
    expect(page.textContent).toContain('<b>bold</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
