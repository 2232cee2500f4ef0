import type { SupportedLanguage } from "../languages.js";

/**
 * Occupations the press writes before or beside a name as it writes a function ("le chanteur Johnny Hallyday",
 * "actor Tom Hanks", "el futbolista Lionel Messi", "Marie Curie, physicienne,"): see `ROLES`. Left out: words that
 * are also common surnames in their language's press ("Singer", "Baker", "Driver", "Fischer"), since a role's
 * capitalised word is no name, and words as often adjectives or parts of things' names ("militant", "pilote",
 * "producteur", "producer", "economist": "un militant LGBT", "un équipement de pilote Alpinestars", "la société
 * productrice ALP", "coffee producer ICO members", "The Economist").
 */
export const PROFESSION_ROLES: Partial<Record<SupportedLanguage, readonly string[]>> = {
  fr: [
    ...["chanteur", "chanteuse", "acteur", "actrice", "comédien", "comédienne", "réalisateur", "réalisatrice"],
    ...["cinéaste", "musicien", "musicienne", "rappeur", "rappeuse", "romancier"],
    ...["romancière", "auteur", "autrice", "philosophe", "historien", "historienne", "sociologue", "économiste"],
    ...["politologue", "physicien", "physicienne", "footballeur", "joueur", "joueuse", "attaquant", "attaquante"],
    ...["défenseur", "cycliste", "skieur", "skieuse", "nageur", "nageuse", "tennisman", "athlète"],
    ...["boxeur", "photographe", "styliste", "navigateur", "navigatrice", "alpiniste", "astronaute", "chirurgien"],
    ...["activiste", "syndicaliste", "eurodéputé", "eurodéputée", "sculpteur", "danseur"],
    ...["danseuse", "humoriste", "animateur", "animatrice", "présentateur", "présentatrice", "éditorialiste"],
  ],
  en: [
    ...["actor", "actress", "rapper", "novelist", "musician", "filmmaker", "comedian", "philosopher"],
    ...["historian", "physicist", "footballer", "striker", "midfielder", "goalkeeper", "cyclist"],
    ...["swimmer", "skier", "sprinter", "tennis player", "photographer", "astronaut", "surgeon", "activist"],
    ...["campaigner", "songwriter", "presenter", "broadcaster", "columnist", "sculptor", "playwright"],
  ],
  es: [
    ...["cantante", "actor", "actriz", "cineasta", "músico", "rapero", "novelista"],
    ...["escritor", "escritora", "filósofo", "historiador", "historiadora", "economista", "futbolista"],
    ...["delantero", "portero", "centrocampista", "ciclista", "tenista", "nadador", "nadadora", "atleta"],
    ...["fotógrafo", "astronauta", "cirujano", "activista", "sindicalista", "eurodiputado", "eurodiputada"],
    ...["presentador", "presentadora", "humorista", "columnista"],
  ],
  it: [
    ...["cantante", "attore", "attrice", "regista", "musicista", "rapper", "romanziere"],
    ...["scrittore", "scrittrice", "filosofo", "storico", "economista", "calciatore", "attaccante"],
    ...["centrocampista", "portiere", "ciclista", "tennista", "nuotatore", "nuotatrice", "atleta", "fotografo"],
    ...["astronauta", "chirurgo", "attivista", "sindacalista", "eurodeputato", "eurodeputata", "conduttore"],
    ...["conduttrice", "comico", "editorialista"],
  ],
  pt: [
    ...["cantor", "cantora", "ator", "atriz", "cineasta", "músico", "rapper"],
    ...["romancista", "escritor", "escritora", "filósofo", "historiador", "economista", "futebolista"],
    ...["atacante", "avançado", "goleiro", "guarda-redes", "ciclista", "tenista", "nadador", "atleta"],
    ...["fotógrafo", "astronauta", "cirurgião", "ativista", "activista", "sindicalista", "eurodeputado"],
    ...["apresentador", "apresentadora", "humorista", "colunista"],
  ],
  de: [
    ...["sängerin", "schauspieler", "schauspielerin", "regisseur", "regisseurin", "produzent", "musiker"],
    ...["rapper", "schriftsteller", "schriftstellerin", "autorin", "philosoph", "historiker", "historikerin"],
    ...["ökonom", "ökonomin", "physiker", "physikerin", "fußballer", "stürmer", "torwart", "radprofi"],
    ...["tennisspieler", "schwimmer", "schwimmerin", "fotograf", "astronaut", "chirurg", "aktivist"],
    ...["aktivistin", "gewerkschafter", "europaabgeordnete", "europaabgeordneter", "moderator", "moderatorin"],
    ...["politiker", "politikerin"],
  ],
  ro: [
    ...["cântăreț", "cântăreața", "actor", "actriță", "actorul", "actrița", "regizor", "regizorul", "producător"],
    ...["muzician", "scriitor", "scriitorul", "scriitoarea", "istoric", "istoricul", "economist", "economistul"],
    ...["fotbalist", "fotbalistul", "atacant", "atacantul", "portar", "portarul", "ciclist", "tenismen"],
    ...["tenismenul", "jucătoarea", "înotător", "atlet", "fotograf", "astronaut", "chirurg", "activist"],
    ...["activista", "sindicalist", "europarlamentar", "europarlamentarul", "prezentator", "prezentatoarea"],
  ],
};
