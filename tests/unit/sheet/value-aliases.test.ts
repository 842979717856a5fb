/**
 * Value aliases (lib/sheet/value-aliases.ts through values.ts): channel, status, who wrote last and
 * yes/no, in five languages, whatever the case, accents and punctuation; and the user's choices over
 * the tables.
 */
import { describe, expect, it } from 'vitest';
import { VALUE_KINDS } from '../../../lib/sheet/fields';
import { EMPTY_MEMORY } from '../../../lib/sheet/mapping';
import { textKey } from '../../../lib/sheet/normalise';
import { VALUE_ALIASES } from '../../../lib/sheet/value-aliases';
import { lookupValue } from '../../../lib/sheet/values';

const read = (kind: (typeof VALUE_KINDS)[number], raw: string) => lookupValue(kind, raw, EMPTY_MEMORY);

describe('value aliases', () => {
  it.each([
    ['channel', 'request', 'request'],
    ['channel', 'connection_request', 'request'],
    ['channel', 'Connection Request', 'request'],
    ['channel', 'Invite', 'request'],
    ['channel', 'invitation', 'request'],
    ['channel', 'InMail', 'inmail'],
    ['channel', 'in-mail', 'inmail'],
    ['channel', 'message-request', 'message-request'],
    ['channel', 'Message request', 'message-request'],
    ['channel', 'Vernetzungsanfrage', 'request'],
    ['channel', 'Kontaktanfrage', 'request'],
    ['channel', 'Demande de connexion', 'request'],
    ['channel', 'Solicitud de conexión', 'request'],
    ['channel', 'Convite', 'request'],
    ['channel', 'Mensaje directo', 'message-request'],
    ['status', 'pending', 'pending'],
    ['status', 'Sent', 'pending'],
    ['status', 'Awaiting response', 'pending'],
    ['status', 'Accepted', 'accepted'],
    ['status', 'CONNECTED', 'accepted'],
    ['status', 'Replied', 'replied'],
    ['status', 'withdrawn', 'withdrawn'],
    ['status', 'Ignored', 'ignored'],
    ['status', 'Declined', 'ignored'],
    ['status', 'No response', 'no-response'],
    ['status', 'no-response', 'no-response'],
    ['status', 'No reply yet', 'no-response'],
    ['status', 'Yes', 'accepted'],
    ['status', 'No', 'no-response'],
    ['status', '✓', 'accepted'],
    ['status', '✗', 'no-response'],
    ['status', 'Ausstehend', 'pending'],
    ['status', 'Angenommen', 'accepted'],
    ['status', 'Keine Antwort', 'no-response'],
    ['status', 'Zurückgezogen', 'withdrawn'],
    ['status', 'En attente', 'pending'],
    ['status', 'Acceptée', 'accepted'],
    ['status', 'Pas de réponse', 'no-response'],
    ['status', 'Ignorée', 'ignored'],
    ['status', 'Pendiente', 'pending'],
    ['status', 'Aceptada', 'accepted'],
    ['status', 'Sin respuesta', 'no-response'],
    ['status', 'Respondió', 'replied'],
    ['status', 'Pendente', 'pending'],
    ['status', 'Aceito', 'accepted'],
    ['status', 'Sem resposta', 'no-response'],
    ['status', 'Respondeu', 'replied'],
    ['last_message_by', 'me', 'me'],
    ['last_message_by', 'Them', 'them'],
    ['last_message_by', 'You', 'me'],
    ['last_message_by', 'Ich', 'me'],
    ['last_message_by', 'Sie', 'them'],
    ['last_message_by', 'Moi', 'me'],
    ['last_message_by', 'Eux', 'them'],
    ['last_message_by', 'Yo', 'me'],
    ['last_message_by', 'Ellos', 'them'],
    ['last_message_by', 'Eu', 'me'],
    ['last_message_by', 'Eles', 'them'],
    ['flag', 'Yes', 'yes'],
    ['flag', 'y', 'yes'],
    ['flag', 'TRUE', 'yes'],
    ['flag', 'x', 'yes'],
    ['flag', '✓', 'yes'],
    ['flag', '✔', 'yes'],
    ['flag', '☑', 'yes'],
    ['flag', 'No', 'no'],
    ['flag', 'FALSE', 'no'],
    ['flag', '✗', 'no'],
    ['flag', '❌', 'no'],
    ['flag', 'No response', 'no'],
    ['flag', 'Ja', 'yes'],
    ['flag', 'Nein', 'no'],
    ['flag', 'Oui', 'yes'],
    ['flag', 'Non', 'no'],
    ['flag', 'Sí', 'yes'],
    ['flag', 'si', 'yes'],
    ['flag', 'Sim', 'yes'],
    ['flag', 'Não', 'no'],
  ] as const)('%s %j means %s', (kind, raw, canonical) => {
    expect(read(kind, raw)).toBe(canonical);
  });

  it.each([
    ['channel', 'email'],
    ['channel', 'phone call'],
    ['status', 'maybe'],
    ['status', 'meeting next week?'],
    ['last_message_by', 'Ana'],
    ['flag', 'perhaps'],
  ] as const)('%s %j is unknown (the user is asked)', (kind, raw) => {
    expect(read(kind, raw)).toBeUndefined();
  });

  it('a blank cell, or one of dashes, is empty', () => {
    expect(read('status', '  ')).toBe('');
    expect(read('flag', '-')).toBe('');
  });

  it('no alias means two things within one kind', () => {
    const clashes: string[] = [];
    for (const kind of VALUE_KINDS) {
      const seen = new Map<string, string>();
      for (const [canonical, langs] of Object.entries(VALUE_ALIASES[kind]))
        for (const list of Object.values(langs as Record<string, string[]>))
          for (const alias of list) {
            const key = textKey(alias);
            const before = seen.get(key);
            if (before !== undefined && before !== canonical)
              clashes.push(`${kind} ${JSON.stringify(alias)}: ${before} and ${canonical}`);
            seen.set(key, canonical);
          }
    }
    expect(clashes).toEqual([]);
  });

  it('the user’s choice for this file beats what they chose before, which beats the tables', () => {
    const memory = { columns: {}, values: { status: { maybe: 'pending', sent: 'accepted' } } };
    expect(lookupValue('status', 'Maybe', memory)).toBe('pending');
    expect(lookupValue('status', 'SENT', memory)).toBe('accepted');
    expect(lookupValue('status', 'Maybe', memory, { status: { maybe: '' } })).toBe('');
  });
});
