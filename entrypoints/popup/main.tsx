import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
// The panel's component styles, then page-level rules and colours.
import '../../assets/panel.css';
import '../../assets/page.css';
import '../../components/tracker-pages.css';
import { createTrackerStore } from '../../lib/ui/tracker-store';
import { PopupApp } from './PopupApp';

const store = createTrackerStore();

ReactDOM.createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PopupApp store={store} />
  </StrictMode>,
);
