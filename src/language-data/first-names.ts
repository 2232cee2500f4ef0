/**
 * Common given names, written from general knowledge, grouped by the languages and regions they are most used in
 * (names travel: every group is used for every language). Space-separated; hyphenated forms ("Jean-Claude") are
 * matched part by part. A capitalised word from these lists before another capitalised word marks a person
 * ("Margaret Thatcher", "Sergueï Lavrov"). Words that are far more often places or common nouns are left out.
 */
export const FIRST_NAMES: Record<string, string> = {
  fr: `Aaron Abel Achille Adèle Adolphe Adrien Adrienne Agathe Agnès Aimé Aimée Alain Alban Albert Albertine Alexandre
  Alexandrine Alexis Alfred Alice Aline Alphonse Amandine Amédée Amélie Anatole Anaïs André Andrée Angèle
  Angélique Anne Annick Annie Anselme Antoine Antoinette Apolline Ariane Aristide Armand Arnaud Arthur Auguste
  Augustin Aurélie Aurélien Baptiste Barthélemy Basile Béatrice Benjamin Benoît Benoîte Bérénice Bernard
  Bernadette Berthe Bertrand Blaise Brigitte Bruno Camille Carole Caroline Catherine Cécile Céline Césaire César
  Chantal Charles Charlotte Christian Christiane Christine Christophe Claire Clarisse Claude Claudine Clément
  Clémence Clémentine Clotilde Colette Constantin Corentin Corinne Cyprien Cyril Cyrille Damien Daniel Danielle
  Danièle David Delphine Denis Denise Didier Dominique Edgar Edmond Édith Édouard Eléonore Éléonore Éliane Élie
  Élisabeth Élise Éloi Éloïse Émile Émilie Emma Emmanuel Emmanuelle Éric Ernest Estelle Étienne Eugène Eugénie
  Évelyne Fabien Fabienne Fabrice Félicien Félix Ferdinand Fernand Fernande Firmin Florent Florentin Florian
  Francis Francine François Françoise Frédéric Frédérique Gabriel Gabrielle Gaëtan Gaspard Gaston Geneviève
  Geoffroy Georges Georgette Gérald Gérard Germain Germaine Gervais Ghislain Ghislaine Gilbert Gilberte Gilles
  Gisèle Guillaume Gustave Guy Gwenaël Hector Hélène Henri Henriette Herbert Hervé Hippolyte Honoré Hortense
  Hubert Hugues Hyacinthe Ignace Irène Isabelle Isidore Jacqueline Jacques Jean Jeanne Jeannine Jérémie Jérôme
  Joachim Joël Joëlle Joseph Joséphine Josette Josiane Jules Julie Julien Julienne Juliette Justin Justine
  Laetitia Laurence Laurent Léa Léon Léonard Léonie Léopold Liliane Lionel Louis Louise Luc Lucie Lucien Lucienne
  Ludovic Lydie Madeleine Marc Marcel Marcelle Marguerite Marie Marianne Marius Marthe Martine Mathieu Mathilde
  Matthieu Maurice Maxime Mélanie Michel Michèle Micheline Mireille Monique Muriel Nadine Nathalie Nicolas Nicole
  Noëlle Octave Odette Odile Olivier Pascal Pascale Patrice Patricia Paul Paule Paulette Pauline Philippe Pierre
  Pierrette Raphaël Raymond Raymonde Régine Régis Rémi Rémy Renaud René Renée Richard Robert Roger Roland Romain
  Rosalie Sabine Sandrine Sébastien Serge Simone Solange Sophie Stéphane Stéphanie Suzanne Suzette Sylvain Sylvie
  Téophile Théodore Théophile Thérèse Thibault Thibaut Thierry Thomas Timothée Valentin Valentine Valérie Valéry
  Véronique Victor Victorine Vincent Virginie Vivien Xavier Yann Yannick Yolande Yves Yvette Yvonne Zoé Gaëlle
  Maëlle Mathis Enzo Théo Nathan Kévin Anthony Alexia Océane Manon Chloé Inès Ludivine Morgane Élodie Audrey
  Coralie Ségolène Jean-Marie`,
  en: `Abigail Adam Alan Albert Alexander Alice Alison Amanda Amber Amy Andrew Angela Ann Anna Anne Anthony Antony
  Arnold Arthur Ashley Audrey Barbara Barry Benjamin Betty Beverly Bill Billy Bob Bobby Bonnie Brad Bradley
  Brandon Brenda Brian Bruce Bryan Carl Carol Caroline Carolyn Catherine Charles Charlie Cheryl Chris Christina
  Christine Christopher Cindy Clara Clark Claude Colin Connor Craig Cynthia Dan Daniel Danny Darren David Dean
  Deborah Debra Dennis Derek Diana Diane Donald Donna Doris Dorothy Douglas Duncan Dylan Edward Eileen Elaine
  Eleanor Elijah Elizabeth Ellen Emily Emma Eric Ethan Eugene Evelyn Frances Frank Fred Frederick Gary Geoffrey
  George Gerald Gordon Graham Greg Gregory Hannah Harold Harry Heather Helen Henry Howard Ian Isaac Jack Jacob
  Jake James Jamie Jane Janet Janice Jason Jeff Jeffrey Jennifer Jeremy Jerry Jessica Jill Jim Jimmy Joan Joe John
  Johnny Jonathan Joseph Joshua Joyce Judith Judy Julia Julie Justin Karen Kate Katherine Kathleen Kathryn Keith
  Kelly Kenneth Kevin Kimberly Larry Laura Lauren Lawrence Leonard Leslie Lily Linda Lisa Lois Louis Louise Lucy
  Luke Lynn Margaret Maria Marie Marilyn Mark Martha Martin Mary Matthew Megan Melissa Michael Michelle Mike Nancy
  Natalie Nathan Neil Nicholas Nick Nicole Noah Norman Olivia Oliver Oscar Pamela Patricia Patrick Paul Paula
  Peggy Peter Philip Phillip Rachel Ralph Randy Raymond Rebecca Richard Rick Robert Robin Roger Ronald Roy Russell
  Ruth Ryan Samantha Samuel Sandra Sara Sarah Scott Sean Sharon Shirley Simon Sophia Stanley Stephanie Stephen
  Steve Steven Stuart Susan Teresa Terry Theresa Thomas Timothy Tina Todd Tom Tony Tracy Tyler Vincent Walter
  Wayne Wendy William Willie Zachary Ted Ben Tim Harriet Agnes Ada Beatrice Edith Gladys Mabel Maud Mildred
  Winston Neville Clement Herbert Ramsay Lloyd Woodrow Franklin Dwight Lyndon Ulysses Abraham Theodore Calvin
  Warren Hillary Barack Kamala Boris Rishi Keir Liz Mitt Kirk Glenn Dick Newt Chuck Mitch Bernie Elon Sheryl
  Rosalind Condoleezza Madeleine`,
  es: `Adolfo Agustín Alberto Alejandro Alfonso Alfredo Álvaro Ana Andrés Ángel Antonio Armando Arturo Beatriz Carlos
  Carmen Cayetano Claudia Concepción Cristina Diego Domingo Eduardo Elena Emilio Enrique Ernesto Esteban Eugenio
  Federico Felipe Fernando Francisco Gabriel Gerardo Gonzalo Guillermo Gustavo Hernán Ignacio Inés Isabel Jaime
  Javier Jesús Joaquín Jorge José Josefa Juan Juana Julio Leonor Lorenzo Lucía Luis Manuel Manuela Marcelo
  Margarita María Mariano Marisol Marta Martín Miguel Montserrat Nicolás Óscar Pablo Paco Pedro Pilar Rafael Ramón
  Raúl Ricardo Roberto Rodrigo Rosa Sergio Soledad Teresa Tomás Vicente Yolanda Abraham Alonso Baltasar Fidel Evo
  Cristóbal Hernando Íñigo Iñaki Mikel Xavier Jordi Pere Josep Joan Núria Soraya Begoña Itziar Ainhoa Arantxa`,
  pt: `Afonso Álvaro António Beatriz Bruno Caio Carla Catarina Cláudio Diogo Duarte Eduardo Fábio Fernanda Fernando
  Filipe Flávio Francisca Gilberto Gonçalo Guilherme Gustavo Helena Henrique Inácio Isabela Joana João Jorge José
  Júlio Leonardo Luís Luiz Luísa Marcelo Marcos Maria Mariana Mário Matheus Miguel Nuno Paulo Pedro Rafael Raquel
  Renato Ricardo Rodrigo Rui Sebastião Sérgio Tiago Vasco Vítor Vinícius Dilma Jair Getúlio Juscelino`,
  it: `Adriano Alberto Alessandra Alessandro Alessio Alfredo Andrea Angelo Anna Antonella Antonio Arturo Benedetto
  Bruno Camillo Carla Carlo Caterina Cesare Chiara Claudio Corrado Cristina Daniele Dario Davide Domenico
  Donatella Edoardo Elena Emanuele Enrico Enzo Ernesto Fabio Fabrizio Federico Federica Filippo Flavio Francesca
  Francesco Franco Gabriele Giacomo Gianfranco Gianluca Gianni Giorgia Giorgio Giovanna Giovanni Giulia Giuliano
  Giulio Giuseppe Giuseppina Guglielmo Guido Ignazio Ilaria Lorenzo Luca Lucia Luciano Luigi Marcello Marco Maria
  Mario Massimo Matteo Mattia Maurizio Michele Nicola Paola Paolo Pietro Raffaele Renato Riccardo Roberta Roberto
  Rocco Salvatore Sandro Sergio Silvio Simona Simone Stefania Stefano Tommaso Umberto Valentina Valerio Vincenzo
  Vittorio Benito Alcide Amintore Bettino Romano Palmiro Giacinto Gino Fausto Fiorenzo`,
  de: `Adolf Albrecht Alois Andreas Anja Annegret Anton Armin Arnold Barbara Bernd Bernhard Bettina Birgit Brigitte
  Christa Christian Christoph Claudia Dieter Dietrich Dirk Doris Eberhard Elke Elisabeth Emil Erich Erika Ernst
  Erwin Eva Ferdinand Florian Frank Franz Friedrich Fritz Georg Gerda Gerhard Gertrud Gisela Gottfried Gregor
  Gudrun Günter Günther Gustav Hannelore Hans Hansjörg Hanspeter Harald Hartmut Heidi Heike Heinrich Heinz Helga
  Helmut Helmuth Herbert Hermann Horst Hubert Ingeborg Ingrid Jakob Joachim Johann Johannes Jörg Josef Jürgen
  Karin Karl Karl-Heinz Katrin Klaus Konrad Kurt Lothar Ludwig Lukas Manfred Margarete Margit Marianne Markus
  Martin Matthias Max Michael Monika Norbert Olaf Otto Peter Petra Philipp Rainer Reinhard Renate Robert Rolf
  Rudolf Rüdiger Sabine Sebastian Siegfried Sigmar Silke Stefan Steffen Susanne Sven Thomas Thorsten Torsten
  Ulrich Ulrike Ursula Uwe Volker Walter Werner Wilhelm Wolfgang Ueli Urs Reto Kaspar Jost Niklaus Ruedi Adrian
  Moritz Annalena Angela Willy Frank-Walter Joschka Oskar Wolfram Jens Lars Nils Sönke Henning Ole Knut Bjørn Erik
  Gustaf Olof Magnus Ingvar Dag Kofi Leif Ola Sigrid Astrid Greta Liv Mette Anders Mats Jan Pieter Willem Hendrik
  Johan Joost Maarten Mark Geert Wim Ruud Marten Dries Koen Bart Wouter Jeroen Claus Kai Cem Heiko Saskia Hubertus
  Svenja Winfried Wilfried Bodo Reiner Carsten Tobias Jonas Lena Jana Anke Antje Dagmar Detlef Egon Gerd Götz Jochen
  Kerstin Niklas Ralf Sandra Tanja Timo Ulf Ute Wiebke Ansgar Bärbel Cornelia Dorothee Franziska Friedrich-Wilhelm
  Hans-Jürgen Hans-Peter Karl-Theodor Manuela Marlene Roderich Sahra Thilo Stephan Michaela Hannah`,
  ro: `Adrian Alexandru Ana Andrei Anca Aurel Bogdan Camelia Carmen Cătălin Constantin Cornel Corneliu Cristian Dan
  Daniel Dorin Dumitru Elena Emil Florin Gabriel Gheorghe Horia Ioan Ion Ionel Iulian Klaus Laura Liviu Lucian
  Marian Marin Mihai Mihaela Mircea Monica Nicolae Octavian Ovidiu Petre Radu Raluca Sorin Ștefan Teodor Traian
  Tudor Valentin Vasile Victor Viorica Vlad Călin Ilie Ecaterina Mugur Crin Dacian Ludovic Nicușor Ionuț Dragoș
  Sorina Corina Cristina Alina Roxana Oana Ioana Simona Adina Irina Lia Rareș Remus Sergiu Silviu Titus Marcel`,
  ru: `Aleksandr Aleksandra Alexeï Alexei Alexey Aleksei Anastasia Anatoli Anatoly Andreï Andrei Andrey Anton Arkadi
  Boris Dmitri Dmitry Egor Evgueni Evgeni Evgeny Fiodor Fedor Fyodor Guennadi Gennady Grigori Grigory Igor Ilia
  Ilya Iouri Youri Yuri Iuri Ivan Kirill Konstantin Léonid Leonid Maxim Mikhaïl Mikhail Nikita Nikolaï Nikolai
  Oleg Pavel Piotr Pyotr Ramzan Roman Sergueï Sergei Sergey Stanislav Svetlana Tatiana Vadim Valentina Valeri
  Valery Vassili Vasily Viktor Vitali Vladimir Vladislav Viatcheslav Vyacheslav Volodymyr Volodimir Wolodymyr
  Yevgeny Evguéni Iegor Olga Irina Natalia Natalya Nadejda Ioulia Yulia Lioudmila Ludmila Marina Elena Ekaterina
  Maria Galina Zinaïda Larissa Oksana Anna Tatyana Vitaly Petro Taras Bohdan Mykola Mykhaïlo Oleksandr Oleksiy
  Dmytro Yuriy Denys Andriy Arseni Arseniy Alexandr Sergiy Kyrylo Vitaliy Jerzy Andrzej Krzysztof Lech Marek
  Mateusz Tadeusz Wojciech Zbigniew Witold Stanisław Aleksander Bronisław Jarosław Donald Beata Ewa Agnieszka
  Václav Milos Miloš Tomáš Jiří Petr Zdeněk Ladislav Andrej Robert Ferenc Gyula István László Miklós Sándor Zoltán
  Imre Janos János Slobodan Vojislav Zoran Goran Dragan Milorad Ante Franjo Alija Radovan Ratko Aleksandar Vuk
  Bojan Nikola Tomislav Ivo Josip Hashim Ibrahim Enver Edi Todor Boyko Rumen Georgi Simeon Zhivko Ivaylo
  Sergej Serghei Serguéi Serguei Siergiej Wladimir Władimir Dmitrij Alexej Aleksej Jewgeni Jewgenij Juri Jurij
  Michail Wiktor Waleri Witali Wjatscheslaw Wassili Fjodor Kyrill Jelena Ljudmila`,
  ar: `Abdallah Abdel Abdelaziz Abdelkader Abdelmadjid Abdul Abdullah Abou Ahmad Ahmed Ali Amina Amin Amine Anouar
  Anwar Ayman Aziz Bachar Bashar Béchir Bilal Chérif Djamel Fadi Farid Fatima Fatma Faycal Fayçal Habib Hafez
  Hamid Hamza Hassan Hassane Hicham Hocine Hosni Houari Hussein Ibrahim Idriss Ismaïl Ismail Jamal Karim Khaled
  Khalid Leïla Leila Mahmoud Malik Mamadou Mohamed Mohammed Mohammad Mouammar Mouhammad Moustafa Mustafa Nabil
  Nadia Nasser Nouri Omar Oussama Rachid Rafik Ramzi Riad Saad Saïd Said Salah Salim Samir Samira Sami Tarek Tariq
  Walid Yacine Yasser Youssef Yusuf Zine Zineddine Recep Tayyip Ahmet Mehmet Kemal Bülent Ekrem Binali Ebrahim
  Javad Akbar Mir-Hossein Ruhollah Benyamin Benjamin Yitzhak Shimon Ehud Ariel Golda Menahem Naftali Yaïr Yair
  Moshe Avigdor Ismaël Amadou Boubacar Ousmane Moussa Macky Abdoulaye Alassane Laurent Félix Denis Paul Blaise
  Kofi Nelson Thabo Jacob Cyril Robert Jomo Uhuru Julius Kwame Olusegun Goodluck Muhammadu Bola Yoweri Joseph
  Patrice Sékou Modibo Léopold Haile Abiy Meles`,
  // More names by language and region, from general knowledge, chosen among those that are no common noun, verb,
  // adjective or place in any language recoupe reads ("Grace", "Drew", "Florence", "Mercedes", "Jan" are left out).
  world: `Alec Alfie Allison Alyssa Andre Andy Angie Anita Annie Archie Arlene Ava Belinda Bella Bert Beth Bethany
  Bianca Brendan Brett Bridget Brittany Brooke Bryce Caitlin Calum Cameron Candace Carrie Casey Cassandra Cathy Cecil
  Cecilia Chad Chloe Clint Clifford Cody Colleen Connie Courtney Curtis Dale Dana Daphne Darryl Dave Delia Denise
  Desmond Devin Dexter Dominic Dora Dustin Earl Eddie Edna Eli Elisa Ella Ellie Elliot Elliott Elsie Elvis Emilia
  Erica Erin Ethel Eva Evan Felicity Fiona Floyd Freddie Gavin Gemma Geraldine Gerry Gina Gwen Gwendolyn Hailey
  Harvey Hazel Heidi Herman Hilary Holly Hugh Isabella Isla Jackie Jared Jasmine Jenna Jenny Jesse Jessie Joanna
  Joanne Jodie Joel Johanna Josh Juliet Katie Keira Kelvin Kenny Kirsty Kristen Kristin Kyle Lacey Lara Leah Lena
  Leroy Lewis Liam Lillian Lindsay Lindsey Lorna Lorraine Louie Luther Lydia Lyle Maggie Marcus Marjorie Marlene
  Marsha Marvin Matt Maureen Maxine Melvin Meredith Millie Milton Miranda Miriam Molly Monica Nathaniel Nigel Nina
  Nora Norma Owen Patsy Penelope Percy Phoebe Phyllis Priscilla Quentin Quinton Rashad Reggie Rhonda Rita Roberta
  Rodney Ronnie Rosemary Rowan Rudy Rupert Sabrina Sadie Sally Sammy Sasha Shane Shaun Shawn Sheila Shelby Sherry
  Sonia Sonya Stacy Stella Sylvia Tammy Tanya Tara Terence Tessa Thelma Tiffany Tommy Tracey Travis Trevor Tyrone
  Valerie Vanessa Vernon Veronica Vicky Viola Vivian Wes Wesley Whitney Wilbur Wilfred Wilma Zoe LeBron Usain
  Eliud Rory Gareth Kylian Jannik Daniil Stefanos Aryna Garbiñe Angelique Serena Sloane Zlatan Erling Sadio Karim
  Adrián Alicia Andrea Camila Catalina Daniela Elvira Emilia Fabián Florencia Gabriela Graciela Héctor Hugo Irene
  Jimena Josefina Julia Laura Leticia Luciana Lucas Luisa Marcos Natalia Nuria Olga Patricia Paula Ramiro Rubén
  Silvia Sofía Susana Valentina Verónica Víctor Ximena Alessia Carlo Cristiano Daniele Davide Dario Elisa Emanuele
  Enrico Fabio Federica Filippo Francesca Gianluca Gianni Giacomo Giorgia Giorgio Giovanna Giovanni Giulia Giulio
  Giuseppe Ilaria Luca Luigi Marco Mario Massimo Matteo Mattia Maurizio Michele Nicola Paola Paolo Pietro Riccardo
  Sara Silvio Stefania Stefano Tommaso Valerio Vittorio Adriana Antônio Débora Heitor Igor Juliana Larissa Leonardo
  Letícia Luana Mariana Matheus Murilo Neymar Otávio Rafaela Renata Sérgio Thiago Tiago Vinícius Vitor Annalena
  Christoph Dieter Elke Erich Friedrich Gerhard Gregor Günter Hans Heike Heinrich Heinz Helga Horst Jens Jörg
  Jürgen Katja Kurt Lothar Manfred Markus Martina Matthias Norbert Olaf Ralf Renate Sahra Sigmar Steffen Susanne
  Thorsten Tobias Ulrich Uwe Volker Werner Wolfgang Alina Andreea Claudiu Corina Cosmin Dacian Dorin Dragoș Emil
  Florin Gheorghe Horia Ioana Ion Ionuț Iulian Liviu Lucian Marian Mihaela Mihai Mircea Nicolae Nicușor Ovidiu Petre
  Radu Raluca Sorin Ștefan Teodor Traian Vasile Viorica Vlad Novak Goran Zoran Dragan Slobodan Marko Luka Nikola
  Dušan Aleksandar Miroslav Jaroslav Václav Tomáš Jiří Petr Pavel Karel Andrzej Krzysztof Piotr Tadeusz Wojciech
  Jarosław Mateusz Katarzyna Agnieszka Małgorzata Beata Ewa Viktor Ferenc László István Zoltán János Attila Katalin
  Petra Simona Karolína Markéta Jelena Milica Dragana Ivana Ivo Zlatko Davor Franjo Kolinda Andrej Janez Borut Milo
  Nataša Olena Oksana Yulia Volodymyr Petro Vitali Vitaliy Oleksandr Oleksiy Dmytro Yuliya Taras Bohdan Mykola
  Serhiy Andriy Lars Anders Björn Sven Nils Ingrid Astrid Sigrid Magnus Erik Henrik Mette Ulf Göran Jonas Mats Leif
  Gunnar Karin Annika Ulrika Frida Maja Elsa Mikael Niklas Kristian Sauli Sanna Antti Juha Matti Pekka Jari Kimi
  Valtteri Geert Wopke Jeroen Pieter Sander Ruud Johan Joost Maarten Willem Wim Bram Koen Sanne Femke Frans Hendrik
  Kaja Gitanas Egils Kyriakos Yanis Giorgos Georgios Konstantinos Nikos Dimitris Yannis Antonis Evangelos Katerina
  Eleni Recep Tayyip Ahmet Mehmet Mustafa Kemal Ekrem Binali Devlet Selahattin Hakan Emine Fatma Ayşe Zeynep Hossein
  Ebrahim Masoud Mahmoud Reza Yoav Bezalel Itamar Gideon Yossi Tzipi Yaakov Akira Haruki Hiroshi Takeshi Kenji Taro
  Yoshihiko Shigeru Priyanka Arvind Amit Mamata Rohit Virat Sachin Prabowo Bassirou Samia Emmerson Hage Mamadou
  Idriss Mahamat Faure Assimi Ibrahim Kaïs Béji Hosni Mohamed Bashar Hafez Muammar Saif Fayez`,
  other: `Narendra Manmohan Indira Rajiv Rahul Atal Jawaharlal Mahatma Benazir Nawaz Imran Pervez Shinzo Fumio Junichiro
  Yoshihide Naoto Yukio Yoon Ngo Aung Thaksin Yingluck Rodrigo Ferdinand Corazon Gloria Joko Susilo Mahathir Anwar
  Najib Sukarno Suharto Hamid Ashraf Mohammad Jacinda Malcolm Kevin Julia Scott Anthony Justin Stephen
  Pierre-Elliott Brian Jean-Claude Jean-Pierre Jean-Paul Jean-Luc Jean-Marc Jean-Louis Jean-Yves Jean-François
  Jean-Jacques Jean-Michel Jean-Philippe Jean-Baptiste Marie-Claude Marie-France Marie-Christine Marie-Thérèse
  Marie-Louise Anne-Marie Pierre-Yves Paul-Henri Charles-Henri Dilma Evo Nicolás Juan Cristina Néstor
  Mauricio Alberto Javier Gabriel Gustavo Andrés Sebastián Michelle Ricardo Ollanta Ernesto Fidel Raúl Miguel
  Daniel Violeta Rafael Lenín Iván Álvaro Jair Luiz Michel`,
};
