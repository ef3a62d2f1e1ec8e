import { request } from 'node:http';
import { DataSource } from 'typeorm';
import { errorCode, fieldErrors, startTestApi, uploadFiles, type TestApi } from './harness';

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
const UPLOAD = '/uploads/referral-attachments';

interface UploadAnswer {
  attachments?: Attachment[];
  errors?: { message: string; extensions: { code: string; fields?: { field: string; message: string }[] } }[];
}
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255])]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('referral attachments (附件)', () => {
  let api: TestApi;
  let officer: string;
  let partner: string;
  let partner2: string;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    [officer, partner, partner2] = await Promise.all(
      ['officer', 'partner', 'partner2'].map((u) => api.login(u)),
    );
  });
  afterAll(() => api.close());

  const upload = (files: { fileName: string; content: Buffer }[], token: string | null = partner) =>
    uploadFiles<UploadAnswer>(api, UPLOAD, files, token);

  /** Every attachment row and chunk in the database, to prove a refusal left nothing behind. */
  async function storedRows(): Promise<{ attachments: number; chunks: number }> {
    const [row] = (await db.query(
      `SELECT (SELECT count(*) FROM referral_attachments)::int AS attachments,
              (SELECT count(*) FROM referral_attachment_chunks)::int AS chunks`,
    )) as { attachments: number; chunks: number }[];
    return row ?? { attachments: -1, chunks: -1 };
  }

  const uploadFields = (body: UploadAnswer) =>
    Object.fromEntries((body.errors?.[0]?.extensions.fields ?? []).map((f) => [f.field, f.message]));

  async function referralNames(): Promise<string[]> {
    const all = await api.gql<{ referrals: { edges: { node: { companyName: string } }[] } }>(
      COUNT,
      {},
      officer,
    );
    return all.data?.referrals.edges.map((e) => e.node.companyName) ?? [];
  }

  it('stores uploaded files with the filing; metadata is listed and a download returns the same bytes', async () => {
    const uploaded = await upload([
      { fileName: '项目介绍.pdf', content: PDF },
      { fileName: '营业执照.PNG', content: PNG },
    ]);
    expect(uploaded.status).toBe(201);
    const attachmentIds = uploaded.body.attachments?.map((a) => a.id) ?? [];
    expect(attachmentIds).toHaveLength(2);
    const filed = await api.gql<{ fileReferral: { id: string; status: string; attachments: Attachment[] } }>(
      FILE,
      { input: { ...BASE, companyName: '上海附件测试新能源有限公司', attachmentIds } },
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

    // A claimed upload cannot be claimed again, and nothing of that filing is written.
    const again = await api.gql(FILE, { input: { ...BASE, companyName: '上海附件重用有限公司', attachmentIds } }, partner);
    expect(fieldErrors(again)).toEqual({ attachmentIds: '附件不存在、已过期或已用于其他报备，请重新上传' });
    expect(await referralNames()).not.toContain('上海附件重用有限公司');
  });

  it('streams a large file into the database in pieces and returns the same bytes', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(1_200_000, 7), Buffer.from('%%EOF')]);
    const uploaded = await upload([{ fileName: '可行性研究报告.pdf', content: big }]);
    expect(uploaded.status).toBe(201);
    const id = uploaded.body.attachments?.[0]?.id;
    expect(uploaded.body.attachments?.[0]).toMatchObject({ fileName: '可行性研究报告.pdf', sizeBytes: big.length });
    const [pieces] = (await db.query(
      'SELECT count(*)::int AS n, max(length(bytes))::int AS largest FROM referral_attachment_chunks WHERE attachment_id = $1',
      [id],
    )) as { n: number; largest: number }[];
    // Written as it arrived, never as one value: at most 256 KB (plus one network read) a row.
    expect(pieces?.n).toBeGreaterThanOrEqual(4);
    expect(pieces?.largest).toBeLessThan(400 * 1024);

    const filed = await api.gql<{ fileReferral: { id: string } }>(
      FILE,
      { input: { ...BASE, companyName: '上海大附件测试有限公司', attachmentIds: [id] } },
      partner,
    );
    expect(filed.errors).toBeUndefined();
    const download = await api.gql<{ referralAttachment: { contentBase64: string } }>(DOWNLOAD, { id }, officer);
    expect(download.data?.referralAttachment.contentBase64).toBe(b64(big));
  });

  it('removes what an upload cut off by the client wrote; an unfinished upload cannot be claimed', async () => {
    const before = await storedRows();
    let midway = before;
    const boundary = '----lianzhao-cut';
    const url = new URL(`${api.baseUrl}${UPLOAD}`);
    await new Promise<void>((resolve) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${partner}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(3_000_000),
        },
      });
      req.on('error', () => resolve());
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="半截.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      );
      req.write(Buffer.concat([PDF, Buffer.alloc(900_000, 1)]));
      // Long enough for pieces to reach the database, then the client goes away mid-file.
      setTimeout(() => {
        void storedRows().then((rows) => {
          midway = rows;
          req.destroy();
          resolve();
        });
      }, 1_500);
    });
    let after = await storedRows();
    for (let i = 0; i < 50 && (after.attachments !== before.attachments || after.chunks !== before.chunks); i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await storedRows();
    }
    expect(midway.chunks).toBeGreaterThan(before.chunks);
    expect(after).toEqual(before);

    // A process that dies mid-upload leaves a row without completed_at: never claimable.
    const [user] = (await db.query(`SELECT id FROM users WHERE username = 'partner'`)) as { id: string }[];
    const [orphan] = (await db.query(
      `INSERT INTO referral_attachments (file_name, mime_type, size_bytes, uploaded_by, created_at)
       VALUES ('半截.pdf', 'application/pdf', 0, $1, now()) RETURNING id`,
      [user?.id],
    )) as { id: string }[];
    const claimed = await api.gql(
      FILE,
      { input: { ...BASE, companyName: '上海半截附件有限公司', attachmentIds: [orphan?.id] } },
      partner,
    );
    expect(fieldErrors(claimed)).toEqual({ attachmentIds: '附件不存在、已过期或已用于其他报备，请重新上传' });
  });

  it('lets only the partner who uploaded a file attach it, and only signed-in partners upload', async () => {
    const uploaded = await upload([{ fileName: '项目介绍.pdf', content: PDF }]);
    const attachmentIds = uploaded.body.attachments?.map((a) => a.id) ?? [];
    const other = await api.gql(FILE, { input: { ...BASE, companyName: '上海附件他人有限公司', attachmentIds } }, partner2);
    expect(fieldErrors(other)).toEqual({ attachmentIds: '附件不存在、已过期或已用于其他报备，请重新上传' });
    expect(await referralNames()).not.toContain('上海附件他人有限公司');
    // Nor is an unclaimed upload downloadable by anyone: it belongs to no referral yet.
    expect(errorCode(await api.gql(DOWNLOAD, { id: attachmentIds[0] }, officer))).toBe('NOT_FOUND');

    const anonymous = await upload([{ fileName: '项目介绍.pdf', content: PDF }], null);
    expect(anonymous).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
    const staff = await upload([{ fileName: '项目介绍.pdf', content: PDF }], officer);
    expect(staff).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
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
      [{ fileName: '大文件.pdf', content: Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]) }],
      { 'files[0]': '文件超过 5 MB' },
    ],
    [
      'too many',
      Array.from({ length: 6 }, (_, i) => ({ fileName: `第${i}份.pdf`, content: PDF })),
      { files: '最多上传 5 个附件' },
    ],
    [
      'a type not allowed',
      [
        { fileName: '项目介绍.pdf', content: PDF },
        { fileName: 'setup.exe', content: Buffer.from('MZ') },
      ],
      { 'files[1]': '不支持的文件类型，仅限 PDF、JPG、PNG、Word、Excel' },
    ],
    [
      'bytes that are not what the extension says',
      [{ fileName: '营业执照.jpg', content: PNG }],
      { 'files[0]': '文件内容与扩展名不符' },
    ],
  ])('refuses an upload of %s with a field-level error and stores nothing', async (_label, files, fields) => {
    const before = await storedRows();
    const refused = await upload(files);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(uploadFields(refused.body)).toEqual(fields);
    expect(refused.body.attachments).toBeUndefined();
    expect(await storedRows()).toEqual(before);
  });

  it('refuses a filing naming more than five or malformed attachment ids, writing nothing', async () => {
    const before = await referralNames();
    const tooMany = Array.from({ length: 6 }, () => '00000000-0000-4000-8000-000000000000');
    const many = await api.gql(FILE, { input: { ...BASE, companyName: '上海附件过多有限公司', attachmentIds: tooMany } }, partner);
    expect(fieldErrors(many)).toEqual({ attachmentIds: '最多上传 5 个附件' });
    const malformed = await api.gql(FILE, { input: { ...BASE, companyName: '上海附件编号有限公司', attachmentIds: ['x'] } }, partner);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(await referralNames()).toEqual(before);
  });
});
