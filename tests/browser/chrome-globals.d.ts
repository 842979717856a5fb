/** The extension APIs as seen from code that browser tests evaluate inside extension pages and the worker. */
declare const chrome: {
  storage: {
    local: {
      get(keys: null | string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
      getBytesInUse(keys: null | string | string[]): Promise<number>;
    };
    session: { get(keys: null | string | string[]): Promise<Record<string, unknown>> };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest(): { version: string } };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { getAll(): Promise<unknown[]> };
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(id: number, msg: unknown): Promise<unknown>;
  };
};
