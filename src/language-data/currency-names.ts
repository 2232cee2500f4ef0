/**
 * Names of currencies, folded (lower-case, no accents), singular and plural, in the languages recoupe reads: the last
 * word of a currency's name after its country's adjective ("Swiss Franc", "Korean Won", "South African Rand", "dollar
 * canadien" aside: lower case is no name). Written from general knowledge.
 */
export const CURRENCY_NAMES: readonly string[] = [
  ...["dollar", "dollars", "dolar", "dolares", "dollaro", "dollari", "euro", "euros", "yen", "yuan", "renminbi"],
  ...["won", "franc", "francs", "franco", "franchi", "pound", "pounds", "sterling", "peso", "pesos", "real", "reais"],
  ...["rand", "rupee", "rupees", "roupie", "roupies", "rupiah", "ringgit", "baht", "dong", "ruble", "rubles"],
  ...["rouble", "roubles", "rublo", "rublos", "rubel", "lira", "lire", "livre", "krona", "kronor", "krone", "kroner"],
  ...["zloty", "zlotys", "forint", "koruna", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial"],
  ...["shekel", "shekels", "leu", "lei", "lev", "hryvnia", "tenge", "naira", "cedi", "shilling", "shillings"],
  ...["kwacha", "escudo", "escudos", "mark", "marks", "peseta", "pesetas", "drachma", "guilder", "guilders"],
];
