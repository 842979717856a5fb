import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
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
