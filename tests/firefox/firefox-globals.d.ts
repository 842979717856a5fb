/** The WebExtension API as seen from code that Firefox tests evaluate inside extension pages. */
declare const browser: {
  storage: {
    local: {
      get(keys: null | string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
    session: { get(keys: null | string | string[]): Promise<Record<string, unknown>> };
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getBackgroundPage(): Promise<Window>;
    getManifest(): { version: string };
    reload(): void;
  };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number }[]> };
  permissions: {
    contains(p: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
    remove(p: { origins?: string[]; permissions?: string[] }): Promise<boolean>;
  };
};
