import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in Polski (Polish): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const pl: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'Filmy CSAM wygenerowane przez AI wykryte przez IWF',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'Filmy przedstawiające seksualne wykorzystywanie dzieci (CSAM), które Internet Watch Foundation oceniła jako wygenerowane przez AI, w podziale na lata.',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'IWF podaje 3443 filmy wygenerowane przez AI w 2025 roku wobec 13 w 2024 roku, w raporcie „Harm without limits” (24 marca 2026), a nie w raporcie rocznym za 2025 rok, jak twierdzi raport. Jeden z wpisów na blogu IWF zaokrągla tę liczbę do 3440; prasa pisze też o „260-krotnym” wzroście.',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    'Podane w raporcie „+26 385%” wyliczono z tych dwóch liczb: 100 × (3443 − 13) / 13 = 26 384,6.',
  'AI-generated CSAM images and videos found by the IWF':
    'Obrazy i filmy CSAM wygenerowane przez AI wykryte przez IWF',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'Realistyczne obrazy i filmy przedstawiające seksualne wykorzystywanie dzieci, wygenerowane przez AI i wykryte przez IWF.',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    'Żaden dokument IWF nie podaje liczby 15 036. IWF informuje o 8029 realistycznych obrazach i filmach wygenerowanych przez AI w 2025 roku, o 14% więcej niż w 2024 roku; 15 036 to prawdopodobnie suma obu lat.',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF: 8029 realistycznych obrazów i filmów wygenerowanych przez AI w 2025 roku, o 14% więcej niż w 2024 roku.',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    'IWF nie podaje łącznej liczby 15 036 za dwa lata; podaje natomiast liczbę 8029 za 2025 rok.',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'Te dwa wiersze się pokrywają (2025 mieści się w okresie 2024–2025): nigdy ich nie sumuj i nigdy nie czytaj ich jako szeregu.',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    'Jeśli 15 036 to suma lat 2024 i 2025, liczba IWF za 2024 rok wynosiłaby 7007, a 8029 byłoby o 14,6% więcej: blisko „+14%” podawanych przez IWF, ale nie dokładnie.',
  'Category A share of AI and non-AI CSAM videos':
    'Udział kategorii A wśród filmów CSAM wygenerowanych i niewygenerowanych przez AI',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'Udział filmów, które IWF zaklasyfikowała do kategorii A, najcięższej kategorii według prawa Wielkiej Brytanii.',
  'AI-generated videos': 'Filmy wygenerowane przez AI',
  'AI-generated CSAM videos': 'filmy CSAM wygenerowane przez AI',
  'Non-AI videos': 'Filmy niewygenerowane przez AI',
  'non-AI CSAM videos': 'filmy CSAM niewygenerowane przez AI',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    'Ten sam raport IWF za 2025 rok: 65% z 3443 filmów wygenerowanych przez AI (2233) należało do kategorii A, wobec 43% filmów niewygenerowanych przez AI.',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'Udział dla AI wyliczono z liczb IWF (2233 z 3443 filmów) i zaokrąglono tak, jak zaokrągla IWF; IWF podaje udział dla filmów bez AI bez liczb bezwzględnych.',
  'Victims depicted as girls in CSAM': 'Ofiary przedstawione jako dziewczynki w CSAM',
  'Share of the victims depicted who are girls.': 'Udział przedstawionych ofiar, które są dziewczynkami.',
  'Victims depicted as girls (as the report states)':
    'Ofiary przedstawione jako dziewczynki (według raportu)',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'ofiary przedstawione w CSAM wygenerowanych przez AI, według raportu (udział IWF z 2021 roku dla wszystkich materiałów)',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    '97% dziewczynek to liczba IWF za 2021 rok i dla wszystkich materiałów, a nie dla materiałów wygenerowanych przez AI. Dla materiałów wygenerowanych przez AI IWF podaje 98% dziewczynek w 2024 roku i 94% w 2025 roku.',
  'Victims depicted as girls in AI imagery, 2025':
    'Ofiary przedstawione jako dziewczynki w materiałach wygenerowanych przez AI, 2025',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'ofiary przedstawione w CSAM wygenerowanych przez AI, które IWF oceniła w 2025 roku',
  'Girls, AI imagery, 2024': 'Dziewczynki, materiały wygenerowane przez AI, 2024',
  'victims depicted in AI CSAM': 'ofiary przedstawione w CSAM wygenerowanych przez AI',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': 'Dziewczynki, materiały wygenerowane przez AI, 2025',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    'Liczba IWF dla materiałów wygenerowanych przez AI w 2025 roku; weryfikacja nie odnotowała dokumentu IWF, który by ją podawał.',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    'Podane w raporcie 97% to liczba IWF z 2021 roku dla wszystkich materiałów; zob. wiersze dotyczące AI.',
  'AI-generated CSAM in one dark-web forum': 'CSAM wygenerowane przez AI na jednym forum w dark webie',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'Obrazy przedstawiające seksualne wykorzystywanie dzieci, wygenerowane przez AI i opublikowane na jednym forum w dark webie w ciągu jednego miesiąca, oraz udział tak realistycznych, że prawo traktuje je jak prawdziwe CSAM.',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'Obrazy CSAM wygenerowane przez AI i opublikowane na jednym forum w dark webie w ciągu jednego miesiąca',
  'Realistic enough to be prosecuted (as the report states)':
    'Na tyle realistyczne, by mogły być ścigane (według raportu)',
  'AI images in the forum, as the report states it': 'obrazy wygenerowane przez AI na forum, według raportu',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'Badanie przeprowadziła IWF (październik 2023), a nie Stanford. Spośród 2978 obrazów ocenionych jako nielegalne 2562 były na tyle realistyczne, że według prawa Wielkiej Brytanii traktuje się je jak prawdziwe CSAM: 86%, a nie 90%.',
  'Realistic enough to be treated as real CSAM under UK law':
    'Na tyle realistyczne, że według prawa Wielkiej Brytanii traktuje się je jak prawdziwe CSAM',
  'the 2,978 AI images the IWF assessed as criminal':
    '2978 obrazów wygenerowanych przez AI, które IWF oceniła jako nielegalne',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    'Wydawca i odsetek poprawione: 20 254 obrazy i udział pochodzą z raportu IWF o forum z października 2023 roku. Powiązane ustalenie Stanford jest inne: 3226 obrazów podejrzanych o to, że są CSAM, w zbiorze treningowym LAION-5B, z czego 1008 potwierdzono zewnętrznie (grudzień 2023).',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    'Liczby wydawcy: 2562 realistyczne z 2978 ocenionych jako nielegalne; udział wydawcy wyliczono z tych liczb.',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    'Mianowniki: spośród 20 254 opublikowanych obrazów IWF oceniła 11 108; 2978 z nich było nielegalnych. Udział dotyczy obrazów nielegalnych, a nie wszystkich opublikowanych.',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    'Powiązane ustalenie Stanford: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI':
    'Zgłoszenia do CyberTipline NCMEC związane z generatywną AI',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    'Zgłoszenia do CyberTipline związane z generatywną AI, które otrzymało National Center for Missing & Exploited Children.',
  'NCMEC’s 2023 CyberTipline data.': 'Dane CyberTipline NCMEC za 2023 rok.',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    'Liczba NCMEC za 2024 rok według doniesień prasy (NYT, Bloomberg).',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'Własna liczba NCMEC dotycząca zgłoszeń związanych z generatywną AI od stycznia do czerwca 2025 roku to 440 419 (wobec 6835 w tych samych miesiącach 2024 roku); 485 000 pojawia się w doniesieniach prasowych (NYT). Od stycznia do września 2025 roku NCMEC naliczyło „ponad milion” (według NBC News). Według raportu 380 000 z 485 000 pochodziło od Amazon AI Services: prasa podaje około 380 000 znanych już materiałów CSAM, które Amazon znalazł w danych zebranych do trenowania modeli AI, bez okresu. Nie są to materiały wygenerowane przez AI i nie wchodzą w tę liczbę.',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    'Liczby za 2023 i 2024 rok są potwierdzone; za pierwsze półrocze 2025 roku własna liczba NCMEC to 440 419, a nie 485 000.',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    'Pierwsze półrocze 2025 roku obejmuje tylko okres od stycznia do czerwca 2025 roku: porównuj je z pierwszym półroczem 2024 roku (6835 według własnych danych NCMEC), a nie z całym rokiem.',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'NCMEC liczy zgłoszenia do CyberTipline związane z generatywną AI, a nie tylko zgłoszenia CSAM wygenerowanych przez AI.',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    'Żaden wydawca nie mówi, czy 67 000 zgłoszeń za 2024 rok (NCMEC według doniesień prasy) i własne 6835 NCMEC za okres od stycznia do czerwca 2024 roku liczą to samo.',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    'Zgłoszenia do CyberTipline NCMEC związane z generatywną AI, pierwsze półrocze 2024 i 2025 roku',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    'Zgłoszenia do CyberTipline związane z generatywną AI, od stycznia do czerwca każdego roku, tak jak opublikowało je NCMEC.',
  'NCMEC’s own figures.': 'Własne dane NCMEC.',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'Znane już materiały CSAM, które według Amazon znaleziono w danych treningowych AI (około 380 000)',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    'Około 380 000 znanych już materiałów CSAM (dopasowania hashy), które Amazon znalazł w danych zebranych do trenowania modeli AI, według doniesień prasy, bez okresu. Raport liczy je jako zgłoszenia CSAM wygenerowanych przez AI od Amazon AI Services.',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'Około 380 000 znanych już materiałów CSAM (dopasowania hashy), które Amazon znalazł w danych zebranych do trenowania modeli AI, a nie materiały wygenerowane przez AI; prasa nie podaje okresu.',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    'Podane w raporcie „78% wszystkich zgłoszeń CSAM wygenerowanych przez AI” dzieli tę liczbę znanych CSAM w danych treningowych przez liczbę zgłoszeń związanych z generatywną AI: obie liczby dotyczą czego innego.',
  'The press gives about 380,000: the figure is rounded.':
    'Prasa podaje około 380 000: liczba jest zaokrąglona.',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'Zgłoszenia OpenAI do CyberTipline NCMEC, pierwsze półrocze 2024 i 2025 roku',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'Zgłoszenia, które OpenAI przekazało do CyberTipline NCMEC, od stycznia do czerwca każdego roku. Jedno zgłoszenie może dotyczyć wielu treści, liczonych osobno w danych o treściach.',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'Własne dane OpenAI według Wired: 947 zgłoszeń dotyczących 3252 treści w pierwszym półroczu 2024 roku, 75 027 zgłoszeń dotyczących 74 559 treści w pierwszym półroczu 2025 roku.',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    'Podane w raporcie „80×” dotyczy zgłoszeń: 75 027 w pierwszym półroczu 2025 roku wobec 947 w pierwszym półroczu 2024 roku, czyli 79,2 razy więcej. Treści, których dotyczyły, przybyło mniej: z 3252 do 74 559, czyli 22,9 razy więcej.',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'Treści w zgłoszeniach OpenAI do CyberTipline, pierwsze półrocze 2024 i 2025 roku',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'Treści (obrazy, filmy, tekst), których dotyczyły zgłoszenia OpenAI do CyberTipline NCMEC, od stycznia do czerwca każdego roku.',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    'Zgłoszenia do NCMEC, które raport przypisuje trzem firmom AI (niepotwierdzone)',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    'Liczby zgłoszeń do NCMEC, które raport przypisuje OpenAI, Amazon AI i Anthropic. Nie zawiera ich żaden dokument wydawcy, nie mają okresu i nic nie wskazuje, że są to zgłoszenia CSAM stworzonych za pomocą platform tych firm.',
  '+9,650% YoY': '+9650% r/r',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    'Twierdzenie raportu: nie podaje on liczby za poprzedni rok, więc zmiany nie da się przeliczyć.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'Nie znaleziono w publikacji NCMEC; być może liczby CyberTipline za 2024 rok w podziale na dostawców.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'Nie znaleziono w publikacji NCMEC; być może liczby CyberTipline za 2024 rok w podziale na dostawców. Raport przejrzystości Anthropic podaje 859 obrazów zgłoszonych od kwietnia 2024 do marca 2025 roku.',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'Żadnej z tych trzech liczb nie znaleziono w dokumencie wydawcy i nie mają one okresu: pokazano je tak, jak podaje je raport.',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    '„Nowy zgłaszający” z raportu budzi wątpliwości w przypadku Amazon AI: Amazon jako firma zgłaszał już wcześniej do CyberTipline; „Amazon AI” może być osobną nazwą zgłaszającego.',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'Gdzie były hostowane strony internetowe z CSAM potwierdzone przez IWF w 2024 roku',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'Udział stron internetowych przedstawiających seksualne wykorzystywanie dzieci, potwierdzonych przez IWF w 2024 roku, według kraju, w którym były hostowane.',
  Netherlands: 'Holandia',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'Udział potwierdzonych stron internetowych z CSAM według kraju hostingu, IWF 2024.',
  'United States': 'Stany Zjednoczone',
  Bulgaria: 'Bułgaria',
  'Hong Kong': 'Hongkong',
  Romania: 'Rumunia',
  'European Union': 'Unia Europejska',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    'Raport podaje, że UE hostuje 62% znanych CSAM na świecie (IWF, 2025). Liczba IWF dotyczy 2024 roku i jest udziałem w stronach internetowych z CSAM, wobec których IWF podjęła działania: 181 112 stron hostowanych w krajach UE (140 911 w 2023 roku), a nie we wszystkich CSAM na świecie.',
  'reports (webpages) the IWF confirmed as CSAM in 2024':
    'zgłoszeń (stron internetowych), które IWF potwierdziła jako CSAM w 2024 roku',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    'Raport datuje te udziały na 2025 rok (IWF, 2025): są to liczby IWF za 2024 rok dotyczące potwierdzonych stron z CSAM (291 273 zgłoszenia potwierdzone w 2024 roku). Tabela krajów IWF za 2025 rok nie była ostateczna w chwili weryfikacji, dlatego nie publikujemy tu udziałów za 2025 rok.',
  'Countries not listed have no data here, which is not the same as zero.':
    'Dla krajów, których nie wymieniono, nie ma tu danych, co nie oznacza zera.',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    'Udziały dotyczą 291 273 stron internetowych, które IWF potwierdziła jako CSAM w 2024 roku, a nie wszystkich CSAM na świecie; udziały Holandii i UE wyliczono z liczb IWF.',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'Udziały Litwy i Polski rosły w 2024 roku; weryfikacja nie odnotowała ich dokładnych wartości.',
  'The legal response to AI-generated CSAM': 'Odpowiedź prawna na CSAM wygenerowane przez AI',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'Projekty ustaw i ustawy w Stanach Zjednoczonych i Wielkiej Brytanii dotyczące materiałów przedstawiających seksualne wykorzystywanie dzieci wygenerowanych przez AI.',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'Stany Zjednoczone (poziom federalny)',
  'Signed into law': 'Podpisana i obowiązuje',
  'Platforms’ 48-hour removal duty applies':
    'Obowiązek usunięcia treści przez platformy w ciągu 48 godzin obowiązuje',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'Penalizuje publikowanie intymnych wizerunków bez zgody, także wygenerowanych przez AI.',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    'Zobowiązuje platformy do usunięcia takich wizerunków w ciągu 48 godzin od złożenia ważnego wniosku.',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'Penalizuje intymne wizerunki publikowane bez zgody, w tym treści wygenerowane przez AI; zobowiązuje platformy do ich usunięcia w ciągu 48 godzin.',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    'Podpisana 19 maja 2025 roku; obowiązek usunięcia w ciągu 48 godzin obowiązuje od 19 maja 2026 roku.',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    'Przede wszystkim pozwala ofiarom pozywać platformy (według weryfikacji projektu).',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'Zaostrzyłaby odpowiedzialność platform i rozszerzyła narzędzia organów ścigania do prowadzenia postępowań w sprawie CSAM wygenerowanych przez AI.',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    'W toku, jak podaje raport: S.1829 (119. Kongres) został przyjęty przez senacką Komisję Sądownictwa i nie został uchwalony przez Senat. Weryfikacja wykazała, że przede wszystkim pozwala ofiarom pozywać platformy.',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': 'Uchwalona przez Senat',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'Prawo karne dotyczące obscenicznych przedstawień wizualnych dzieci, także stworzonych przez AI.',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'Jest wymierzona w infrastrukturę umożliwiającą rozpowszechnianie CSAM, w tym dostawców hostingu i operatorów płatności.',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    'Status potwierdzony: S.3021 został uchwalony przez Senat 16 grudnia 2025 roku i czeka na rozpatrzenie przez Izbę Reprezentantów. Opis z raportu („wymierzona w dostawców hostingu i operatorów płatności”) nie znajduje potwierdzenia w tekście projektu, który dotyczy prawa karnego w zakresie obscenicznych przedstawień wizualnych, także stworzonych przez AI.',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026 (w raporcie „UK Crime and Policing Bill”)',
  'United Kingdom': 'Wielka Brytania',
  'Royal Assent': 'Królewska sankcja (Royal Assent)',
  'Offence on AI models for CSAM in force': 'Obowiązuje przestępstwo dotyczące modeli AI do tworzenia CSAM',
  'An offence on AI models made or adapted to generate CSAM.':
    'Przestępstwo dotyczące modeli AI stworzonych lub przystosowanych do generowania CSAM.',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    'Penalizowałaby narzędzia AI zaprojektowane lub zmodyfikowane specjalnie do generowania CSAM, w tym modele LoRA trenowane na materiałach przedstawiających wykorzystywanie.',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    'Raport wymienia projekt ustawy w toku; stał się on ustawą Crime and Policing Act 2026 (Royal Assent 29 kwietnia 2026 roku), a jego przestępstwo dotyczące modeli AI stworzonych lub przystosowanych do generowania CSAM weszło w życie 29 czerwca 2026 roku.',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    'Statusy według weryfikacji z listopada 2026 roku; statusy z raportu zachowano jako `seedStatus`, a jego opisy jako `seedDescription`.',
  'The report names no source for its legal section: the sources here are those the check found.':
    'Raport nie podaje źródła dla części prawnej: źródła podane tutaj to te, które znalazła weryfikacja.',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    'Opis ENFORCE Act w raporcie (dostawcy hostingu i operatorzy płatności) nie znajduje potwierdzenia w tekście projektu.',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'wzrostu liczby filmów CSAM wygenerowanych przez AI wykrytych przez IWF, od 2024 do 2025 roku',
  'increase in AI-generated CSAM videos': 'wzrostu liczby filmów CSAM wygenerowanych przez AI',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'obrazów i filmów CSAM wygenerowanych przez AI wykrytych przez IWF łącznie w 2024 i 2025 roku, według raportu',
  'total AI CSAM items found (2 years)': 'wykrytych łącznie materiałów CSAM wygenerowanych przez AI (2 lata)',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    'zgłoszeń do CyberTipline NCMEC związanych z generatywną AI, pierwsze półrocze 2025 roku (styczeń–czerwiec)',
  'NCMEC AI-CSAM reports (H1 2025)':
    'zgłoszeń CSAM wygenerowanych przez AI do NCMEC (pierwsze półrocze 2025 roku)',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    'przedstawionych ofiar to dziewczynki, według raportu (udział IWF z 2021 roku dla wszystkich CSAM)',
  'of AI CSAM victims depicted as girls':
    'ofiar w CSAM wygenerowanych przez AI przedstawionych jako dziewczynki',
};
