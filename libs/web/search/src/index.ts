// The library's words, registered as the shell loads it (the header's search box).
import './i18n/messages';
export { GlobalSearch } from './components/GlobalSearch';
export type { GlobalSearchProps } from './components/GlobalSearch';
export { CommandPalette, searchable } from './components/CommandPalette';
export type { CommandPaletteProps } from './components/CommandPalette';
