import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { App } from 'antd';
import { ReferralSettingsDocument, UpdateReferralSettingsDocument } from '@lianzhao/web-data';
import { renderWithProviders } from '../testing/fixtures';
import { ReferralSettingsPage } from './ReferralSettingsPage';

const settings = {
  __typename: 'ReferralSettings' as const,
  protectionDays: 180,
  rewardMilestone: 'REGISTERED',
  rewardTiers: [{ __typename: 'RewardTierView' as const, minInvestment: '0', perMille: '3' }],
  rewardCap: null,
  version: 1,
  updatedAt: '2026-11-25T00:00:00.000Z',
};

describe('ReferralSettingsPage', () => {
  it('shows the saved tiers and sends an edited rate and cap as canonical decimals', async () => {
    const saved = jest.fn();
    const update: MockLink.MockedResponse = {
      request: {
        query: UpdateReferralSettingsDocument,
        variables: {
          input: {
            version: 1,
            protectionDays: 180,
            rewardMilestone: 'REGISTERED',
            rewardTiers: [{ minInvestment: '0', perMille: '2.5' }],
            rewardCap: '1000',
          },
        },
      },
      result: () => {
        saved();
        return { data: { updateReferralSettings: { ...settings, version: 2 } } };
      },
    };
    await renderWithProviders(
      <App>
        <ReferralSettingsPage />
      </App>,
      [
        { request: { query: ReferralSettingsDocument }, result: { data: { referralSettings: settings } } },
        update,
      ],
      '/settings/referral-rules',
    );
    const rate = await screen.findByLabelText('比例 1');
    expect(rate).toHaveValue('3');
    await userEvent.clear(rate);
    await userEvent.type(rate, '2.50');
    await userEvent.type(screen.getByLabelText('单个项目奖励上限（万元）'), '1,000');
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
  });
});
