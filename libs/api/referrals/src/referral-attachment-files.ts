import {
  attachmentMimeType,
  attachmentProblems,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
} from '@lianzhao/domain';
import { badInput } from '@lianzhao/api-core';
import type { ReferralAttachmentInput } from './dto/referral.inputs';

/** An attachment checked and decoded, ready to be stored with its referral. */
export interface DecodedAttachment {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
// Anything longer than this cannot decode to 5 MB; it is refused before being decoded at all.
const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/**
 * Checks and decodes the files of a filing, all before anything is written: names, count,
 * decoded sizes and the first bytes against the extension (libs/domain), each problem on its
 * own field `attachments[i]`.
 */
export function decodeAttachments(
  inputs: readonly ReferralAttachmentInput[] | null | undefined,
): DecodedAttachment[] {
  const list = inputs ?? [];
  if (list.length > MAX_ATTACHMENTS)
    badInputOf(attachmentProblems(list.map((a) => ({ fileName: a.fileName, sizeBytes: 1 }))));
  const undecodable: { field: string; message: string }[] = [];
  const decoded = list.map((input, i) => {
    const payload = input.contentBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
    if (payload.length > MAX_BASE64_LENGTH + 4)
      return { input, content: null, sizeBytes: MAX_ATTACHMENT_BYTES + 1 };
    if (payload.length % 4 !== 0 || !BASE64.test(payload)) {
      undecodable.push({ field: `attachments[${i}]`, message: '文件内容不是有效的 base64 编码' });
      return { input, content: null, sizeBytes: 0 };
    }
    const content = Buffer.from(payload, 'base64');
    return { input, content, sizeBytes: content.length };
  });
  const problems = attachmentProblems(
    decoded.map((d) => ({
      fileName: d.input.fileName,
      sizeBytes: d.sizeBytes,
      head: d.content ? new Uint8Array(d.content.subarray(0, 16)) : undefined,
    })),
  ).filter((p) => !undecodable.some((u) => u.field === p.field));
  badInputOf([...undecodable, ...problems]);
  return decoded.map((d) => ({
    fileName: d.input.fileName.trim(),
    mimeType: attachmentMimeType(d.input.fileName.trim()) ?? 'application/octet-stream',
    content: d.content ?? Buffer.alloc(0),
  }));
}

function badInputOf(problems: { field: string; message: string }[]): void {
  if (!problems.length) return;
  throw badInput(
    [...problems].sort((a, b) => a.field.localeCompare(b.field)),
    problems.length === 1 ? (problems[0]?.message ?? '附件有误') : '附件有误，请检查标出的文件',
  );
}
