import { describe, expect, it } from 'vitest';
import { adviceFor, newTrackedFor, signalsOf, withSignal } from '../../../lib/tracker/person-advice';
import { DEFAULT_SETTINGS } from '../../../lib/tracker/settings';

const NOW = new Date('2026-11-18T10:00:00Z');
const settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };
const zoe = {
  name: 'Zoë Ångström',
  profileUrl: 'https://www.linkedin.com/in/zoe-angstrom-4a1b2c/',
  headline: 'Product designer at Nordlys Studio',
  degree: 2 as const,
};

describe('advice for the person on screen', () => {
  it('no reason to connect: a blank request', () => {
    expect(adviceFor(zoe, null, settings, NOW).action).toBe('send-request-blank');
  });

  it('a note that already references something specific: send it with the request, blank as the alternative', () => {
    const a = adviceFor(zoe, null, settings, NOW, { hasHook: true });
    expect(a.action).toBe('send-request-with-note');
    expect(a.reason).toMatch(/Your note gives Zoë a specific reason/);
    expect(a.alternatives.map((x) => x.action)).toEqual(['send-request-blank']);
  });

  it('the draft does not override other advice (a senior person without credits: engage first)', () => {
    const ceo = { ...zoe, headline: 'CEO at Nordlys Studio' };
    expect(adviceFor(ceo, null, settings, NOW, { hasHook: true }).action).toBe('engage-first');
  });

  it('one click on "they engaged with my content" is remembered and changes the advice', () => {
    const record = withSignal(zoe, null, 'engaged', true, NOW);
    expect(record && signalsOf(record)).toMatchObject({ engaged: true, mutual: false });
    expect(record && adviceFor(zoe, record, settings, NOW).action).toBe('send-request-with-note');
    const cleared = record && withSignal(zoe, record, 'engaged', false, NOW);
    expect(cleared && signalsOf(cleared).engaged).toBe(false);
  });

  it('cannot track a person the page does not identify', () => {
    expect(newTrackedFor({ name: 'Zoë', profileUrl: null }, NOW)).toBeNull();
    expect(withSignal({ name: null, profileUrl: null }, null, 'mutual', true, NOW)).toBeNull();
  });
});
