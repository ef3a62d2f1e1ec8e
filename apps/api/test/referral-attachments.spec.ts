import { errorCode, fieldErrors, startTestApi, type TestApi } from './harness';

const FILE =
  'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id status attachments { id fileName mimeType sizeBytes createdAt } } }';
const GET = 'query ($id: ID!) { referral(id: $id) { id attachments { id fileName mimeType sizeBytes } } }';
const DOWNLOAD = 'query ($id: ID!) { referralAttachment(id: $id) { fileName mimeType contentBase64 } }';
const COUNT = '{ referrals(first: 100) { edges { node { id companyName } } } }';

interface Attachment {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

const BASE = { segmentCode: 'HYDROGEN', contactName: '孙总', contactPhone: '13900000002' };
const b64 = (bytes: Buffer) => bytes.toString('base64');
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255])]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('referral attachments (附件)', () => {
  let api: TestApi;
  let officer: string;
  let partner: string;
  let partner2: string;

  beforeAll(async () => {
    api = await startTestApi();
    [officer, partner, partner2] = await Promise.all(
      ['officer', 'partner', 'partner2'].map((u) => api.login(u)),
    );
  });
  afterAll(() => api.close());

  async function referralNames(): Promise<string[]> {
    const all = await api.gql<{ referrals: { edges: { node: { companyName: string } }[] } }>(
      COUNT,
      {},
      officer,
    );
    return all.data?.referrals.edges.map((e) => e.node.companyName) ?? [];
  }

  it('stores files with the filing; metadata is listed and a download returns the same bytes', async () => {
    const filed = await api.gql<{ fileReferral: { id: string; status: string; attachments: Attachment[] } }>(
      FILE,
      {
        input: {
          ...BASE,
          companyName: '上海附件测试新能源有限公司',
          attachments: [
            { fileName: '项目介绍.pdf', contentBase64: b64(PDF) },
            { fileName: '营业执照.PNG', contentBase64: `data:image/png;base64,${b64(PNG)}` },
          ],
        },
      },
      partner,
    );
    expect(filed.errors).toBeUndefined();
    const referral = filed.data?.fileReferral;
    expect(referral?.status).toBe('PROTECTED');
    expect(
      referral?.attachments.map(({ fileName, mimeType, sizeBytes }) => ({ fileName, mimeType, sizeBytes })),
    ).toEqual(
      expect.arrayContaining([
        { fileName: '项目介绍.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length },
        { fileName: '营业执照.PNG', mimeType: 'image/png', sizeBytes: PNG.length },
      ]),
    );
    expect(referral?.attachments).toHaveLength(2);

    // The officer sees the same list on the referral, and both sides download the same bytes.
    const seen = await api.gql<{ referral: { attachments: Attachment[] } }>(
      GET,
      { id: referral?.id },
      officer,
    );
    expect(seen.data?.referral.attachments.map((a) => a.id).sort()).toEqual(
      referral?.attachments.map((a) => a.id).sort(),
    );
    const pdf = referral?.attachments.find((a) => a.fileName.endsWith('.pdf'));
    for (const token of [partner, officer]) {
      const download = await api.gql<{
        referralAttachment: { fileName: string; mimeType: string; contentBase64: string };
      }>(DOWNLOAD, { id: pdf?.id }, token);
      expect(download.data?.referralAttachment).toEqual({
        fileName: '项目介绍.pdf',
        mimeType: 'application/pdf',
        contentBase64: b64(PDF),
      });
    }

    // Another organisation's partner reaches neither the referral nor its files.
    expect(errorCode(await api.gql(DOWNLOAD, { id: pdf?.id }, partner2))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(GET, { id: referral?.id }, partner2))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(DOWNLOAD, { id: 'not-an-id' }, officer))).toBe('NOT_FOUND');
  });

  it('files without attachments as before', async () => {
    const filed = await api.gql<{ fileReferral: { attachments: Attachment[] } }>(
      FILE,
      { input: { ...BASE, companyName: '上海无附件科技有限公司' } },
      partner,
    );
    expect(filed.data?.fileReferral.attachments).toEqual([]);
  });

  it.each([
    [
      'too large',
      [{ fileName: '大文件.pdf', contentBase64: b64(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)])) }],
      { 'attachments[0]': '文件超过 5 MB' },
    ],
    [
      'too many',
      Array.from({ length: 6 }, (_, i) => ({ fileName: `第${i}份.pdf`, contentBase64: b64(PDF) })),
      { attachments: '最多上传 5 个附件' },
    ],
    [
      'a type not allowed',
      [
        { fileName: '项目介绍.pdf', contentBase64: b64(PDF) },
        { fileName: 'setup.exe', contentBase64: b64(Buffer.from('MZ')) },
      ],
      { 'attachments[1]': '不支持的文件类型，仅限 PDF、JPG、PNG、Word、Excel' },
    ],
    [
      'bytes that are not what the extension says',
      [{ fileName: '营业执照.jpg', contentBase64: b64(PNG) }],
      { 'attachments[0]': '文件内容与扩展名不符' },
    ],
    [
      'content that is not base64',
      [{ fileName: '项目介绍.pdf', contentBase64: '%%%not base64%%%' }],
      { 'attachments[0]': '文件内容不是有效的 base64 编码' },
    ],
  ])('refuses %s with a field-level error and writes nothing', async (_label, attachments, fields) => {
    const companyName = `上海附件拒收${String(_label).length}号有限公司`;
    const before = await referralNames();
    const result = await api.gql(FILE, { input: { ...BASE, companyName, attachments } }, partner);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual(fields);
    const after = await referralNames();
    expect(after).toEqual(before);
    expect(after).not.toContain(companyName);
  });
});
