import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { LinkCard, type MapLink } from './LinkCard';

const link = (
  status: MapLink['status'],
  localEnterprises: number,
  chainMasters = 0,
  accepted = 0,
): MapLink => ({
  __typename: 'ChainMapLink',
  id: 'l1',
  name: '隔膜',
  tier: 'UPSTREAM',
  position: 2,
  status,
  counts: {
    __typename: 'ChainLinkCounts',
    localEnterprises,
    chainMasters,
    openLeads: 3,
    openLeadsByStage: [
      { __typename: 'ChainStageCount', stage: 'NEW', count: 0 },
      { __typename: 'ChainStageCount', stage: 'CONTACTED', count: 2 },
      { __typename: 'ChainStageCount', stage: 'VISITED', count: 0 },
      { __typename: 'ChainStageCount', stage: 'NEGOTIATING', count: 1 },
      { __typename: 'ChainStageCount', stage: 'APPROVED', count: 0 },
      { __typename: 'ChainStageCount', stage: 'ON_HOLD', count: 0 },
    ],
    referrals: 1,
    referralsByStatus: [
      { __typename: 'ChainReferralStatusCount', status: 'PROTECTED', count: 1 },
      { __typename: 'ChainReferralStatusCount', status: 'EXISTING', count: 0 },
      { __typename: 'ChainReferralStatusCount', status: 'ACCEPTED', count: accepted },
    ],
    targets: 2,
    investments: 0,
    expectedOutput: '150000',
  },
});

async function renderCard(l: MapLink, onOpen = jest.fn()) {
  await act(async () => {
    render(
      <I18nProvider>
        <LinkCard link={l} onOpen={onOpen} />
      </I18nProvider>,
    );
  });
  return onOpen;
}

describe('LinkCard', () => {
  it.each<[MapLink['status'], string]>([
    ['MISSING', '缺失'],
    ['WEAK', '薄弱'],
    ['COMPLETE', '完备'],
  ])('names the status %s as %s and carries it for the colour', async (status, name) => {
    await renderCard(link(status, status === 'MISSING' ? 0 : 2));
    const card = screen.getByTestId('chain-link-隔膜');
    expect(card).toHaveAttribute('data-status', status);
    expect(screen.getByText(name)).toBeInTheDocument();
  });

  it('shows every count, chain masters only when there are some, output per its unit, and opens on click', async () => {
    const onOpen = await renderCard(link('WEAK', 2, 1));
    const card = screen.getByTestId('chain-link-隔膜');
    for (const text of ['本地企业2', '链主1', '在谈线索3', '待审报备1', '招商目标2', '基金投资0']) {
      expect(card.textContent).toContain(text);
    }
    expect(card.textContent).toMatch(/预计年产值150,000 万元/);
    await userEvent.click(card);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'l1' }));
  });

  it('breaks open leads down by their non-zero stages in pipeline order, each opening its list', async () => {
    const onOpen = await renderCard(link('WEAK', 2));
    const parts = screen.getByTestId('chain-stage-parts');
    expect(parts.textContent).toBe('初步接洽 2深度洽谈 1');
    await userEvent.click(screen.getByRole('button', { name: '在谈线索：深度洽谈 1' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'l1' }), {
      tab: 'leads',
      stage: 'NEGOTIATING',
    });
  });

  it('breaks pending referrals down by status; accepted ones still being worked are a figure of their own', async () => {
    const onOpen = await renderCard(link('WEAK', 2, 0, 4));
    expect(screen.getByTestId('chain-status-parts').textContent).toBe('保护中 1');
    const card = screen.getByTestId('chain-link-隔膜');
    expect(card.textContent).toContain('待审报备1');
    expect(card.textContent).toContain('已受理在谈4');
    await userEvent.click(screen.getByRole('button', { name: '待审报备：保护中 1' }));
    expect(onOpen).toHaveBeenLastCalledWith(expect.anything(), {
      tab: 'referrals',
      referralStatus: 'PROTECTED',
    });
    await userEvent.click(screen.getByRole('button', { name: '报备：已受理在谈 4' }));
    expect(onOpen).toHaveBeenLastCalledWith(expect.anything(), {
      tab: 'referrals',
      referralStatus: 'ACCEPTED',
    });
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('shows no parts and no accepted line for a link without any', async () => {
    const empty = link('MISSING', 0);
    await renderCard({
      ...empty,
      counts: {
        ...empty.counts,
        openLeads: 0,
        referrals: 0,
        openLeadsByStage: empty.counts.openLeadsByStage.map((p) => ({ ...p, count: 0 })),
        referralsByStatus: empty.counts.referralsByStatus.map((p) => ({ ...p, count: 0 })),
      },
    });
    expect(screen.queryByTestId('chain-stage-parts')).toBeNull();
    expect(screen.queryByTestId('chain-status-parts')).toBeNull();
    expect(screen.getByTestId('chain-link-隔膜').textContent).not.toContain('已受理');
  });

  it('leaves out the chain-master line when the link has none', async () => {
    await renderCard(link('WEAK', 2, 0));
    expect(screen.getByTestId('chain-link-隔膜').textContent).not.toContain('链主');
  });
});
