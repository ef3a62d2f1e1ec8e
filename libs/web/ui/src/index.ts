export { I18nProvider, LOCALE_KEY } from './i18n/I18nProvider';
export type { I18n, I18nProviderProps, Translate } from './i18n/I18nProvider';
export { zhCN, en, format } from './i18n/messages';
export type {
  CoreMessageKey,
  FeatureDictionary,
  FeatureMessages,
  MessageKey,
  Messages,
} from './i18n/messages';
export { dictionaryProblems } from './i18n/dictionary-problems';
export { registerMessages } from './i18n/feature-messages';
export { useI18n, useT } from './hooks/useI18n';
export { useErrorMessage, useFormErrors, useShowError } from './hooks/useApiError';
export { useUrlFilters } from './hooks/useUrlFilters';
export type { UrlFilters } from './hooks/useUrlFilters';
export { listHref } from './navigation/list-urls';
export { PageBreadcrumb, PageTrailProvider, usePageTrail, type Crumb } from './navigation/PageTrail';
export { useListFilters } from './hooks/useListFilters';
export type { ListFilters, ListUrlSpec } from './hooks/useListFilters';
export { joinList, parseSort, sortParam, urlDate, urlList, urlOne, withoutUnset } from './utils/url-values';
export type { UrlOrder } from './utils/url-values';
export { useCursorPagination } from './hooks/useCursorPagination';
export type { CursorPagination } from './hooks/useCursorPagination';
export { canOpen, menuForRole, menuPages, rolesForPath } from './menu/menu-for-role';
export type { MenuEntry } from './menu/menu-for-role';
export { AppLayout } from './components/AppLayout';
export { COMPACT_LAYOUT_QUERY, useMediaQuery } from './hooks/useMediaQuery';
export type { AppLayoutProps, LayoutUser } from './components/AppLayout';
export { CursorPager } from './components/CursorPager';
export type { CursorPagerProps } from './components/CursorPager';
export { LanguageSwitch } from './components/LanguageSwitch';
export { HomePage } from './pages/HomePage';
export { NotBuiltYet } from './pages/NotBuiltYet';
export type { NotBuiltYetProps } from './pages/NotBuiltYet';
export { ForbiddenPage, FullPageLoading, NotFoundPage, PageSkeleton } from './pages/StatusPages';
export { useFormRules } from './hooks/useFormRules';
export type { FormRules } from './hooks/useFormRules';
export { offered, useReferenceOptions } from './hooks/useReferenceOptions';
export { useMilestoneLabel } from './hooks/useMilestoneLabel';
export type { IndustryOption, PlaceOption, ReferenceOptions, TagOption } from './hooks/useReferenceOptions';
export { dateString, optionalDecimal, optionalText } from './forms/values';
export { NewPasswordFields } from './forms/NewPasswordFields';
export {
  amountText,
  dateText,
  dateTimeText,
  moneySummary,
  moneyText,
  type MoneySummary,
} from './utils/format';
export { downloadBase64, readFileAsBase64, XLSX_MIME } from './utils/files';
export type { ExcelFile } from './utils/files';
export { useExcelDownload } from './hooks/useExcelDownload';
export { OptionsSelect } from './components/OptionsSelect';
export type { OptionsSelectBaseProps, OptionsSelectProps, SelectOption } from './components/OptionsSelect';
export { OwnerSelect, ownerOptions } from './components/OwnerSelect';
export type { OwnerSelectProps } from './components/OwnerSelect';
export { PartnerSelect } from './components/PartnerSelect';
export { FundSelect } from './components/FundSelect';
export type { FundOption, FundSelectProps } from './components/FundSelect';
export type { PartnerSelectProps } from './components/PartnerSelect';
export { AuditChanges } from './components/AuditChanges';
export type { AuditChange, AuditChangesProps } from './components/AuditChanges';
export { PlaceSelect } from './components/PlaceSelect';
export { ParkSelect } from './components/ParkSelect';
export type { ParkSelectProps } from './components/ParkSelect';
export type { PlaceSelectProps } from './components/PlaceSelect';
export { SegmentCascader } from './components/SegmentCascader';
export type { SegmentCascaderProps } from './components/SegmentCascader';
export { StageTag, STAGE_COLORS } from './components/StageTag';
export { TagSelect } from './components/TagSelect';
export { TagList } from './components/TagList';
export type { TagSelectProps } from './components/TagSelect';
export { FilterBar } from './filters/FilterBar';
export type { FilterBarProps } from './filters/FilterBar';
export { AmountRangeFilter } from './filters/AmountRangeFilter';
export type { AmountRangeFilterProps } from './filters/AmountRangeFilter';
export {
  amountRangeInverted,
  checkAmount,
  fieldKeys,
  filterFromUrl,
  splitList,
  urlAmount,
  urlArea,
  writeUrl,
} from './filters/filter-fields';
export type {
  AmountRangeField,
  AmountUnit,
  BooleanField,
  DateRangeField,
  FilterField,
  FilterPatch,
  FilterState,
  IndustryField,
  PickField,
  SegmentField,
  SelectField,
  TextField,
} from './filters/filter-fields';
export {
  activeField,
  amountRangeField,
  choices,
  dateRangeField,
  searchField,
} from './filters/field-factories';
export { ATTRIBUTION_URL_KEYS, attributionFields } from './filters/attribution-fields';
export type { AttributionFilter, AttributionUrlKey } from './filters/attribution-fields';
export { ConnectionTable, columnKey } from './table/ConnectionTable';
export { useListView } from './table/useListView';
export type { ListView } from './table/useListView';
export { SavedViewsMenu } from './table/SavedViewsMenu';
export { ExportButton } from './table/ExportButton';
export type { ExportButtonProps } from './table/ExportButton';
export { TableSettingsBar } from './table/TableSettingsBar';
export {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  paramsFromViewState,
  settingsFromParams,
  viewStateFromParams,
  withSettings,
} from './table/list-view';
export type { Density, TableSettings } from './table/list-view';
export type { ConnectionColumn, ConnectionTableProps } from './table/ConnectionTable';
export { useConnectionQuery } from './table/useConnectionQuery';
export { useColumns } from './table/columns';
export { useFilteredConnection } from './table/useFilteredConnection';
export type { FilteredConnection, FilteredConnectionOptions } from './table/useFilteredConnection';
export { FilteredConnectionTable } from './table/FilteredConnectionTable';
export type { FilteredConnectionTableProps } from './table/FilteredConnectionTable';
export type { Connection, ConnectionPage, ConnectionQueryOptions } from './table/useConnectionQuery';
export { columnSortOrder, orderFromSorter } from './utils/table-sort';
export type { ListOrder, SortDirection } from './utils/table-sort';
export { DRILL_PARAM, DRILL_PATHS, drillHref, parseDrill } from './drill/drill';
export type { DrillFilter, DrillTarget } from './drill/drill';
export { useDrill } from './drill/useDrill';
export type { Drill } from './drill/useDrill';
export { DrillBanner } from './drill/DrillBanner';
export type { DrillBannerProps } from './drill/DrillBanner';
