import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import { MemoryRouter, useLocation } from 'react-router';
import {
  MarkNotificationReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationsQuery,
} from '@lianzhao/web-data';
import type { Locale } from '@lianzhao/domain';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { NotificationBell } from './NotificationBell';

jest.setTimeout(60_000);

function LocationProbe() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

type Note = NotificationsQuery['notifications']['edges'][number]['node'];

const note: Note = {
  __typename: 'Notification',
  id: 'n1',
  kind: 'REFERRAL_ACCEPTED',
  title: '您的报备“上海氢能科技有限公司”已受理，项目进入招商管道',
  params: { __typename: 'NotificationParams', name: '上海氢能科技有限公司', reason: null, date: null, milestone: null },
  recordKind: 'REFERRAL',
  recordId: 'r1',
  createdAt: '2026-12-01T02:00:00.000Z',
  readAt: null,
};

/** A reminder about a milestone, and one written before notifications carried params. */
const milestone: Note = {
  ...note,
  id: 'n2',
  kind: 'MILESTONE_OVERDUE',
  title: '项目“链测储能基地”的开工已逾期（计划 2026-11-20）',
  params: { __typename: 'NotificationParams', name: '链测储能基地', reason: null, date: '2026-11-20', milestone: 'CONSTRUCTION_STARTED' },
  recordKind: 'PROJECT',
  recordId: 'p1',
};
const older: Note = {
  ...note,
  id: 'n3',
  kind: 'LEAD_ASSIGNED',
  title: '线索“旧通知项目”已分配给您',
  params: { __typename: 'NotificationParams', name: null, reason: null, date: null, milestone: null },
};

function listMock(nodes: Note[]): MockLink.MockedResponse {
  return {
    request: { query: NotificationsDocument, variables: { first: 50, filter: { unreadOnly: false } } },
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          edges: nodes.map((node) => ({ __typename: 'NotificationEdge', node })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

async function renderBell(list: MockLink.MockedResponse, locale: Locale = 'zh-CN') {
  await act(async () => {
    render(
      <MockedProvider mocks={[mocks[0], list]}>
        <I18nProvider initialLocale={locale}>
          <App>
            <MemoryRouter initialEntries={['/']}>
              <NotificationBell role="OFFICER" />
            </MemoryRouter>
          </App>
        </I18nProvider>
      </MockedProvider>,
    );
  });
}

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: UnreadNotificationCountDocument },
    result: { data: { unreadNotificationCount: 1 } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: NotificationsDocument, variables: { first: 50, filter: { unreadOnly: false } } },
    result: {
      data: {
        notifications: { __typename: 'NotificationConnection', edges: [{ __typename: 'NotificationEdge', node: note }] },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: MarkNotificationReadDocument, variables: { input: { id: 'n1' } } },
    result: jest.fn(() => ({
      data: { markNotificationRead: { __typename: 'Notification', id: 'n1', readAt: '2026-12-01T03:00:00.000Z' } },
    })),
  },
];

describe('NotificationBell', () => {
  it('shows the unread count, lists the notifications, and opens a partner’s referral from one', async () => {
    await act(async () => {
      render(
        <MockedProvider mocks={mocks}>
          <I18nProvider>
            <App>
              <MemoryRouter initialEntries={['/']}>
                <NotificationBell role="PARTNER" />
                <LocationProbe />
              </MemoryRouter>
            </App>
          </I18nProvider>
        </MockedProvider>,
      );
    });
    await userEvent.click(await screen.findByRole('button', { name: '通知（1 条未读）' }));
    await userEvent.click(await screen.findByText(note.title));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/my-referrals/r1'));
    // Marking it read is a mutation the click sends on its way: its answer may come after the navigation.
    await waitFor(() => expect(mocks[2].result).toHaveBeenCalled());
  });

  it('words each notification in the reader’s language from its kind and params', async () => {
    await renderBell(listMock([note, milestone, older]), 'en');
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications (1 unread)' }));
    expect(
      await screen.findByText('Your referral “上海氢能科技有限公司” was accepted and entered the pipeline'),
    ).toBeInTheDocument();
    expect(screen.getByText('Project “链测储能基地”: Construction started is overdue (planned 2026-11-20)')).toBeInTheDocument();
    // Written before params: its stored title is all there is.
    expect(screen.getByText('线索“旧通知项目”已分配给您')).toBeInTheDocument();
    expect(screen.queryByText(note.title)).not.toBeInTheDocument();
  });

  it('words them in Chinese as the API’s title does', async () => {
    await renderBell(listMock([note, milestone]));
    await userEvent.click(await screen.findByRole('button', { name: '通知（1 条未读）' }));
    expect(await screen.findByText(note.title)).toBeInTheDocument();
    expect(screen.getByText(milestone.title)).toBeInTheDocument();
  });
});
