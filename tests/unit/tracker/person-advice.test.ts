import { describe, expect, it } from 'vitest';
import { nextStep } from '../../../lib/tracker/next-step';
import { newTrackedFor, signalsOf, withSignal } from '../../../lib/tracker/person-advice';
import { DEFAULT_SETTINGS } from '../../../lib/tracker/settings';

const NOW = new Date('2026-11-18T10:00:00Z');
const settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };
const zoe = {
  name: 'Zoë Ångström',
  profileUrl: 'https://www.linkedin.com/in/zoe-angstrom-4a1b2c/',
  headline: 'Product designer at Nordlys Studio',
  degree: 2 as const,
};
const forZoe = (record: Parameters<typeof nextStep>[0]['record'], draft?: { hasHook: boolean }) =>
  nextStep({ record, person: zoe, draft: draft ?? null }, NOW, settings);

describe('advice for the person on screen', () => {
  it('no reason to connect: a blank request, and no due date for someone not tracked', () => {
    const a = forZoe(null);
    expect(a.action).toBe('send-request-blank');
    expect(a.tracked).toBe(false);
    expect(a.dueAt).toBeNull();
    expect(a.dueDay).toBeNull();
  });

  it('a note that already references something specific: send it with the request, blank as the alternative', () => {
    const a = forZoe(null, { hasHook: true });
    expect(a.action).toBe('send-request-with-note');
    expect(a.reason).toMatch(/Your note gives Zoë a specific reason/);
    expect(a.alternatives.map((x) => x.action)).toEqual(['send-request-blank']);
  });

  it('the draft does not override other advice (a senior person without credits: engage first)', () => {
    const ceo = { ...zoe, headline: 'CEO at Nordlys Studio' };
    expect(nextStep({ record: null, person: ceo, draft: { hasHook: true } }, NOW, settings).action).toBe(
      'engage-first',
    );
  });

  it('one click on "they engaged with my content" is remembered and changes the advice; tracked, it is dated', () => {
    const record = withSignal(zoe, null, 'engaged', true, NOW);
    expect(record && signalsOf(record)).toMatchObject({ engaged: true, mutual: false });
    const a = record && forZoe(record);
    expect(a?.action).toBe('send-request-with-note');
    expect(a?.tracked).toBe(true);
    expect(a?.dueDay).toBe('2026-11-18');
    const cleared = record && withSignal(zoe, record, 'engaged', false, NOW);
    expect(cleared && signalsOf(cleared).engaged).toBe(false);
  });

  it('cannot track a person the page does not identify', () => {
    expect(newTrackedFor({ name: 'Zoë', profileUrl: null }, NOW)).toBeNull();
    expect(withSignal({ name: null, profileUrl: null }, null, 'mutual', true, NOW)).toBeNull();
  });
});
