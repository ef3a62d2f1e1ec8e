import { useCallback, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { downloadBase64, type ExcelFile } from '../utils/files';
import { useShowError } from './useApiError';

/**
 * Runs a query that answers with an Excel file and saves it. Files bypass the cache: they are
 * large, always built fresh, and never shown again.
 */
export function useExcelDownload<Data, Vars extends Record<string, unknown>>(
  query: TypedDocumentNode<Data, Vars>,
  pickFile: (data: Data) => ExcelFile,
): { download: (variables: Vars) => Promise<ExcelFile | null>; loading: boolean } {
  const client = useApolloClient();
  const showError = useShowError();
  const [loading, setLoading] = useState(false);
  const download = useCallback(
    async (variables: Vars) => {
      setLoading(true);
      try {
        const { data } = await client.query({ query, variables, fetchPolicy: 'no-cache' });
        if (!data) return null;
        const file = pickFile(data);
        downloadBase64(file.filename, file.contentBase64);
        return file;
      } catch (error) {
        showError(error);
        return null;
      } finally {
        setLoading(false);
      }
    },
    [client, pickFile, query, showError],
  );
  return { download, loading };
}
