import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';

const SEARCH = `query ($text: String!, $first: Int) { globalSearch(text: $text, first: $first) {
  kind hasMore hits { kind id title detail } } }`;

interface Group {
  kind: string;
  hasMore: boolean;
  hits: { kind: string; id: string; title: string; detail: string | null }[];
}

/** Ids found per kind. */
function found(groups: Group[]): Record<string, string[]> {
  return Object.fromEntries(groups.map((g) => [g.kind, g.hits.map((h) => h.id)]));
}

describe('globalSearch (Ctrl+K)', () => {
  let api: TestApi;
  let officer: string;
  let leader: string;
  let partner: string;
  let partner2: string;
  let fundPartner: string;
  const ids: Record<string, string> = {};

  async function search(token: string, text: string, first = 5): Promise<Group[]> {
    const result = await api.gql<{ globalSearch: Group[] }>(SEARCH, { text, first }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.globalSearch;
  }

  async function must<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const result = await api.gql<T>(query, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  beforeAll(async () => {
    api = await startTestApi();
    [officer, leader, partner, partner2, fundPartner] = await Promise.all(
      ['officer', 'leader', 'partner', 'partner2', 'fundpartner'].map((u) => api.login(u)),
    );
    const enterprise = await must<{ createEnterprise: { id: string } }>(
      `mutation ($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`,
      {
        input: {
          name: '上海琥珀星辰储能科技有限公司',
          creditCode: '91310000132149237G',
          contacts: [{ name: '钱经理', phone: '+86 137-1111-2222' }],
        },
      },
      officer,
    );
    ids.enterprise = enterprise.createEnterprise.id;
    const lead = await must<{ createLead: { id: string } }>(
      `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
      {
        input: {
          enterpriseId: ids.enterprise,
          projectName: '琥珀星辰储能电站项目',
          segmentCode: 'HYDROGEN',
          channel: 'SELF',
        },
      },
      officer,
    );
    ids.lead = lead.createLead.id;
    const referral = await must<{ fileReferral: { id: string } }>(
      `mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id } }`,
      {
        input: {
          companyName: '琥珀星辰氢能材料有限公司',
          segmentCode: 'HYDROGEN',
          contactName: '孙总',
          contactPhone: '021-5712 3456',
        },
      },
      partner,
    );
    ids.referral = referral.fileReferral.id;
    // The fund is managed by fundpartner's own organisation.
    const me = await must<{ me: { organization: { id: string } } }>('{ me { organization { id } } }', {}, fundPartner);
    const manager = me.me.organization.id;
    const fund = await must<{ createFund: { id: string } }>(
      `mutation ($input: CreateFundInput!) { createFund(input: $input) { id } }`,
      {
        input: {
          name: '琥珀星辰产业基金',
          kind: 'GOVERNMENT_GUIDANCE',
          managerOrganizationId: manager,
          size: '100000',
          governmentContribution: '25000',
          vintageDate: '2024-06-30',
          reinvestmentMultiple: '1.5',
          reinvestmentBasis: 'GOVERNMENT_CONTRIBUTION',
        },
      },
      officer,
    );
    ids.fund = fund.createFund.id;
  }, 180_000);
  afterAll(() => api.close());

  it('finds each kind by a two-character Chinese substring, grouped, for an officer', async () => {
    const groups = await search(officer, '琥珀');
    expect(groups.map((g) => g.kind)).toEqual(['ENTERPRISE', 'LEAD', 'PROJECT', 'REFERRAL', 'FUND']);
    const byKind = found(groups);
    expect(byKind['ENTERPRISE']).toEqual([ids.enterprise]);
    expect(byKind['LEAD']).toEqual([ids.lead]);
    expect(byKind['PROJECT']).toEqual([]);
    expect(byKind['REFERRAL']).toEqual([ids.referral]);
    expect(byKind['FUND']).toEqual([ids.fund]);
    // A lead shows its enterprise beside its name.
    expect(groups[1].hits[0]).toMatchObject({ title: '琥珀星辰储能电站项目', detail: '上海琥珀星辰储能科技有限公司' });
  });

  it('finds a lead by its enterprise name and an enterprise by its credit code', async () => {
    expect(found(await search(officer, '星辰储能科技'))['LEAD']).toEqual([ids.lead]);
    const byCode = found(await search(officer, '132149237G'));
    expect(byCode['ENTERPRISE']).toEqual([ids.enterprise]);
    expect(byCode['LEAD']).toEqual([ids.lead]);
  });

  it('finds by contact phone, typed any way, from the last digits', async () => {
    for (const text of ['13711112222', '137 1111 2222', '+8613711112222']) {
      const byKind = found(await search(officer, text));
      expect({ text, enterprise: byKind['ENTERPRISE'], lead: byKind['LEAD'] }).toEqual({
        text,
        enterprise: [ids.enterprise],
        lead: [ids.lead],
      });
    }
    expect(found(await search(officer, '57123456'))['REFERRAL']).toEqual([ids.referral]);
    expect(found(await search(officer, '02157123456'))['REFERRAL']).toEqual([ids.referral]);
    expect(found(await search(officer, '99999999'))['ENTERPRISE']).toEqual([]);
  });

  it('gives a leader the same kinds, read-only', async () => {
    expect(found(await search(leader, '琥珀'))['LEAD']).toEqual([ids.lead]);
  });

  it('shows a partner only its own referrals and its own funds, never leads, enterprises or contacts', async () => {
    const own = await search(partner, '琥珀');
    expect(own.map((g) => g.kind)).toEqual(['REFERRAL', 'FUND']);
    expect(found(own)).toEqual({ REFERRAL: [ids.referral], FUND: [] });
    // The enterprise's contact phone is staff data.
    expect(found(await search(partner, '13711112222'))).toEqual({ REFERRAL: [], FUND: [] });
    expect(found(await search(partner2, '琥珀'))).toEqual({ REFERRAL: [], FUND: [] });
    expect(found(await search(partner2, '57123456'))).toEqual({ REFERRAL: [], FUND: [] });
    expect(found(await search(fundPartner, '琥珀'))).toEqual({ REFERRAL: [], FUND: [ids.fund] });
  });

  it('caps each kind and says when there is more', async () => {
    await must(
      `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
      { input: { enterpriseId: ids.enterprise, projectName: '琥珀星辰二期', segmentCode: 'HYDROGEN', channel: 'SELF' } },
      officer,
    );
    const leads = (await search(officer, '琥珀', 1)).find((g) => g.kind === 'LEAD');
    expect(leads).toMatchObject({ hasMore: true });
    expect(leads?.hits).toHaveLength(1);
  });

  it('asks for two characters before searching names, and refuses bad input in Chinese', async () => {
    expect(found(await search(officer, '琥'))).toEqual({ ENTERPRISE: [], LEAD: [], PROJECT: [], REFERRAL: [], FUND: [] });
    const long = await api.gql(SEARCH, { text: '琥'.repeat(51) }, officer);
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(long)['text']).toMatch(/最多 50/);
    const many = await api.gql(SEARCH, { text: '琥珀', first: 21 }, officer);
    expect(fieldErrors(many)['first']).toMatch(/最多/);
    expect(errorCode(await api.gql(SEARCH, { text: '琥珀' }))).toBe('UNAUTHENTICATED');
  });
});
