import { useState } from 'react';
import { t } from '../lib/i18n/t';
import { errorText } from '../utils/messaging';

export interface HostAccessProps {
  /** null while the browser is asked. */
  granted: boolean | null;
  request: () => Promise<boolean>;
  /** The popup shows only the missing-access warning; onboarding shows the check either way. */
  compact?: boolean;
}

/** Says whether Connect Coach may read LinkedIn pages and, when it may not, offers to ask for it. */
export function HostAccess({ granted, request, compact = false }: HostAccessProps) {
  const [status, setStatus] = useState<string | null>(null);
  if (granted === null) return null;
  if (granted) {
    if (compact) return null;
    return (
      <p className="cc-note cc-access-ok" role="status" data-testid="cc-host-access" data-granted="true">
        {t('access_granted')}
      </p>
    );
  }
  const ask = () => {
    setStatus(null);
    // Straight from the click: browsers only ask the user during a gesture.
    request()
      .then((ok) => setStatus(ok ? null : t('access_denied')))
      .catch((err) => setStatus(t('access_failed', { error: errorText(err) })));
  };
  return (
    <div className="cc-alert cc-access" data-testid="cc-host-access" data-granted="false">
      <p>{t('access_missing')}</p>
      <button type="button" className="cc-btn cc-btn-primary" onClick={ask} data-testid="cc-grant-access">
        {t('access_button')}
      </button>
      {status ? <p role="alert">{status}</p> : null}
    </div>
  );
}
