import { attachmentProblem, MAX_ATTACHMENTS } from '@lianzhao/domain';

/** A file picked in the filing form, already read: it travels base64-encoded in fileReferral. */
export interface PickedAttachment {
  uid: string;
  fileName: string;
  sizeBytes: number;
  contentBase64: string;
}

/** The first bytes of a base64 payload, for the domain's check of the content against the extension. */
export function base64Head(base64: string, bytes = 16): Uint8Array {
  const chunk = atob(base64.slice(0, Math.ceil(bytes / 3) * 4));
  return Uint8Array.from(chunk, (c) => c.charCodeAt(0));
}

/**
 * Why a newly read file cannot join the ones already picked, with the same rule the API applies
 * (libs/domain), or null.
 */
export function pickedAttachmentProblem(
  picked: readonly PickedAttachment[],
  file: Omit<PickedAttachment, 'uid'>,
): string | null {
  if (picked.length >= MAX_ATTACHMENTS) return `最多上传 ${MAX_ATTACHMENTS} 个附件`;
  const problem = attachmentProblem({
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
    head: file.contentBase64 ? base64Head(file.contentBase64) : undefined,
  });
  return problem ? `${file.fileName}：${problem}` : null;
}

export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
