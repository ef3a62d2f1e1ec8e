import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, useLocation } from 'react-router';
import { ReferenceOptionsDocument } from '@lianzhao/web-data';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { I18nProvider } from '../i18n/I18nProvider';
import { FilterBar } from './FilterBar';
import { amountRangeField, dateRangeField } from './field-factories';
import { filterFromUrl, type FilterField } from './filter-fields';

const KEYS = [
  'q',
  'status',
  'kinds',
  'active',
  'industry',
  'from',
  'to',
  'min',
  'max',
  'landMin',
  'landMax',
] as const;
type Key = (typeof KEYS)[number];

interface TestFilter {
  search?: string;
  status?: string;
  kinds?: string[];
  active?: boolean;
  industryCode?: string;
  createdFrom?: string;
  createdTo?: string;
  amountMin?: string;
  amountMax?: string;
  landMin?: string;
  landMax?: string;
}

const FIELDS: readonly FilterField<Key, TestFilter>[] = [
  { kind: 'text', key: 'q', to: 'search', label: 'common.search', enterButton: true },
  {
    kind: 'select',
    key: 'status',
    to: 'status',
    values: ['ON', 'OFF'],
    optionLabel: (v) => (v === 'ON' ? { zh: '开', en: 'On' } : { zh: '关', en: 'Off' }),
    label: 'common.status',
    allOption: 'common.all',
    segmented: true,
  },
  {
    kind: 'select',
    key: 'kinds',
    to: 'kinds',
    multiple: true,
    values: ['A', 'B'],
    label: 'attribution.channel',
    placeholder: 'attribution.allChannels',
  },
  {
    kind: 'boolean',
    key: 'active',
    to: 'active',
    label: 'common.actions',
    allOption: 'common.allStatus',
    trueOption: 'common.active',
    falseOption: 'common.inactive',
  },
  {
    kind: 'industry',
    key: 'industry',
    to: 'industryCode',
    label: 'attribution.segment',
    allOption: 'attribution.allIndustries',
  },
  dateRangeField(['from', 'to'], ['createdFrom', 'createdTo'], 'common.updatedAt', [
    'common.prevPage',
    'common.nextPage',
  ]),
  amountRangeField(['min', 'max'], ['amountMin', 'amountMax'], 'money', 'attribution.owner'),
  amountRangeField(['landMin', 'landMax'], ['landMin', 'landMax'], 'area', 'attribution.town'),
];

const reference: MockLink.MockedResponse = {
  request: { query: ReferenceOptionsDocument },
  result: {
    data: {
      industries: [
        {
          __typename: 'Industry',
          code: 'GREEN_ENERGY',
          name: '绿色新能源',
          nameEn: 'Green energy',
          sortOrder: 1,
          retired: false,
          segments: [],
        },
      ],
      tags: [],
      places: [],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** A list page in miniature: the bar over the URL, the filter it sends, and the URL itself. */
function Harness() {
  const [state, update, reset] = useUrlFilters(KEYS);
  const { search } = useLocation();
  return (
    <>
      <FilterBar fields={FIELDS} state={state} onChange={update} onReset={reset} />
      <output data-testid="filter">{JSON.stringify(filterFromUrl(FIELDS, state))}</output>
      <output data-testid="location">{decodeURIComponent(search)}</output>
    </>
  );
}

async function renderAt(path: string) {
  await act(async () => {
    render(
      <MockedProvider mocks={[reference]}>
        <I18nProvider initialLocale="zh-CN">
          <MemoryRouter initialEntries={[path]}>
            <Harness />
          </MemoryRouter>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

const location = () => screen.getByTestId('location').textContent ?? '';
const filter = () => JSON.parse(screen.getByTestId('filter').textContent ?? '{}') as TestFilter;

async function pick(combobox: HTMLElement, option: string) {
  await userEvent.click(combobox);
  const choice = await waitFor(() => {
    const found = Array.from(document.querySelectorAll('.ant-select-item-option')).find(
      (o) => o.textContent === option && !o.closest('.ant-select-dropdown-hidden'),
    );
    if (!found) throw new Error(`no option ${option}`);
    return found as HTMLElement;
  });
  await userEvent.click(choice);
}

describe('FilterBar', () => {
  it('shows what the URL says, for every kind on the bar', async () => {
    await renderAt(
      '/?q=链招&status=OFF&kinds=A,B&active=false&industry=GREEN_ENERGY&from=2026-01-01&to=2026-03-31',
    );
    expect(screen.getByLabelText('搜索')).toHaveValue('链招');
    expect(screen.getByRole('radio', { name: '关' })).toBeChecked();
    const kinds = screen.getByLabelText('招商渠道').closest('.ant-select') as HTMLElement;
    expect(within(kinds).getByText('A')).toBeInTheDocument();
    expect(within(kinds).getByText('B')).toBeInTheDocument();
    const active = screen.getByLabelText('操作').closest('.ant-select') as HTMLElement;
    expect(within(active).getByText('已停用')).toBeInTheDocument();
    const industry = screen.getByLabelText('产业 / 细分赛道').closest('.ant-select') as HTMLElement;
    await waitFor(() => expect(within(industry).getByText('绿色新能源')).toBeInTheDocument());
    expect(screen.getByPlaceholderText('上一页')).toHaveValue('2026-01-01');
    expect(screen.getByPlaceholderText('下一页')).toHaveValue('2026-03-31');
    expect(filter()).toEqual({
      search: '链招',
      status: 'OFF',
      kinds: ['A', 'B'],
      active: false,
      industryCode: 'GREEN_ENERGY',
      createdFrom: '2026-01-01',
      createdTo: '2026-03-31',
    });
  });

  it('writes each kind back to the URL, and reads it again', async () => {
    await renderAt('/');
    const search = screen.getByLabelText('搜索');
    await userEvent.type(search, '  氢能 {Enter}');
    await waitFor(() => expect(location()).toBe('?q=氢能'));

    // Ant Design's segmented control takes the click on the option's label.
    await userEvent.click(screen.getByText('开'));
    await waitFor(() => expect(location()).toBe('?q=氢能&status=ON'));

    await pick(screen.getByLabelText('操作'), '启用');
    await waitFor(() => expect(location()).toContain('active=true'));

    await pick(screen.getByLabelText('产业 / 细分赛道'), '绿色新能源');
    await waitFor(() => expect(location()).toContain('industry=GREEN_ENERGY'));

    await pick(screen.getByLabelText('招商渠道'), 'B');
    await waitFor(() => expect(location()).toContain('kinds=B'));

    expect(filter()).toEqual({
      search: '氢能',
      status: 'ON',
      active: true,
      industryCode: 'GREEN_ENERGY',
      kinds: ['B'],
    });

    // 全部 clears the status and the boolean; 重置筛选 clears everything.
    await userEvent.click(screen.getByText('全部'));
    await waitFor(() => expect(location()).not.toContain('status='));
    await userEvent.click(screen.getByRole('button', { name: '重置筛选' }));
    await waitFor(() => expect(location()).toBe(''));
    expect(filter()).toEqual({});
  });

  it('keeps amount ranges behind 更多筛选, canonical in the URL, and marks an inverted one', async () => {
    await renderAt('/?min=5,000&landMax=3');
    const more = screen.getByRole('button', { name: /更多筛选/ });
    expect(more.closest('.ant-badge')).toHaveTextContent('2');
    await userEvent.click(more);
    const min = await screen.findByLabelText('负责人下限');
    expect(min).toHaveValue('5,000');

    // An upper bound below the lower one reaches the URL but not the filter, and says so.
    const max = screen.getByLabelText('负责人上限');
    await userEvent.click(max);
    await userEvent.paste('4,000.50');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(location()).toContain('max=4000.5'));
    expect(screen.getByLabelText('负责人上限')).toHaveAttribute('title', '上限不能小于下限，此范围未生效');
    expect(filter()).toEqual({ landMax: '3' });

    // Raising it makes the range valid again.
    const raised = screen.getByLabelText('负责人上限');
    await userEvent.clear(raised);
    await userEvent.type(raised, '6000{Enter}');
    await waitFor(() => expect(location()).toContain('max=6000'));
    expect(screen.getByLabelText('负责人上限')).not.toHaveAttribute('title');
    expect(filter()).toEqual({ amountMin: '5000', amountMax: '6000', landMax: '3' });

    // An area takes two decimals at most: a third is not applied and is marked.
    const landMin = screen.getByLabelText('意向落地镇/街道下限');
    await userEvent.click(landMin);
    await userEvent.paste('1.234');
    await userEvent.keyboard('{Enter}');
    expect(landMin).toHaveAttribute('title', '最多保留 2 位小数');
    expect(location()).not.toContain('landMin');
  });
});
