// The library's words, registered as the shell loads it (the header's bell).
import './i18n/messages';
export { NotificationBell } from './components/NotificationBell';
export type { NotificationBellProps } from './components/NotificationBell';
