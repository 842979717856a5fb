/**
 * The same tracking sheet saved by different programs in different countries gives the same tracker:
 * our own export, Excel in Germany and France (semicolons, a byte-order mark, CRLF, day-first dates),
 * Excel in the US (commas, Windows-1252, 12-hour times), Google Sheets in Spanish, LibreOffice in
 * Portuguese, Excel's "Unicode text" (UTF-16, tabs) and a tool that writes Excel serial numbers.
 * Each is generated from one list of people with that program's conventions, read from its bytes.
 */
import { describe, expect, it } from 'vitest';
import { loadSheet } from '../../../lib/sheet/load';
import { readSheet } from '../../../lib/sheet/read';
import type { TrackedContact } from '../../../lib/tracker/schema';

const NOW = new Date('2026-03-20T09:00:00Z');

/** One person as the sheet holds them; dates are wall-clock "YYYY-MM-DDTHH:mm". */
interface Person {
  name: string;
  url: string;
  audience: string;
  version: string;
  channel: '' | 'request' | 'inmail' | 'message-request';
  sent: string;
  note: string;
  status: '' | 'pending' | 'accepted' | 'replied' | 'withdrawn' | 'ignored';
  accepted: string;
  first: string;
  replied: string;
  withdrawn: string;
  lastBy: '' | 'me' | 'them';
}

const P = (p: Partial<Person> & Pick<Person, 'name' | 'url'>): Person => ({
  audience: '',
  version: '',
  channel: '',
  sent: '',
  note: '',
  status: '',
  accepted: '',
  first: '',
  replied: '',
  withdrawn: '',
  lastBy: '',
  ...p,
});

// Names and notes stay inside Windows-1252, which Excel's plain "CSV" writes in western Europe.
const PEOPLE: Person[] = [
  P({
    name: 'Ana Müller',
    url: 'https://www.linkedin.com/in/ana-muller',
    audience: 'Founders',
    version: 'V1',
    channel: 'request',
    sent: '2026-03-02T10:15',
    note: 'Hi Ana; loved your talk, "pricing" part.',
    status: 'pending',
  }),
  P({
    name: 'Bo Núñez',
    url: 'https://de.linkedin.com/in/bo-nunez/',
    audience: 'Recruiters',
    version: 'V2',
    channel: 'request',
    sent: '2026-02-14T08:05',
    status: 'accepted',
    accepted: '2026-02-16T19:40',
  }),
  P({
    name: 'Zoë François',
    url: 'https://www.linkedin.com/in/zoe-francois',
    audience: 'Founders',
    version: 'V1',
    channel: 'request',
    sent: '2026-01-25T17:30',
    note: 'Two lines,\nsecond line.',
    status: 'replied',
    accepted: '2026-01-26T09:00',
    first: '2026-01-27T12:00',
    replied: '2026-01-28T15:45',
    lastBy: 'them',
  }),
  P({
    name: 'João Sá',
    url: 'https://www.linkedin.com/in/joao-sa',
    audience: 'Recruiters',
    version: 'V2',
    channel: 'request',
    sent: '2026-01-05T11:00',
    status: 'withdrawn',
    withdrawn: '2026-02-10T11:00',
  }),
  P({
    name: 'Eve Ørsted',
    url: 'https://www.linkedin.com/in/eve-orsted',
    audience: 'Founders',
    version: 'V2',
    channel: 'request',
    sent: '2026-02-20T13:13',
    status: 'ignored',
  }),
  P({
    name: 'Fay Ruiz',
    url: 'https://www.linkedin.com/in/fay-ruiz',
    audience: 'CTOs',
    channel: 'inmail',
    status: 'replied',
    replied: '2026-03-03T07:59',
    lastBy: 'me',
  }),
  P({ name: 'Gil Costa', url: 'https://www.linkedin.com/in/gil-costa', channel: 'message-request' }),
];

interface Dialect {
  name: string;
  delimiter: string;
  newline: string;
  encode: (text: string) => Uint8Array;
  header: Record<keyof Person, string>;
  date: (iso: string) => string;
  status: Record<string, string>;
  channel: Record<string, string>;
  lastBy: Record<string, string>;
  /** Extra columns the user keeps (ignored by the reader). */
  extra?: [string, string];
}

const utf8 = (t: string) => new TextEncoder().encode(t);
const utf8Bom = (t: string) => utf8(`\uFEFF${t}`);
const cp1252 = (t: string) =>
  Uint8Array.from(t, (ch) => {
    const c = ch.charCodeAt(0);
    if (c > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
    return c;
  });
const utf16le = (t: string) => {
  const out = new Uint8Array(2 + t.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < t.length; i++) {
    out[2 + i * 2] = t.charCodeAt(i) & 0xff;
    out[3 + i * 2] = t.charCodeAt(i) >> 8;
  }
  return out;
};

const parts = (iso: string) => {
  const [y, mo, d, h, mi] = iso.split(/[-T:]/) as [string, string, string, string, string];
  return { y, mo, d, h, mi };
};
const n = (s: string) => String(Number(s));
const twelve = (h: string) => {
  const x = Number(h);
  return { h: String(x % 12 === 0 ? 12 : x % 12), ap: x < 12 ? 'AM' : 'PM' };
};

const OURS_HEADER: Record<keyof Person, string> = {
  name: 'name',
  url: 'profile_url',
  audience: 'audience',
  version: 'version',
  channel: 'channel',
  sent: 'sent_at',
  note: 'note',
  status: 'status',
  accepted: 'accepted_at',
  first: 'first_message_at',
  replied: 'replied_at',
  withdrawn: 'withdrawn_at',
  lastBy: 'last_message_by',
};
const same = (list: string[]) => Object.fromEntries(list.map((x) => [x, x]));

const DIALECTS: Dialect[] = [
  {
    name: 'our export (comma, CRLF, ISO)',
    delimiter: ',',
    newline: '\r\n',
    encode: utf8,
    header: OURS_HEADER,
    date: (iso) => iso,
    status: same(['pending', 'accepted', 'replied', 'withdrawn', 'ignored']),
    channel: same(['request', 'inmail', 'message-request']),
    lastBy: same(['me', 'them']),
  },
  {
    name: 'Excel, Germany (semicolon, BOM, CRLF, dd.mm.yyyy)',
    delimiter: ';',
    newline: '\r\n',
    encode: utf8Bom,
    header: {
      name: 'Name',
      url: 'LinkedIn-Profil',
      audience: 'Zielgruppe',
      version: 'Vorlage',
      channel: 'Kanal',
      sent: 'Gesendet am',
      note: 'Nachricht',
      status: 'Status',
      accepted: 'Angenommen am',
      first: 'Erste Nachricht',
      replied: 'Antwort am',
      withdrawn: 'Zurückgezogen am',
      lastBy: 'Letzte Nachricht von',
    },
    date: (iso) => {
      const p = parts(iso);
      return `${p.d}.${p.mo}.${p.y} ${p.h}:${p.mi}`;
    },
    status: {
      pending: 'Ausstehend',
      accepted: 'Angenommen',
      replied: 'Geantwortet',
      withdrawn: 'Zurückgezogen',
      ignored: 'Ignoriert',
    },
    channel: { request: 'Kontaktanfrage', inmail: 'InMail', 'message-request': 'Nachricht' },
    lastBy: { me: 'ich', them: 'Kontakt' },
    extra: ['Firma', 'ACME GmbH'],
  },
  {
    name: 'Excel, France (semicolon, BOM, CRLF, dd/mm/yyyy)',
    delimiter: ';',
    newline: '\r\n',
    encode: utf8Bom,
    header: {
      name: 'Nom complet',
      url: 'Profil LinkedIn',
      audience: 'Cible',
      version: 'Modèle',
      channel: 'Canal',
      sent: "Date d'envoi",
      note: 'Message',
      status: 'Statut',
      accepted: 'Acceptée le',
      first: 'Premier message',
      replied: 'Date de réponse',
      withdrawn: 'Date de retrait',
      lastBy: 'Dernier message de',
    },
    date: (iso) => {
      const p = parts(iso);
      return `${p.d}/${p.mo}/${p.y} ${p.h}:${p.mi}`;
    },
    status: {
      pending: 'En attente',
      accepted: 'Acceptée',
      replied: 'Répondu',
      withdrawn: 'Retirée',
      ignored: 'Ignorée',
    },
    channel: { request: 'Invitation', inmail: 'InMail', 'message-request': 'Message' },
    lastBy: { me: 'moi', them: 'eux' },
    extra: ['Entreprise', 'ACME SA'],
  },
  {
    name: 'Excel, US (comma, Windows-1252, CRLF, m/d/yyyy h:mm AM/PM)',
    delimiter: ',',
    newline: '\r\n',
    encode: cp1252,
    header: {
      name: 'Full Name',
      url: 'LinkedIn URL',
      audience: 'Audience type',
      version: 'Template',
      channel: 'Outreach type',
      sent: 'Date Sent',
      note: 'Connection note',
      status: 'Status',
      accepted: 'Accepted on',
      first: 'First message',
      replied: 'Reply date',
      withdrawn: 'Withdrawn on',
      lastBy: 'Last message from',
    },
    date: (iso) => {
      const p = parts(iso);
      const t = twelve(p.h);
      return `${n(p.mo)}/${n(p.d)}/${p.y} ${t.h}:${p.mi} ${t.ap}`;
    },
    status: {
      pending: 'Sent',
      accepted: 'Connected',
      replied: 'Replied',
      withdrawn: 'Withdrawn',
      ignored: 'Declined',
    },
    channel: { request: 'Connection request', inmail: 'InMail', 'message-request': 'Message request' },
    lastBy: { me: 'Me', them: 'Them' },
    extra: ['Company', 'ACME Inc.'],
  },
  {
    name: 'Google Sheets, Spanish (comma, LF, d/m/yyyy H:mm:ss)',
    delimiter: ',',
    newline: '\n',
    encode: utf8,
    header: {
      name: 'Nombre completo',
      url: 'Perfil de LinkedIn',
      audience: 'Audiencia',
      version: 'Plantilla',
      channel: 'Canal',
      sent: 'Fecha de envío',
      note: 'Mensaje',
      status: 'Estado',
      accepted: 'Fecha de aceptación',
      first: 'Primer mensaje',
      replied: 'Fecha de respuesta',
      withdrawn: 'Fecha de retiro',
      lastBy: 'Último mensaje de',
    },
    date: (iso) => {
      const p = parts(iso);
      return `${n(p.d)}/${n(p.mo)}/${p.y} ${n(p.h)}:${p.mi}:00`;
    },
    status: {
      pending: 'Pendiente',
      accepted: 'Aceptada',
      replied: 'Respondió',
      withdrawn: 'Retirada',
      ignored: 'Ignorada',
    },
    channel: { request: 'Solicitud de conexión', inmail: 'InMail', 'message-request': 'Mensaje directo' },
    lastBy: { me: 'yo', them: 'ellos' },
  },
  {
    name: 'LibreOffice, Portuguese (comma, LF, dd/mm/yy hh:mm)',
    delimiter: ',',
    newline: '\n',
    encode: utf8,
    header: {
      name: 'Nome completo',
      url: 'Link do perfil',
      audience: 'Público',
      version: 'Modelo',
      channel: 'Canal',
      sent: 'Data de envio',
      note: 'Mensagem',
      status: 'Situação',
      accepted: 'Data de aceitação',
      first: 'Primeira mensagem',
      replied: 'Data da resposta',
      withdrawn: 'Data de retirada',
      lastBy: 'Última mensagem de',
    },
    date: (iso) => {
      const p = parts(iso);
      return `${p.d}/${p.mo}/${p.y.slice(2)} ${p.h}:${p.mi}`;
    },
    status: {
      pending: 'Pendente',
      accepted: 'Aceito',
      replied: 'Respondeu',
      withdrawn: 'Retirado',
      ignored: 'Ignorado',
    },
    channel: { request: 'Convite', inmail: 'InMail', 'message-request': 'Mensagem' },
    lastBy: { me: 'eu', them: 'eles' },
  },
  {
    name: 'Excel "Unicode text" (UTF-16 LE, tab, CRLF, Excel serial numbers)',
    delimiter: '\t',
    newline: '\r\n',
    encode: utf16le,
    header: { ...OURS_HEADER, url: 'Profile', sent: 'Sent', accepted: 'Accepted', replied: 'Replied' },
    date: (iso) => {
      const p = parts(iso);
      const days = (Date.UTC(+p.y, +p.mo - 1, +p.d) - Date.UTC(1899, 11, 30)) / 86_400_000;
      return String(days + (+p.h * 60 + +p.mi) / 1440);
    },
    status: same(['pending', 'accepted', 'replied', 'withdrawn', 'ignored']),
    channel: same(['request', 'inmail', 'message-request']),
    lastBy: same(['me', 'them']),
  },
];

const DATE_KEYS = new Set<keyof Person>(['sent', 'accepted', 'first', 'replied', 'withdrawn']);

function cell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function sheetOf(d: Dialect): Uint8Array {
  const keys = Object.keys(d.header) as (keyof Person)[];
  const head = [...keys.map((k) => d.header[k]), ...(d.extra ? [d.extra[0]] : [])];
  const rows = PEOPLE.map((p) => [
    ...keys.map((k) => {
      const v = p[k];
      if (!v) return '';
      if (DATE_KEYS.has(k)) return d.date(v);
      if (k === 'status') return d.status[v] as string;
      if (k === 'channel') return d.channel[v] as string;
      if (k === 'lastBy') return d.lastBy[v] as string;
      return v;
    }),
    ...(d.extra ? [d.extra[1]] : []),
  ]);
  const text = [head, ...rows]
    .map((r) => r.map((c) => cell(c, d.delimiter)).join(d.delimiter))
    .join(d.newline);
  return d.encode(`${text}${d.newline}`);
}

async function read(d: Dialect): Promise<{ contacts: TrackedContact[]; ignored: string[] }> {
  const loaded = await loadSheet(sheetOf(d));
  const reading = readSheet(loaded.table, { now: NOW });
  expect(reading.issues, d.name).toEqual([]);
  expect(reading.missing, d.name).toEqual([]);
  expect(reading.dates.needOrder, d.name).toBe(false);
  expect(reading.ready, d.name).toBe(true);
  return { contacts: reading.contacts, ignored: reading.ignored };
}

describe('one sheet, many dialects', () => {
  it('our own export reads back every person as written', async () => {
    const { contacts } = await read(DIALECTS[0] as Dialect);
    expect(contacts).toHaveLength(PEOPLE.length);
    const byName = new Map(contacts.map((c) => [c.name, c]));
    expect(byName.get('Zoë François')).toMatchObject({
      id: 'https://www.linkedin.com/in/zoe-francois',
      status: 'replied',
      degree: 1,
      request: { sentAt: '2026-01-25T17:30', note: 'Two lines,\nsecond line.' },
      acceptedAt: '2026-01-26T09:00',
      messages: [{ sentAt: '2026-01-27T12:00', kind: 'first' }],
      repliedAt: '2026-01-28T15:45',
      lastMessageBy: 'them',
    });
    expect(byName.get('Bo Núñez')).toMatchObject({
      id: 'https://www.linkedin.com/in/bo-nunez',
      status: 'accepted',
    });
    expect(byName.get('João Sá')).toMatchObject({
      status: 'withdrawn',
      request: { withdrawnAt: '2026-02-10T11:00' },
    });
    expect(byName.get('Eve Ørsted')?.status).toBe('ignored');
    expect(byName.get('Fay Ruiz')).toMatchObject({
      channel: 'inmail',
      status: 'replied',
      degree: null,
      lastMessageBy: 'me',
    });
    expect(byName.get('Fay Ruiz')?.request).toBeUndefined();
    expect(byName.get('Gil Costa')).toMatchObject({ channel: 'message-request', status: 'none' });
  });

  it.each(DIALECTS.slice(1).map((d) => [d.name, d] as const))(
    '%s gives the same tracker',
    async (_name, d) => {
      const ours = await read(DIALECTS[0] as Dialect);
      const theirs = await read(d);
      expect(theirs.contacts).toEqual(ours.contacts);
      expect(theirs.ignored).toEqual(d.extra ? [d.extra[0]] : []);
    },
  );

  it('the generated files really differ in the ways the programs do', async () => {
    const info = await Promise.all(DIALECTS.map(async (d) => loadSheet(sheetOf(d))));
    expect(info.map((l) => [l.delimiter, l.lineEnding, l.encoding])).toEqual([
      [',', 'CRLF', 'UTF-8'],
      [';', 'CRLF', 'UTF-8 with BOM'],
      [';', 'CRLF', 'UTF-8 with BOM'],
      [',', 'CRLF', 'Windows-1252'],
      [',', 'LF', 'UTF-8'],
      [',', 'LF', 'UTF-8'],
      ['\t', 'CRLF', 'UTF-16 LE'],
    ]);
  });
});
