import { attachmentMimeType, attachmentProblems, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '@lianzhao/domain';
import { badInput, type StreamedFile } from '@lianzhao/api-core';

/** The form field of POST /uploads/referral-attachments the files come under. */
export const ATTACHMENT_UPLOAD_FIELD = 'files';

export const ATTACHMENT_UPLOAD_LIMITS = {
  field: ATTACHMENT_UPLOAD_FIELD,
  maxFiles: MAX_ATTACHMENTS,
  maxFileBytes: MAX_ATTACHMENT_BYTES,
} as const;

/** An uploaded file that passed the attachment rules. */
export interface CheckedAttachment {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/**
 * Checks the files of an upload once they have streamed in: names, count, sizes and the first
 * bytes against the extension (libs/domain, the rule the web applies when a file is picked), each
 * problem on its own field `files[i]`.
 */
export function checkUploadedAttachments(files: readonly StreamedFile[]): CheckedAttachment[] {
  if (!files.length) throw badInput([{ field: ATTACHMENT_UPLOAD_FIELD, message: '请选择要上传的文件' }], '请选择要上传的文件');
  const problems = attachmentProblems(
    files.map((f) => ({
      fileName: f.fileName,
      sizeBytes: f.truncated ? MAX_ATTACHMENT_BYTES + 1 : f.sizeBytes,
      head: f.head,
    })),
  ).map((p) => ({ field: p.field.replace(/^attachments/, ATTACHMENT_UPLOAD_FIELD), message: p.message }));
  if (problems.length) {
    throw badInput(
      problems.sort((a, b) => a.field.localeCompare(b.field)),
      problems.length === 1 ? (problems[0]?.message ?? '附件有误') : '附件有误，请检查标出的文件',
    );
  }
  return files.map((f) => ({
    fileName: f.fileName.trim(),
    mimeType: attachmentMimeType(f.fileName.trim()) ?? 'application/octet-stream',
    sizeBytes: f.sizeBytes,
  }));
}
