import { describe, expect, it } from 'vitest';
import { advise, parseAdviceInput } from '../../../lib/sequencing';
import { callName, familyNameFirst } from '../../../lib/sequencing/names';

describe('callName: what a reason calls a person', () => {
  it.each([
    // Given name first (most of Europe, the Americas, Africa, South Asia).
    ['Ana Silva', 'Ana'],
    ['Dr. Ana Silva', 'Ana'],
    ['Prof. Dr. Jürgen Weiß', 'Jürgen'],
    ['Jean-Pierre Dubois', 'Jean-Pierre'],
    ['Oluwaseun Adébáyọ̀', 'Oluwaseun'],
    ['Ana-Lucía Pérez-Ortega', 'Ana-Lucía'],
    ['Søren Kierkegaard-Nielsen', 'Søren'],
    ['Priya Ramanathan (she/her)', 'Priya'],
    ['Mary O’Brien, PhD', 'Mary'],
    ['Ayşe Yılmaz', 'Ayşe'],
    ['Mădălina Popescu', 'Mădălina'],
    ['Мария Иванова', 'Мария'],
    ['محمد العلي', 'محمد'],
    // Diaspora order written given-first, with the family name last.
    ['Minh Nguyen', 'Minh'],
    ['Hiroshi Tanaka', 'Hiroshi'],
    // A capitalised family name marks itself.
    ['Hiroshi TANAKA', 'Hiroshi'],
    // A one-letter first word says too little.
    ['J. Smith', 'J. Smith'],
    ['Madonna', 'Madonna'],
  ])('%s → %s', (full, expected) => {
    expect(callName(full)).toBe(expected);
  });

  it.each([
    // Family name first: the whole name, never a guess from word order.
    'Nguyễn Thị Minh Khai',
    'Nguyen Van Minh',
    'Trần Hưng',
    '李小龍',
    '王 伟',
    '田中 太郎',
    '김민준',
    'Kim Min-jun',
    'Park Ji-sung',
    'Tanaka Hiroshi',
    'TANAKA Hiroshi',
    'Wang Wei',
    'Nagy László',
    'Kovács Anna',
    'Szőke Győző',
  ])('%s stays whole', (full) => {
    expect(familyNameFirst(full)).toBe(true);
    expect(callName(full)).toBe(full);
  });

  it("LinkedIn's first-name field wins", () => {
    expect(callName('Nguyễn Thị Minh Khai', { firstName: 'Minh Khai' })).toBe('Minh Khai');
    expect(callName('Ana Silva', { firstName: 'Anita' })).toBe('Anita');
  });

  it("the user's greeting is strong evidence (accents and case aside)", () => {
    expect(callName('Nguyễn Thị Minh Khai', { greeting: 'Chào chị Khai,' })).toBe('Khai');
    expect(callName('Nguyễn Văn Minh', { greeting: 'Hi Minh' })).toBe('Minh');
    expect(callName('Tanaka Hiroshi', { greeting: 'Dear Tanaka-san,' })).toBe('Tanaka');
    expect(callName('Kovács Anna', { greeting: 'Kedves Anna!' })).toBe('Anna');
    expect(callName('田中太郎', { greeting: '田中さん、こんにちは' })).toBe('田中');
    expect(callName('José Núñez', { greeting: 'Hola Jose' })).toBe('José');
    // A greeting that names nobody of them changes nothing.
    expect(callName('Nguyễn Văn Minh', { greeting: 'Hi there' })).toBe('Nguyễn Văn Minh');
    expect(callName('Ana Silva', { greeting: 'Dear Dr.' })).toBe('Ana');
  });

  it('the advisor names people the same way in its reasons', () => {
    const now = new Date('2026-03-10T09:00:00Z');
    const run = (contact: object) => {
      const p = parseAdviceInput({ contact: { degree: 1, acceptedAt: '2026-03-09T09:00:00Z', ...contact } });
      return advise(p.contact, now, p.settings).reason;
    };
    expect(run({ name: 'Nguyễn Thị Minh Khai' })).toMatch(/^Nguyễn Thị Minh Khai accepted/);
    expect(run({ name: 'Nguyễn Thị Minh Khai', firstName: 'Khai' })).toMatch(/^Khai accepted/);
    expect(run({ name: 'Ana Silva' })).toMatch(/^Ana accepted/);
  });
});
