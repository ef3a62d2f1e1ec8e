// The feature's words alone: the app loads them with the shell, the feature itself on first visit.
export { referralsMessages } from './i18n/messages';
