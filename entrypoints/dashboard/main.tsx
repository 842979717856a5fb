// The panel's component styles, then page-level rules and colours.
import '../../assets/panel.css';
import '../../assets/page.css';
import '../../components/tracker-pages.css';
import { t } from '../../lib/i18n/t';
import { startPage } from '../../utils/page';
import { createTrackerStore } from '../../utils/tracker-store';
import { DashboardApp } from './DashboardApp';

const store = createTrackerStore();
// Start reading now, while React renders the first frame: the summary's rows arrive sooner.
store.start();

startPage(
  () => t('dashboard_page_title'),
  () => <DashboardApp store={store} />,
);
