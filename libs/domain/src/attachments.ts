/**
 * Files a partner may attach to a referral (项目介绍 PDF, 营业执照 image, …). The same rule runs in
 * the filing form, before anything is sent, and in the API, where the bytes are checked too.
 */

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENT_NAME_LENGTH = 200;

type Kind = 'pdf' | 'jpeg' | 'png' | 'ole' | 'zip';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// doc and xls are OLE compound files; docx and xlsx are zip packages.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const MAGIC: Record<Kind, readonly number[]> = { pdf: PDF, jpeg: JPEG, png: PNG, ole: OLE, zip: ZIP };

export const ATTACHMENT_TYPES: Readonly<Record<string, { mimeType: string; kind: Kind }>> = {
  pdf: { mimeType: 'application/pdf', kind: 'pdf' },
  jpg: { mimeType: 'image/jpeg', kind: 'jpeg' },
  jpeg: { mimeType: 'image/jpeg', kind: 'jpeg' },
  png: { mimeType: 'image/png', kind: 'png' },
  doc: { mimeType: 'application/msword', kind: 'ole' },
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    kind: 'zip',
  },
  xls: { mimeType: 'application/vnd.ms-excel', kind: 'ole' },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'zip' },
};

/** For the file picker's `accept`. */
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

export const ATTACHMENT_TYPES_LABEL = 'PDF、JPG、PNG、Word、Excel';

export function attachmentExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function attachmentMimeType(fileName: string): string | null {
  return ATTACHMENT_TYPES[attachmentExtension(fileName)]?.mimeType ?? null;
}

/** Whether the first bytes fit the extension, so a renamed executable is not stored as a PDF. */
export function attachmentBytesMatch(fileName: string, head: Uint8Array): boolean {
  const type = ATTACHMENT_TYPES[attachmentExtension(fileName)];
  if (!type) return false;
  const magic = MAGIC[type.kind];
  return head.length >= magic.length && magic.every((byte, i) => head[i] === byte);
}

export interface AttachmentCandidate {
  fileName: string;
  sizeBytes: number;
  /** The first bytes, when known (the API always knows them; the form knows them after reading). */
  head?: Uint8Array;
}

export interface AttachmentProblem {
  /** `attachments` for the whole list, `attachments[i]` for one file (0-based, as in the request). */
  field: string;
  message: string;
}

// Path separators and control characters never belong in a name we hand back as a download.
// eslint-disable-next-line no-control-regex
const BAD_NAME = /[\\/\u0000-\u001f\u007f]/;

/** One file's problem, or null. */
export function attachmentProblem(file: AttachmentCandidate): string | null {
  const name = file.fileName.trim();
  if (!name) return '文件名不能为空';
  if (name.length > MAX_ATTACHMENT_NAME_LENGTH) return `文件名最多 ${MAX_ATTACHMENT_NAME_LENGTH} 个字`;
  if (BAD_NAME.test(name)) return '文件名不能包含斜杠或控制字符';
  if (!attachmentMimeType(name)) return `不支持的文件类型，仅限 ${ATTACHMENT_TYPES_LABEL}`;
  if (file.sizeBytes <= 0) return '文件为空';
  if (file.sizeBytes > MAX_ATTACHMENT_BYTES) return '文件超过 5 MB';
  if (file.head && !attachmentBytesMatch(name, file.head)) return '文件内容与扩展名不符';
  return null;
}

/** All problems of a list of attachments, each on its own field. */
export function attachmentProblems(files: readonly AttachmentCandidate[]): AttachmentProblem[] {
  const problems: AttachmentProblem[] = [];
  if (files.length > MAX_ATTACHMENTS)
    problems.push({ field: 'attachments', message: `最多上传 ${MAX_ATTACHMENTS} 个附件` });
  files.forEach((file, i) => {
    const message = attachmentProblem(file);
    if (message) problems.push({ field: `attachments[${i}]`, message });
  });
  return problems;
}
