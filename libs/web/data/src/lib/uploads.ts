import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { CSRF_HEADER } from './client';
import { notifySessionExpired } from './session';

/** A file the API stored; its id goes into the mutation that uses it (fileReferral's attachmentIds). */
export interface UploadedFile {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/**
 * Sends files as multipart/form-data (field `files`) to one of the API's upload routes, signed in
 * like the GraphQL link (the session cookie, with the CSRF header). A refusal arrives in GraphQL's error shape and is thrown as
 * CombinedGraphQLErrors, so errorCode and fieldErrors (fields `files[i]`) read it as usual.
 */
export async function uploadFiles(
  path: '/uploads/referral-attachments',
  files: readonly File[],
  fetchImpl: typeof fetch = fetch,
): Promise<UploadedFile[]> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  const response = await fetchImpl(path, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { [CSRF_HEADER]: '1' },
  });
  const body = (await response.json()) as { attachments?: UploadedFile[]; errors?: GraphQLFormattedError[] };
  if (!response.ok || !body.attachments) {
    const errors = body.errors ?? [{ message: '上传失败' }];
    // Like a GraphQL answer: the sign-in dialog opens over the form, which keeps its files.
    if (errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) notifySessionExpired();
    throw new CombinedGraphQLErrors({ errors });
  }
  return body.attachments;
}
