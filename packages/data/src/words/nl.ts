import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in Nederlands (Dutch): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const nl: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'Door AI gemaakte CSAM-video’s die de IWF vond',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'Video’s met beelden van seksueel kindermisbruik (CSAM) die de Internet Watch Foundation als door AI gemaakt beoordeelde, per jaar.',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'De IWF noemt 3.443 door AI gemaakte video’s in 2025 tegenover 13 in 2024, in haar rapport ‘Harm without limits’ (24 maart 2026), niet in een jaarverslag 2025 zoals het rapport zegt. Een blog van de IWF rondt af op 3.440; de pers schrijft ook ‘260 keer zoveel’.',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    'De ‘+26.385%’ van het rapport is berekend uit deze twee aantallen: 100 × (3.443 − 13) / 13 = 26.384,6.',
  'AI-generated CSAM images and videos found by the IWF':
    'Door AI gemaakte CSAM-afbeeldingen en -video’s die de IWF vond',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'Realistische, door AI gemaakte afbeeldingen en video’s van seksueel kindermisbruik die de IWF vond.',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    'Geen document van de IWF noemt 15.036. De IWF meldt 8.029 realistische AI-afbeeldingen en -video’s in 2025, 14% meer dan in 2024; 15.036 is waarschijnlijk de som van de twee jaren.',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF: 8.029 realistische, door AI gemaakte afbeeldingen en video’s in 2025, 14% meer dan in 2024.',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    'Het tweejarige totaal van 15.036 wordt niet door de IWF genoemd; het aantal van 8.029 voor 2025 wel.',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'De twee rijen overlappen (2025 valt binnen 2024–2025): tel ze nooit op en lees ze nooit als een reeks.',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    'Als 15.036 de som van 2024 en 2025 is, zou het aantal van de IWF voor 2024 7.007 zijn, en zou 8.029 14,6% meer zijn: dicht bij de ‘+14%’ van de IWF, maar niet precies.',
  'Category A share of AI and non-AI CSAM videos': 'Aandeel categorie A in CSAM-video’s met en zonder AI',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'Aandeel van de video’s die de IWF in categorie A indeelde, de zwaarste categorie volgens het Britse recht.',
  'AI-generated videos': 'Door AI gemaakte video’s',
  'AI-generated CSAM videos': 'door AI gemaakte CSAM-video’s',
  'Non-AI videos': 'Video’s zonder AI',
  'non-AI CSAM videos': 'CSAM-video’s zonder AI',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    'Hetzelfde IWF-rapport over 2025: 65% van de 3.443 AI-video’s (2.233) viel in categorie A, tegenover 43% van de video’s zonder AI.',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'Het AI-aandeel is berekend uit de aantallen van de IWF (2.233 van 3.443 video’s) en afgerond zoals de IWF afrondt; de IWF geeft het aandeel zonder AI zonder aantallen.',
  'Victims depicted as girls in CSAM': 'Slachtoffers afgebeeld als meisjes in CSAM',
  'Share of the victims depicted who are girls.': 'Aandeel van de afgebeelde slachtoffers dat een meisje is.',
  'Victims depicted as girls (as the report states)':
    'Slachtoffers afgebeeld als meisjes (volgens het rapport)',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'slachtoffers afgebeeld in AI-CSAM, zoals het rapport het stelt (het IWF-aandeel over 2021 voor al het beeldmateriaal)',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    '97% meisjes is een IWF-cijfer over 2021 en voor al het beeldmateriaal, niet voor AI-beeldmateriaal. Voor AI-beeldmateriaal noemt de IWF 98% meisjes in 2024 en 94% in 2025.',
  'Victims depicted as girls in AI imagery, 2025':
    'Slachtoffers afgebeeld als meisjes in AI-beeldmateriaal, 2025',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'slachtoffers afgebeeld in de AI-CSAM die de IWF in 2025 beoordeelde',
  'Girls, AI imagery, 2024': 'Meisjes, AI-beeldmateriaal, 2024',
  'victims depicted in AI CSAM': 'slachtoffers afgebeeld in AI-CSAM',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': 'Meisjes, AI-beeldmateriaal, 2025',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    'IWF-cijfer voor AI-beeldmateriaal in 2025; de controle vond geen document van de IWF waarin het staat.',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    'De 97% van het rapport is het IWF-cijfer over 2021 voor al het beeldmateriaal; zie de rijen over AI.',
  'AI-generated CSAM in one dark-web forum': 'Door AI gemaakte CSAM op één darkwebforum',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'Door AI gemaakte afbeeldingen van seksueel kindermisbruik die in één maand op één darkwebforum werden geplaatst, en het aandeel dat realistisch genoeg is om juridisch als echte CSAM te gelden.',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'Door AI gemaakte CSAM-afbeeldingen die in één maand op één darkwebforum werden geplaatst',
  'Realistic enough to be prosecuted (as the report states)':
    'Realistisch genoeg om te vervolgen (volgens het rapport)',
  'AI images in the forum, as the report states it':
    'AI-afbeeldingen op het forum, zoals het rapport het stelt',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'Het onderzoek is van de IWF (oktober 2023), niet van Stanford. Van de 2.978 als strafbaar beoordeelde afbeeldingen waren er 2.562 realistisch genoeg om volgens het Britse recht als echte CSAM te gelden: 86%, niet 90%.',
  'Realistic enough to be treated as real CSAM under UK law':
    'Realistisch genoeg om volgens het Britse recht als echte CSAM te gelden',
  'the 2,978 AI images the IWF assessed as criminal':
    'de 2.978 AI-afbeeldingen die de IWF als strafbaar beoordeelde',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    'Uitgever en percentage gecorrigeerd: de 20.254 afbeeldingen en het aandeel komen uit het forumrapport van de IWF van oktober 2023. De verwante bevinding van Stanford is een andere: 3.226 vermoedelijke CSAM-afbeeldingen in de trainingsset LAION-5B, waarvan 1.008 extern bevestigd (december 2023).',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    'Aantallen van de uitgever: 2.562 realistische van 2.978 als strafbaar beoordeelde; het aandeel van de uitgever is daaruit berekend.',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    'Noemers: van de 20.254 geplaatste afbeeldingen beoordeelde de IWF er 11.108; daarvan waren er 2.978 strafbaar. Het aandeel is van de strafbare afbeeldingen, niet van alle geplaatste afbeeldingen.',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    'Verwante bevinding van Stanford: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI':
    'CyberTipline-meldingen aan NCMEC waarbij generatieve AI betrokken is',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    'CyberTipline-meldingen waarbij generatieve AI betrokken is, ontvangen door het National Center for Missing & Exploited Children.',
  'NCMEC’s 2023 CyberTipline data.': 'CyberTipline-gegevens van NCMEC over 2023.',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    'Aantal van NCMEC over 2024, zoals de pers het meldde (NYT, Bloomberg).',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'Het eigen cijfer van NCMEC voor meldingen waarbij generatieve AI betrokken is, van januari tot en met juni 2025, is 440.419 (tegenover 6.835 in dezelfde maanden van 2024); 485.000 staat in persberichten (NYT). Van januari tot en met september 2025 telde NCMEC ‘meer dan een miljoen’ (via NBC News). Volgens het rapport kwamen 380.000 van de 485.000 van Amazon AI Services: de pers noemt ongeveer 380.000 bekende CSAM-bestanden die Amazon vond in gegevens die waren verzameld om AI-modellen te trainen, zonder periode. Het is geen door AI gemaakt materiaal en het hoort niet bij dit aantal.',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    'De aantallen over 2023 en 2024 zijn bevestigd; voor de eerste helft van 2025 is het eigen cijfer van NCMEC 440.419, niet 485.000.',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    'De eerste helft van 2025 beslaat alleen januari tot en met juni 2025: vergelijk die met de eerste helft van 2024 (6.835 volgens de eigen cijfers van NCMEC), niet met een heel jaar.',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'NCMEC telt CyberTipline-meldingen waarbij generatieve AI betrokken is, niet alleen meldingen van door AI gemaakte CSAM.',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    'Geen uitgever zegt of de 67.000 meldingen over 2024 (NCMEC, zoals de pers het meldde) en de eigen 6.835 van NCMEC voor januari tot en met juni 2024 hetzelfde tellen.',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    'CyberTipline-meldingen aan NCMEC waarbij generatieve AI betrokken is, eerste helft van 2024 en 2025',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    'CyberTipline-meldingen waarbij generatieve AI betrokken is, januari tot en met juni van elk jaar, zoals NCMEC ze publiceerde.',
  'NCMEC’s own figures.': 'Eigen cijfers van NCMEC.',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'Bekende CSAM-bestanden die Amazon naar eigen zeggen in AI-trainingsgegevens vond (ongeveer 380.000)',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    'Ongeveer 380.000 bekende CSAM-bestanden (hash-overeenkomsten) die Amazon vond in gegevens die waren verzameld om AI-modellen te trainen, zoals de pers het meldde, zonder periode. Het rapport telt ze als AI-CSAM-meldingen van Amazon AI Services.',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'Ongeveer 380.000 bekende CSAM-bestanden (hash-overeenkomsten) die Amazon vond in gegevens die waren verzameld om AI-modellen te trainen, geen door AI gemaakt materiaal; de pers noemt geen periode.',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    'De ‘78% van alle AI-CSAM-meldingen’ van het rapport deelt dit aantal bekende CSAM in trainingsgegevens door een aantal meldingen waarbij generatieve AI betrokken is: de twee tellen verschillende dingen.',
  'The press gives about 380,000: the figure is rounded.':
    'De pers noemt ongeveer 380.000: het cijfer is afgerond.',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'CyberTipline-meldingen van OpenAI aan NCMEC, eerste helft van 2024 en 2025',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'Meldingen die OpenAI deed bij de CyberTipline van NCMEC, januari tot en met juni van elk jaar. Eén melding kan over veel bestanden gaan; die worden apart geteld in de cijfers over bestanden.',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'Eigen cijfers van OpenAI, zoals Wired ze meldde: 947 meldingen over 3.252 bestanden in de eerste helft van 2024, 75.027 meldingen over 74.559 bestanden in de eerste helft van 2025.',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    'De ‘80×’ van het rapport telt meldingen: 75.027 in de eerste helft van 2025 tegenover 947 in de eerste helft van 2024, 79,2 keer zoveel. De bestanden waarover ze gingen, groeiden minder: van 3.252 naar 74.559, 22,9 keer zoveel.',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'Bestanden in de CyberTipline-meldingen van OpenAI, eerste helft van 2024 en 2025',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'De bestanden (afbeeldingen, video’s, tekst) waarover de CyberTipline-meldingen van OpenAI aan NCMEC gingen, januari tot en met juni van elk jaar.',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    'Meldingen aan NCMEC die het rapport toeschrijft aan drie AI-bedrijven (niet bevestigd)',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    'Aantallen meldingen aan NCMEC die het rapport toeschrijft aan OpenAI, Amazon AI en Anthropic. Geen document van een uitgever bevat ze, ze hebben geen periode, en niets toont aan dat het meldingen zijn van CSAM die met de platforms van deze bedrijven is gemaakt.',
  '+9,650% YoY': '+9.650% op jaarbasis',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    'Bewering van het rapport: het geeft geen aantal voor het jaar ervoor, dus de verandering is niet na te rekenen.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'Niet gevonden in een publicatie van NCMEC; mogelijk CyberTipline-aantallen per aanbieder over 2024.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'Niet gevonden in een publicatie van NCMEC; mogelijk CyberTipline-aantallen per aanbieder over 2024. Het eigen transparantieverslag van Anthropic noemt 859 gemelde afbeeldingen van april 2024 tot en met maart 2025.',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'Geen van deze drie aantallen is gevonden in een document van een uitgever, en ze hebben geen periode: ze worden getoond zoals het rapport ze geeft.',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    'De ‘nieuwe melder’ van het rapport is twijfelachtig voor Amazon AI: Amazon als bedrijf meldde al eerder bij de CyberTipline; ‘Amazon AI’ is mogelijk een aparte meldersnaam.',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'Waar de CSAM-webpagina’s die de IWF in 2024 bevestigde werden gehost',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'Aandeel van de webpagina’s met seksueel kindermisbruik die de IWF in 2024 bevestigde, naar het land waar ze werden gehost.',
  Netherlands: 'Nederland',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'IWF-aandeel 2024 van bevestigde CSAM-webpagina’s naar hostingland.',
  'United States': 'Verenigde Staten',
  Bulgaria: 'Bulgarije',
  'Hong Kong': 'Hongkong',
  Romania: 'Roemenië',
  'European Union': 'Europese Unie',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    'Het rapport zegt dat de EU 62% van de bekende CSAM wereldwijd host (IWF, 2025). Het cijfer van de IWF geldt voor 2024 en is een aandeel van de CSAM-webpagina’s waartegen de IWF optrad: 181.112 webpagina’s gehost in EU-landen (140.911 in 2023), niet van alle CSAM wereldwijd.',
  'reports (webpages) the IWF confirmed as CSAM in 2024':
    'meldingen (webpagina’s) die de IWF in 2024 als CSAM bevestigde',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    'Het rapport dateert deze aandelen op 2025 (IWF, 2025): het zijn de IWF-cijfers over 2024 voor bevestigde CSAM-webpagina’s (291.273 bevestigde meldingen in 2024). De landentabel van de IWF over 2025 was bij de controle nog niet definitief, dus hier worden geen aandelen over 2025 gepubliceerd.',
  'Countries not listed have no data here, which is not the same as zero.':
    'Voor landen die niet genoemd worden, zijn hier geen gegevens, en dat is niet hetzelfde als nul.',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    'De aandelen zijn van de 291.273 webpagina’s die de IWF in 2024 als CSAM bevestigde, niet van alle CSAM wereldwijd; die van Nederland en de EU zijn berekend uit de aantallen van de IWF.',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'Litouwen en Polen stegen in 2024; hun precieze aandelen zijn bij de controle niet vastgelegd.',
  'The legal response to AI-generated CSAM': 'Het juridische antwoord op door AI gemaakte CSAM',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'Wetsvoorstellen en wetten in de Verenigde Staten en het Verenigd Koninkrijk over door AI gemaakt materiaal van seksueel kindermisbruik.',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'Verenigde Staten (federaal)',
  'Signed into law': 'Ondertekend en wet geworden',
  'Platforms’ 48-hour removal duty applies': 'Verwijderplicht binnen 48 uur voor platforms geldt',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'Stelt het publiceren van intieme beelden zonder toestemming strafbaar, ook als ze door AI zijn gemaakt.',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    'Verplicht platforms zulke beelden binnen 48 uur na een geldig verzoek te verwijderen.',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'Stelt intieme beelden zonder toestemming strafbaar, inclusief door AI gemaakte inhoud; verplicht platforms die binnen 48 uur te verwijderen.',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    'Ondertekend op 19 mei 2025; de verwijderplicht binnen 48 uur geldt vanaf 19 mei 2026.',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    'Laat vooral slachtoffers platforms aanklagen (zoals de controle het voorstel aantrof).',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'Zou de aansprakelijkheid van platforms aanscherpen en de middelen van opsporingsdiensten uitbreiden om door AI gemaakte CSAM te onderzoeken.',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    'In behandeling, zoals het rapport zegt: S.1829 (119e Congres) is door de justitiecommissie van de Senaat afgerond en is niet door de Senaat aangenomen. De controle vond dat het voorstel vooral slachtoffers platforms laat aanklagen.',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': 'Aangenomen door de Senaat',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'Strafrecht over obscene visuele afbeeldingen van kinderen, ook als ze door AI zijn gemaakt.',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'Richt zich op de infrastructuur die verspreiding van CSAM mogelijk maakt, waaronder hostingproviders en betalingsverwerkers.',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    'Status bevestigd: S.3021 is op 16 december 2025 door de Senaat aangenomen en ligt bij het Huis van Afgevaardigden. De beschrijving in het rapport (‘richt zich op hostingproviders en betalingsverwerkers’) wordt niet gestaafd door de tekst van het voorstel, dat over strafrecht voor obscene visuele afbeeldingen gaat, ook als ze door AI zijn gemaakt.',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026 (in het rapport ‘UK Crime and Policing Bill’)',
  'United Kingdom': 'Verenigd Koninkrijk',
  'Royal Assent': 'Koninklijke goedkeuring (Royal Assent)',
  'Offence on AI models for CSAM in force': 'Strafbaar feit over AI-modellen voor CSAM van kracht',
  'An offence on AI models made or adapted to generate CSAM.':
    'Een strafbaar feit over AI-modellen die zijn gemaakt of aangepast om CSAM te genereren.',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    'Zou AI-tools strafbaar stellen die speciaal zijn ontworpen of aangepast om CSAM te genereren, waaronder LoRA-modellen die zijn getraind op misbruikbeelden.',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    'Het rapport noemt een wetsvoorstel in behandeling; het werd de Crime and Policing Act 2026 (Royal Assent op 29 april 2026), en het strafbare feit over AI-modellen die zijn gemaakt of aangepast om CSAM te genereren, trad op 29 juni 2026 in werking.',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    'Statussen zoals de controle ze in november 2026 aantrof; de statussen van het rapport zijn bewaard als `seedStatus` en de beschrijvingen als `seedDescription`.',
  'The report names no source for its legal section: the sources here are those the check found.':
    'Het rapport noemt geen bron voor het juridische deel: de bronnen hier zijn die de controle vond.',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    'De beschrijving van de ENFORCE Act in het rapport (hostingproviders en betalingsverwerkers) wordt niet gestaafd door de tekst van het voorstel.',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'stijging van door AI gemaakte CSAM-video’s die de IWF vond, 2024 tot 2025',
  'increase in AI-generated CSAM videos': 'stijging van door AI gemaakte CSAM-video’s',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'AI-CSAM-afbeeldingen en -video’s die de IWF in 2024 en 2025 samen vond, volgens het rapport',
  'total AI CSAM items found (2 years)': 'AI-CSAM-bestanden gevonden in totaal (2 jaar)',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    'CyberTipline-meldingen aan NCMEC waarbij generatieve AI betrokken is, eerste helft van 2025 (januari tot en met juni)',
  'NCMEC AI-CSAM reports (H1 2025)': 'AI-CSAM-meldingen aan NCMEC (eerste helft van 2025)',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    'van de afgebeelde slachtoffers is een meisje, volgens het rapport (het IWF-aandeel over 2021 voor alle CSAM)',
  'of AI CSAM victims depicted as girls': 'van de slachtoffers in AI-CSAM afgebeeld als meisje',
};
