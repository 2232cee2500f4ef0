/**
 * International organisations, institutions and news agencies, one entry per organisation: every name and
 * acronym it goes by in the languages recoupe reads. Different forms of one entry are the same entity
 * (OTAN = NATO = Alliance atlantique); forms are matched case- and accent-insensitively.
 */
export const ORGANIZATIONS: readonly (readonly string[])[] = [
  ["OTAN", "NATO", "Alliance atlantique", "Alliance de l'Atlantique Nord", "Organisation du traité de l'Atlantique Nord", "North Atlantic Treaty Organization", "Atlantic Alliance", "Organización del Tratado del Atlántico Norte", "Organizzazione del Trattato dell'Atlantico del Nord", "Organização do Tratado do Atlântico Norte", "Organizația Tratatului Atlanticului de Nord", "Alianța Nord-Atlantică"],
  ["ONU", "UN", "UNO", "Nations unies", "Organisation des Nations unies", "United Nations", "Naciones Unidas", "Organización de las Naciones Unidas", "Vereinte Nationen", "Nazioni Unite", "Organizzazione delle Nazioni Unite", "Nações Unidas", "Organização das Nações Unidas", "Națiunile Unite", "Organizația Națiunilor Unite"],
  ["UE", "EU", "Union européenne", "European Union", "Unión Europea", "Europäische Union", "Unione europea", "União Europeia", "Uniunea Europeană"],
  ["Commission européenne", "European Commission", "Comisión Europea", "Europäische Kommission", "Commissione europea", "Comissão Europeia", "Comisia Europeană"],
  ["Parlement européen", "European Parliament", "Parlamento Europeo", "Europäisches Parlament", "Parlamento europeo", "Parlamento Europeu", "Parlamentul European"],
  ["Conseil de sécurité", "Security Council", "Consejo de Seguridad", "Sicherheitsrat", "Consiglio di sicurezza", "Conselho de Segurança", "Consiliul de Securitate"],
  ["OSCE", "OSZE", "Organisation pour la sécurité et la coopération en Europe", "Organization for Security and Co-operation in Europe"],
  ["OMS", "WHO", "OMS", "Organisation mondiale de la santé", "World Health Organization", "Organización Mundial de la Salud", "Weltgesundheitsorganisation", "Organizzazione mondiale della sanità", "Organização Mundial da Saúde", "Organizația Mondială a Sănătății"],
  ["FMI", "IMF", "IWF", "Fonds monétaire international", "International Monetary Fund", "Fondo Monetario Internacional", "Internationaler Währungsfonds", "Fondo monetario internazionale", "Fundo Monetário Internacional", "Fondul Monetar Internațional"],
  ["BCE", "ECB", "EZB", "Banque centrale européenne", "European Central Bank", "Banco Central Europeo", "Europäische Zentralbank", "Banca centrale europea", "Banco Central Europeu", "Banca Centrală Europeană"],
  ["Banque mondiale", "World Bank", "Banco Mundial", "Weltbank", "Banca mondiale", "Banca Mondială"],
  ["OMC", "WTO", "Organisation mondiale du commerce", "World Trade Organization", "Organización Mundial del Comercio", "Welthandelsorganisation"],
  ["OCDE", "OECD", "Organisation de coopération et de développement économiques"],
  ["CPI", "ICC", "Cour pénale internationale", "International Criminal Court", "Corte Penal Internacional", "Internationaler Strafgerichtshof", "Corte penale internazionale", "Tribunal Penal Internacional"],
  ["AIEA", "IAEA", "Agence internationale de l'énergie atomique", "International Atomic Energy Agency"],
  ["Unesco", "UNESCO"], ["Unicef", "UNICEF"], ["HCR", "UNHCR"], ["OPEP", "OPEC", "OPEP+"], ["G7"], ["G20"], ["Brics", "BRICS"],
  ["Union africaine", "African Union", "Unión Africana", "Afrikanische Union", "Unione africana", "União Africana"],
  ["Ligue arabe", "Arab League", "Liga Árabe", "Arabische Liga", "Lega araba"],
  ["Kremlin", "Kreml", "Cremlino", "Kremlinul"],
  ["Maison Blanche", "White House", "Casa Blanca", "Weißes Haus", "Casa Bianca", "Casa Branca", "Casa Albă"],
  ["Pentagone", "Pentagon", "Pentágono", "Pentagono", "Pentagonul"],
  ["Département d'État", "State Department", "Departamento de Estado", "Außenministerium der Vereinigten Staaten", "Dipartimento di Stato", "Departamentul de Stat"],
  ["Quai d'Orsay"], ["Élysée", "Elysée", "Elysee"], ["Matignon"], ["Downing Street"], ["Bundestag"], ["Congrès", "Congress", "Congreso", "Kongress", "Congresso", "Congresul"],
  ["Sénat", "Senate", "Senado", "Senato", "Senatul"], ["Assemblée nationale"], ["Douma", "Duma", "Duma d'État"],
  ["Cour suprême", "Supreme Court", "Tribunal Supremo", "Corte suprema", "Supremo Tribunal"],
  ["CIA"], ["FBI"], ["KGB"], ["FSB"], ["Mossad"], ["Hamas"], ["Hezbollah"], ["Taliban", "talibans"], ["Etat islamique", "État islamique", "Islamic State", "Daech", "Daesh", "ISIS", "EI"],
  ["AFP", "Agence France-Presse", "Agence France Presse"], ["Reuters"], ["AP", "Associated Press"], ["BBC"], ["CNN"], ["EPA"], ["ANSA"], ["EFE"], ["DPA", "dpa"], ["Lusa"], ["Agerpres"], ["TASS", "Tass"], ["RIA Novosti"], ["Interfax"], ["Bloomberg"], ["Al Jazeera", "Al-Jazeera"],
  ["New York Times"], ["Washington Post"], ["Wall Street Journal"], ["Financial Times"], ["The Guardian", "Guardian"], ["Le Monde"], ["Le Figaro"], ["Libération"], ["El País"], ["Der Spiegel", "Spiegel"], ["Corriere della Sera"],
  ["Gazprom"], ["Google"], ["Apple"], ["Microsoft"], ["Amazon"], ["Facebook", "Meta"], ["Twitter"], ["Tesla"], ["Airbus"], ["Boeing"],
  ["Croix-Rouge", "Red Cross", "Cruz Roja", "Rotes Kreuz", "Croce Rossa", "Cruz Vermelha", "Crucea Roșie", "CICR", "ICRC"],
  ["Amnesty International", "Amnesty"], ["Human Rights Watch", "HRW"], ["Médecins sans frontières", "MSF", "Doctors Without Borders"],
];
