import {
  attachmentBytesMatch,
  attachmentMimeType,
  attachmentProblem,
  attachmentProblems,
  MAX_ATTACHMENT_BYTES,
} from './attachments';

const PDF_HEAD = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_HEAD = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]);

describe('attachmentProblem', () => {
  it.each([
    [{ fileName: '项目介绍.pdf', sizeBytes: 10, head: PDF_HEAD }, null],
    [{ fileName: '营业执照.PNG', sizeBytes: 10, head: PNG_HEAD }, null],
    [{ fileName: '计划.docx', sizeBytes: 10, head: ZIP_HEAD }, null],
    [{ fileName: '名单.xlsx', sizeBytes: 10 }, null],
    [{ fileName: '  ', sizeBytes: 10 }, '文件名不能为空'],
    [{ fileName: 'a/b.pdf', sizeBytes: 10 }, '文件名不能包含斜杠或控制字符'],
    [{ fileName: 'run.exe', sizeBytes: 10 }, '不支持的文件类型，仅限 PDF、JPG、PNG、Word、Excel'],
    [{ fileName: 'noext', sizeBytes: 10 }, '不支持的文件类型，仅限 PDF、JPG、PNG、Word、Excel'],
    [{ fileName: 'empty.pdf', sizeBytes: 0 }, '文件为空'],
    [{ fileName: 'big.pdf', sizeBytes: MAX_ATTACHMENT_BYTES + 1 }, '文件超过 5 MB'],
    [{ fileName: 'edge.pdf', sizeBytes: MAX_ATTACHMENT_BYTES, head: PDF_HEAD }, null],
    [{ fileName: 'fake.pdf', sizeBytes: 10, head: PNG_HEAD }, '文件内容与扩展名不符'],
    [{ fileName: `${'长'.repeat(201)}.pdf`, sizeBytes: 10 }, '文件名最多 200 个字'],
  ])('%j → %s', (file, expected) => {
    expect(attachmentProblem(file)).toBe(expected);
  });
});

describe('attachmentProblems', () => {
  it('reports the count on the list and each file on its index', () => {
    const ok = { fileName: 'a.pdf', sizeBytes: 1 };
    const files = [ok, ok, { fileName: 'x.exe', sizeBytes: 1 }, ok, ok, ok];
    expect(attachmentProblems(files)).toEqual([
      { field: 'attachments', message: '最多上传 5 个附件' },
      { field: 'attachments[2]', message: '不支持的文件类型，仅限 PDF、JPG、PNG、Word、Excel' },
    ]);
  });
  it('accepts none', () => expect(attachmentProblems([])).toEqual([]));
});

describe('types', () => {
  it.each([
    ['a.jpg', 'image/jpeg'],
    ['a.JPEG', 'image/jpeg'],
    ['a.doc', 'application/msword'],
    ['a.txt', null],
  ])('%s → %s', (name, mime) => expect(attachmentMimeType(name)).toBe(mime));
  it('checks magic bytes against the extension', () => {
    expect(
      attachmentBytesMatch('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).toBe(true);
    expect(attachmentBytesMatch('a.jpg', new Uint8Array([0xff, 0xd8]))).toBe(false);
  });
});
