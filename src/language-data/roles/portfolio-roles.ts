import type { SupportedLanguage } from "../languages.js";

/**
 * A government's portfolios, the role nouns that take one and the prepositions between, for the languages whose press
 * writes the portfolio capitalised between the role and the name ("el ministro de Interior Habib el Adli", "il
 * ministro dell'Interno Angelino Alfano", "o ministro da Defesa José Alencar"): without the portfolio in the role, its
 * capitalised word ran into the name ("Interior Habib el Adli", "Defensa de Estados Unidos" were people).
 */
const PORTFOLIOS: Partial<Record<SupportedLanguage, { nouns: string[]; links: string[]; portfolios: string[] }>> = {
  es: {
    nouns: ["ministro", "ministra", "secretario", "secretaria", "subsecretario", "viceministro", "viceministra"],
    links: ["de", "del", "de la"],
    portfolios: [
      ...["defensa", "interior", "exteriores", "asuntos exteriores", "relaciones exteriores", "economía", "hacienda"],
      ...["justicia", "sanidad", "salud", "educación", "trabajo", "industria", "energía", "petróleo", "agricultura"],
      ...["cultura", "comercio", "finanzas", "información", "transporte", "turismo", "seguridad", "inteligencia"],
    ],
  },
  it: {
    nouns: ["ministro", "ministra", "segretario", "segretaria", "sottosegretario", "viceministro", "viceministra"],
    links: ["della", "dell'", "del", "degli", "dei", "alla", "all'", "al", "agli", "ai", "di"],
    portfolios: [
      ...["difesa", "interno", "interni", "esteri", "affari esteri", "economia", "finanze", "giustizia", "salute"],
      ...["sanità", "istruzione", "lavoro", "tesoro", "cultura", "ambiente", "trasporti", "infrastrutture", "energia"],
      ...["sviluppo economico", "sicurezza", "informazione", "petrolio", "intelligence"],
    ],
  },
  pt: {
    nouns: ["ministro", "ministra", "secretário", "secretária", "vice-ministro"],
    links: ["da", "do", "dos", "das", "de"],
    portfolios: [
      ...["defesa", "interior", "administração interna", "negócios estrangeiros", "relações exteriores", "economia"],
      ...["finanças", "fazenda", "justiça", "saúde", "educação", "trabalho", "energia", "cultura", "segurança"],
    ],
  },
};

/** Each role noun with each portfolio ("ministro de interior", "ministro dell'interno"), by language. */
export const PORTFOLIO_ROLES: Partial<Record<SupportedLanguage, readonly string[]>> = Object.fromEntries(
  Object.entries(PORTFOLIOS).map(([language, { nouns, links, portfolios }]) => [
    language,
    nouns.flatMap((noun) =>
      links.flatMap((link) =>
        portfolios.map((portfolio) => `${noun} ${link}${link.endsWith("'") ? "" : " "}${portfolio}`),
      ),
    ),
  ]),
);
