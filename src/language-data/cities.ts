/**
 * Capitals, big cities and regions often in the news, one entry per place with the names it takes in the
 * languages recoupe reads (the first is the French name). Countries and continents are not listed:
 * `Intl.DisplayNames` gives them in every language. Matched case- and accent-insensitively.
 */
export const CITIES: readonly (readonly string[])[] = [
  ["Genève", "Geneva", "Ginebra", "Genf", "Ginevra", "Genebra", "Geneva"], ["Paris", "Parigi"], ["Londres", "London", "Londra"], ["Berlin", "Berlino", "Berlim"],
  ["Moscou", "Moscow", "Moscú", "Moskau", "Mosca", "Moscovo", "Moscova"], ["Kiev", "Kyiv", "Kiew", "Kiev", "Kyjiw", "Kiiv", "Kievul"],
  ["Washington", "Washington D.C."], ["New York", "Nueva York", "Nova Iorque", "New York City"], ["Bruxelles", "Brussels", "Bruselas", "Brüssel", "Bruxelas"],
  ["Rome", "Roma", "Rom"], ["Madrid"], ["Lisbonne", "Lisbon", "Lisboa", "Lissabon", "Lisbona"], ["Bucarest", "Bucharest", "București", "Bukarest", "Bucareste"],
  ["Vienne", "Vienna", "Viena", "Wien"], ["Varsovie", "Warsaw", "Varsovia", "Warschau", "Varsavia", "Varsóvia", "Varșovia"], ["Prague", "Praga", "Prag"],
  ["Budapest", "Budapeste", "Budapesta"], ["Sofia", "Sofía", "Sofija"], ["Athènes", "Athens", "Atenas", "Athen", "Atene", "Atena"], ["Ankara"], ["Istanbul", "Estambul", "Istambul", "Istanbul"],
  ["Pékin", "Beijing", "Pekín", "Peking", "Pechino", "Pequim", "Beijing"], ["Tokyo", "Tokio", "Tóquio"], ["Séoul", "Seoul", "Seúl"], ["New Delhi", "Nueva Delhi", "Nuova Delhi", "Nova Deli"],
  ["Téhéran", "Tehran", "Teherán", "Teheran"], ["Bagdad", "Baghdad"], ["Damas", "Damascus", "Damasco", "Damaskus"], ["Beyrouth", "Beirut", "Beirute"], ["Jérusalem", "Jerusalem", "Jerusalén", "Gerusalemme", "Ierusalim"],
  ["Tel Aviv", "Tel-Aviv"], ["Le Caire", "Cairo", "El Cairo", "Kairo", "Il Cairo", "Cairo"], ["Alger", "Algiers", "Argel", "Algier", "Algeri"], ["Tunis", "Túnez", "Tunisi"], ["Rabat"],
  ["Stockholm", "Estocolmo", "Stoccolma"], ["Helsinki", "Helsingfors"], ["Oslo"], ["Copenhague", "Copenhagen", "Copenhague", "Kopenhagen", "Copenaghen", "Copenhaga"],
  ["Amsterdam", "Ámsterdam", "Amsterdão"], ["La Haye", "The Hague", "La Haya", "Den Haag", "L'Aia", "Haia"], ["Luxembourg", "Luxemburgo", "Luxemburg", "Lussemburgo"],
  ["Berne", "Bern", "Berna"], ["Zurich", "Zürich", "Zurigo", "Zúrich"], ["Lausanne", "Losanna"], ["Bâle", "Basel", "Basilea"], ["Davos"],
  ["Minsk"], ["Kharkiv", "Kharkov", "Járkov", "Charkiw", "Char'kiv", "Harkov"], ["Odessa", "Odesa"], ["Marioupol", "Mariupol"], ["Donetsk", "Donezk"], ["Louhansk", "Luhansk", "Lugansk"],
  ["Crimée", "Crimea", "Krim", "Crimeia"], ["Donbass", "Donbas"], ["Sébastopol", "Sevastopol", "Sewastopol"], ["Saint-Pétersbourg", "Saint Petersburg", "San Petersburgo", "Sankt Petersburg", "San Pietroburgo", "São Petersburgo"],
  ["Lviv", "Lvov", "Lwiw", "Leópolis", "Leopoli"], ["Tbilissi", "Tbilisi", "Tiflis"], ["Erevan", "Yerevan", "Ereván", "Eriwan"], ["Bakou", "Baku"], ["Kaboul", "Kabul", "Cabul"],
  ["Islamabad"], ["Pyongyang"], ["Taipei", "Taipeh"], ["Hong Kong"], ["Shanghai", "Xangai"], ["Moscou"], ["Bombay", "Mumbai"],
  ["Los Angeles"], ["Chicago"], ["San Francisco"], ["Miami"], ["Boston"], ["Ottawa"], ["Montréal", "Montreal"], ["Toronto"], ["Québec", "Quebec"],
  ["Mexico", "Mexico City", "Ciudad de México"], ["Brasilia", "Brasília"], ["São Paulo", "Sao Paulo"], ["Rio de Janeiro"], ["Buenos Aires"], ["Santiago"], ["Lima"], ["Bogota", "Bogotá"], ["Caracas"], ["La Havane", "Havana", "La Habana", "Havanna", "L'Avana"],
  ["Lyon", "Lione"], ["Marseille", "Marsella", "Marsiglia", "Marselha"], ["Bordeaux"], ["Toulouse"], ["Lille"], ["Strasbourg", "Estrasburgo", "Straßburg", "Strasburgo"], ["Nice", "Niza", "Nizza"], ["Nantes"],
  ["Munich", "München", "Múnich", "Monaco di Baviera", "Munique"], ["Hambourg", "Hamburg", "Hamburgo", "Amburgo"], ["Francfort", "Frankfurt", "Fráncfort", "Francoforte"], ["Cologne", "Köln", "Colonia"],
  ["Milan", "Milano", "Milán", "Mailand", "Milão"], ["Naples", "Napoli", "Nápoles", "Neapel"], ["Venise", "Venice", "Venecia", "Venedig", "Venezia", "Veneza"], ["Florence", "Firenze", "Florencia", "Florenz"], ["Turin", "Torino"],
  ["Barcelone", "Barcelona"], ["Séville", "Seville", "Sevilla"], ["Valence", "Valencia"], ["Porto", "Oporto"], ["Cluj", "Cluj-Napoca"], ["Timișoara", "Timisoara"], ["Iași", "Iasi"], ["Constanța", "Constanta"],
  ["Manchester"], ["Édimbourg", "Edinburgh", "Edimburgo"], ["Dublin", "Dublín", "Dublino"], ["Belfast"], ["Bratislava"], ["Ljubljana"], ["Zagreb"], ["Belgrade", "Belgrad", "Belgrado"], ["Sarajevo"], ["Tirana"], ["Skopje"], ["Chisinau", "Chișinău", "Kichinev"], ["Riga"], ["Vilnius"], ["Tallinn"],
  ["Kinshasa"], ["Dakar"], ["Abidjan"], ["Bamako"], ["Nairobi"], ["Lagos"], ["Johannesburg", "Johannesbourg"], ["Addis-Abeba", "Addis Ababa", "Adís Abeba"], ["Khartoum", "Jartum"],
  ["Riyad", "Riyadh"], ["Doha"], ["Dubaï", "Dubai"], ["Abou Dhabi", "Abu Dhabi"], ["Gaza"], ["Cisjordanie", "West Bank", "Cisjordania", "Westjordanland", "Cisgiordania", "Cisjordânia"],
  ["Sibérie", "Siberia", "Sibirien", "Sibéria"], ["Catalogne", "Catalonia", "Cataluña", "Katalonien", "Catalogna", "Catalunha"], ["Bavière", "Bavaria", "Baviera", "Bayern"], ["Corse", "Corsica", "Córcega", "Korsika"], ["Alsace", "Elsass"], ["Bretagne", "Brittany", "Bretaña"], ["Normandie", "Normandy", "Normandía"], ["Sicile", "Sicily", "Sicilia", "Sizilien"], ["Sardaigne", "Sardinia", "Cerdeña", "Sardinien", "Sardegna"], ["Transylvanie", "Transylvania", "Transilvania", "Siebenbürgen", "Transilvânia"], ["Moldavie"],
  ["Écosse", "Scotland", "Escocia", "Schottland", "Scozia", "Escócia", "Scoția"], ["Angleterre", "England", "Inglaterra", "Inghilterra", "Anglia"], ["Pays de Galles", "Wales", "Gales", "Galles"],
  ["Grande-Bretagne", "Great Britain", "Gran Bretaña", "Großbritannien", "Gran Bretagna", "Grã-Bretanha", "Marea Britanie"], ["Méditerranée", "Mediterranean", "Mediterráneo", "Mittelmeer", "Mediterraneo", "Mediterrâneo", "Marea Mediterană"],
  ["mer Noire", "Black Sea", "Mar Negro", "Schwarzes Meer", "Mar Nero", "Marea Neagră"], ["mer Baltique", "Baltic Sea", "Mar Báltico", "Ostsee", "Mar Baltico", "Marea Baltică"], ["Atlantique", "Atlantic", "Atlántico", "Atlantik", "Atlantico"], ["Pacifique", "Pacific", "Pacífico", "Pazifik", "Pacifico"],
  ["Russie", "Fédération de Russie", "Russian Federation", "Federación de Rusia", "Russische Föderation", "Federazione Russa", "Federação Russa", "Federația Rusă"],
  ["Occident", "West", "Occidente", "Westen", "Ocidente", "Vest"], ["Bélarus", "Belarus", "Biélorussie", "Bielorrusia", "Weißrussland", "Bielorussia", "Bielorrússia", "Belarus"],
];
