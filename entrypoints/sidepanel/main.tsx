import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
// The panel's component styles, then page-level rules and colours.
import '../../assets/panel.css';
import '../../assets/page.css';
import { AdviceCard } from '../../components/AdviceCard';
import { FocusReportView } from '../../components/FocusReportView';
import { PasteInDraft } from '../../components/PasteInDraft';
import type { DraftFacts } from '../../lib/draft/draft-facts';
import { t } from '../../lib/i18n/t';
import type { AccountType } from '../../lib/limits';
import type { FocusReport } from '../../lib/protocol/requests';
import type { AdviceAnswer } from '../../lib/tracker/person-advice';
import { readSettings, settingsItem } from '../../lib/tracker/storage';
import { listen, send } from '../../utils/messaging';
import { startPage } from '../../utils/page';

/** A change in the draft (empty, hook, greeting, kind) asks the advisor again once typing pauses. */
const DRAFT_ADVICE_PAUSE_MS = 300;

function SidePanel() {
  const [report, setReport] = useState<FocusReport | null>(null);
  /** The LinkedIn tab the report is from: the advisor reads that tab's page. */
  const [reportTab, setReportTab] = useState<number | null>(null);
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
      if (answer) {
        setReport(answer.report);
        setReportTab(answer.tabId);
      }
    });
    const stopListening = listen({
      'focus-report-updated': (update) => {
        if (tabId !== undefined && update.tabId !== tabId) return;
        setReport(update.report);
        setReportTab(update.tabId);
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

  // The next step for the person on the LinkedIn tab, from the same advisor as the card: it reads
  // that tab's page (tabId), hears about the draft written here (for the verdict beside the score),
  // and is asked again when the person's record changes anywhere.
  const person = report?.person ?? null;
  const personKey = person ? JSON.stringify(person) : null;
  const [draft, setDraft] = useState<DraftFacts | null>(null);
  const draftKey = draft ? `${draft.surface}|${draft.empty}|${draft.hasHook}|${draft.greeting ?? ''}` : '';
  const [answer, setAnswer] = useState<{ for: string; answer: AdviceAnswer } | null>(null);
  const [recordChanged, setRecordChanged] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again when the person, tab, draft facts (by value) or the record change
  useEffect(() => {
    if (!person || !personKey) return;
    let stale = false;
    const timer = setTimeout(() => {
      const tabId = reportTab ?? undefined;
      void send({ type: 'advice/get', person, tabId, ...(draft ? { draft } : {}) })
        .then((a) => {
          if (!stale) setAnswer({ for: personKey, answer: a });
        })
        .catch(() => {});
    }, DRAFT_ADVICE_PAUSE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [personKey, reportTab, draftKey, recordChanged]);
  const shown = answer && answer.for === personKey ? answer.answer : null;
  const watchKey = shown?.watchKey ?? null;
  useEffect(() => {
    if (!watchKey) return;
    return storage.watch(watchKey as `local:${string}`, () => setRecordChanged((n) => n + 1));
  }, [watchKey]);

  const nextStep = person ? (
    <section className="pi-next" data-testid="cc-side-next">
      <h2>{t('sidepanel_next_for', { name: person.name ?? '…' })}</h2>
      {shown?.advice ? <AdviceCard advice={shown.advice} now={new Date()} /> : null}
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
        verdict={shown?.draft ?? null}
        advice={shown?.advice ?? null}
        onDraftFacts={setDraft}
      />
      <p className="cc-note">{t('sidepanel_promise')}</p>
    </main>
  );
}

startPage(
  () => t('ext_name'),
  () => <SidePanel />,
);
