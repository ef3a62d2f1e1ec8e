import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, useLocation } from 'react-router';
import { MilestoneNamesDocument } from '@lianzhao/web-data';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { I18nProvider } from '../i18n/I18nProvider';
import { FilterBar } from './FilterBar';
import { filterFromUrl, type FilterField } from './filter-fields';

type Key = 'next';
interface Filter {
  nextMilestone?: string;
}
const FIELDS: readonly FilterField<Key, Filter>[] = [
  {
    kind: 'milestone',
    key: 'next',
    to: 'nextMilestone',
    label: 'common.status',
    placeholder: 'common.status',
  },
];

// An admin renamed 工商注册 to 工商登记 (节点模板 → 改名): the filter offers the kept name.
const names: MockLink.MockedResponse = {
  request: { query: MilestoneNamesDocument },
  result: {
    data: {
      milestoneTemplates: [
        {
          __typename: 'MilestoneTemplate',
          projectType: 'HEAVY',
          code: 'REGISTERED',
          name: '工商登记',
          nameEn: 'Registration',
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function Harness() {
  const [state, update, reset] = useUrlFilters(['next'] as const);
  const { search } = useLocation();
  return (
    <>
      <FilterBar fields={FIELDS} state={state} onChange={update} onReset={reset} />
      <output data-testid="filter">{JSON.stringify(filterFromUrl(FIELDS, state))}</output>
      <output data-testid="location">{decodeURIComponent(search)}</output>
    </>
  );
}

describe('a milestone filter', () => {
  it('offers the milestones by the names admins keep, writes the code, and drops an unknown one', async () => {
    await act(async () => {
      render(
        <MockedProvider mocks={[names]}>
          <I18nProvider initialLocale="zh-CN">
            <MemoryRouter initialEntries={['/?next=NOPE']}>
              <Harness />
            </MemoryRouter>
          </I18nProvider>
        </MockedProvider>,
      );
    });
    expect(screen.getByTestId('filter')).toHaveTextContent('{}');
    await userEvent.click(screen.getByRole('combobox'));
    const option = await waitFor(() => {
      const found = Array.from(document.querySelectorAll('.ant-select-item-option')).find(
        (o) => o.textContent === '工商登记',
      );
      if (!found) throw new Error('no renamed option');
      return found as HTMLElement;
    });
    // The others keep their built-in names.
    expect(document.querySelector('.ant-select-item-option[title="开工"]')).not.toBeNull();
    await userEvent.click(option);
    await waitFor(() =>
      expect(screen.getByTestId('filter')).toHaveTextContent('{"nextMilestone":"REGISTERED"}'),
    );
    expect(screen.getByTestId('location')).toHaveTextContent('?next=REGISTERED');
  });
});
