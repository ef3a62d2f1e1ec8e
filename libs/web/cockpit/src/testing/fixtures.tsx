import { act, render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { DrillKind } from '@lianzhao/web-data';
import {
  ReferenceOptionsDocument,
  type DashboardFundsQuery,
  type DashboardQuery,
  type ProjectTallyFieldsFragment,
  type TargetProgressFieldsFragment,
} from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
// This library's words, as its index registers them in the app.
import '../i18n/messages';

/** Test data and a render helper shared by this library's component tests. */

type Drill = { __typename: 'Drill'; kind: DrillKind; filter: Record<string, unknown> };
const drill = (kind: DrillKind, filter: Record<string, unknown>): Drill => ({
  __typename: 'Drill',
  kind,
  filter,
});

export function count(value: number, kind: DrillKind = 'LEADS', filter: Record<string, unknown> = {}) {
  return { __typename: 'CountFigure' as const, value, drill: drill(kind, filter) };
}

export function amount(value: string, kind: DrillKind = 'PROJECTS', filter: Record<string, unknown> = {}) {
  return { __typename: 'AmountFigure' as const, value, drill: drill(kind, filter) };
}

function tally(projects: number, investment: string): ProjectTallyFieldsFragment {
  return {
    __typename: 'ProjectTally',
    projects: count(projects, 'PROJECTS', { landedFrom: '2026-01-01' }),
    contractInvestment: amount(investment),
    plannedFixedAssetInvestment: amount('0'),
    actualFixedAssetInvestment: amount('0'),
    expectedOutput: amount('0'),
  };
}

export function targetProgress(
  overrides: Partial<TargetProgressFieldsFragment> = {},
): TargetProgressFieldsFragment {
  return {
    __typename: 'TargetProgress',
    year: 2026,
    metric: 'INDUSTRIAL_OUTPUT',
    name: '规上工业产值',
    unit: 'YI_YUAN',
    unitLabel: '亿元',
    comparator: 'EQ',
    accumulation: 'PER_YEAR',
    source: 'ENTERED',
    actual: '1800',
    actualDay: '2026-06-30',
    target: '3600',
    targetNote: null,
    targetVersion: 1,
    targetUpdatedAt: '2026-01-02T00:00:00.000Z',
    targetUpdatedByName: '王管理',
    share: '0.5',
    met: false,
    yearElapsed: '0.4959',
    trend: [],
    lastEntry: null,
    drill: null,
    ...overrides,
  };
}

/** A dashboard with a figure or two in each group: enough for every panel to draw. */
export function dashboard(): DashboardQuery['dashboard'] {
  return {
    __typename: 'Dashboard',
    period: {
      __typename: 'DashboardPeriodView',
      from: '2026-01-01',
      to: '2026-03-31',
      asOf: '2026-03-31',
      historical: true,
    },
    pipeline: {
      __typename: 'DashboardPipeline',
      open: count(1234, 'LEADS', { industryCode: 'NEW_ENERGY', asOf: '2026-03-31' }),
      openPlannedInvestment: amount('123456.78', 'LEADS'),
      openByStage: [
        {
          __typename: 'PipelineStageFigure',
          stage: 'NEW',
          leads: count(3, 'LEADS', { stages: ['NEW'] }),
          plannedInvestment: amount('500', 'LEADS'),
        },
      ],
      funnel: [{ __typename: 'FunnelStep', stage: 'NEW', conversionToNext: 0.5, reached: count(8) }],
      stageDurations: [{ __typename: 'StageDuration', stage: 'NEW', medianDays: 12, leads: count(4) }],
      lost: count(2),
      lostByReason: [{ __typename: 'LostReasonFigure', reason: '选址外区', leads: count(2) }],
    },
    landing: {
      __typename: 'DashboardLanding',
      signed: tally(5, '50000'),
      landed: tally(4, '42000'),
      byMonth: [],
      byQuarter: [],
      byYear: [],
      byIndustry: [],
      bySegment: [],
      byChannel: [],
      byPartner: [],
      partnerCount: 0,
      byTown: [],
      byPark: [],
      leadingIndustries: {
        __typename: 'LeadingIndustryShare',
        industryCodes: ['NEW_ENERGY'],
        projectShare: 0.5,
        contractInvestmentShare: 0.75,
        landed: tally(2, '31500'),
      },
    },
    milestones: {
      __typename: 'DashboardMilestones',
      overdue: count(3, 'PROJECTS', { healths: ['OVERDUE'] }),
      atRisk: count(1, 'PROJECTS'),
      averageDaysLate: 17.25,
      onTime: [],
      mostDelayed: [
        {
          __typename: 'DelayedProjectFigure',
          projectId: 'p1',
          name: '氢能装备基地',
          plannedDate: '2026-01-10',
          daysLate: 80,
          drill: drill('PROJECTS', { ids: ['p1'] }),
        },
      ],
    },
    referrals: {
      __typename: 'DashboardReferrals',
      total: {
        __typename: 'ReferralFunnelFigures',
        filed: count(9, 'REFERRALS'),
        accepted: count(6, 'REFERRALS'),
        signed: count(3, 'REFERRALS'),
        landed: count(1, 'REFERRALS'),
      },
      byKind: [],
      byOrganization: [],
      organizationCount: 0,
      rewardsDue: count(1, 'REFERRALS'),
      rewardsSuggested: amount('20', 'REFERRALS'),
      rewardsAwarded: count(0, 'REFERRALS'),
      rewardsAwardedAmount: amount('0', 'REFERRALS'),
    },
    targets: [targetProgress()],
  };
}

/** 基金与返投 as the page's own DashboardFunds query answers it. */
export function dashboardFunds(): DashboardFundsQuery['dashboard'] {
  return {
    __typename: 'Dashboard',
    funds: {
      __typename: 'DashboardFunds',
      obligation: '300000',
      counted: amount('60000', 'INVESTMENTS', { recognition: ['COUNTED'] }),
      pending: amount('12000', 'INVESTMENTS'),
      gap: '228000',
      countedInvestments: count(4, 'INVESTMENTS'),
      pendingInvestments: count(2, 'INVESTMENTS'),
      leverageScale: '3500000',
      governmentContribution: '700000',
      sciTechProjects: count(12, 'INVESTMENTS', { sciTech: true }),
      fundCount: 0,
      funds: [],
    },
  };
}

export const referenceMock: MockLink.MockedResponse = {
  request: { query: ReferenceOptionsDocument },
  result: {
    data: {
      industries: [
        {
          __typename: 'Industry',
          code: 'NEW_ENERGY',
          name: '绿色新能源',
          nameEn: 'Green energy',
          sortOrder: 1,
          retired: false,
          segments: [
            {
              __typename: 'IndustrySegment',
              code: 'ENERGY_STORAGE',
              name: '新型储能',
              nameEn: 'Energy storage',
              sortOrder: 1,
              retired: false,
            },
          ],
        },
      ],
      tags: [],
      places: [],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{decodeURIComponent(pathname + search)}</output>;
}

export async function renderWithProviders(
  ui: ReactNode,
  mocks: MockLink.MockedResponse[],
  path = '/dashboard',
) {
  await act(async () => {
    render(
      <MockedProvider mocks={[referenceMock, ...mocks]}>
        <I18nProvider initialLocale="zh-CN">
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="*" element={ui} />
            </Routes>
            <LocationProbe />
          </MemoryRouter>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}
