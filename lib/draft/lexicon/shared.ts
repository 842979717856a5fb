/**
 * Shapes that read the same in every language, added to each language's patterns: a price (an
 * amount with its currency, not a funding round: "$2M", "10 M€" and "45k€" carry a multiplier), a
 * signed percentage ("+15% de trafic", "-30% coûts"), a multiplier of a result ("2.3x ROI") and a
 * before → after figure ("1 → 9/mês").
 */
import type { PatternKey } from './types';

/** A price: up to four digits ("1.650,00", "497", "49.90"); larger sums are revenue, losses or salaries. */
const AMOUNT = String.raw`(?:\d[.,]\d{3}|\d{1,4})(?:[.,]\d{1,2})?(?![.,]?\d)`;
/** A salary or pay range is the job, not a sale. */
const PAY = String.raw`(?:salary|salario|salaire|gehalt|compensation|pay|paid|ote|base|remuneracao|remuneracion|remuneration|verdienst)`;
const RANGE = String.raw`\s?(?:k\b)?\s?(?:-|\u2013|to|a|bis|\u00e0|ate)\s?[$\u20ac\u00a3]?\s?\d`;
const MULTIPLIER = String.raw`(?:m|mm|mn|mio|mios|mrd|md|bn|b|k|million|millions|milliarde?n?|billion|millones|millon|milhoes|milhao|mil)\b`;

export const SHARED: Partial<Record<PatternKey, readonly string[]>> = {
  pitch: [
    String.raw`(?<!${PAY}\W{1,24})(?:[$\u20ac\u00a3]|\br\$|\bus\$|\bchf ?)\s?${AMOUNT}(?!\s?${MULTIPLIER})(?!${RANGE})`,
    String.raw`(?<!${PAY}\W{1,24})\b${AMOUNT}\s?(?:\u20ac|\beur\b|\beuros?\b|\busd\b|\bdollars?\b|\breais\b|\bchf\b)(?!${RANGE})`,
    String.raw`(?<![\w.])[+\-\u2212]\s?\d+(?:[.,]\d+)?\s?%`,
    String.raw`\b\d+(?:[.,]\d+)?x (?:(?:de |more |mas |mais |plus |mehr |the |el |o |le |la |a )?(?:roi|growth|revenue|return|returns|productivity|productividad|produtividade|productivite|ventas|vendas|leads|pipeline|conversions?|conversiones|conversoes|faster|efficient|eficiente|rapido|rapide|schneller|results|resultados|resultats|demos|meetings|reunioes|reuniones|rendez-vous|mrr|arr)|more|mas|mais|plus|mehr)\b`,
    String.raw`\d+\s?%?\s?(?:\u2192|->|=>)\s?\d+`,
  ],
};
