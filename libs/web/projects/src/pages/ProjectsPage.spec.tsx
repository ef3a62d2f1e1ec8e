import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  MilestoneAlertsDocument,
  ProjectsDocument,
  type ProjectFilter,
  type ProjectOrder,
  type ProjectsQuery,
} from '@lianzhao/web-data';
import { projectRow, renderWithProviders } from '../testing/fixtures';
import { ProjectsPage } from './ProjectsPage';

interface ProjectsVariables {
  first: number;
  after?: string | null;
  filter?: ProjectFilter;
  orderBy?: ProjectOrder;
}

let asked: ProjectsVariables[] = [];

const projects: MockLink.MockedResponse = {
  request: { query: ProjectsDocument, variables: () => true },
  result: (variables) => {
    asked.push(variables as ProjectsVariables);
    const data: ProjectsQuery = {
      projects: {
        __typename: 'ProjectConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
        edges: [
          {
            __typename: 'ProjectEdge',
            cursor: 'c1',
            node: projectRow('p1', '氢燃料电池电堆生产基地', ['DONE', 'OVERDUE', 'DUE', 'PLANNED']),
          },
        ],
      },
    };
    return { data };
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const alerts: MockLink.MockedResponse = {
  request: { query: MilestoneAlertsDocument, variables: () => true },
  result: {
    data: {
      milestoneAlerts: {
        __typename: 'MilestoneAlertListType',
        totalCount: 1,
        overdueCount: 1,
        dueCount: 0,
        items: [
          {
            __typename: 'MilestoneAlert',
            projectId: 'p1',
            status: 'OVERDUE',
            daysLate: 12,
            daysLeft: 0,
            milestone: {
              __typename: 'ProjectMilestone',
              id: 'p1-REGISTERED',
              code: 'REGISTERED',
              plannedDate: '2026-02-26',
            },
            project: {
              __typename: 'Project',
              id: 'p1',
              name: '氢燃料电池电堆生产基地',
              enterprise: { __typename: 'Enterprise', id: 'e-p1', name: '上海氢程动力科技有限公司' },
              owner: { __typename: 'User', id: 'u1', displayName: '张招商' },
            },
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const location = () => screen.getByTestId('location').textContent ?? '';

beforeEach(() => {
  asked = [];
});

describe('ProjectsPage', () => {
  it('sends the URL filters, shows progress bars coloured by status and the overdue alert', async () => {
    await renderWithProviders(
      <ProjectsPage />,
      [projects, alerts],
      '/projects?health=OVERDUE&next=REGISTERED&sort=DAYS_LATE.DESC',
    );

    const row = (await screen.findByText('氢燃料电池电堆生产基地', { selector: 'td a' })).closest(
      'tr',
    ) as HTMLElement;
    expect(asked[0]).toEqual({
      first: 20,
      after: null,
      filter: { healths: ['OVERDUE'], nextMilestone: 'REGISTERED' },
      orderBy: { field: 'DAYS_LATE', direction: 'DESC' },
    });
    const bar = within(row).getByTestId('milestone-progress');
    const statuses = Array.from(bar.querySelectorAll('[data-status]')).map((s) =>
      s.getAttribute('data-status'),
    );
    expect(statuses).toEqual([
      'DONE',
      'OVERDUE',
      'DUE',
      'PLANNED',
      'NOT_PLANNED',
      'NOT_PLANNED',
      'NOT_PLANNED',
    ]);
    expect(within(row).getByText('逾期 12 天')).toBeInTheDocument();

    const alert = await screen.findByTestId('milestone-alert');
    expect(alert).toHaveTextContent('工商注册 计划 2026-02-26，已逾期 12 天');

    // Switching to the Gantt view keeps the filters and puts the view into the URL.
    await userEvent.click(screen.getByText('甘特图'));
    await waitFor(() =>
      expect(location()).toBe('?health=OVERDUE&next=REGISTERED&sort=DAYS_LATE.DESC&view=gantt'),
    );
    expect(await screen.findByTestId('project-gantt')).toBeInTheDocument();
  });
});
