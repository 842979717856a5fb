/**
 * Whether Connect Coach may read www.linkedin.com pages. Browsers let the user withhold or revoke it
 * (Firefox: Manage extension → Permissions; it can also start revoked; Chrome: Site access), and
 * without it no LinkedIn tab is coached. Pages check it, follow changes, and ask for it from a click.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export const LINKEDIN_ORIGINS = ['https://www.linkedin.com/*'];

type PermissionsApi = typeof browser.permissions;

function api(): PermissionsApi | undefined {
  return (browser as unknown as { permissions?: PermissionsApi }).permissions;
}

export async function hasHostAccess(): Promise<boolean> {
  const p = api();
  if (!p) return true;
  return p.contains({ origins: LINKEDIN_ORIGINS });
}

/** Must run inside the click: browsers only show the request during a user gesture. */
export async function requestHostAccess(): Promise<boolean> {
  const p = api();
  if (!p) return false;
  return p.request({ origins: LINKEDIN_ORIGINS });
}

export interface HostAccessState {
  /** null while checking. */
  granted: boolean | null;
  /** Asks the browser (from a click); resolves with whether access was granted. */
  request: () => Promise<boolean>;
}

export function useHostAccess(): HostAccessState {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    const check = () =>
      void hasHostAccess()
        .then((g) => live && setGranted(g))
        .catch(() => live && setGranted(false));
    check();
    const p = api();
    p?.onAdded.addListener(check);
    p?.onRemoved.addListener(check);
    return () => {
      live = false;
      p?.onAdded.removeListener(check);
      p?.onRemoved.removeListener(check);
    };
  }, []);
  const request = useCallback(async () => {
    const ok = await requestHostAccess();
    setGranted(ok ? true : await hasHostAccess());
    return ok;
  }, []);
  return { granted, request };
}
