import { describe, expect, it } from 'vitest';
import { isSenior } from '../../../lib/sequencing/seniority';

describe('isSenior: senior titles', () => {
  it.each([
    'CEO at Acme',
    'Co-founder & CTO | Building dev tools',
    'Cofounder, Acme',
    'Founder',
    'Chief Revenue Officer',
    'VP Sales EMEA',
    'SVP, Engineering',
    'Vice President of Marketing',
    'Vice-President, Operations',
    'Head of Growth @ Acme',
    'Head - Talent Acquisition',
    'Director of Product',
    'Managing Director, Acme Capital',
    'Managing Partner at Acme Ventures',
    'President & COO',
    'Owner, Rossi Bakery',
    'Chairman of the Board',
    'Former Engineer | CEO at Acme',
    'ＣＥＯ', // full-width
    // German
    'Geschäftsführer bei Muster GmbH',
    'Geschaeftsfuehrerin', // written without umlauts
    'Gründerin & CEO',
    'Leiter Vertrieb DACH',
    'Bereichsleiterin Marketing',
    'Inhaber, Schreinerei Müller',
    // French
    'Directeur Général chez Exemple',
    'Directrice marketing',
    'Fondatrice de Studio X',
    'PDG',
    'Président du directoire',
    // Spanish / Portuguese
    'Director General en Ejemplo SA',
    'Directora de Operaciones',
    'Fundador y CEO',
    'Jefa de Ventas',
    'Diretora Comercial',
    'Cofundadora',
    // Italian
    'Direttore Commerciale',
    'Amministratore Delegato presso Esempio SpA',
    'Fondatore',
    // Dutch / Swedish / Polish / Russian
    'Oprichter en directeur',
    'Algemeen directeur',
    'VD på Exempel AB',
    'Grundare',
    'Prezes Zarządu',
    'Założycielka',
    'Генеральный директор',
    // Japanese / Chinese / Korean
    '代表取締役社長',
    '株式会社サンプル 社長',
    '首席技术官',
    '总裁',
    '創辦人',
    '대표이사',
  ])('%s', (headline) => {
    expect(isSenior(headline)).toBe(true);
  });
});

describe('isSenior: not senior', () => {
  it.each([
    undefined,
    '',
    'Software Engineer',
    'Directory Services Administrator',
    'Vice captain of the chess club',
    'Executive Assistant to the CEO',
    'Assistant to the CEO | Acme',
    'Executive Assistant to the VP of Sales',
    'EA to the Founder',
    'CEO Assistant',
    'Assistant Vice President',
    "Founder's Associate at Acme",
    'Founding Engineer',
    'Product Owner',
    'Partner Manager, Cloud Alliances',
    'Talent Partner at Boğaziçi Ventures',
    'HR Business Partner, EMEA',
    'People Partner at Tidewater',
    'Chief of Staff',
    'Former CEO',
    'Ex-Founder, now learning to paint',
    'Aspiring Product Director',
    'Intern in the Office of the CEO',
    'Account Executive | Helping founders scale',
    'Headhunter',
    'Member of the Board of Directors', // "Directors" is not "Director"
    'Assistente del Direttore',
    'Assistentin der Geschäftsführung',
    '社長秘書',
  ])('%s', (headline) => {
    expect(isSenior(headline)).toBe(false);
  });
});
