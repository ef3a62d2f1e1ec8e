import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { LeadStage } from '@lianzhao/domain';
import { LeadBoardDocument, MoveLeadDocument, type LeadBoardQuery } from '@lianzhao/web-data';
import { dataTransfer, leadCard, renderWithProviders } from '../testing/fixtures';
import { BOARD_STAGES } from '../utils/board';
import { LeadBoard } from './LeadBoard';

// A move's answer and its message arrive after a few renders of eight columns; on a busy CI
// machine that takes longer than the default second.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(90_000);

/** What the server holds: one lead, whose stage the move mocks change. */
let serverStage: LeadStage = 'VISITED';

function boardData(): LeadBoardQuery {
  const lead = leadCard('l1', serverStage, '储能电池基地');
  const columns = Object.fromEntries(
    BOARD_STAGES.map((stage) => [
      stage,
      {
        __typename: 'LeadConnection' as const,
        edges: stage === serverStage ? [{ __typename: 'LeadEdge' as const, node: lead }] : [],
      },
    ]),
  );
  return {
    ...columns,
    NEW: {
      __typename: 'LeadConnection',
      totalCount: serverStage === 'NEW' ? 1 : 0,
      edges: serverStage === 'NEW' ? [{ __typename: 'LeadEdge', node: lead }] : [],
      stageSummary: BOARD_STAGES.map((stage) => ({
        __typename: 'StageSummary' as const,
        stage,
        count: stage === serverStage ? 1 : 0,
        plannedInvestment: stage === serverStage ? '120000' : '0',
      })),
    },
  } as LeadBoardQuery;
}

const board: MockLink.MockedResponse = {
  request: { query: LeadBoardDocument, variables: () => true },
  result: () => ({ data: boardData() }),
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function moveMock(
  stage: LeadStage,
  reason: string | null,
  answer: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return {
    request: { query: MoveLeadDocument, variables: { input: { id: 'l1', stage, version: 3, reason } } },
    result: answer,
  };
}

const column = (name: string) => screen.getByRole('region', { name });
const card = () => screen.getByTestId('lead-card');

async function renderBoard(mocks: MockLink.MockedResponse[] = []) {
  await renderWithProviders(<LeadBoard filter={{}} readOnly={false} onShowAll={jest.fn()} />, [
    board,
    ...mocks,
  ]);
  await screen.findByText('储能电池基地');
}

function drag(to: string) {
  const transfer = dataTransfer();
  fireEvent.dragStart(card(), { dataTransfer: transfer });
  fireEvent.dragOver(column(to), { dataTransfer: transfer });
  fireEvent.drop(column(to), { dataTransfer: transfer });
  fireEvent.dragEnd(card(), { dataTransfer: transfer });
}

beforeEach(() => {
  serverStage = 'VISITED';
  // Folded columns are remembered per browser; each test starts from the default.
  localStorage.clear();
});

describe('LeadBoard', () => {
  it('shows each column with its count and planned-investment sum, all sums in one unit', async () => {
    await renderBoard();
    expect(BOARD_STAGES).toHaveLength(8);
    expect(screen.getAllByRole('region')).toHaveLength(8);
    const visited = within(column('实地考察'));
    expect(visited.getByText('1 条')).toBeInTheDocument();
    expect(visited.getByText('计划投资 12 亿元')).toBeInTheDocument();
    // Not "0 万元" beside "12 亿元".
    expect(within(column('线索')).getByText('计划投资 0 亿元')).toBeInTheDocument();
  });

  it('folds the closed stages to a strip with their count, and unfolds them on request', async () => {
    await renderBoard();
    for (const name of ['签约', '暂缓', '流失']) {
      expect(column(name)).toHaveAttribute('data-folded', 'true');
    }
    expect(column('过会')).not.toHaveAttribute('data-folded');
    expect(within(column('暂缓')).getByTestId('column-count')).toHaveTextContent('0');
    await userEvent.click(screen.getByRole('button', { name: '展开「暂缓」' }));
    expect(column('暂缓')).not.toHaveAttribute('data-folded');
    expect(within(column('暂缓')).getByText('计划投资 0 亿元')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '收起「暂缓」' }));
    expect(column('暂缓')).toHaveAttribute('data-folded', 'true');
  });

  it('shows a closed stage in full when the board is filtered to it', async () => {
    serverStage = 'LOST';
    await renderWithProviders(
      <LeadBoard filter={{ stages: ['LOST'] }} readOnly={false} onShowAll={jest.fn()} />,
      [board],
    );
    expect(await screen.findByText('储能电池基地')).toBeInTheDocument();
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(column('流失')).not.toHaveAttribute('data-folded');
  });

  it('moves a focused card to the next stage with Shift+→, keeping focus on it', async () => {
    await renderBoard([
      moveMock('NEGOTIATING', null, () => {
        serverStage = 'NEGOTIATING';
        return {
          data: {
            moveLead: {
              __typename: 'Lead',
              id: 'l1',
              stage: 'NEGOTIATING',
              version: 4,
              stageChangedAt: '2026-03-02T08:00:00.000Z',
              updatedAt: '2026-03-02T08:00:00.000Z',
              project: null,
            },
          },
        };
      }),
    ]);
    card().focus();
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    await waitFor(() => expect(within(column('深度洽谈')).getByText('储能电池基地')).toBeInTheDocument());
    await waitFor(() => expect(card()).toHaveFocus());
  });

  it('refuses a keyboard move the pipeline forbids, as a drag would', async () => {
    serverStage = 'ON_HOLD';
    await renderWithProviders(<LeadBoard filter={{}} readOnly={false} onShowAll={jest.fn()} />, [board]);
    await userEvent.click(await screen.findByRole('button', { name: '展开「暂缓」' }));
    card().focus();
    // 签约 is the column left of 暂缓, but only 过会 leads may sign.
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(await screen.findByText(/不能从“暂缓”直接转到“签约”/)).toBeInTheDocument();
  });

  it("offers only the allowed stages in a card's move menu, asking why for 流失 as a drag does", async () => {
    await renderBoard();
    await userEvent.click(screen.getByRole('button', { name: '移动「储能电池基地」到…' }));
    const items = (await screen.findAllByRole('menuitem')).map((i) => i.textContent);
    expect(items).toEqual(['初步接洽', '深度洽谈', '过会', '暂缓', '流失']);
    await userEvent.click(screen.getByRole('menuitem', { name: '流失' }));
    expect(
      within(await screen.findByRole('dialog')).getByText('从「实地考察」转到「流失」'),
    ).toBeInTheDocument();
  });

  it('dims the columns a dragged card may not go to, per the pipeline', async () => {
    await renderBoard();
    fireEvent.dragStart(card(), { dataTransfer: dataTransfer() });
    const states = Object.fromEntries(
      screen.getAllByRole('region').map((c) => [c.getAttribute('aria-label'), c.getAttribute('data-drop')]),
    );
    expect(states).toEqual({
      线索: 'blocked',
      初步接洽: 'allowed',
      实地考察: 'self',
      深度洽谈: 'allowed',
      过会: 'allowed',
      签约: 'blocked',
      暂缓: 'allowed',
      流失: 'allowed',
    });
    fireEvent.dragEnd(card());
    expect(column('线索')).not.toHaveAttribute('data-drop');
  });

  it('shows the server refusal and leaves the card where it was', async () => {
    const refusal = '不能从“实地考察”直接转到“深度洽谈”，可转到：“初步接洽”、“过会”';
    await renderBoard([
      moveMock('NEGOTIATING', null, {
        errors: [
          {
            message: refusal,
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'stage', message: refusal }] },
          },
        ],
      }),
    ]);
    drag('深度洽谈');
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(within(column('实地考察')).getByText('储能电池基地')).toBeInTheDocument();
    expect(within(column('深度洽谈')).queryByText('储能电池基地')).not.toBeInTheDocument();
  });

  it('explains a drop on a dimmed column without asking the server', async () => {
    await renderBoard();
    drag('线索');
    expect(await screen.findByText(/不能从“实地考察”直接转到“线索”/)).toBeInTheDocument();
    expect(within(column('实地考察')).getByText('储能电池基地')).toBeInTheDocument();
  });

  it('refuses a drop on 签约 from before 过会, naming the allowed moves, without asking the server', async () => {
    await renderBoard();
    drag('签约');
    expect(
      await screen.findByText(
        '不能从“实地考察”直接转到“签约”，可转到：“初步接洽”、“深度洽谈”、“过会”、“暂缓”、“流失”',
      ),
    ).toBeInTheDocument();
    expect(within(column('实地考察')).getByText('储能电池基地')).toBeInTheDocument();
  });

  it('asks why before moving to 流失, then moves the card', async () => {
    await renderBoard([
      moveMock('LOST', '已落户其他区', () => {
        serverStage = 'LOST';
        return {
          data: {
            moveLead: {
              __typename: 'Lead',
              id: 'l1',
              stage: 'LOST',
              version: 4,
              stageChangedAt: '2026-03-02T08:00:00.000Z',
              updatedAt: '2026-03-02T08:00:00.000Z',
              project: null,
            },
          },
        };
      }),
    ]);
    drag('流失');
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('从「实地考察」转到「流失」')).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: '确定' }));
    expect(await dialog.findByText('转为“流失”须填写原因')).toBeInTheDocument();
    await userEvent.type(dialog.getByLabelText('原因'), '已落户其他区');
    await userEvent.click(dialog.getByRole('button', { name: '确定' }));
    await userEvent.click(screen.getByRole('button', { name: '展开「流失」' }));
    await waitFor(() => expect(within(column('流失')).getByText('储能电池基地')).toBeInTheDocument());
    expect(within(column('实地考察')).queryByText('储能电池基地')).not.toBeInTheDocument();
  });
});
