// The panel's component styles, then page-level rules and colours.
import '../../assets/panel.css';
import '../../assets/page.css';
import '../../components/tracker-pages.css';
import './onboarding.css';
import { t } from '../../lib/i18n/t';
import { startPage } from '../../utils/page';
import { OnboardingApp } from './OnboardingApp';

startPage(
  () => t('onboarding_page_title'),
  () => <OnboardingApp />,
);
