/**
 * Words that head the name of an organisation or a place ("Banque de France", "ministère de la Défense",
 * "University of Geneva", "mer Noire", "Palais des Nations"), in every language recoupe reads, folded
 * (lower-case, no accents). A capitalised sequence that starts with one, or follows one written in lower case,
 * takes its type.
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  // fr
  "ministere", "departement", "parti", "union", "commission", "conseil", "assemblee", "organisation", "banque", "universite", "comite", "societe", "compagnie", "association", "fondation", "institut", "agence", "office", "federation", "confederation", "tribunal", "cour", "parlement", "senat", "gouvernement", "armee", "eglise", "ecole", "college", "lycee", "academie", "syndicat", "mouvement", "front", "groupe", "alliance", "ligue", "club", "journal", "gazette", "chambre", "direction", "service", "bureau", "cabinet", "entreprise", "ambassade", "mairie", "prefecture", "police", "gendarmerie", "croix-rouge",
  // en
  "ministry", "department", "party", "council", "committee", "commission", "assembly", "organization", "organisation", "bank", "university", "company", "corporation", "association", "foundation", "institute", "agency", "office", "federation", "court", "parliament", "senate", "congress", "house", "army", "church", "school", "academy", "union", "league", "group", "club", "times", "post", "journal", "news", "press", "board", "authority", "fund", "corps", "navy", "police",
  // es, it, pt, ro
  "ministerio", "partido", "comision", "consejo", "asamblea", "organizacion", "banco", "universidad", "fundacion", "instituto", "agencia", "tribunal", "congreso", "ejercito", "iglesia", "ministero", "partito", "commissione", "consiglio", "assemblea", "organizzazione", "banca", "universita", "fondazione", "istituto", "agenzia", "camera", "esercito", "chiesa", "ministerio", "comissao", "conselho", "assembleia", "organizacao", "universidade", "fundacao", "exercito", "igreja", "ministerul", "partidul", "comisia", "consiliul", "organizatia", "banca", "universitatea", "fundatia", "institutul", "agentia", "curtea", "parlamentul", "senatul", "guvernul", "armata", "biserica",
  // de, nl
  "ministerium", "partei", "kommission", "rat", "versammlung", "organisation", "bank", "universitat", "stiftung", "institut", "agentur", "gericht", "bundestag", "bundesrat", "regierung", "armee", "kirche", "verband", "gewerkschaft", "ministerie", "partij", "raad", "universiteit", "stichting",
];

export const ORGANIZATION_SUFFIXES: readonly string[] = ["sa", "sas", "sarl", "inc", "ltd", "llc", "plc", "corp", "co", "gmbh", "ag", "spa", "srl", "nv", "bv", "ab", "oy", "as"];

export const PLACE_HEADS: readonly string[] = [
  // fr
  "mer", "ocean", "lac", "mont", "monts", "golfe", "cap", "ile", "iles", "fleuve", "riviere", "baie", "detroit", "col", "vallee", "plaine", "plateau", "desert", "foret", "rue", "boulevard", "avenue", "place", "quai", "pont", "gare", "port", "aeroport", "palais", "chateau", "hotel", "canton", "region", "province", "republique", "royaume", "principaute", "emirat", "etat", "territoire", "comte", "duche", "arrondissement", "commune", "village", "ville", "faubourg", "quartier", "pays", "cite",
  // en
  "sea", "ocean", "lake", "mount", "mountains", "gulf", "cape", "island", "islands", "river", "bay", "strait", "valley", "desert", "forest", "street", "road", "avenue", "square", "bridge", "station", "airport", "palace", "castle", "hotel", "county", "province", "republic", "kingdom", "state", "city",
  // es, it, pt, ro, de
  "mar", "lago", "monte", "golfo", "isla", "rio", "calle", "plaza", "puerto", "palacio", "provincia", "republica", "reino", "mare", "isola", "fiume", "via", "piazza", "porto", "palazzo", "regione", "repubblica", "regno", "ilha", "rua", "praca", "estado", "marea", "lacul", "muntele", "insula", "raul", "strada", "piata", "palatul", "regiunea", "republica", "regatul", "judetul", "orasul", "see", "meer", "berg", "insel", "fluss", "strasse", "platz", "bahnhof", "schloss", "republik", "konigreich", "land", "kanton",
];

/** Places named "X-ville" or by a cardinal point ("Europe de l'Est", "Nord", "Sud"); folded. */
export const PLACE_WORDS: readonly string[] = ["nord", "sud", "est", "ouest", "north", "south", "east", "west", "occident", "orient", "europe", "afrique", "asie", "amerique", "oceanie", "antarctique", "arctique", "balkans", "caucase", "moyen-orient", "proche-orient", "maghreb", "sahel"];

/**
 * Heads that stay part of the name when written in lower case before it ("mer Noire", "ministère de la Défense",
 * "rue de Lausanne"), unlike generic ones ("la ville de Kharkiv" names Kharkiv). Folded.
 */
export const LOWERCASE_NAME_HEADS: readonly string[] = ["mer", "ocean", "lac", "mont", "golfe", "detroit", "ile", "iles", "rue", "boulevard", "avenue", "place", "quai", "pont", "palais", "ministere", "departement", "universite", "banque", "parti", "fleuve", "riviere", "baie", "cap", "sea", "lake", "mount", "river", "ministry", "department", "university", "mar", "lago", "monte", "rio", "calle", "plaza", "ministerio", "universidad", "mare", "piazza", "ministero", "universita", "rua", "praca", "ministerul", "strada", "marea", "lacul"];
