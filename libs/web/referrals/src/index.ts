export { MyReferralsPage } from './pages/MyReferralsPage';
export { MyReferralDetailPage } from './pages/MyReferralDetailPage';
export { ReviewQueuePage } from './pages/ReviewQueuePage';
export { ReferralReviewPage } from './pages/ReferralReviewPage';
export type { ReferralReviewPageProps } from './pages/ReferralReviewPage';
export { OrganizationReferralsPage } from './pages/OrganizationReferralsPage';
export { ReferralSettingsPage } from './pages/ReferralSettingsPage';
export { referralsMessages } from './messages';
