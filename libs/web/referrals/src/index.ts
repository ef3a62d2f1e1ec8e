// The library's words, registered as it loads (lazily, with its first page).
import './i18n/messages';
export { MyReferralsPage } from './pages/MyReferralsPage';
export { MyReferralDetailPage } from './pages/MyReferralDetailPage';
export { ReviewQueuePage } from './pages/ReviewQueuePage';
export { ReferralReviewPage } from './pages/ReferralReviewPage';
export type { ReferralReviewPageProps } from './pages/ReferralReviewPage';
export { OrganizationReferralsPage } from './pages/OrganizationReferralsPage';
export { ReferralSettingsPage } from './pages/ReferralSettingsPage';
