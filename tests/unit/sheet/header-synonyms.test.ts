/**
 * Header synonyms (lib/sheet/header-synonyms.ts through mapping.ts): what people call our columns in
 * English, German, French, Spanish and Portuguese, whatever the case, accents, punctuation or word
 * order; and what must not be taken for one of ours.
 */
import { describe, expect, it } from 'vitest';
import { SHEET_FIELDS } from '../../../lib/sheet/fields';
import { HEADER_SYNONYMS } from '../../../lib/sheet/header-synonyms';
import { EMPTY_MEMORY, mapColumns, matchHeader } from '../../../lib/sheet/mapping';

describe('header synonyms', () => {
  it.each([
    // our own header, as exported
    ['name', 'name'],
    ['profile_url', 'profile_url'],
    ['sent_at', 'sent_at'],
    ['first_message_at', 'first_message_at'],
    ['last_message_by', 'last_message_by'],
    // English, as people write it
    ['Full Name', 'name'],
    ['LinkedIn URL', 'profile_url'],
    ['LinkedIn Profile URL (public)', 'profile_url'],
    ['Date Sent', 'sent_at'],
    ['Date of request', 'sent_at'],
    ['Sent?', 'sent_at'],
    ['Status', 'status'],
    ['Template', 'version'],
    ['Message version label', 'version'],
    ['Audience type', 'audience'],
    ['Connected On', 'accepted_at'],
    ['Accepted (Y/N)', 'accepted_at'],
    ['Reply date', 'replied_at'],
    ['Withdrawn on', 'withdrawn_at'],
    ['Connection note', 'note'],
    ['Last message from', 'last_message_by'],
    ['First Name', 'first_name'],
    ['Surname', 'last_name'],
    ['profileUrl', 'profile_url'],
    ['SentAt', 'sent_at'],
    ['  STATUS:  ', 'status'],
    // German
    ['Vorname', 'first_name'],
    ['Nachname', 'last_name'],
    ['LinkedIn-Profil', 'profile_url'],
    ['Gesendet am', 'sent_at'],
    ['Versanddatum', 'sent_at'],
    ['Angenommen am', 'accepted_at'],
    ['Zielgruppe', 'audience'],
    ['Vorlage', 'version'],
    ['Kanal', 'channel'],
    ['Antwort erhalten', 'replied_at'],
    ['Zurückgezogen', 'withdrawn_at'],
    ['Letzte Nachricht von', 'last_message_by'],
    // French
    ['Prénom', 'first_name'],
    ['Nom de famille', 'last_name'],
    ['Profil LinkedIn', 'profile_url'],
    ["Date d'envoi", 'sent_at'],
    ['Statut', 'status'],
    ['Modèle', 'version'],
    ['Cible', 'audience'],
    ['Réponse', 'replied_at'],
    ['ACCEPTÉE LE', 'accepted_at'],
    ['Dernier message de', 'last_message_by'],
    // Spanish
    ['Nombre completo', 'name'],
    ['Apellidos', 'last_name'],
    ['Perfil de LinkedIn', 'profile_url'],
    ['Fecha de envío', 'sent_at'],
    ['Estado', 'status'],
    ['Plantilla', 'version'],
    ['Fecha de respuesta', 'replied_at'],
    ['Último mensaje de', 'last_message_by'],
    // Portuguese
    ['Nome completo', 'name'],
    ['Sobrenome', 'last_name'],
    ['Link do perfil', 'profile_url'],
    ['Data de envio', 'sent_at'],
    ['Situação', 'status'],
    ['Modelo', 'version'],
    ['Público-alvo', 'audience'],
    ['Respondeu', 'replied_at'],
    ['Última mensagem de', 'last_message_by'],
  ])('%j is %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([
    'Company name',
    'Company LinkedIn URL',
    'Email Address',
    'Position',
    'Next follow-up date',
    'Notes',
    'Comments',
    'Date of last follow-up',
    'Phone',
    'Firma',
    'Entreprise',
    'Empresa',
    '',
    '#',
  ])('%j is none of ours', (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it('every synonym in the table names its own field (no word list reads as another field)', () => {
    const wrong: string[] = [];
    for (const field of SHEET_FIELDS)
      for (const [lang, list] of Object.entries(HEADER_SYNONYMS[field]))
        for (const synonym of list ?? []) {
          const m = matchHeader(synonym);
          if (m?.field !== field)
            wrong.push(`${lang} ${JSON.stringify(synonym)}: ${field}, read as ${m?.field}`);
        }
    expect(wrong).toEqual([]);
  });

  it('a name column beside a name part means the other part (Prénom + Nom, Nombre + Apellidos)', () => {
    const fields = (header: string[]) => mapColumns(header, () => [], EMPTY_MEMORY).map((c) => c.field);
    expect(fields(['Prénom', 'Nom', 'Profil'])).toEqual(['first_name', 'last_name', 'profile_url']);
    expect(fields(['Nombre', 'Apellidos', 'Perfil'])).toEqual(['first_name', 'last_name', 'profile_url']);
    expect(fields(['Nome', 'Sobrenome', 'Perfil'])).toEqual(['first_name', 'last_name', 'profile_url']);
    expect(fields(['Name', 'URL'])).toEqual(['name', 'profile_url']);
  });

  it('one column per field, the exact header first; a date step may take a date and a yes/no column', () => {
    const cols = mapColumns(['Contact', 'Name', 'Date', 'Sent', 'LinkedIn'], () => [], EMPTY_MEMORY);
    expect(cols.map((c) => [c.header, c.field, c.sameAs ?? null])).toEqual([
      ['Contact', 'name', null],
      ['Name', null, 'name'],
      ['Date', 'sent_at', null],
      ['Sent', 'sent_at', null],
      ['LinkedIn', 'profile_url', null],
    ]);
  });

  it('a column is placed by its values when its header says nothing: LinkedIn URLs, channel or status words', () => {
    const values: Record<number, string[]> = {
      0: ['Ana', 'Bo'],
      1: ['https://www.linkedin.com/in/ana', 'linkedin.com/in/bo/'],
      2: ['InMail', 'Connection request'],
      3: ['Accepted', 'Pending', 'No response'],
      4: ['yes', 'no'],
    };
    const cols = mapColumns(
      ['Who', 'Link 2', 'How', 'Where are we', 'Flag'],
      (i) => values[i] ?? [],
      EMPTY_MEMORY,
    );
    expect(cols.map((c) => [c.field, c.how])).toEqual([
      ['name', 'header'],
      ['profile_url', 'values'],
      ['channel', 'values'],
      ['status', 'values'],
      [null, 'none'],
    ]);
  });

  it('what the user chose before wins over the tables, and their choice for this file over both', () => {
    const memory = { columns: { 'date sent': 'accepted_at' as const, company: null }, values: {} };
    const cols = mapColumns(['Date Sent', 'Company', 'Status'], () => [], memory, { 2: null });
    expect(cols.map((c) => [c.field, c.how])).toEqual([
      ['accepted_at', 'remembered'],
      [null, 'remembered'],
      [null, 'chosen'],
    ]);
  });
});
