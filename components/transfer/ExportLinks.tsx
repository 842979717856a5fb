import { useEffect, useRef, useState } from 'react';
import { t, tp } from '../../lib/i18n/t';
import { exportFileName } from '../../lib/tracker/format';
import { toIcs } from '../../lib/tracker/ics';
import type { DueItem } from '../../lib/tracker/reminders';
import type { TrackedContact } from '../../lib/tracker/schema';
import { toCsv, toJsonExport } from '../../lib/tracker/transfer';

interface Download {
  format: 'json' | 'csv' | 'ics';
  url: string;
  name: string;
  count: number;
}

/** Export: the tracker as JSON or CSV, the due steps as a calendar (.ics); each a download link. */
export function ExportLinks({
  contacts,
  calendar,
}: {
  contacts: readonly TrackedContact[];
  /** Items for the calendar export (calendarItems: due now and scheduled). */
  calendar: () => DueItem[];
}) {
  const [download, setDownload] = useState<Download | null>(null);
  const urlRef = useRef<string | null>(null);

  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );

  function prepare(format: Download['format']) {
    const at = new Date();
    let text: string;
    let type: string;
    let count = contacts.length;
    if (format === 'json') {
      text = toJsonExport(contacts, at);
      type = 'application/json';
    } else if (format === 'csv') {
      text = toCsv(contacts);
      type = 'text/csv';
    } else {
      const items = calendar();
      count = items.length;
      text = toIcs(items, at);
      type = 'text/calendar';
    }
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    urlRef.current = url;
    setDownload({ format, url, name: exportFileName(format, at), count });
  }

  return (
    <>
      <div className="cc-toolbar">
        <span>{t('export_label')}</span>
        <button type="button" className="cc-btn" data-testid="cc-export-json" onClick={() => prepare('json')}>
          {t('export_json')}
        </button>
        <button type="button" className="cc-btn" data-testid="cc-export-csv" onClick={() => prepare('csv')}>
          {t('export_csv')}
        </button>
        <button type="button" className="cc-btn" data-testid="cc-export-ics" onClick={() => prepare('ics')}>
          {t('export_ics')}
        </button>
      </div>
      {download ? (
        <p role="status">
          <a
            className="cc-link"
            href={download.url}
            download={download.name}
            data-testid="cc-export-link"
            data-format={download.format}
          >
            {t('export_download', { file: download.name })}
          </a>{' '}
          {download.format === 'ics'
            ? t('export_count_events', { count: download.count })
            : tp('export_count', download.count, { count: download.count })}
        </p>
      ) : null}
    </>
  );
}
