import { describe, expect, it } from 'vitest';
import { nameParts, renderSlots, SLOT_TEXT_CAP, slotWordsOf } from '../../../../lib/draft/template-slots';

/** Shingle Jaccard of two notes: what the prefilter sees. */
function shingleJaccard(a: string, b: string): number {
  const x = new Set(slotWordsOf(a).shingles);
  const y = new Set(slotWordsOf(b).shingles);
  let both = 0;
  for (const h of x) if (y.has(h)) both++;
  return both / (x.size + y.size - both);
}

describe('slot words: what a template refills, in five languages', () => {
  const TABLE: [lang: string, text: string, name: string | null, view: string][] = [
    [
      'en',
      'Hi Sarah, loved your talk at KubeCon on 12 March. See https://acme.io/x or ping @Ana Lopez.',
      'Sarah Chen',
      '{greeting} {name} loved your talk at kubecon on {number} march see {link} or ping {mention}',
    ],
    [
      'en',
      'Sarah, your post on Q3 planning was great. Chen and I read it twice.',
      'Sarah Chen',
      '{name} your post on {number} planning was great {name} and i read it twice',
    ],
    [
      'en',
      'Good morning Dr. Chen, we met on 2026-03-12 at 9:30 in Lisbon.',
      null,
      '{greeting} {name} we met on {number} at {number} in lisbon',
    ],
    [
      'en',
      'hi sarah, acme.com is hiring and so is Booking.com',
      null,
      '{greeting} {name} {link} is hiring and so is {link}',
    ],
    [
      'en',
      'Hi Mark, I read node.js docs and e.g. the ASP.NET guide, then mailed jo@acme.io.',
      'Mark Lee',
      '{greeting} {name} i read node js docs and e g the asp net guide then mailed {link}',
    ],
    [
      'de',
      'Hallo Herr Dr. Müller, ich habe Ihren Vortrag auf der KubeCon 2025 gesehen und fand ihn sehr hilfreich.',
      'Thomas Müller',
      '{greeting} {name} ich habe ihren vortrag auf der kubecon {number} gesehen und fand ihn sehr hilfreich',
    ],
    [
      'de',
      'Liebe Frau Schmidt, am 12.03.2026 sprach Thomas Müller über Plattformteams bei der Fjordbank.',
      'Thomas Müller',
      'liebe frau schmidt am {number} sprach {name} über plattformteams bei der fjordbank',
    ],
    [
      'fr',
      "Bonjour Zoë, j'ai lu votre article du 3 mars sur www.exemple.fr/blog et je l'ai partagé.",
      'Zoë Dupont',
      "{greeting} {name} j'ai lu votre article du {number} mars sur {link} et je l'ai partagé",
    ],
    [
      'fr',
      'Bonsoir Jean-Pierre, merci pour la démo chez Doctolib : 40 % de temps gagné !',
      'Jean-Pierre Martin',
      '{greeting} {name} merci pour la démo chez doctolib {number} de temps gagné',
    ],
    [
      'es',
      '¡Hola Lucía! Vi tu charla en Codemotion con 300 personas; escríbeme a ana@acme.es cuando quieras.',
      'Lucía García',
      '{greeting} {name} vi tu charla en codemotion con {number} personas escríbeme a {link} cuando quieras',
    ],
    [
      'es',
      'Buenos días María José, felicidades por los 5 años en Cabify.',
      'María José Pérez',
      '{greeting} {name} felicidades por los {number} años en cabify',
    ],
    [
      'pt',
      'Olá João, parabéns pelos 10 anos na Nubank! Vi o post de @Mariana Souza sobre isso.',
      'João Silva',
      '{greeting} {name} parabéns pelos {number} anos na nubank vi o post de {mention} sobre isso',
    ],
    [
      'pt',
      'Bom dia Ana, vi sua palestra no TDC em 14/05 e salvei o link bit.ly/3xYz.',
      'Ana Costa',
      '{greeting} {name} vi sua palestra no tdc em {number} e salvei o link {link}',
    ],
  ];

  it.each(TABLE)('%s: %s', (_lang, text, name, view) => {
    expect(renderSlots(slotWordsOf(text, name))).toBe(view);
  });

  it('keeps every slot’s place in the text', () => {
    const text = 'Hi Sarah, see https://acme.io/x on 12.03.2026.';
    const w = slotWordsOf(text, 'Sarah Chen');
    const pieces = Array.from(w.ids, (_, i) => text.slice(w.starts[i], w.ends[i]));
    expect(pieces).toEqual(['Hi', 'Sarah', 'see', 'https://acme.io/x', 'on', '12.03.2026']);
  });

  it('names come from the greeting and the recipient, capitalised, in any script', () => {
    expect(nameParts('Zoë Ångström-Núñez')).toEqual(['zoe', 'angstrom', 'nunez']);
    // Particles stay words of the text: "de" and "van" are everywhere in Spanish and Dutch notes.
    expect(nameParts('Ana de la Cruz')).toEqual(['ana', 'cruz']);
    expect(nameParts('李小龍')).toEqual(['李小龍']);
    expect(nameParts(null)).toEqual([]);
    expect(renderSlots(slotWordsOf('Hi 李小龍, your keynote on eBPF was great.'))).toBe(
      '{greeting} {name} your keynote on ebpf was great',
    );
    // A lower-case "cruz" inside the text is a word, not the name.
    expect(renderSlots(slotWordsOf('Hola Ana, la cruz roja y Cruz Azul.', 'Ana de la Cruz'))).toBe(
      '{greeting} {name} la cruz roja y {name} azul',
    );
  });

  it('capitalised names inside a sentence are masked for the prefilter, whatever the language', () => {
    // The event's name differs: the prefilter sees the same shingles.
    expect(
      shingleJaccard(
        'Hi Sarah, loved your talk at KubeCon on Monday with the Fjordbank team.',
        'Hi Mark, loved your talk at SREcon on Monday with the Nordlys team.',
      ),
    ).toBe(1);
    // German nouns are masked too, in the prefilter only: the comparison keeps them as words.
    const a = 'Hallo Anna, Ihr Vortrag über Plattformteams hat mir gefallen.';
    const b = 'Hallo Jonas, Ihr Vortrag über Fehlerbudgets hat mir gefallen.';
    expect(shingleJaccard(a, b)).toBe(1);
    expect(renderSlots(slotWordsOf(a))).toContain('vortrag über plattformteams');
    // A capital that opens a sentence is the frame's, not a slot.
    expect(shingleJaccard('Hi Ana. Loved your talk today.', 'Hi Ana. Enjoyed your talk today.')).toBeLessThan(
      0.5,
    );
  });

  it('reads only the first part of a long text', () => {
    const long = `Hi Ana, ${'word '.repeat(1000)}`;
    const w = slotWordsOf(long);
    expect(w.ends[w.ends.length - 1]).toBeLessThanOrEqual(SLOT_TEXT_CAP);
  });

  it('odd input: empty, only emoji, only links', () => {
    expect(renderSlots(slotWordsOf(''))).toBe('');
    expect(renderSlots(slotWordsOf('🙂🙂 👋'))).toBe('');
    // Neighbouring slots of one kind are one slot: "Sarah Chen", "12 000", two links in a row.
    expect(renderSlots(slotWordsOf('https://a.io https://b.io'))).toBe('{link}');
    expect(slotWordsOf('Hi Ana').shingles.length).toBe(0);
  });
});
