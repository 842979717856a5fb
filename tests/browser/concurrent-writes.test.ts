/** Two tabs writing 200 records at once through the real background writer: none is lost. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

it('200 interleaved writes from two tabs, including repeated updates of the same people', async () => {
  await session.worker.evaluate(() => chrome.storage.local.clear());
  const [a, b] = await Promise.all([
    session.openExtensionPage('popup.html'),
    session.openExtensionPage('popup.html'),
  ]);
  const burst = (tab: string) =>
    Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        // Each tab writes each of its 50 people twice: the second write updates the first.
        const person = `https://www.linkedin.com/in/person-${i % 50}-${tab}/`;
        return chrome.runtime.sendMessage({
          type: 'tracker/request-sent',
          input: {
            name: `Person ${i} ${tab}`,
            profileUrl: person,
            note: `note ${i}`,
            sentAt: new Date().toISOString(),
            accountType: null,
          },
        });
      }),
    );
  const [ra, rb] = await Promise.all([a.evaluate(burst, 'a'), b.evaluate(burst, 'b')]);
  const results = [...(ra as { ok: boolean }[]), ...(rb as { ok: boolean }[])];
  expect(results.filter((r) => r.ok)).toHaveLength(200);
  const contacts = await session.worker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null)).filter(([k]) => k.startsWith('contact:')),
  );
  // 50 people per tab; each person's latest note is one of the notes sent to them.
  expect(contacts).toHaveLength(100);
  await a.close();
  await b.close();
});
