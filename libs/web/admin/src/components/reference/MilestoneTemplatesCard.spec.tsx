import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import {
  MilestoneTemplatesAdminDocument,
  RenameMilestoneDocument,
  type RenameMilestoneMutationVariables,
} from '@lianzhao/web-data';
import { I18nProvider } from '@lianzhao/web-ui';
import '../../i18n/messages';
import { MilestoneTemplatesCard } from './MilestoneTemplatesCard';

const row = (projectType: string, code: string, position: number, name: string, nameEn: string, optional = false) => ({
  __typename: 'MilestoneTemplate' as const,
  projectType,
  code,
  position,
  optional,
  name,
  nameEn,
});

const templates: MockLink.MockedResponse = {
  request: { query: MilestoneTemplatesAdminDocument },
  result: {
    data: {
      milestoneTemplates: [
        row('HEAVY', 'SIGNED', 0, '签约', 'Signed'),
        row('HEAVY', 'REGISTERED', 1, '落地注册', 'Registered'),
        row('LIGHT', 'SIGNED', 0, '签约', 'Signed'),
        row('LIGHT', 'REGISTERED', 1, '落地注册', 'Registered'),
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

jest.setTimeout(60_000);

describe('MilestoneTemplatesCard', () => {
  it('shows the names as kept and renames a milestone for every template', async () => {
    const sent: RenameMilestoneMutationVariables[] = [];
    await act(async () => {
      render(
        <MockedProvider
          mocks={[
            templates,
            {
              request: { query: RenameMilestoneDocument, variables: () => true },
              result: (variables) => {
                sent.push(variables as RenameMilestoneMutationVariables);
                return {
                  data: {
                    renameMilestone: [
                      { __typename: 'MilestoneTemplate', projectType: 'HEAVY', code: 'REGISTERED', position: 1, name: '工商落地', nameEn: 'Registered' },
                    ],
                  },
                };
              },
            },
          ]}
        >
          <I18nProvider>
            <MilestoneTemplatesCard />
          </I18nProvider>
        </MockedProvider>,
      );
    });
    // A renamed milestone shows its kept name, not libs/domain's 工商注册.
    expect(await screen.findAllByText('落地注册')).toHaveLength(2);
    expect(screen.queryByText('工商注册')).not.toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: '改名 落地注册' })[0]);
    const dialog = within(await screen.findByRole('dialog'));
    const name = dialog.getByLabelText('名称');
    await userEvent.clear(name);
    await userEvent.click(dialog.getByRole('button', { name: /保\s*存/ }));
    expect(await dialog.findByText('请输入名称')).toBeInTheDocument();
    await userEvent.type(name, '工商落地');
    await userEvent.click(dialog.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent).toEqual([{ input: { code: 'REGISTERED', name: '工商落地', nameEn: 'Registered' } }]),
    );
  });
});
