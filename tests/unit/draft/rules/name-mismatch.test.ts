import { describe, expect, it } from 'vitest';
import { spanText, warningsFor } from '../helpers';

const FIRES: [string, string, string][] = [
  ['Hi Sarah, loved your article on supply chains.', 'Mark Jones', 'Sarah'],
  ['Hello Mark, congrats on the new role!', 'Zoë Ångström-Núñez', 'Mark'],
  ['Dear Dr. Chen,\nYour paper on CRISPR screens was fascinating.', 'Dr. Priya Raman', 'Chen'],
  ['Hola Ana, felicidades por el nuevo puesto 🎉', 'José María García', 'Ana'],
  ['Bonjour Zoé, your talk at Paris Web was superb.', 'Chloé Martin', 'Zoé'],
  ['Hej Sören, your FOSDEM talk was great 🇩🇰', 'Mette Frederiksen', 'Sören'],
  ['Hi 王芳, loved your keynote.', '李小龍', '王芳'],
  ['Hi Ayse, fellow Boğaziçi alum here!', 'Elif Şafak', 'Ayse'],
  ['Hi Minh Anh, congrats on the Series A 👨‍👩‍👧‍👦', 'Nguyễn Văn Hùng', 'Minh Anh'],
];

const QUIET: [string, string | null][] = [
  ['Hi Sarah, loved your article.', 'Sarah Chen'],
  ['Bonjour zoe, your talk was superb.', 'Zoë Ångström-Núñez'],
  ['Hi Ångström-Núñez, congrats!', 'Zoë Ångström-Núñez'],
  ['Hej Søren, your FOSDEM talk was great.', 'Søren Kierkegaard'],
  ['Hej Soren, your FOSDEM talk was great.', 'Søren Kierkegaard'],
  ['Hi Alex, congrats on the new role.', 'Alexander Petrov'],
  ['Hi Bob, loved the keynote.', 'Robert Smith'],
  ['Dear Dr. Chen, your paper was fascinating.', 'Dr. Wei Chen, PhD'],
  ['Hi 小龍, loved your keynote.', '李小龍'],
  ['李先生，您好', '李小龍'],
  ['Hi there, loved your article.', 'Mark Jones'],
  ['Hi, loved your article on Rust.', 'Nguyễn Thị Minh'],
  ['Hi Sarah, loved your article.', null],
  ['Hola José, ¡felicidades!', 'José María García (He/Him)'],
  ['Hi Ayşe, fellow alum here!', 'AYŞE YILMAZ 🚀'],
];

describe('name-mismatch', () => {
  it.each(FIRES)('fires: %s (recipient %s)', (text, recipientName, name) => {
    const [w] = warningsFor('name-mismatch', text, { recipientName });
    expect(w?.severity).toBe('warn');
    expect(spanText(text, w)).toBe(name);
    expect(w?.message).toContain(recipientName);
  });

  it.each(QUIET)('stays quiet: %s (recipient %s)', (text, recipientName) => {
    expect(warningsFor('name-mismatch', text, { recipientName })).toEqual([]);
  });
});
