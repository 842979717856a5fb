import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../../../lib/evidence';
import { type Ctx, spanText, warningsFor } from '../helpers';

const FIRES: [string, string, Ctx][] = [
  [
    'Hi John, I saw we connected. My company provides B2B lead generation services that increase ROI by 50%.',
    'My company provides',
    { surface: 'message' },
  ],
  ['Hi Zoë, we help companies like yours cut cloud costs by 30%. 🚀', 'we help companies like yours cut', {}],
  ['Hi Sarah! I help coaches get 10 new clients a month. Interested?', 'I help coaches get', {}],
  ['Hola José, our platform automates payroll for Spanish SMEs.', 'our platform', {}],
  [
    'Hej Søren,\nWe specialize in Shopify development for Nordic brands.',
    'We specialize in',
    { surface: 'inmail-body' },
  ],
  ['Hi Nguyễn, I can boost your revenue with our AI chatbot.', 'boost your revenue', {}],
  [
    'Hi Ayşe, quick one: we offer a free trial of our analytics tool for Turkish e-commerce teams.',
    'we offer',
    { surface: 'message' },
  ],
  ['Hi 李小龍, I run an agency offering SEO services for cross-border sellers.', 'SEO services', {}],
  [
    'Hi Priya, we could save you 10 hours a week on reporting.',
    'save you 10 hours',
    { surface: 'inmail-body' },
  ],
  [
    'Dear Dr. Chen, I would love to show you how our software can help your lab.',
    'our software',
    { surface: 'inmail-body' },
  ],
  ['Hi Liz, our platform cuts onboarding time in half for fintech teams.', 'our platform', {}],
  ['Hi Ana, we grow ARR for B2B startups in Lisbon.', 'we grow ARR', {}],
  ['Hi Kemi, we provide IT services to Nigerian banks.', 'we provide', {}],
  ['Hi Kemi, looking for IT services for your bank?', 'IT services', {}],
  ['Dear Ana,\nWe offer a free audit of your AWS bill.', 'We offer', { surface: 'inmail-body' }],
];

const QUIET: [string, Ctx][] = [
  ["Hi Sarah, I really enjoyed your article on AI's impact on supply chains.", {}],
  ['Hi Riya, I saw your post on SaaS pricing pages. I work in SEO and would like to connect.', {}],
  [
    'Hi John, congrats on the new product launch. How is your team thinking about educating the market?',
    { surface: 'message' },
  ],
  ['Hola Ana, felicidades por el nuevo puesto 🎉', {}],
  ['Hi Zoë, loved your breakdown of the ROI debate in platform engineering.', {}],
  ['Hej Søren, your post on pricing experiments at Pleo was brilliant.', {}],
  ['Our team just shipped v2 of the app! 🎉 Thanks to everyone who tested it.', { surface: 'post' }],
  ['Great point on services margins, Ayşe. We saw the same at our agency.', { surface: 'comment' }],
  ['Hi Nguyễn, we both spoke at Vietnam Web Summit. Your demo of the payments SDK was great.', {}],
  ['Subject: our product roadmap', { surface: 'inmail-subject' }],
  ['Hi Liz, congrats on the VP role. I lead our platform team at Wise.', { surface: 'message' }],
  ['Congrats on growing ARR to $12M this year, Ana. Huge milestone!', {}],
  ['Hi Kemi, congrats on heading the IT services unit at Interswitch!', {}],
  [
    'Dear Ana,\nYour Kafka talk at Codemotion is why I am writing. We offer full remote within Portugal.',
    { surface: 'inmail-body' },
  ],
];

describe('pitch', () => {
  it.each(FIRES)('fires: %s', (text, phrase, ctx) => {
    const [w] = warningsFor('pitch', text, ctx);
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toBe(phrase);
    expect(w?.evidence).toBe(EVIDENCE.noPitch);
  });

  it.each(QUIET)('stays quiet: %s', (text, ctx) => {
    expect(warningsFor('pitch', text, ctx)).toEqual([]);
  });

  it('in a follow-up message it is only info', () => {
    const text = 'Hi Zoë, following your question: our platform exports to Datadog too.';
    expect(warningsFor('pitch', text, { surface: 'message', stage: 'follow-up' })[0]?.severity).toBe('info');
  });
});
