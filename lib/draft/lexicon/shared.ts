/**
 * Shapes that read the same in every language whose word order they fit, over word classes each
 * language fills in (lexicon `classes`): "our platform" is `@our @product` in English, French,
 * Spanish and Portuguese alike. A class a language does not have matches nothing there. Figures are
 * read the same everywhere: a price (an amount with its currency, not a salary, a range or a funding
 * round: "$2M", "45k€" carry a multiplier), a signed percentage ("+15%"), a multiple of a result
 * ("2.3x ROI") and a before → after figure ("1 → 9").
 */
import type { PatternKey } from './types';

export const SHARED: Partial<Record<PatternKey, readonly string[]>> = {
  pitch: [
    '@our !@prodnot *1 @product !@notsell',
    '@help1 !@helpnot >',
    '@help1 !@helpnot *4 @outcome',
    '@weare *3 @firm',
    '@weoffer !@offernot >',
    '@grow @your *2 @metric',
    '-9:@your|@congrats @grown *4 @by? #%',
    '#% @pctup',
    '@upto #%',
    '#+%',
    '# x @xthe? @xthing',
    '#> #',
    '#% @insteadof #%',
    '-4:@pay #$0-9999 !@mult|#|@rangew',
    '-4:@pay #0-9999 @cur !@mult|@rangew',
    '@offer',
    '@clients @like @CAP|@your',
    '@ourclients @seev',
  ],
  bigAsk: [
    '-@minbefore #4-120|@numw @min !@minnot',
    '@book *3 @meet',
    '@meet *2 @when|@day',
    '@showv *4 #|@numw @min',
    '@day @at? @at? #0-23|#:|@daypart',
    '#1-12 am|pm',
    '@at #:7-20',
    '@cal',
    '@favour',
  ],
  hook: ['@your *3 @content', '@congrats', '@mutual', '@event', '@new @role', '-@our|@we|@newsnot @news'],
  valueAdd: ['@value'],
  pushy: ['@pushw'],
};
