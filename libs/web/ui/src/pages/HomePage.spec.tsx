import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { HomePage } from './HomePage';

function renderHome(role: 'LEADER' | 'PARTNER') {
  render(
    <I18nProvider>
      <MemoryRouter>
        <HomePage user={{ displayName: '李四', role }} />
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('HomePage', () => {
  it('greets the user with name and role and links the menu pages', () => {
    renderHome('LEADER');
    expect(screen.getByRole('heading', { name: '李四，您好' })).toBeInTheDocument();
    expect(screen.getByText('当前角色：区领导')).toBeInTheDocument();
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/dashboard',
      '/chain-overview',
      '/leads',
      '/enterprises',
      '/funds',
      '/projects',
      '/chain',
    ]);
    expect(screen.getAllByText('只读')).toHaveLength(5);
  });

  it('gives a partner only 我的报备', () => {
    renderHome('PARTNER');
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['我的报备']);
  });
});
