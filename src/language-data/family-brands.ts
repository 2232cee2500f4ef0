/**
 * Brands named after a family, which the news names alone for the company as often as, or more often than, for a
 * person of that name: "Ferrari" (the team, the carmaker, Enzo Ferrari), "Ford", "Dior", "Chanel". `companies.ts` lists
 * some ("Renault", "Michelin") and leaves out on purpose those as often a person; the list of common surnames
 * (`faker-surnames.ts`) leaves out all of them, so that alone and with no cue such a name is not made a person.
 * Written from general knowledge.
 */
export const FAMILY_BRANDS: readonly string[] = [
  ...["Ferrari", "Ford", "Dell", "Mercedes", "Bugatti", "Lamborghini", "Maserati", "Lancia", "Opel", "Bentley"],
  ...["Dior", "Chanel", "Armani", "Gucci", "Prada", "Versace", "Benetton", "Cartier", "Hermès", "Ferragamo", "Zegna"],
  ...["Ferrero", "Barilla", "Lavazza", "Martini", "Bacardi", "Heineken", "Kellogg", "Nestlé", "Michelin", "Peugeot"],
  ...["Citroën", "Renault", "Bouygues", "Dassault", "Lagardère", "Bolloré", "Pinault", "Arnault", "Leclerc"],
  ...["Boeing", "Siemens", "Bosch", "Porsche", "Philips", "Disney", "Walmart", "Hilton", "Marriott", "Ducati"],
];
