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
  // Same script, a different person: still checked.
  ['Привет Ольга, отличный доклад на HighLoad++.', 'Дмитрий Иванов', 'Ольга'],
  ['Hi 王伟, your KubeCon talk was great.', '陈芳', '王伟'],
  ['Cześć Marek, gratulacje z okazji nowej roli!', 'Tomasz Nowak', 'Marek'],
  ['Dzień dobry Pani Magdo, Pani wykład był świetny.', 'Anna Kowalska', 'Pani Magdo'],
  ['Hi Mario, loved your talk at Codemotion.', 'Maria Rossi', 'Mario'],
  ['Hello Mary, thank you for the mentorship session.', 'Funmilayo Bakare', 'Mary'],
  ['Hi Peter, congrats on the new role!', 'Petra Novak', 'Peter'],
  ['Hi JP, loved your Devoxx talk.', 'Maria Lopez', 'JP'],
  ['Hi Katya, your PyCon talk was superb.', 'Olga Ivanova', 'Katya'],
  ['Hi Ellie, cheers for the shout-out!', 'Margaret Walsh', 'Ellie'],
  ["Dear Mr. O'Brien, your talk at the Cork Chamber was excellent.", 'Liam Murphy', "O'Brien"],
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
  // A name in another script than the profile's cannot be checked: no guess.
  ['Hi Wei, your KubeCon China talk on eBPF was brilliant.', '陈伟'],
  ['Hi Dmitry, your HighLoad++ talk was brilliant.', 'Дмитрий Иванов'],
  ['Hi Sato-san, your RubyKaigi talk was excellent.', '佐藤 健'],
  ['Hi Noa, your Reversim talk was great.', 'נועה לוי'],
  ['Hi أحمد، شكراً على مداخلتك.', 'Ahmed Al-Mansouri'],
  // Short forms from inside the name, diminutives, vocatives and transliterations.
  ['Hi Bisi, we were both at the Lagos Startup Week panel.', 'Olabisi Adeyemi'],
  ['Hi Tunde, saw your interview on Techpoint.', 'Babatunde Fashola'],
  ['Salut Manu, félicitations pour la levée de fonds !', 'Emmanuel Girard'],
  ['Cześć Tomek, dzięki za akceptację!', 'Tomasz Nowak'],
  ['Moin Kathi, Glückwunsch zur neuen Rolle!', 'Katharina Brandt'],
  ['Dzień dobry Pani Anno, Pani wykład był świetny.', 'Anna Kowalska'],
  ['Hi Mohammed, your NLP paper at ACL was brilliant.', 'Muhammad Al-Farsi'],
  ['Hey Mo, your thread on Kotlin was gold.', 'Mohammed Al-Rashid'],
  ['Oi Zé, adorei sua palestra no TDC.', 'José Carlos Souza'],
  ['Ciao Beppe, complimenti per il talk!', 'Giuseppe Russo'],
  ['Buongiorno Dott.ssa Rossi, il suo articolo è stato illuminante.', 'Dott.ssa Chiara Rossi'],
  // Forms of address, not names.
  ['Hello Ma, thank you for the mentorship session.', 'Funmilayo Bakare'],
  ['Hej igen, Maja! Hur gjorde ni med on-call?', 'Maja Karlsson'],
  ['Hi Katya, your PyCon talk was superb.', 'Ekaterina Smirnova'],
  ['Hi Abby, congrats on the new role at Canva!', 'Abigail Turner'],
  ['Cześć Gosia, gratulacje z okazji awansu!', 'Małgorzata Zielińska'],
  ['Hi JP, loved your Devoxx talk on virtual threads.', 'Jean-Pierre Dubois'],
  ['Hi Ellie, cheers for the shout-out in your newsletter!', 'Eleanor Walsh'],
  ["Dear Mr. O'Brien, your talk at the Cork Chamber was excellent.", 'Seán O’Brien'],
  ["Hi Ms. D'Souza, congrats on the new role!", 'Priya D’Souza'],
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
