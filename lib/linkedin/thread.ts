/**
 * Who wrote last in a conversation on screen, and when, so the next step never says "send a first
 * message" in a thread whose last message is theirs. Read by structure, in any language:
 *
 * - the messages are the list items (<li>, role=listitem) of the conversation outside its compose form;
 * - a message's sender is the name heading its group: a link to a profile, or a short leaf text right
 *   before a time; the other person is the conversation's person (readChatPerson: the header name and
 *   profile link); any other sender is the user. Items without a sender continue the group above;
 * - a time is a <time datetime>, a clock time, or a day ("Tue", "Today", "Mar 3") read through Intl in
 *   the page's language (page-dates.ts); a day heading gives clock times their day.
 * A group chat (two or more other names) or a list where nobody can be placed gives null: no guess.
 */
import { foldLoose as fold } from './dom';
import type { ThreadFacts } from './facts-types';
import { parseMessageTime } from './page-dates';
import { normaliseProfileUrl } from './profile-url';
import { cleanName } from './recipient';
import { sel } from './selectors';

/** Elements that may carry a time: <time>, or a short leaf text. */
function timeCandidates(item: Element): Element[] {
  const out: Element[] = [];
  for (const el of item.querySelectorAll('time, span, p, div, small, a')) {
    if (el.tagName === 'TIME') out.push(el);
    else if (el.childElementCount === 0 && (el.textContent ?? '').trim().length <= 24) out.push(el);
  }
  return out;
}

interface Item {
  el: Element;
  /** 'them' | 'me' when the item names its sender; null for a continuation or a day heading. */
  side: 'me' | 'them' | null;
  senderKey: string | null;
  time: { at: number; precision: 'minute' | 'day' } | null;
  /** The item holds a message body, not only a heading. */
  body: boolean;
}

export interface ThreadPartner {
  name: string | null;
  profileUrl: string | null;
}

/**
 * The conversation's last message: who wrote it and when. `container` is the conversation (bubble,
 * thread section, InMail overlay); `form` its compose form, left out; `partner` the other person.
 */
export function readThread(
  container: Element,
  partner: ThreadPartner,
  now: Date,
  lang: string | null,
  form?: Element | null,
): ThreadFacts | null {
  const partnerName = partner.name ? fold(partner.name) : null;
  const partnerUrl = partner.profileUrl;
  if (!partnerName && !partnerUrl) return null;
  const items = [...container.querySelectorAll('li, [role="listitem"]')].filter(
    (el) =>
      !(form?.contains(el) ?? false) &&
      !el.querySelector('li, [role="listitem"]') &&
      // The conversation list beside a thread (messaging page) links other threads: not messages.
      !el.querySelector(sel('threadListLink')) &&
      !el.closest('[contenteditable="true"], [role="textbox"]'),
  );
  const read: Item[] = [];
  let day: number | null = null;
  const others = new Set<string>();
  for (const el of items) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    // The sender: a profile link, else the first short bold/heading leaf before a time.
    let side: Item['side'] = null;
    let key: string | null = null;
    for (const a of el.querySelectorAll('a[href]')) {
      const url = normaliseProfileUrl(a.getAttribute('href') ?? '');
      if (!url) continue;
      key = url;
      side = partnerUrl ? (url === partnerUrl ? 'them' : 'me') : null;
      if (!side && partnerName) side = fold(cleanName(a.textContent) ?? '') === partnerName ? 'them' : 'me';
      break;
    }
    const times = timeCandidates(el)
      .map((t) => ({ t, time: parseMessageTime(t, day, now, lang) }))
      .filter((x) => x.time !== null);
    if (!side) {
      for (const n of el.querySelectorAll('strong, b, h3, h4, h5, span, a')) {
        if (n.childElementCount > 0) continue;
        const name = cleanName(n.textContent);
        if (!name || times.some((x) => x.t === n)) continue;
        // A name heads its group: it sits before the group's time, in a short header.
        const header = times[0]?.t;
        if (!header || !(n.compareDocumentPosition(header) & 4)) continue;
        key = fold(name);
        side = partnerName && key === partnerName ? 'them' : 'me';
        break;
      }
    }
    const first = times[0]?.time ?? null;
    // A day heading alone ("TODAY", "Mar 3"): the day for the clock times below it.
    const onlyHeading = !side && times.length === 1 && fold(text) === fold(times[0]?.t.textContent ?? '');
    if (onlyHeading && first?.precision === 'day') {
      day = first.at;
      continue;
    }
    if (side === 'me' && key) others.add(key);
    read.push({ el, side, senderKey: key, time: first, body: !onlyHeading });
  }
  // Two or more senders that are not the partner: a group, or our "me" is a guess. No answer.
  if (others.size > 1) return null;
  let lastBy: 'me' | 'them' | null = null;
  let lastAt: number | null = null;
  let precision: ThreadFacts['precision'] = null;
  let mine = 0;
  let theirs = 0;
  for (const it of read) {
    if (it.side) {
      lastBy = it.side;
      if (it.side === 'me') mine++;
      else theirs++;
    }
    if (!lastBy || !it.body) continue;
    if (it.time) {
      lastAt = it.time.at;
      precision = it.time.precision;
    } else if (it.side) {
      // A new group without a time of its own: its time is unknown.
      lastAt = null;
      precision = null;
    }
  }
  if (!lastBy || theirs + mine === 0) return null;
  // A time in the future is a misread (a year-less date from last year read as this year, a clock
  // from another zone): keep who wrote last, drop the time.
  if (lastAt !== null && lastAt > now.getTime() + 5 * 60_000) {
    lastAt = null;
    precision = null;
  }
  return {
    lastBy,
    lastAt: lastAt === null ? null : new Date(lastAt).toISOString(),
    precision,
    mine,
    theirs,
  };
}
