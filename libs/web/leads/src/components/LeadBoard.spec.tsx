import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { LeadStage } from '@lianzhao/domain';
import { LeadBoardDocument, MoveLeadDocument, type LeadBoardQuery } from '@lianzhao/web-data';
import { dataTransfer, leadCard, renderWithProviders } from '../testing/fixtures';
import { BOARD_STAGES } from '../utils/board';
import { LeadBoard } from './LeadBoard';

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
});

describe('LeadBoard', () => {
  it('shows each column with its count and planned-investment sum in 万元/亿元', async () => {
    await renderBoard();
    expect(BOARD_STAGES).toHaveLength(8);
    const visited = within(column('实地考察'));
    expect(visited.getByText('1 条')).toBeInTheDocument();
    expect(visited.getByText('计划投资 12 亿元')).toBeInTheDocument();
    expect(within(column('暂缓')).getByText('计划投资 0 万元')).toBeInTheDocument();
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
      await screen.findByText('不能从“实地考察”直接转到“签约”，可转到：“初步接洽”、“深度洽谈”、“过会”、“暂缓”、“流失”'),
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
    await waitFor(() => expect(within(column('流失')).getByText('储能电池基地')).toBeInTheDocument());
    expect(within(column('实地考察')).queryByText('储能电池基地')).not.toBeInTheDocument();
  });
});
