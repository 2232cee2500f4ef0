import type { NewsConcept } from "./news-concept.js";

/** Police, courts and justice: concepts of `NEWS_CONCEPTS`. */
export const JUSTICE_CONCEPTS: readonly NewsConcept[] = [
  [
    "arrested",
    {
      en: "arrested|arrest|arrests|detained",
      fr: "arrêté|arrêtés|arrêtée|interpellé|interpellés|arrestation|arrestations",
      es: "detenido|detenidos|detenida|arrestado|arrestados|detención|detenciones",
      de: "festgenommen|verhaftet|festnahme|festnahmen",
      it: "arrestato|arrestati|arrestata|fermato|fermati|arresto|arresti",
      pt: "detido|detidos|detida|preso|presos|detenção|detenções",
      ro: "arestat|arestați|arestată|reținut|reținuți|arestare",
    },
  ],
  [
    "investigation",
    {
      en: "investigation|probe|inquiry",
      fr: "enquête|enquêtes|investigation",
      es: "investigación|investigaciones|pesquisa",
      de: "ermittlungen|untersuchung",
      it: "indagine|indagini|inchiesta",
      pt: "investigação|inquérito",
      ro: "anchetă|ancheta|investigație",
    },
  ],
  [
    "court",
    {
      en: "court|judge|trial",
      fr: "tribunal|cour|juge|procès",
      es: "tribunal|juez|jueza|juicio",
      de: "gericht|richter|richterin|prozess",
      it: "tribunale|giudice|processo",
      pt: "tribunal|juiz|juíza|julgamento",
      ro: "tribunal|tribunalul|instanța|judecător|proces|procesul",
    },
  ],
  [
    "sentenced",
    {
      en: "sentenced|jailed|prison|jail",
      fr: "condamné|condamnée|condamnés|prison",
      es: "condenado|condenada|condenados|prisión|cárcel",
      de: "verurteilt|gefängnis|haft|haftstrafe",
      it: "condannato|condannata|condannati|carcere|prigione",
      pt: "condenado|condenada|condenados|prisão",
      ro: "condamnat|condamnată|condamnați|închisoare",
    },
  ],
  [
    "appeal",
    {
      en: "appeal|appealed|appeals",
      fr: "appel|recours",
      es: "recurso|recurrir|apelación|apelar",
      de: "berufung|revision|einspruch",
      it: "ricorso|appello|ricorrere",
      pt: "recurso|recorrer|apelação",
      ro: "apel|recurs|contestație",
    },
  ],
  [
    "innocent",
    {
      en: "innocent|innocence",
      fr: "innocent|innocente|innocence",
      es: "inocente|inocencia",
      de: "unschuldig|unschuld",
      it: "innocente|innocenza",
      pt: "inocente|inocência",
      ro: "nevinovat|nevinovată|nevinovăție",
    },
  ],
  [
    "guilty",
    {
      en: "guilty|guilt",
      fr: "coupable|culpabilité",
      es: "culpable|culpabilidad",
      de: "schuldig|schuld",
      it: "colpevole|colpevolezza",
      pt: "culpado|culpada|culpa",
      ro: "vinovat|vinovată|vinovăție",
    },
  ],
  [
    "lawyer",
    {
      en: "lawyer|lawyers|attorney|counsel",
      fr: "avocat|avocate|avocats",
      es: "abogado|abogada|abogados",
      de: "anwalt|anwältin|anwälte|verteidiger",
      it: "avvocato|avvocata|avvocati|legale",
      pt: "advogado|advogada|advogados",
      ro: "avocat|avocatul|avocata|avocați",
    },
  ],
  [
    "prosecutors",
    {
      en: "prosecutor|prosecutors|prosecution",
      fr: "parquet|procureur|procureure|accusation",
      es: "fiscalía|fiscal",
      de: "staatsanwaltschaft|staatsanwalt|anklage",
      it: "procura|pm|accusa",
      pt: "procurador|procuradoria|acusação",
      ro: "procuror|procurorii|parchetul|acuzare",
    },
  ],
  [
    "fine",
    {
      en: "fine|fined",
      fr: "amende",
      es: "multa|multado",
      de: "geldstrafe|geldbuße|bußgeld",
      it: "multa|ammenda|sanzione",
      pt: "multa|multado",
      ro: "amendă|amenda|amendat",
    },
  ],
  [
    "suspended",
    {
      en: "suspended|probation",
      fr: "sursis",
      es: "condicional|suspendida",
      de: "bewährung",
      it: "condizionale|sospesa",
      pt: "suspensa",
      ro: "suspendare|suspendată",
    },
  ],
  [
    "bribes",
    {
      en: "bribe|bribes|bribery|kickbacks|corruption",
      fr: "pots-de-vin|corruption",
      es: "sobornos|soborno|corrupción|cohecho",
      de: "bestechung|bestechlichkeit|schmiergeld|korruption",
      it: "tangenti|tangente|corruzione",
      pt: "subornos|suborno|luvas|corrupção",
      ro: "mită|mita|șpagă|corupție",
    },
  ],
];
