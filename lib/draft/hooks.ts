/**
 * What makes a note specific to its reader (seed 000: a post they published, a mutual contact, a
 * shared group or event, a role change, company news). Shared by no-hook and lazy-follow-up. Matched
 * on the lower-cased text; generous on purpose, since a missed hook is a false alarm.
 */
import type { Span } from './types';

const CONTENT =
  'post|posts|article|articles|talk|talks|keynote|webinar|podcast|episode|comment|comments|newsletter|thread|essay|blog|video|interview|panel|presentation|paper|papers|book|report|study|research|write-?up|breakdown|deep[- ]dive|case study|analysis|tutorial|guide|slides|session|workshop|course|repo|library|project|open[- ]source|launch|demo day|thesis|piece|column|op-ed|announcement|update|video|livestream|stream|ama|speech|lecture|checklist|template|playbook|handbook|cheat ?sheet|docs|documentation|sdk|plugin|package|crate|module|dataset|notebook|tweet|story|answer|tips?|advice|question|rfc|proposal|pull request|contribution|illustration|photos?|dashboard|framework|toolkit|live';

const PATTERNS: readonly string[] = [
  // Their content or work.
  // "your post", "your Nature paper on…", "your Africa Tech Week panel": up to three words between.
  // Hinglish "aapka post" is the same hook.
  String.raw`\b(?:your|you r|ur|aapka|aapki|aapke|apka|apki|apke)\s+(?:\S+\s+){0,3}?(?:${CONTENT})\b`,
  // "Thanks for the great session at QCon": thanking them for their content.
  String.raw`\b(?:thanks?|thank you|cheers|danke|merci|gracias|grazie|obrigad[oa]|tack)(?: you)? for (?:the|your|that|this|a|an)\s+(?:\S+\s+){0,2}?(?:${CONTENT})\b`,
  // A question about their work: "When you audit pricing pages, do you…", "How did your team…".
  String.raw`\b(?:how|when|why|what|which)\s+(?:do|did|does|are|were|is|would|have|has)\s+(?:you|your|the\s+\S+\s+team)\b`,
  String.raw`\bwhen you\s+(?!(?:are|have|get|can|were|find|feel|need)\b)[a-z]{3,}`,
  String.raw`\b(?:your|you r)\s+(?:\S+\s+){0,2}?(?:work|point|take|thoughts|thinking|insights?|perspective|approach|research|writing|team'?s|company'?s|startup'?s)\s+(?:on|about|in|at|with|around|regarding)\b`,
  String.raw`\b(?:your|the)\s+(?:point|take|line|idea|framework|question|argument|observation)\s+(?:about|on|that)\b`,
  // "the Terraform module you maintain", "that thread you started".
  String.raw`\b(?:the|that|this)\s+(?:\S+\s+){0,3}?you\s+(?:maintain|built|wrote|made|created|started|shared|published|posted|gave|hosted|ran|led|organi[sz]ed|recommended)\b`,
  String.raw`\byou\s+(?:lead|run|manage|founded|co-?founded|host|organi[sz]e|teach|maintain)\s+(?:the\s+|a\s+|an\s+)?\S+`,
  String.raw`\b(?:you|you've)\s+(?:wrote|written|posted|shared|said|spoke|spoken|presented|built|launched|led|ran|organi[sz]ed|mentioned|published|gave|given|hosted|shipped|released|described|explained|made|did|created|started|founded|raised|announced|joined|moved|answered|commented|recommended|opened)\b`,
  String.raw`\byou(?:'re| are|’re)\s+(?:building|working on|hiring|leading|running|organi[sz]ing|writing|researching|speaking|hosting|launching|growing|scaling|joining|moving|starting|teaching|mentoring)\b`,
  // "saw your…", but "came across your profile" is the generic opener, not a hook.
  String.raw`\b(?:saw|read|watched|heard|attended|enjoyed|loved|liked|caught|found|follow(?:ed)?|listened to|came across|stumbled (?:up)?on)\s+(?:your|you)\b(?!(?:\s+linkedin)?\s+profile)`,
  // Mutual contact.
  String.raw`\b(?:suggested|recommended|mentioned|introduced|referred|pointed me|told me about|put us in touch|connected us|vouched|said (?:i|we) should|told me to)\b`,
  String.raw`\bwe\s+(?:both|all)\s+(?:know|worked|studied|went|attended|spoke|were|are|follow|belong)\b`,
  String.raw`\b(?:mutual friend|friend of|colleague of|former colleague|old colleague|my colleague|my manager|my cofounder|my co-founder|worked together|work together)\b`,
  // Shared group, event, school.
  String.raw`\b(?:group|community|meetup|meet-up|conference|summit|expo|forum|event|hackathon|bootcamp|cohort|alumni|alumnus|alumna|alum|school|university|college|campus|class of|fellowship|accelerator|incubator|slack|discord|guild|association|society|congress|festival|symposium|retreat|residency|circle)\b`,
  // "Lagos Startup Week", "Africa Tech Week", "London Design Week".
  String.raw`\b(?:tech|startup|design|fashion|dev|developer|product|ai|data|security|climate|founders?|innovation) week\b`,
  String.raw`\b(?:we met|met you|meeting you|met at|chatted at|spoke at|speaking at|fellow(?!\s+(?:professionals?|marketers?|linkedin|members?|entrepreneurs?|salespe\w+|recruiters?|humans?)\b)|same (?:team|company|school|class|program|group|event|conference|city|field))\b`,
  String.raw`\b(?:both|also)\s+(?:at|from|went to|studied|worked|attended|based in|members?)\b`,
  // Role change.
  String.raw`\b(?:congrat(?:s|ulations)?|felicidades|félicitations|felicitations|glückwunsch|gratulation|grattis|tebrikler|parabéns|complimenti|auguri|mazel tov|well done|kudos)\b`,
  String.raw`\b(?:new|recent)\s+(?:role|position|job|gig|title|chapter|venture|team|company|office|hq|headquarters|product|feature|release|book|paper|series|funding|round|hire)\b`,
  String.raw`\b(?:promotion|promoted|appointed|joined|joining|started at|starting at|moved to|stepping into|step into|taking over|took over|took on)\b`,
  // Company news.
  String.raw`\b(?:funding|fundraise|raised|raising|series [a-f]\b|seed round|pre-seed|launch|launched|launching|acquisition|acquired|acquires|merger|expansion|expanding|expanded|award|awarded|won|winning|ipo|milestone|released|announced|announcement|opened|partnership with|went public|shipped|rebrand|featured in|named to|nominated)\b`,
];

const HOOK_RE = new RegExp(PATTERNS.join('|'));

/** The first thing in the text that ties it to the reader, or null. */
export function findHook(lower: string): Span | null {
  const m = HOOK_RE.exec(lower);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Something the reader gets from a follow-up: a resource, an article, a link, an offer to help. */
const VALUE_RE =
  /\b(?:thought you(?:'d| would| might)|you might (?:find|like|enjoy)|might be (?:useful|helpful|relevant)|in case (?:it|this)(?:'s| is) (?:useful|helpful)|sharing|shared|here(?:'s| is) (?:the|a|an|my|our)|attached|link|article|report|case study|template|checklist|guide|resource|recording|slides|notes from|data on|benchmark|found this|came across this|wrote up|summary|playbook|whitepaper|white paper|ebook|podcast|episode|video|as promised|you asked (?:for|about)|you (?:wanted|were after))\b|https?:\/\/|www\./;

export function findValueAdd(lower: string): Span | null {
  const m = VALUE_RE.exec(lower);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const EN_STOPWORDS = new Set([
  'the',
  'and',
  'to',
  'of',
  'in',
  'i',
  'you',
  'your',
  'is',
  'it',
  'for',
  'on',
  'with',
  'that',
  'this',
  'my',
  'we',
  'at',
  'be',
  'are',
  'was',
  'would',
  'like',
  'love',
  'about',
  'from',
  "i'm",
  "i'd",
  'how',
  'what',
  'our',
  'me',
  'if',
  'have',
  'as',
  'an',
  'so',
  'just',
  'really',
  'can',
  'will',
  'connect',
  'thanks',
  'great',
  'help',
  'get',
  'interested',
  'there',
  'hope',
  'do',
]);

/**
 * Stopwords that are also common words in other languages (German "in", "was", "so", "will", "an";
 * Portuguese "do", "as", "me"; Swedish and Polish "i"; French "on"; Dutch "is"; Danish "at"; Nordic
 * "for"). They count towards the ratio, but alone they do not make a text English. A capital "I" does:
 * the other languages write their "i" in lower case.
 */
const AMBIGUOUS = new Set([
  'in',
  'i',
  'is',
  'on',
  'me',
  'at',
  'was',
  'so',
  'as',
  'an',
  'do',
  'will',
  'for',
  'it',
]);

/**
 * True when the text reads as English. Rules built on English word lists (no-hook, self-focused) stay
 * silent on other languages rather than guess.
 */
export function looksEnglish(tokens: readonly (Span & { lower: string })[], text: string): boolean {
  const n = Math.min(tokens.length, 300);
  let hits = 0;
  let unambiguous = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Span & { lower: string };
    const w = t.lower;
    if (!EN_STOPWORDS.has(w)) continue;
    hits++;
    if (!AMBIGUOUS.has(w) || (w === 'i' && text.charCodeAt(t.start) === 0x49)) unambiguous++;
  }
  return unambiguous >= 1 && hits / Math.max(1, n) >= 0.12;
}
