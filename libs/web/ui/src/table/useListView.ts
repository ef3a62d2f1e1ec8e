import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import {
  CreateSavedViewDocument,
  DeleteSavedViewDocument,
  SavedViewsDocument,
  UpdateSavedViewDocument,
  type SavedViewRowFragment,
} from '@lianzhao/web-data';
import {
  paramsFromViewState,
  settingsFromParams,
  viewStateFromParams,
  withSettings,
  type TableSettings,
} from './list-view';

/** A list page's view: its table settings in the URL, and the user's saved views of it. */
export interface ListView {
  listKey: string;
  settings: TableSettings;
  setSettings: (patch: Partial<TableSettings>) => void;
  views: readonly SavedViewRowFragment[];
  /** Replaces the list's whole query string with the view's. */
  apply: (view: SavedViewRowFragment) => void;
  /** Saves what the URL shows now under a new name. */
  save: (name: string, isDefault: boolean) => Promise<SavedViewRowFragment | undefined>;
  /** Writes what the URL shows now into an existing view. */
  overwrite: (view: SavedViewRowFragment) => Promise<void>;
  rename: (view: SavedViewRowFragment, name: string) => Promise<void>;
  setDefault: (view: SavedViewRowFragment, isDefault: boolean) => Promise<void>;
  remove: (view: SavedViewRowFragment) => Promise<void>;
}

/**
 * The saved views and table settings of one list (`listKey`, e.g. `leads`). A list opened without
 * anything in its URL opens with the user's default view, once.
 */
export function useListView(listKey: string): ListView;
/** A list without saved views (`null`): no view, and nothing asked of the server. */
export function useListView(listKey: string | null): ListView | undefined;
export function useListView(listKey: string | null): ListView | undefined {
  const [params, setParams] = useSearchParams();
  const settings = useMemo(() => settingsFromParams(params), [params]);
  const { data } = useQuery(SavedViewsDocument, {
    variables: { listKey: listKey ?? '' },
    skip: listKey === null,
  });
  const views = useMemo(() => data?.savedViews ?? [], [data]);
  const refetchQueries = [{ query: SavedViewsDocument, variables: { listKey } }];
  const [create] = useMutation(CreateSavedViewDocument, { refetchQueries, awaitRefetchQueries: true });
  const [update] = useMutation(UpdateSavedViewDocument, { refetchQueries, awaitRefetchQueries: true });
  const [remove] = useMutation(DeleteSavedViewDocument, { refetchQueries, awaitRefetchQueries: true });

  const apply = useCallback(
    (view: SavedViewRowFragment) => setParams(paramsFromViewState(view.state), { replace: false }),
    [setParams],
  );

  // Only an empty URL takes the default: a link or a back step with filters shows what it names.
  const openedBare = useRef(listKey !== null && params.size === 0);
  useEffect(() => {
    if (!openedBare.current || !data) return;
    openedBare.current = false;
    const preferred = views.find((v) => v.isDefault);
    if (preferred) setParams(paramsFromViewState(preferred.state), { replace: true });
  }, [data, views, setParams]);

  if (listKey === null) return undefined;
  return {
    listKey,
    settings,
    setSettings: (patch) => setParams((current) => withSettings(current, patch), { replace: true }),
    views,
    apply,
    save: async (name, isDefault) => {
      const result = await create({
        variables: { input: { listKey, name, isDefault, state: viewStateFromParams(params) } },
      });
      return result.data?.createSavedView;
    },
    overwrite: async (view) => {
      await update({ variables: { input: { id: view.id, state: viewStateFromParams(params) } } });
    },
    rename: async (view, name) => {
      await update({ variables: { input: { id: view.id, name } } });
    },
    setDefault: async (view, isDefault) => {
      await update({ variables: { input: { id: view.id, isDefault } } });
    },
    remove: async (view) => {
      await remove({ variables: { id: view.id } });
    },
  };
}
