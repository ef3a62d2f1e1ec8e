/**
 * What an edit of reference data refetches: the page, its history, and the pickers' options that
 * every form of the app reads from the cache.
 */
export const REFERENCE_QUERIES = ['ReferenceData', 'ReferenceHistory', 'ReferenceOptions', 'ParkOptions'];
