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
} from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { NotificationBell } from './NotificationBell';

jest.setTimeout(60_000);

function LocationProbe() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

const note = {
  __typename: 'Notification' as const,
  id: 'n1',
  kind: 'REFERRAL_ACCEPTED',
  title: '您的报备“上海氢能科技有限公司”已受理，项目进入招商管道',
  recordKind: 'REFERRAL',
  recordId: 'r1',
  createdAt: '2026-12-01T02:00:00.000Z',
  readAt: null,
};

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
});
