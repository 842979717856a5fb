/**
 * Frequent words of languages we do not coach (Italian, Dutch, the Nordic languages, Polish, Czech,
 * Turkish, Romanian, Indonesian), folded, leaving out words our five languages also use. They only
 * tell a text in one of these apart from our five: such a text says "coaching for this language is
 * limited" instead of looking clean.
 */
export const OTHER_STOP =
  // Italian
  'di che per sono della gli ho ciao grazie vorrei tuo suo nel alla questo questa anche molto hai essere sul sui delle nella degli dello stato buongiorno buonasera complimenti piacere volevo sarebbe ' +
  // Dutch
  'het een van ik jij niet voor op ook zijn bedankt graag jouw wij mijn heb naar maar dat wat bij met nieuwe gefeliciteerd leuk gisteren zien hoi groet groeten dank jullie onze kunnen willen zou ' +
  // Swedish, Norwegian, Danish
  'och jag det att som har inte jeg ikke og til av meg deg dig mig hej tack takk fra vil kan pa med om vi ni oss halsningar trevligt ' +
  // Polish, Czech
  'nie jest sie w z ze czy jak dzien dobry bardzo dziekuje dzieki czesc pani pan byl byla jestem jsem pro ale tak ' +
  // Turkish, Romanian, Indonesian
  'bir bu ile icin cok merhaba tesekkurler sizin benim pentru cu multumesc yang saya anda untuk dengan tidak ini itu terima kasih';
