import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in Français (French): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const fr: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'Vidéos de CSAM générées par IA trouvées par l’IWF',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'Vidéos de contenus d’abus sexuels sur enfants (CSAM) que l’Internet Watch Foundation a évaluées comme générées par IA, par année.',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'L’IWF fait état de 3 443 vidéos générées par IA en 2025 contre 13 en 2024, dans son rapport « Harm without limits » (24 mars 2026), et non dans un rapport annuel 2025 comme l’indique le rapport. Un billet de blog de l’IWF arrondit à 3 440 ; la presse écrit aussi « multiplié par 260 ».',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    'Les « +26 385 % » du rapport sont calculés à partir de ces deux chiffres : 100 × (3 443 − 13) / 13 = 26 384,6.',
  'AI-generated CSAM images and videos found by the IWF':
    'Images et vidéos de CSAM générées par IA trouvées par l’IWF',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'Images et vidéos réalistes d’abus sexuels sur enfants générées par IA, trouvées par l’IWF.',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    'Aucun document de l’IWF ne mentionne 15 036. L’IWF signale 8 029 images et vidéos réalistes générées par IA en 2025, soit 14 % de plus qu’en 2024 ; 15 036 est probablement la somme des deux années.',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF : 8 029 images et vidéos réalistes générées par IA en 2025, en hausse de 14 % par rapport à 2024.',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    'Le total de 15 036 sur deux ans n’est pas donné par l’IWF ; le chiffre de 8 029 pour 2025, si.',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'Les deux lignes se recoupent (2025 est compris dans 2024–2025) : ne les additionnez jamais et ne les lisez jamais comme une série.',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    'Si 15 036 est la somme de 2024 et 2025, le chiffre de l’IWF pour 2024 serait de 7 007, et 8 029 représenterait 14,6 % de plus : proche des « +14 % » de l’IWF, mais pas exact.',
  'Category A share of AI and non-AI CSAM videos':
    'Part de la catégorie A parmi les vidéos de CSAM générées par IA et non générées par IA',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'Part des vidéos que l’IWF a classées en catégorie A, la catégorie la plus grave selon le droit britannique.',
  'AI-generated videos': 'Vidéos générées par IA',
  'AI-generated CSAM videos': 'vidéos de CSAM générées par IA',
  'Non-AI videos': 'Vidéos non générées par IA',
  'non-AI CSAM videos': 'vidéos de CSAM non générées par IA',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    'Même rapport 2025 de l’IWF : 65 % des 3 443 vidéos générées par IA (2 233) relevaient de la catégorie A, contre 43 % des vidéos non générées par IA.',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'La part des vidéos générées par IA est calculée à partir des chiffres de l’IWF (2 233 sur 3 443 vidéos) et arrondie comme l’IWF arrondit ; l’IWF donne la part des vidéos non générées par IA sans les chiffres.',
  'Victims depicted as girls in CSAM': 'Victimes représentées comme des filles dans les CSAM',
  'Share of the victims depicted who are girls.': 'Part des victimes représentées qui sont des filles.',
  'Victims depicted as girls (as the report states)':
    'Victimes représentées comme des filles (selon le rapport)',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'victimes représentées dans les CSAM générés par IA, selon le rapport (la part de l’IWF pour 2021, tous contenus confondus)',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    '97 % de filles est un chiffre de l’IWF pour 2021 et pour l’ensemble des contenus, pas pour les contenus générés par IA. Pour ces derniers, l’IWF indique 98 % de filles en 2024 et 94 % en 2025.',
  'Victims depicted as girls in AI imagery, 2025':
    'Victimes représentées comme des filles dans les contenus générés par IA, 2025',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'victimes représentées dans les CSAM générés par IA que l’IWF a évalués en 2025',
  'Girls, AI imagery, 2024': 'Filles, contenus générés par IA, 2024',
  'victims depicted in AI CSAM': 'victimes représentées dans les CSAM générés par IA',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': 'Filles, contenus générés par IA, 2025',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    'Chiffre de l’IWF pour les contenus générés par IA en 2025 ; la vérification n’a relevé aucun document de l’IWF qui le donne.',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    'Les 97 % du rapport sont le chiffre de l’IWF pour 2021, tous contenus confondus ; voir les lignes propres à l’IA.',
  'AI-generated CSAM in one dark-web forum': 'CSAM générés par IA sur un forum du dark web',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'Images d’abus sexuels sur enfants générées par IA publiées sur un forum du dark web en un mois, et la part suffisamment réaliste pour être traitée en droit comme de véritables CSAM.',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'Images de CSAM générées par IA publiées sur un forum du dark web en un mois',
  'Realistic enough to be prosecuted (as the report states)':
    'Assez réalistes pour donner lieu à des poursuites (selon le rapport)',
  'AI images in the forum, as the report states it': 'images générées par IA sur le forum, selon le rapport',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'L’étude est celle de l’IWF (octobre 2023), pas celle de Stanford. Sur 2 978 images jugées illégales, 2 562 étaient assez réalistes pour être traitées comme de véritables CSAM selon le droit britannique : 86 %, et non 90 %.',
  'Realistic enough to be treated as real CSAM under UK law':
    'Assez réalistes pour être traitées comme de véritables CSAM selon le droit britannique',
  'the 2,978 AI images the IWF assessed as criminal':
    'les 2 978 images générées par IA que l’IWF a jugées illégales',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    'Éditeur et pourcentage corrigés : les 20 254 images et la part proviennent du rapport de l’IWF d’octobre 2023 sur ce forum. Le résultat de Stanford qui s’en rapproche est différent : 3 226 images soupçonnées d’être des CSAM dans le jeu d’entraînement LAION-5B, dont 1 008 confirmées par des tiers (décembre 2023).',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    'Chiffres de l’éditeur : 2 562 images réalistes sur 2 978 jugées illégales ; la part de l’éditeur est calculée à partir de ces chiffres.',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    'Dénominateurs : sur les 20 254 images publiées, l’IWF en a évalué 11 108 ; 2 978 d’entre elles étaient illégales. La part porte sur les images illégales, pas sur toutes les images publiées.',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    'Résultat connexe de Stanford : Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI':
    'Signalements au CyberTipline du NCMEC impliquant l’IA générative',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    'Signalements au CyberTipline impliquant l’IA générative reçus par le National Center for Missing & Exploited Children.',
  'NCMEC’s 2023 CyberTipline data.': 'Données 2023 du CyberTipline du NCMEC.',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    'Chiffre 2024 du NCMEC, tel que rapporté par la presse (NYT, Bloomberg).',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'Le chiffre propre du NCMEC pour les signalements impliquant l’IA générative de janvier à juin 2025 est de 440 419 (contre 6 835 sur les mêmes mois de 2024) ; 485 000 figure dans des articles de presse (NYT). De janvier à septembre 2025, le NCMEC en a compté « plus d’un million » (selon NBC News). Selon le rapport, 380 000 des 485 000 venaient d’Amazon AI Services : la presse fait état d’environ 380 000 contenus de CSAM déjà connus qu’Amazon a trouvés dans des données collectées pour entraîner des modèles d’IA, sans période. Ce ne sont pas des contenus générés par IA et ils ne font pas partie de ce chiffre.',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    'Les chiffres de 2023 et 2024 sont confirmés ; pour le premier semestre 2025, le chiffre propre du NCMEC est de 440 419, et non de 485 000.',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    'Le premier semestre 2025 ne couvre que janvier à juin 2025 : comparez-le au premier semestre 2024 (6 835 selon les chiffres propres du NCMEC), pas à une année entière.',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'Le NCMEC compte les signalements au CyberTipline impliquant l’IA générative, pas seulement les signalements de CSAM générés par IA.',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    'Aucun éditeur n’indique si les 67 000 signalements de 2024 (NCMEC, tel que rapporté par la presse) et les 6 835 du NCMEC pour janvier à juin 2024 comptent la même chose.',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    'Signalements au CyberTipline du NCMEC impliquant l’IA générative, premier semestre 2024 et 2025',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    'Signalements au CyberTipline impliquant l’IA générative, de janvier à juin de chaque année, tels que publiés par le NCMEC.',
  'NCMEC’s own figures.': 'Chiffres propres du NCMEC.',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'Contenus de CSAM déjà connus qu’Amazon dit avoir trouvés dans des données d’entraînement d’IA (environ 380 000)',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    'Environ 380 000 contenus de CSAM déjà connus (correspondances d’empreintes numériques) qu’Amazon a trouvés dans des données collectées pour entraîner des modèles d’IA, selon la presse, sans période. Le rapport les compte comme des signalements de CSAM générés par IA provenant d’Amazon AI Services.',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'Environ 380 000 contenus de CSAM déjà connus (correspondances d’empreintes numériques) qu’Amazon a trouvés dans des données collectées pour entraîner des modèles d’IA, et non des contenus générés par IA ; la presse ne donne pas de période.',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    'Les « 78 % de tous les signalements de CSAM générés par IA » du rapport divisent ce nombre de CSAM connus dans des données d’entraînement par un nombre de signalements impliquant l’IA générative : les deux ne comptent pas la même chose.',
  'The press gives about 380,000: the figure is rounded.':
    'La presse donne environ 380 000 : le chiffre est arrondi.',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'Signalements d’OpenAI au CyberTipline du NCMEC, premier semestre 2024 et 2025',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'Signalements faits par OpenAI au CyberTipline du NCMEC, de janvier à juin de chaque année. Un signalement peut porter sur de nombreux contenus, comptés à part dans les chiffres sur les contenus.',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'Chiffres propres d’OpenAI, tels que rapportés par Wired : 947 signalements portant sur 3 252 contenus au premier semestre 2024, 75 027 signalements portant sur 74 559 contenus au premier semestre 2025.',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    'Le « 80× » du rapport compte des signalements : 75 027 au premier semestre 2025 contre 947 au premier semestre 2024, soit 79,2 fois plus. Les contenus concernés ont moins augmenté : de 3 252 à 74 559, soit 22,9 fois plus.',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'Contenus des signalements d’OpenAI au CyberTipline, premier semestre 2024 et 2025',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'Les contenus (images, vidéos, textes) sur lesquels portaient les signalements d’OpenAI au CyberTipline du NCMEC, de janvier à juin de chaque année.',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    'Signalements au NCMEC que le rapport attribue à trois entreprises d’IA (non vérifiés)',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    'Nombres de signalements au NCMEC que le rapport attribue à OpenAI, Amazon AI et Anthropic. Aucun document d’éditeur ne les contient, ils n’ont pas de période, et rien ne montre qu’il s’agit de signalements de CSAM créés avec les plateformes de ces entreprises.',
  '+9,650% YoY': '+9 650 % sur un an',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    'Affirmation du rapport : il ne donne aucun chiffre pour l’année précédente, la variation ne peut donc pas être recalculée.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'Introuvable dans une publication du NCMEC ; peut-être des chiffres 2024 du CyberTipline par fournisseur.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'Introuvable dans une publication du NCMEC ; peut-être des chiffres 2024 du CyberTipline par fournisseur. Le rapport de transparence d’Anthropic fait état de 859 images signalées d’avril 2024 à mars 2025.',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'Aucun de ces trois chiffres n’a été trouvé dans un document d’éditeur, et ils n’ont pas de période : ils sont présentés tels que le rapport les donne.',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    'Le « nouveau signalant » du rapport est douteux pour Amazon AI : Amazon, en tant qu’entreprise, faisait déjà des signalements au CyberTipline ; « Amazon AI » est peut-être un nom de signalant distinct.',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'Où étaient hébergées les pages web de CSAM confirmées par l’IWF en 2024',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'Part des pages web d’abus sexuels sur enfants confirmées par l’IWF en 2024, selon le pays où elles étaient hébergées.',
  Netherlands: 'Pays-Bas',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'Part des pages web de CSAM confirmées par pays d’hébergement, IWF 2024.',
  'United States': 'États-Unis',
  Bulgaria: 'Bulgarie',
  'Hong Kong': 'Hong Kong',
  Romania: 'Roumanie',
  'European Union': 'Union européenne',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    'Le rapport affirme que l’UE héberge 62 % des CSAM connus dans le monde (IWF, 2025). Le chiffre de l’IWF porte sur 2024 et correspond à une part des pages web de CSAM traitées par l’IWF : 181 112 pages web hébergées dans des pays de l’UE (140 911 en 2023), et non de tous les CSAM dans le monde.',
  'reports (webpages) the IWF confirmed as CSAM in 2024':
    'signalements (pages web) confirmés comme CSAM par l’IWF en 2024',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    'Le rapport date ces parts de 2025 (IWF, 2025) : ce sont les chiffres 2024 de l’IWF pour les pages web de CSAM confirmées (291 273 signalements confirmés en 2024). Le tableau par pays 2025 de l’IWF n’était pas définitif lors de la vérification ; aucune part pour 2025 n’est donc publiée ici.',
  'Countries not listed have no data here, which is not the same as zero.':
    'Les pays non listés n’ont pas de données ici, ce qui n’équivaut pas à zéro.',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    'Les parts portent sur les 291 273 pages web confirmées comme CSAM par l’IWF en 2024, et non sur tous les CSAM dans le monde ; celles des Pays-Bas et de l’UE sont calculées à partir des chiffres de l’IWF.',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'La Lituanie et la Pologne étaient en hausse en 2024 ; la vérification n’a pas relevé leurs parts exactes.',
  'The legal response to AI-generated CSAM': 'La réponse juridique aux CSAM générés par IA',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'Projets de loi et lois aux États-Unis et au Royaume-Uni portant sur les contenus d’abus sexuels sur enfants générés par IA.',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'États-Unis (niveau fédéral)',
  'Signed into law': 'Promulguée',
  'Platforms’ 48-hour removal duty applies':
    'L’obligation de retrait sous 48 heures pour les plateformes s’applique',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'Érige en infraction la publication d’images intimes non consenties, y compris celles générées par IA.',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    'Oblige les plateformes à retirer ces images dans les 48 heures suivant une demande valable.',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'Érige en infraction les images intimes non consenties, y compris les contenus générés par IA ; oblige les plateformes à les retirer sous 48 heures.',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    'Promulguée le 19 mai 2025 ; l’obligation de retrait sous 48 heures s’applique à partir du 19 mai 2026.',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    'Permet surtout aux victimes de poursuivre les plateformes (selon la vérification du texte).',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'Renforcerait la responsabilité des plateformes et étendrait les moyens d’enquête des forces de l’ordre sur les CSAM générés par IA.',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    'En attente, comme l’indique le rapport : S.1829 (119e Congrès) a été adopté par la commission judiciaire du Sénat mais n’a pas été voté par le Sénat. La vérification a montré qu’il permet surtout aux victimes de poursuivre les plateformes.',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': 'Adopté par le Sénat',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'Droit pénal relatif aux représentations visuelles obscènes d’enfants, y compris celles créées par IA.',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'Vise l’infrastructure permettant la diffusion de CSAM, notamment les hébergeurs et les prestataires de paiement.',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    'Statut confirmé : S.3021 a été adopté par le Sénat le 16 décembre 2025 et est en attente à la Chambre des représentants. La description du rapport (« vise les hébergeurs et les prestataires de paiement ») n’est pas confirmée par le texte, qui porte sur le droit pénal relatif aux représentations visuelles obscènes, y compris celles créées par IA.',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026 (« UK Crime and Policing Bill » dans le rapport)',
  'United Kingdom': 'Royaume-Uni',
  'Royal Assent': 'Sanction royale (Royal Assent)',
  'Offence on AI models for CSAM in force': 'Infraction relative aux modèles d’IA pour CSAM en vigueur',
  'An offence on AI models made or adapted to generate CSAM.':
    'Une infraction relative aux modèles d’IA conçus ou adaptés pour générer des CSAM.',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    'Érigerait en infraction les outils d’IA spécialement conçus ou modifiés pour générer des CSAM, y compris les modèles LoRA entraînés sur des contenus pédocriminels.',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    'Le rapport mentionne un projet de loi en cours ; il est devenu le Crime and Policing Act 2026 (sanction royale le 29 avril 2026), et son infraction relative aux modèles d’IA conçus ou adaptés pour générer des CSAM est entrée en vigueur le 29 juin 2026.',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    'Statuts tels que la vérification les a trouvés en novembre 2026 ; les statuts du rapport sont conservés dans `seedStatus` et ses descriptions dans `seedDescription`.',
  'The report names no source for its legal section: the sources here are those the check found.':
    'Le rapport ne cite aucune source pour sa partie juridique : les sources indiquées ici sont celles trouvées par la vérification.',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    'La description de l’ENFORCE Act dans le rapport (hébergeurs et prestataires de paiement) n’est pas confirmée par le texte.',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'de hausse des vidéos de CSAM générées par IA trouvées par l’IWF, de 2024 à 2025',
  'increase in AI-generated CSAM videos': 'de hausse des vidéos de CSAM générées par IA',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'images et vidéos de CSAM générées par IA trouvées par l’IWF en 2024 et 2025 au total, selon le rapport',
  'total AI CSAM items found (2 years)': 'contenus de CSAM générés par IA trouvés au total (2 ans)',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    'signalements au CyberTipline du NCMEC impliquant l’IA générative, premier semestre 2025 (janvier à juin)',
  'NCMEC AI-CSAM reports (H1 2025)': 'signalements de CSAM générés par IA au NCMEC (premier semestre 2025)',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    'des victimes représentées sont des filles, selon le rapport (la part de l’IWF pour 2021, tous CSAM confondus)',
  'of AI CSAM victims depicted as girls': 'des victimes de CSAM générés par IA représentées comme des filles',
};
