import type { SupportedLanguage } from "./languages.js";

/**
 * Verb forms that introduce or close reported speech ("a déclaré", "said", "dijo", "sagte", "ha detto", "disse",
 * "a spus"), lower-case, as written (participles, present and simple past, third person). Auxiliaries are not
 * listed: "a-t-il ajouté" is matched on "ajouté".
 */
export const REPORTING_VERBS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["déclaré", "déclare", "déclara", "déclarait", "dit", "dira", "disait", "affirmé", "affirme", "affirma", "affirmait", "ajouté", "ajoute", "ajouta", "souligné", "souligne", "souligna", "annoncé", "annonce", "annonça", "précisé", "précise", "précisa", "expliqué", "explique", "expliqua", "assuré", "assure", "assura", "estimé", "estime", "estima", "indiqué", "indique", "indiqua", "répondu", "répond", "répondit", "averti", "avertit", "prévenu", "prévient", "insisté", "insiste", "poursuivi", "poursuit", "poursuivit", "détaillé", "détaille", "lancé", "lance", "lança", "martelé", "martèle", "confié", "confie", "reconnu", "reconnaît", "rappelé", "rappelle", "déploré", "déplore", "dénoncé", "dénonce", "jugé", "juge", "noté", "note", "observé", "observe", "tweeté", "écrit", "écrivait", "raconté", "raconte", "confirmé", "confirme", "promis", "promet", "menacé", "menace", "réitéré", "réitère", "plaidé", "plaide", "conclu", "conclut", "commenté", "commente", "résumé", "résume", "remarquer", "remarqué", "remarque", "ironisé", "ironise", "s'est félicité", "félicité", "regretté", "regrette", "prévenu", "interrogé", "demandé", "demande", "exhorté", "appelé", "qualifié", "fait valoir", "fait savoir", "insistait", "répète", "répété", "martelait", "soutenu", "soutient", "argué", "argumenté", "accusé", "accuse", "critiqué", "critique", "répliqué", "réplique", "rapporte", "rapporté", "cité"],
  en: ["said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared", "declares", "warned", "warns", "explained", "explains", "noted", "notes", "insisted", "insists", "argued", "argues", "claimed", "claims", "announced", "announces", "wrote", "writes", "tweeted", "asked", "asks", "replied", "replies", "responded", "continued", "continues", "confirmed", "confirms", "promised", "promises", "stressed", "stresses", "emphasized", "emphasised", "acknowledged", "admitted", "recalled", "suggested", "suggests", "urged", "urges", "vowed", "vows", "threatened", "remarked", "observed", "concluded", "conceded", "maintained", "reiterated", "repeated", "countered", "quipped", "predicted", "pledged", "assured", "indicated", "testified", "according"],
  es: ["dijo", "dice", "decía", "dicho", "afirmó", "afirma", "afirmado", "declaró", "declara", "declarado", "aseguró", "asegura", "asegurado", "añadió", "añade", "agregó", "agrega", "señaló", "señala", "explicó", "explica", "indicó", "indica", "advirtió", "advierte", "subrayó", "subraya", "destacó", "destaca", "insistió", "insiste", "afirmaba", "manifestó", "sostuvo", "sostiene", "respondió", "responde", "anunció", "anuncia", "precisó", "precisa", "apuntó", "apunta", "comentó", "comenta", "recordó", "recuerda", "escribió", "escribe", "tuiteó", "prometió", "promete", "amenazó", "reconoció", "reconoce", "aseveró", "concluyó", "según"],
  de: ["sagte", "sagt", "gesagt", "erklärte", "erklärt", "betonte", "betont", "fügte", "hinzugefügt", "meinte", "meint", "warnte", "warnt", "gewarnt", "sprach", "spricht", "schrieb", "schreibt", "geschrieben", "teilte", "mitgeteilt", "kündigte", "angekündigt", "versicherte", "versichert", "bekräftigte", "unterstrich", "räumte", "stellte", "antwortete", "antwortet", "forderte", "fordert", "kritisierte", "kritisiert", "erläuterte", "ergänzte", "ergänzt", "bestätigte", "bestätigt", "drohte", "versprach", "verspricht", "behauptete", "behauptet", "sagten", "erklärten", "laut", "zufolge"],
  it: ["detto", "dice", "disse", "diceva", "dichiarato", "dichiara", "dichiarò", "affermato", "afferma", "affermò", "spiegato", "spiega", "spiegò", "aggiunto", "aggiunge", "aggiunse", "sottolineato", "sottolinea", "sottolineò", "annunciato", "annuncia", "annunciò", "precisato", "precisa", "assicurato", "assicura", "avvertito", "avverte", "ribadito", "ribadisce", "insistito", "insiste", "osservato", "osserva", "risposto", "risponde", "rispose", "scritto", "scrive", "confermato", "conferma", "promesso", "promette", "minacciato", "ammesso", "ammette", "commentato", "commenta", "ricordato", "ricorda", "concluso", "secondo"],
  pt: ["disse", "diz", "dizia", "dito", "afirmou", "afirma", "afirmado", "declarou", "declara", "declarado", "explicou", "explica", "acrescentou", "acrescenta", "sublinhou", "sublinha", "garantiu", "garante", "referiu", "refere", "adiantou", "adianta", "salientou", "salienta", "frisou", "frisa", "avisou", "avisa", "alertou", "alerta", "anunciou", "anuncia", "respondeu", "responde", "escreveu", "escreve", "confirmou", "confirma", "prometeu", "promete", "ameaçou", "reconheceu", "reconhece", "destacou", "destaca", "insistiu", "insiste", "assegurou", "assegura", "indicou", "indica", "lembrou", "lembra", "concluiu", "segundo"],
  ro: ["spus", "spune", "spunea", "declarat", "declară", "afirmat", "afirmă", "adăugat", "adaugă", "subliniat", "subliniază", "explicat", "explică", "precizat", "precizează", "anunțat", "anunță", "transmis", "transmite", "avertizat", "avertizează", "arătat", "arată", "menționat", "menționează", "răspuns", "răspunde", "scris", "scrie", "confirmat", "confirmă", "promis", "promite", "amenințat", "recunoscut", "recunoaște", "insistat", "insistă", "susținut", "susține", "apreciat", "apreciază", "potrivit", "conform"],
  nl: ["zei", "zegt", "gezegd", "verklaarde", "verklaart", "benadrukte", "voegde", "waarschuwde", "schreef", "antwoordde", "bevestigde", "volgens"],
};

/**
 * Words that put a source before what it says ("selon X", "according to X", "laut X"); lower-case.
 * The speaker is the name right after them.
 */
export const SOURCE_PREPOSITIONS: Record<SupportedLanguage, readonly string[]> = {
  fr: ["selon", "d'après", "d’après"],
  en: ["according to"],
  es: ["según", "de acuerdo con"],
  de: ["laut", "nach angaben von", "zufolge"],
  it: ["secondo", "a detta di"],
  pt: ["segundo", "de acordo com", "conforme"],
  ro: ["potrivit", "conform", "după"],
  nl: ["volgens"],
};
