import type { SupportedLanguage } from "./languages.js";

/**
 * Cues that tell whether a clause speaks of the future or the past, used to resolve a bare weekday
 * or month ("vendredi", "en décembre") before or after the publication date.
 * Words are matched whole and lower-cased; suffixes against lower-cased words of at least
 * `minimumSuffixWordLength` letters that are neither stopwords nor capitalised.
 */
export interface TenseCues {
  futureWords: readonly string[];
  futureSuffixes: readonly string[];
  /** Conditional forms: a future seen from the past ("il rencontrerait vendredi"). */
  conditionalSuffixes: readonly string[];
  /** Phrases that announce a coming event ("est attendu", "expected to", "prevista"). */
  futurePhrases: readonly string[];
  pastWords: readonly string[];
  pastSuffixes: readonly string[];
  /** Words opening another clause: a cue beyond one of them counts as farther away. */
  subordinators: readonly string[];
  /** Words ending like futures that are not verbs. */
  notVerbs: readonly string[];
  minimumSuffixWordLength: number;
}

export const TENSE_CUES: Partial<Record<SupportedLanguage, TenseCues>> = {
  fr: {
    futureWords: ["sera", "seront", "serons", "aura", "auront", "fera", "feront", "ira", "iront", "pourra", "pourront", "devra", "devront", "viendra", "viendront", "verra", "verront", "tiendra", "tiendront", "rendra"],
    futureSuffixes: ["erai", "eras", "era", "erons", "erez", "eront", "irai", "ira", "irons", "iront", "dra", "dront", "ront"],
    conditionalSuffixes: ["rait", "raient", "rions", "riez"],
    futurePhrases: ["est attendu", "est attendue", "sont attendus", "doit se", "doivent se", "est prévu", "est prévue", "sont prévus", "va se", "vont se", "devrait", "devraient", "se tiendra", "prochainement"],
    pastWords: ["a", "ont", "est", "sont", "avait", "avaient", "eut", "eurent", "était", "étaient", "fut", "furent", "s'est", "se sont", "a-t-il", "a-t-elle", "ont-ils", "hier"],
    pastSuffixes: ["èrent", "irent", "aient", "ait"],
    subordinators: ["qui", "que", "qu", "dont", "où", "lorsque", "quand", "si", "tandis"],
    notVerbs: ["caméra", "opéra", "extra", "ultra", "cobra", "tiara", "mantra", "front", "affront", "contra", "sahara"],
    minimumSuffixWordLength: 6,
  },
  en: {
    futureWords: ["will", "shall", "'ll", "won't", "tomorrow"],
    futureSuffixes: [],
    conditionalSuffixes: [],
    futurePhrases: ["is expected to", "are expected to", "is due to", "are due to", "is scheduled to", "are scheduled to", "is set to", "are set to", "is going to", "are going to", "plans to", "would", "is to", "are to", "upcoming"],
    pastWords: ["was", "were", "had", "did", "said", "met", "told", "held", "began", "went", "came", "took", "made", "gave", "left", "announced", "yesterday"],
    pastSuffixes: ["ed"],
    subordinators: ["which", "who", "that", "when", "if", "while"],
    notVerbs: ["need", "seed", "speed", "feed", "bed", "red", "united", "red", "indeed", "hundred", "ed"],
    minimumSuffixWordLength: 5,
  },
  es: {
    futureWords: ["será", "serán", "habrá", "hará", "harán", "podrá", "podrán", "tendrá", "tendrán", "saldrá", "vendrá", "dirá"],
    futureSuffixes: ["rá", "rán", "ré", "rás", "remos"],
    conditionalSuffixes: ["ría", "rían"],
    futurePhrases: ["va a", "van a", "está previsto", "está prevista", "prevé", "se espera", "tiene previsto", "deberá"],
    pastWords: ["fue", "fueron", "ha", "han", "había", "habían", "hubo", "dijo", "ayer"],
    pastSuffixes: ["ó", "aron", "ieron", "ió"],
    subordinators: ["que", "quien", "cuando", "donde", "si", "mientras"],
    notVerbs: ["ahora", "pará", "mañana"],
    minimumSuffixWordLength: 5,
  },
  de: {
    futureWords: ["wird", "werden", "wirst", "werde", "werdet", "morgen", "soll", "sollen"],
    futureSuffixes: [],
    conditionalSuffixes: [],
    futurePhrases: ["wird erwartet", "werden erwartet", "ist geplant", "sind geplant", "geplant", "bevorstehend"],
    pastWords: ["hat", "haben", "hatte", "hatten", "war", "waren", "wurde", "wurden", "ist", "sind", "sagte", "gestern"],
    pastSuffixes: ["te", "ten"],
    subordinators: ["der", "die", "das", "welche", "welcher", "wenn", "als", "dass", "ob", "während"],
    notVerbs: ["mitte", "liste", "seite", "beste", "erste", "letzte", "letzten", "ersten", "staaten", "rechte", "konflikte"],
    minimumSuffixWordLength: 6,
  },
  it: {
    futureWords: ["sarà", "saranno", "avrà", "avranno", "farà", "faranno", "potrà", "potranno", "dovrà", "dovranno", "andrà", "verrà", "terrà"],
    futureSuffixes: ["rà", "ranno", "rò", "remo"],
    conditionalSuffixes: ["rebbe", "rebbero"],
    futurePhrases: ["è atteso", "è attesa", "sono attesi", "è previsto", "è prevista", "dovrebbe", "dovrebbero", "si terrà"],
    pastWords: ["ha", "hanno", "aveva", "avevano", "è stato", "è stata", "sono stati", "era", "erano", "fu", "ieri"],
    pastSuffixes: ["ò", "arono", "irono", "ato", "ata", "ati", "ate", "uto", "ito"],
    subordinators: ["che", "cui", "quando", "dove", "se", "mentre"],
    notVerbs: ["però", "perciò", "città", "novità", "libertà", "verità", "società", "però"],
    minimumSuffixWordLength: 5,
  },
  pt: {
    futureWords: ["será", "serão", "terá", "terão", "fará", "farão", "poderá", "poderão", "irá", "irão", "vai", "vão", "deverá", "deverão"],
    futureSuffixes: ["rá", "rão", "rei", "remos"],
    conditionalSuffixes: ["ria", "riam"],
    futurePhrases: ["está previsto", "está prevista", "deve", "devem", "é esperado", "é esperada"],
    pastWords: ["foi", "foram", "tinha", "tinham", "houve", "disse", "ontem"],
    pastSuffixes: ["ou", "aram", "eram", "iram", "eu", "iu"],
    subordinators: ["que", "quem", "quando", "onde", "se", "enquanto"],
    notVerbs: ["está", "já", "lá", "cá", "sou", "estou", "vou", "europeu", "seu", "meu", "ou", "primeiro", "pouco"],
    minimumSuffixWordLength: 5,
  },
  ro: {
    futureWords: ["va", "vor", "voi", "vom", "veți", "mâine"],
    futureSuffixes: [],
    conditionalSuffixes: [],
    futurePhrases: ["o să", "urmează să", "este așteptat", "este programat", "este programată"],
    pastWords: ["a", "au", "am", "ați", "era", "erau", "fost", "ieri"],
    pastSuffixes: [],
    subordinators: ["care", "că", "când", "unde", "dacă", "în timp ce"],
    notVerbs: [],
    minimumSuffixWordLength: 5,
  },
};
