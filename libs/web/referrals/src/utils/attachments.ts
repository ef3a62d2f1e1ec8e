import { attachmentProblem, MAX_ATTACHMENTS } from '@lianzhao/domain';

/**
 * A file picked in the filing form. Only its first bytes are read (for the type check); the file
 * itself is uploaded (multipart) when the form is submitted, and fileReferral names it by id.
 */
export interface PickedAttachment {
  uid: string;
  fileName: string;
  sizeBytes: number;
  /** The first bytes, for the domain's check of the content against the extension. */
  head?: Uint8Array;
  file?: File;
}

/** The first bytes of a file, without reading the rest. */
export function fileHead(file: Blob, bytes = 16): Promise<Uint8Array> {
  // FileReader rather than Blob.arrayBuffer(), which older engines (and jsdom) lack.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file.slice(0, bytes));
  });
}

/**
 * Why a newly read file cannot join the ones already picked, with the same rule the API applies
 * (libs/domain), or null.
 */
export function pickedAttachmentProblem(
  picked: readonly PickedAttachment[],
  file: Omit<PickedAttachment, 'uid' | 'file'>,
): string | null {
  if (picked.length >= MAX_ATTACHMENTS) return `最多上传 ${MAX_ATTACHMENTS} 个附件`;
  const problem = attachmentProblem({
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
    head: file.head,
  });
  return problem ? `${file.fileName}：${problem}` : null;
}

export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
