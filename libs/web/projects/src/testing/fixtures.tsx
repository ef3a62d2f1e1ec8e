import { act, render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { DEFAULT_MILESTONE_TEMPLATES, type MilestoneStatus } from '@lianzhao/domain';
import {
  OrganizationOptionsDocument,
  OwnerOptionsDocument,
  ParkOptionsDocument,
  ReferenceOptionsDocument,
  type ProjectRowFragment,
} from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
// This library's words, as its index registers them in the app.
import '../i18n/messages';

/** Test data and a render helper shared by this library's component tests. */

export function projectRow(
  id: string,
  name: string,
  statuses: readonly MilestoneStatus[],
): ProjectRowFragment {
  return {
    __typename: 'Project',
    id,
    name,
    type: 'HEAVY',
    version: 2,
    health: statuses.includes('OVERDUE') ? 'OVERDUE' : statuses.includes('DUE') ? 'AT_RISK' : 'ON_TRACK',
    daysLate: statuses.includes('OVERDUE') ? 12 : 0,
    nextMilestone: 'REGISTERED',
    signedOn: '2026-01-05',
    landedOn: null,
    contractInvestment: '80000',
    channel: 'SELF',
    park: null,
    enterprise: { __typename: 'Enterprise', id: `e-${id}`, name: '上海氢程动力科技有限公司' },
    owner: { __typename: 'User', id: 'u1', displayName: '张招商' },
    industry: {
      __typename: 'Industry',
      code: 'GREEN_ENERGY',
      name: '绿色新能源',
      nameEn: 'Green new energy',
    },
    segment: { __typename: 'Segment', code: 'HYDROGEN', name: '氢能关键材料及装备', nameEn: 'Hydrogen' },
    town: null,
    milestones: DEFAULT_MILESTONE_TEMPLATES.HEAVY.map((code, position) => ({
      __typename: 'ProjectMilestone' as const,
      id: `${id}-${code}`,
      code,
      position,
      // The same milestone the alert fixture names: one cache record, so the same planned date.
      plannedDate: statuses[position] === 'OVERDUE' ? '2026-02-26' : null,
      actualDate: statuses[position] === 'DONE' ? '2026-01-05' : null,
      status: statuses[position] ?? 'NOT_PLANNED',
      daysLate: statuses[position] === 'OVERDUE' ? 12 : 0,
    })),
  };
}

const always = <T,>(mock: MockLink.MockedResponse<T>): MockLink.MockedResponse<T> => ({
  ...mock,
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** Reference data, owners and partner organisations: what the filter pickers ask for (a test's own mocks come first). */
export const pickerMocks: MockLink.MockedResponse[] = [
  always({
    request: { query: ReferenceOptionsDocument },
    result: { data: { industries: [], tags: [], places: [] } },
  }),
  always({ request: { query: ParkOptionsDocument }, result: { data: { parks: [] } } }),
  always({
    request: { query: OwnerOptionsDocument },
    result: { data: { users: { __typename: 'UserConnection', edges: [] } } },
  }),
  always({
    request: { query: OrganizationOptionsDocument, variables: () => true },
    result: { data: { organizations: { __typename: 'OrganizationConnection', edges: [] } } },
  }),
];

function LocationProbe() {
  const { search } = useLocation();
  return <output data-testid="location">{decodeURIComponent(search)}</output>;
}

export async function renderWithProviders(
  ui: ReactNode,
  mocks: MockLink.MockedResponse[],
  path = '/projects',
) {
  await act(async () => {
    render(
      <MockedProvider mocks={[...mocks, ...pickerMocks]}>
        <I18nProvider>
          <MemoryRouter initialEntries={[path]}>
            {ui}
            <LocationProbe />
          </MemoryRouter>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}
