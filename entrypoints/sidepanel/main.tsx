import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
// The panel's component styles, then page-level rules and colours.
import '../../assets/panel.css';
import '../../assets/page.css';
import { AdviceCard } from '../../components/AdviceCard';
import { FocusReportView } from '../../components/FocusReportView';
import { PasteInDraft } from '../../components/PasteInDraft';
import { t } from '../../lib/i18n/t';
import type { AccountType } from '../../lib/limits';
import type { FocusReport } from '../../lib/protocol/requests';
import type { Advice } from '../../lib/sequencing';
import { readSettings, settingsItem } from '../../lib/tracker/storage';
import { listen, send } from '../../utils/messaging';
import { startPage } from '../../utils/page';

function SidePanel() {
  const [report, setReport] = useState<FocusReport | null>(null);
  const [account, setAccount] = useState<AccountType | null>(null);

  useEffect(() => {
    // The LinkedIn tab beside the side panel; when the panel is itself a tab, follow the latest report.
    let tabId: number | undefined;
    void readSettings().then((s) => setAccount(s.accountType));
    const unwatch = settingsItem.watch((s) => setAccount(s?.accountType ?? null));
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
      const onLinkedIn = tab?.url?.startsWith('https://www.linkedin.com/');
      tabId = onLinkedIn ? tab?.id : undefined;
      const answer = await send({ type: 'get-focus-report', tabId }).catch(() => null);
      if (answer) setReport(answer.report);
    });
    const stopListening = listen({
      'focus-report-updated': (update) => {
        if (tabId === undefined || update.tabId === tabId) setReport(update.report);
      },
    });
    return () => {
      unwatch();
      stopListening();
    };
  }, []);

  const chooseAccount = (next: AccountType) => {
    setAccount(next);
    void readSettings().then((s) =>
      settingsItem.setValue({ ...s, accountType: next, accountTypeInferred: false }),
    );
  };

  // The next step for the person on the LinkedIn tab, from the same advisor as the card.
  const person = report?.person ?? null;
  const [advice, setAdvice] = useState<Advice | null>(null);
  useEffect(() => {
    setAdvice(null);
    if (!person) return;
    let stale = false;
    void send({ type: 'advice/get', person })
      .then((answer) => {
        if (!stale) setAdvice(answer.advice);
      })
      .catch(() => {});
    return () => {
      stale = true;
    };
  }, [person]);

  const nextStep = person ? (
    <section className="pi-next" data-testid="cc-side-next">
      <h2>{t('sidepanel_next_for', { name: person.name ?? '…' })}</h2>
      {advice ? <AdviceCard advice={advice} now={new Date()} /> : null}
    </section>
  ) : (
    <p className="cc-note" data-testid="cc-side-no-person">
      {t('sidepanel_no_person')}
    </p>
  );

  return (
    <main>
      <h1>{t('ext_name')}</h1>
      <FocusReportView report={report} />
      <PasteInDraft
        account={account}
        onAccountChange={chooseAccount}
        initialKind={report?.recognised ? report.kind : undefined}
        recipient={person?.name ?? null}
        nextStep={nextStep}
      />
      <p className="cc-note">{t('sidepanel_promise')}</p>
    </main>
  );
}

startPage(
  () => t('ext_name'),
  () => <SidePanel />,
);
