import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@lianzhao/web-ui';
import '../i18n/messages';
import { LinkCard, type MapLink } from './LinkCard';

const link = (status: MapLink['status'], localEnterprises: number, chainMasters = 0): MapLink => ({
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
    referrals: 1,
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

  it('leaves out the chain-master line when the link has none', async () => {
    await renderCard(link('WEAK', 2, 0));
    expect(screen.getByTestId('chain-link-隔膜').textContent).not.toContain('链主');
  });
});
