// The library's words, registered as it loads (lazily, with its first page).
import './i18n/messages';
export { PoliciesPage } from './pages/PoliciesPage';
export { PolicyQualifiedPage } from './pages/PolicyQualifiedPage';
export { PolicyMatchList, ProjectPolicyMatches } from './components/PolicyMatchesCard';
export { EnterprisePolicyMatches } from './components/EnterprisePolicyMatches';
