import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, spanText, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  ['Hi [Name], I loved your post on supply chains.', '[Name]', {}],
  ['Hi {first_name}, congrats on the new role!', '{first_name}', {}],
  ['Hello Zoë, congrats on the funding round at {{company}} 🎉', '{{company}}', {}],
  ['Hi José, great to meet you at <EVENT NAME> last week.', '<EVENT NAME>', {}],
  ['Hej Søren, I saw your talk at XXX and loved it.', 'XXX', {}],
  ['Hi , I enjoyed your article on Rust.', 'Hi ,', {}],
  ['Dear %FIRSTNAME%,\nThanks for connecting!', '%FIRSTNAME%', { surface: 'message' }],
  [
    'Hi Nguyễn, I saw this report on [Industry Trend] and thought of our chat.',
    '[Industry Trend]',
    { surface: 'message', stage: 'follow-up' },
  ],
  [
    'Hi Ayşe, how is your team at COMPANY_NAME thinking about hiring?',
    'COMPANY_NAME',
    { surface: 'message' },
  ],
  ['Hi 李小龍, congrats on your new role at .', 'at .', {}],
  ['Hi <first name>, loved your podcast 🎙️', '<first name>', {}],
];

const QUIET: [string, Ctx][] = [
  ['Hi Sarah, I loved your post on supply chains <3', {}],
  ['Hi Zoë, your talk on {x} → f(x) notation in category theory was brilliant.', {}],
  ['Hi José, great meetup last night <grin> see you at the next one.', {}],
  ['Hej Søren, your post on Nix flakes [sic] had me laughing 😂', {}],
  ['Hi Nguyễn, congrats on the XXL funding round, well deserved!', {}],
  ['Hi Ayşe,\nThanks for the intro to the Istanbul product guild 🇹🇷', {}],
  ['Hi 李小龍, loved your snake_case vs camelCase post.', {}],
  ['Hi, I enjoyed your article on Rust.', {}],
  ['Hello Dr. Chen, your paper on CRISPR screens (Nature, 2025) was fascinating.', {}],
  ['Love this! xx', { surface: 'comment' }],
];

describe('placeholder', () => {
  it.each(FIRES)('fires: %s', (text, slot, ctx) => {
    const [w] = warningsFor('placeholder', text, ctx);
    expect(w?.severity).toBe('error');
    expect(spanText(text, w)).toBe(slot);
    expect(w?.evidence).toBe(EVIDENCE.placeholderText);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('placeholder', text, ctx)).toEqual([]);
  });
});
