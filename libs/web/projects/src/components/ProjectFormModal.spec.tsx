import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  ParkOptionsDocument,
  ReferenceOptionsDocument,
  UpdateProjectDocument,
  type ProjectDetailFragment,
  type UpdateProjectMutationVariables,
} from '@lianzhao/web-data';
import { projectRow, renderWithProviders } from '../testing/fixtures';
import { ProjectFormModal } from './ProjectFormModal';

const place = (code: string, name: string, sortOrder: number) => ({
  __typename: 'Place' as const,
  code,
  name,
  nameEn: code,
  kind: 'TOWN',
  sortOrder,
  retired: false,
});
const park = (code: string, name: string, townCode: string | null, sortOrder: number, retired = false) => ({
  __typename: 'Park' as const,
  code,
  name,
  nameEn: code,
  townCode,
  sortOrder,
  retired,
});

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: ReferenceOptionsDocument },
    result: { data: { industries: [], tags: [], places: [place('NANQIAO', '南桥镇', 10), place('JINHUI', '金汇镇', 20)] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ParkOptionsDocument },
    result: {
      data: {
        parks: [
          park('DONGFANG', '东方美谷生物医药园', 'NANQIAO', 10),
          park('JINHUI_PARK', '金汇工业园', 'JINHUI', 20),
          park('LINGANG', '临港奉贤园区', null, 30),
          park('OLD_PARK', '旧园区', 'NANQIAO', 40, true),
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

const project: ProjectDetailFragment = {
  ...projectRow('p1', '氢能装备项目', ['DONE']),
  town: { __typename: 'Place', code: 'NANQIAO', name: '南桥镇', nameEn: 'Nanqiao Town' },
  park: { __typename: 'Park', code: 'DONGFANG', name: '东方美谷生物医药园', nameEn: 'DONGFANG' },
  leadId: null,
  lead: null,
  sourceOrganization: null,
  registeredCapital: null,
  plannedFixedAssetInvestment: null,
  actualFixedAssetInvestment: null,
  expectedOutput: null,
  expectedTax: null,
  landArea: null,
  siteSupplyMode: null,
  spaceArea: null,
  spaceTenure: null,
  industrialHighRise: false,
  jobsPlanned: null,
  notes: null,
  planChanges: [],
  supportItems: [],
};

/** The options of the open drop-down (closed ones stay in the page, hidden). */
const options = () =>
  [...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-content')].map(
    (o) => o.textContent,
  );

async function openPicker(label: string) {
  await userEvent.click(within(screen.getByRole('dialog')).getByLabelText(label));
}

jest.setTimeout(120_000);

describe('ProjectFormModal park', () => {
  it("offers the chosen town's parks and those in no town, drops another town's park with the old town, and sends the code", async () => {
    const sent: UpdateProjectMutationVariables[] = [];
    await renderWithProviders(<ProjectFormModal project={project} onClose={jest.fn()} />, [
      ...mocks,
      {
        request: { query: UpdateProjectDocument, variables: () => true },
        result: (variables) => {
          sent.push(variables as UpdateProjectMutationVariables);
          return { data: { updateProject: project } };
        },
      },
    ]);
    const dialog = within(screen.getByRole('dialog'));
    expect(await dialog.findByText('东方美谷生物医药园')).toBeInTheDocument();
    await openPicker('园区');
    // Retired parks are no new choice; 金汇 parks belong to another town.
    await waitFor(() => expect(options()).toEqual(['东方美谷生物医药园', '临港奉贤园区']));
    await userEvent.keyboard('{Escape}');

    await openPicker('意向落地镇/街道');
    await userEvent.click((await screen.findAllByText('金汇镇', { selector: '.ant-select-item-option-content' })).at(-1) as HTMLElement);
    await waitFor(() => expect(dialog.queryByText('东方美谷生物医药园')).not.toBeInTheDocument());
    await openPicker('园区');
    await waitFor(() => expect(options()).toEqual(['金汇工业园', '临港奉贤园区']));
    await userEvent.click((await screen.findAllByText('金汇工业园', { selector: '.ant-select-item-option-content' })).at(-1) as HTMLElement);
    await userEvent.click(dialog.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].input).toMatchObject({ townCode: 'JINHUI', parkCode: 'JINHUI_PARK' });
  });
});
