import { it } from 'vitest';
import { readPageFacts } from '../../lib/linkedin/page-facts';
import { fixtureDocument, fixtureUrl } from './linkedin/fixture-dom';
it('x', () => {
  for (const n of ['messaging-page', 'messaging-2026-hashed', 'messaging-bubbles', 'inmail', 'salesnav', 'connect-2026-note-free', 'connect-2026-quota-exhausted', 'profile-2026-first', 'connect-2026-note-premium']) {
    const f = readPageFacts(fixtureDocument(n), fixtureUrl(n), new Date('2026-12-05T14:00:00'));
    console.log(n, JSON.stringify(f));
  }
});
