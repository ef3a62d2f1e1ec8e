import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { I18nProvider } from '../i18n/I18nProvider';
import { listHref, rememberListUrl } from './list-urls';
import { usePageTrail } from './PageTrail';

const KEYS = ['stage', 'view'] as const;

function Where() {
  const { pathname, search } = useLocation();
  return <output data-testid="where">{`${pathname}${search}`}</output>;
}

function ListPage() {
  const [filters, update] = useUrlFilters(KEYS);
  const navigate = useNavigate();
  return (
    <>
      <button onClick={() => update({ stage: 'LOST' })}>流失</button>
      <button onClick={() => update({ view: 'table' })}>列表</button>
      <button onClick={() => update({ stage: filters.stage })}>同一筛选</button>
      <button onClick={() => navigate(-1)}>后退</button>
      <Link to="/leads/l1">储能电池基地</Link>
    </>
  );
}

function DetailPage() {
  const { id } = useParams();
  usePageTrail(id ? [{ title: '线索管道', to: listHref('/leads') }, { title: '储能电池基地' }] : null);
  return <Link to={listHref('/leads')}>返回线索管道</Link>;
}

async function renderApp(path: string) {
  await act(async () => {
    render(
      <I18nProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route
              element={<AppLayout user={{ displayName: '张三', role: 'OFFICER' }} onSignOut={jest.fn()} />}
            >
              <Route path="/leads" element={<ListPage />} />
              <Route path="/leads/:id" element={<DetailPage />} />
              <Route path="*" element={null} />
            </Route>
          </Routes>
          <Where />
        </MemoryRouter>
      </I18nProvider>,
    );
  });
}

const where = () => screen.getByTestId('where').textContent;

beforeEach(() => sessionStorage.clear());

describe('navigation', () => {
  it('names the tab after the menu page, and a detail page after its record', async () => {
    await renderApp('/leads');
    expect(document.title).toBe('线索管道 · 链招');
    await userEvent.click(screen.getByRole('link', { name: '储能电池基地' }));
    expect(document.title).toBe('储能电池基地 · 链招');
  });

  it('names 工作台 and has no breadcrumb on a menu page', async () => {
    await renderApp('/');
    expect(document.title).toBe('工作台 · 链招');
    expect(screen.queryByRole('navigation', { name: 'breadcrumb' })).not.toBeInTheDocument();
  });

  it('makes each filter change a history entry that Back undoes, and none for no change', async () => {
    await renderApp('/leads');
    await userEvent.click(screen.getByRole('button', { name: '流失' }));
    await userEvent.click(screen.getByRole('button', { name: '同一筛选' }));
    await userEvent.click(screen.getByRole('button', { name: '列表' }));
    expect(where()).toBe('/leads?stage=LOST&view=table');
    await userEvent.click(screen.getByRole('button', { name: '后退' }));
    expect(where()).toBe('/leads?stage=LOST');
    await userEvent.click(screen.getByRole('button', { name: '后退' }));
    expect(where()).toBe('/leads');
  });

  it('returns from a detail page to the list with its filters, by the back link and the breadcrumb', async () => {
    await renderApp('/leads');
    await userEvent.click(screen.getByRole('button', { name: '流失' }));
    await userEvent.click(screen.getByRole('button', { name: '列表' }));
    await userEvent.click(screen.getByRole('link', { name: '储能电池基地' }));
    expect(where()).toBe('/leads/l1');
    const crumb = screen.getByRole('link', { name: '线索管道' });
    expect(crumb).toHaveAttribute('href', '/leads?stage=LOST&view=table');
    expect(
      screen.getByText('储能电池基地', { selector: '.ant-breadcrumb-item, .ant-breadcrumb span' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: '返回线索管道' }));
    expect(where()).toBe('/leads?stage=LOST&view=table');
  });
});

describe('list URLs', () => {
  it('remembers the last query string per list and forgets an empty one', () => {
    expect(listHref('/leads')).toBe('/leads');
    rememberListUrl('/leads', '?stage=LOST');
    rememberListUrl('/projects', 'q=%E5%BC%A0');
    expect(listHref('/leads')).toBe('/leads?stage=LOST');
    expect(listHref('/projects')).toBe('/projects?q=%E5%BC%A0');
    rememberListUrl('/leads', '');
    expect(listHref('/leads')).toBe('/leads');
  });
});
