/**
 * A reply or a withdrawal known without its date (a sheet's "Replied: yes", "Status: withdrawn") is
 * kept as the status through later changes, and a withdrawal without a date is not advised again.
 */
import { describe, expect, it } from 'vitest';
import { applyAccepted, applyMessageSent, mergeContacts } from '../../../lib/tracker/mutations';
import { dueItems } from '../../../lib/tracker/reminders';
import { datelessStatus, deriveStatus, type TrackedContact } from '../../../lib/tracker/schema';
import { contact, NOW, SETTINGS } from './helpers';

const request = { sentAt: '2026-01-05T09:00:00.000Z', note: null };
const repliedUndated = contact('r', { request, degree: 1, status: 'replied' });
const withdrawnUndated = contact('w', { request, degree: null, status: 'withdrawn' });

describe('facts known without their date', () => {
  it('the status keeps them; the dates alone would not show them', () => {
    expect(deriveStatus(repliedUndated)).toBe('replied');
    expect(deriveStatus({ ...repliedUndated, status: undefined })).toBe('accepted');
    expect(deriveStatus(withdrawnUndated)).toBe('withdrawn');
    expect(deriveStatus({ ...withdrawnUndated, status: undefined })).toBe('pending');
    expect(datelessStatus(repliedUndated)).toBe('replied');
    expect(datelessStatus({ ...repliedUndated, repliedAt: '2026-01-09' })).toBeUndefined();
  });

  it('a message sent, an acceptance seen or a merge keeps a reply without its date', () => {
    const at = '2026-03-01T09:00:00.000Z';
    expect(applyMessageSent(repliedUndated, at, NOW).status).toBe('replied');
    expect(applyAccepted(repliedUndated, at, NOW).status).toBe('replied');
    const incoming: TrackedContact = { ...repliedUndated, status: 'accepted', acceptedAt: at };
    expect(mergeContacts(repliedUndated, incoming).merged.status).toBe('replied');
    expect(
      mergeContacts(contact('r', { request, degree: 1, status: 'accepted' }), repliedUndated).merged.status,
    ).toBe('replied');
  });

  it('an acceptance beats a withdrawal without its date', () => {
    expect(applyAccepted(withdrawnUndated, '2026-03-01T09:00:00.000Z', NOW).status).toBe('accepted');
  });

  it('a request withdrawn on a date nobody wrote down is not on the checklist to withdraw', () => {
    const stale = contact('s', { request, status: 'pending' });
    const kinds = (c: TrackedContact) => dueItems([c], NOW, SETTINGS).map((i) => i.action);
    expect(kinds(stale)).toContain('withdraw-request');
    expect(kinds(withdrawnUndated)).not.toContain('withdraw-request');
  });
});
