/**
 * Run by the background in a LinkedIn frame that asked for advice (scripting.executeScript): reads
 * what the page shows about people and the account (lib/linkedin/page-facts.ts) and returns it as
 * plain data. It only reads: no listener, no change to the page, nothing kept.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPageFacts } from '../lib/linkedin/page-facts';

export default defineUnlistedScript(() => readPageFacts(document, location.href, new Date()));
