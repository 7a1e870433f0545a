import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in Svenska (Swedish): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const sv: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'AI-genererade CSAM-videor som IWF hittat',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'Videor med material som visar sexuella övergrepp mot barn (CSAM) som Internet Watch Foundation bedömt som AI-genererade, per år.',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'IWF anger 3 443 AI-genererade videor 2025 mot 13 år 2024, i sin rapport ”Harm without limits” (24 mars 2026), inte i en årsrapport för 2025 som rapporten säger. Ett blogginlägg från IWF avrundar till 3 440; pressen skriver också ”260 gånger fler”.',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    'Rapportens ”+26 385 %” är beräknat från dessa två antal: 100 × (3 443 − 13) / 13 = 26 384,6.',
  'AI-generated CSAM images and videos found by the IWF':
    'AI-genererade CSAM-bilder och -videor som IWF hittat',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'Realistiska AI-genererade bilder och videor som visar sexuella övergrepp mot barn och som IWF hittat.',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    'Inget dokument från IWF anger 15 036. IWF rapporterar 8 029 realistiska AI-bilder och -videor 2025, 14 % fler än 2024; 15 036 är troligen summan av de två åren.',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF: 8 029 realistiska AI-genererade bilder och videor 2025, en ökning med 14 % från 2024.',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    'Tvåårssumman 15 036 anges inte av IWF; antalet 8 029 för 2025 gör det.',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'De två raderna överlappar (2025 ligger inom 2024–2025): lägg aldrig ihop dem och läs dem aldrig som en serie.',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    'Om 15 036 är summan av 2024 och 2025 skulle IWF:s antal för 2024 vara 7 007, och 8 029 vore 14,6 % fler: nära IWF:s ”+14 %”, men inte exakt.',
  'Category A share of AI and non-AI CSAM videos': 'Andel kategori A bland CSAM-videor med och utan AI',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'Andel av videorna som IWF klassat i kategori A, den allvarligaste kategorin enligt brittisk lag.',
  'AI-generated videos': 'AI-genererade videor',
  'AI-generated CSAM videos': 'AI-genererade CSAM-videor',
  'Non-AI videos': 'Videor utan AI',
  'non-AI CSAM videos': 'CSAM-videor utan AI',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    'Samma IWF-rapport för 2025: 65 % av de 3 443 AI-videorna (2 233) tillhörde kategori A, mot 43 % av videorna utan AI.',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'AI-andelen är beräknad från IWF:s antal (2 233 av 3 443 videor) och avrundad som IWF avrundar; IWF anger andelen utan AI utan antal.',
  'Victims depicted as girls in CSAM': 'Offer som framställs som flickor i CSAM',
  'Share of the victims depicted who are girls.': 'Andel av de avbildade offren som är flickor.',
  'Victims depicted as girls (as the report states)': 'Offer som framställs som flickor (enligt rapporten)',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'offer som framställs i AI-genererat CSAM, enligt rapporten (IWF:s andel från 2021 för allt material)',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    '97 % flickor är en IWF-siffra för 2021 och för allt material, inte för AI-material. För AI-material anger IWF 98 % flickor 2024 och 94 % 2025.',
  'Victims depicted as girls in AI imagery, 2025': 'Offer som framställs som flickor i AI-material, 2025',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'offer som framställs i det AI-genererade CSAM som IWF bedömde 2025',
  'Girls, AI imagery, 2024': 'Flickor, AI-material, 2024',
  'victims depicted in AI CSAM': 'offer som framställs i AI-genererat CSAM',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': 'Flickor, AI-material, 2025',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    'IWF-siffra för AI-material 2025; granskningen registrerade inget dokument från IWF som anger den.',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    'Rapportens 97 % är IWF:s siffra från 2021 för allt material; se raderna om AI.',
  'AI-generated CSAM in one dark-web forum': 'AI-genererat CSAM i ett forum på dark web',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'AI-genererade bilder som visar sexuella övergrepp mot barn och som lagts upp i ett forum på dark web under en månad, och andelen som är så realistisk att den enligt lag behandlas som verkligt CSAM.',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'AI-genererade CSAM-bilder som lagts upp i ett forum på dark web under en månad',
  'Realistic enough to be prosecuted (as the report states)': 'Realistiska nog för åtal (enligt rapporten)',
  'AI images in the forum, as the report states it': 'AI-bilder i forumet, enligt rapporten',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'Studien är IWF:s (oktober 2023), inte Stanfords. Av 2 978 bilder som bedömts som brottsliga var 2 562 realistiska nog att behandlas som verkligt CSAM enligt brittisk lag: 86 %, inte 90 %.',
  'Realistic enough to be treated as real CSAM under UK law':
    'Realistiska nog att behandlas som verkligt CSAM enligt brittisk lag',
  'the 2,978 AI images the IWF assessed as criminal': 'de 2 978 AI-bilder som IWF bedömt som brottsliga',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    'Utgivare och procentandel rättade: de 20 254 bilderna och andelen kommer från IWF:s forumrapport från oktober 2023. Stanfords närliggande resultat är ett annat: 3 226 misstänkta CSAM-bilder i träningsdatamängden LAION-5B, varav 1 008 bekräftade externt (december 2023).',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    'Utgivarens antal: 2 562 realistiska av 2 978 som bedömts som brottsliga; utgivarens andel är beräknad från dem.',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    'Nämnare: av de 20 254 bilder som lades upp bedömde IWF 11 108; 2 978 av dem var brottsliga. Andelen gäller de brottsliga bilderna, inte alla bilder som lades upp.',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    'Närliggande resultat från Stanford: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI':
    'CyberTipline-rapporter till NCMEC som rör generativ AI',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    'CyberTipline-rapporter som rör generativ AI och som tagits emot av National Center for Missing & Exploited Children.',
  'NCMEC’s 2023 CyberTipline data.': 'NCMEC:s CyberTipline-data för 2023.',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    'NCMEC:s antal för 2024, som pressen rapporterat det (NYT, Bloomberg).',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'NCMEC:s egen siffra för rapporter som rör generativ AI från januari till juni 2025 är 440 419 (mot 6 835 under samma månader 2024); 485 000 förekommer i pressrapporter (NYT). Från januari till september 2025 räknade NCMEC ”över en miljon” (via NBC News). Enligt rapporten kom 380 000 av de 485 000 från Amazon AI Services: pressen anger cirka 380 000 filer med redan känt CSAM som Amazon hittat i data som samlats in för att träna AI-modeller, utan period. De är inte AI-genererat material och ingår inte i detta antal.',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    'Antalen för 2023 och 2024 är bekräftade; för första halvåret 2025 är NCMEC:s egen siffra 440 419, inte 485 000.',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    'Första halvåret 2025 omfattar bara januari till juni 2025: jämför det med första halvåret 2024 (6 835 enligt NCMEC:s egna siffror), inte med ett helt år.',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'NCMEC räknar CyberTipline-rapporter som rör generativ AI, inte bara rapporter om AI-genererat CSAM.',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    'Ingen utgivare säger om de 67 000 rapporterna för 2024 (NCMEC, som pressen rapporterat det) och NCMEC:s egna 6 835 för januari till juni 2024 räknar samma sak.',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    'CyberTipline-rapporter till NCMEC som rör generativ AI, första halvåret 2024 och 2025',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    'CyberTipline-rapporter som rör generativ AI, januari till juni varje år, som NCMEC publicerat dem.',
  'NCMEC’s own figures.': 'NCMEC:s egna siffror.',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'Filer med redan känt CSAM som Amazon uppgett sig ha hittat i träningsdata för AI (cirka 380 000)',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    'Cirka 380 000 filer med redan känt CSAM (hashträffar) som Amazon hittat i data som samlats in för att träna AI-modeller, som pressen rapporterat det, utan period. Rapporten räknar dem som AI-CSAM-rapporter från Amazon AI Services.',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'Cirka 380 000 filer med redan känt CSAM (hashträffar) som Amazon hittat i data som samlats in för att träna AI-modeller, inte AI-genererat material; pressen anger ingen period.',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    'Rapportens ”78 % av alla AI-CSAM-rapporter” delar detta antal känt CSAM i träningsdata med ett antal rapporter som rör generativ AI: de två räknar olika saker.',
  'The press gives about 380,000: the figure is rounded.':
    'Pressen anger cirka 380 000: siffran är avrundad.',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'OpenAI:s CyberTipline-rapporter till NCMEC, första halvåret 2024 och 2025',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'Rapporter som OpenAI gjort till NCMEC:s CyberTipline, januari till juni varje år. En rapport kan gälla många filer, som räknas separat i siffrorna över filer.',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'OpenAI:s egna siffror, som Wired rapporterat dem: 947 rapporter om 3 252 filer första halvåret 2024, 75 027 rapporter om 74 559 filer första halvåret 2025.',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    'Rapportens ”80×” räknar rapporter: 75 027 första halvåret 2025 mot 947 första halvåret 2024, 79,2 gånger så många. Filerna som de gällde ökade mindre: från 3 252 till 74 559, 22,9 gånger så många.',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'Filer i OpenAI:s CyberTipline-rapporter, första halvåret 2024 och 2025',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'Filerna (bilder, videor, text) som OpenAI:s CyberTipline-rapporter till NCMEC gällde, januari till juni varje år.',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    'Rapporter till NCMEC som rapporten tillskriver tre AI-företag (ej bekräftade)',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    'Antal rapporter till NCMEC som rapporten tillskriver OpenAI, Amazon AI och Anthropic. Inget dokument från en utgivare innehåller dem, de saknar period, och inget visar att det är rapporter om CSAM som skapats med dessa företags plattformar.',
  '+9,650% YoY': '+9 650 % jämfört med föregående år',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    'Rapportens påstående: den anger inget antal för föregående år, så förändringen kan inte räknas om.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'Hittades inte i någon publikation från NCMEC; möjligen CyberTipline-antal per leverantör för 2024.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'Hittades inte i någon publikation från NCMEC; möjligen CyberTipline-antal per leverantör för 2024. Anthropics egen transparensrapport anger 859 rapporterade bilder från april 2024 till mars 2025.',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'Inget av dessa tre antal hittades i något dokument från en utgivare, och de saknar period: de visas som rapporten anger dem.',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    'Rapportens ”ny rapportör” är tveksam för Amazon AI: Amazon som företag har rapporterat till CyberTipline tidigare; ”Amazon AI” kan vara ett separat rapportörsnamn.',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'Var de CSAM-webbsidor som IWF bekräftade 2024 låg på servrar',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'Andel av de webbsidor med sexuella övergrepp mot barn som IWF bekräftade 2024, efter det land där de låg på servrar.',
  Netherlands: 'Nederländerna',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'IWF:s andel 2024 av bekräftade CSAM-webbsidor per värdland.',
  'United States': 'USA',
  Bulgaria: 'Bulgarien',
  'Hong Kong': 'Hongkong',
  Romania: 'Rumänien',
  'European Union': 'Europeiska unionen',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    'Rapporten säger att EU står värd för 62 % av allt känt CSAM i världen (IWF, 2025). IWF:s siffra gäller 2024 och är en andel av de CSAM-webbsidor som IWF agerat mot: 181 112 webbsidor i EU-länder (140 911 år 2023), inte av allt CSAM i världen.',
  'reports (webpages) the IWF confirmed as CSAM in 2024':
    'rapporter (webbsidor) som IWF bekräftade som CSAM 2024',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    'Rapporten daterar dessa andelar till 2025 (IWF, 2025): de är IWF:s siffror för 2024 om bekräftade CSAM-webbsidor (291 273 bekräftade rapporter 2024). IWF:s landtabell för 2025 var inte slutlig vid granskningen, så inga andelar för 2025 publiceras här.',
  'Countries not listed have no data here, which is not the same as zero.':
    'Länder som inte finns med har inga uppgifter här, vilket inte är detsamma som noll.',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    'Andelarna gäller de 291 273 webbsidor som IWF bekräftade som CSAM 2024, inte allt CSAM i världen; Nederländernas och EU:s andelar är beräknade från IWF:s antal.',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'Litauen och Polen ökade 2024; deras exakta andelar fångades inte av granskningen.',
  'The legal response to AI-generated CSAM': 'Det rättsliga svaret på AI-genererat CSAM',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'Lagförslag och lagar i USA och Storbritannien om AI-genererat material som visar sexuella övergrepp mot barn.',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'USA (federal nivå)',
  'Signed into law': 'Undertecknad och gällande lag',
  'Platforms’ 48-hour removal duty applies': 'Plattformarnas skyldighet att ta bort inom 48 timmar gäller',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'Kriminaliserar publicering av intima bilder utan samtycke, även AI-genererade.',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    'Kräver att plattformar tar bort sådana bilder inom 48 timmar efter en giltig begäran.',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'Kriminaliserar intima bilder utan samtycke, inklusive AI-genererat innehåll; kräver att plattformar tar bort dem inom 48 timmar.',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    'Undertecknad 19 maj 2025; skyldigheten att ta bort inom 48 timmar gäller från 19 maj 2026.',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    'Låter främst offer stämma plattformar (som granskningen fann lagförslaget).',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'Skulle skärpa plattformarnas ansvar och utöka rättsväsendets verktyg för att utreda AI-genererat CSAM.',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    'Under behandling, som rapporten säger: S.1829 (119:e kongressen) har lagts fram av senatens justitieutskott och har inte antagits av senaten. Granskningen fann att förslaget främst låter offer stämma plattformar.',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': 'Antagen av senaten',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'Straffrätt om obscena visuella framställningar av barn, även AI-skapade.',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'Riktar sig mot den infrastruktur som möjliggör spridning av CSAM, däribland webbhotell och betalningsförmedlare.',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    'Status bekräftad: S.3021 antogs av senaten den 16 december 2025 och behandlas i representanthuset. Rapportens beskrivning (”riktar sig mot webbhotell och betalningsförmedlare”) stöds inte av lagförslagets text, som handlar om straffrätt för obscena visuella framställningar, även AI-skapade.',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026 (i rapporten ”UK Crime and Policing Bill”)',
  'United Kingdom': 'Storbritannien',
  'Royal Assent': 'Kunglig sanktion (Royal Assent)',
  'Offence on AI models for CSAM in force': 'Brott om AI-modeller för CSAM i kraft',
  'An offence on AI models made or adapted to generate CSAM.':
    'Ett brott som gäller AI-modeller som skapats eller anpassats för att generera CSAM.',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    'Skulle kriminalisera AI-verktyg som särskilt utformats eller ändrats för att generera CSAM, däribland LoRA-modeller tränade på övergreppsmaterial.',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    'Rapporten tar upp ett lagförslag under behandling; det blev Crime and Policing Act 2026 (Royal Assent 29 april 2026), och dess brott som gäller AI-modeller som skapats eller anpassats för att generera CSAM trädde i kraft 29 juni 2026.',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    'Status som granskningen fann dem i november 2026; rapportens status finns kvar som `seedStatus` och dess beskrivningar som `seedDescription`.',
  'The report names no source for its legal section: the sources here are those the check found.':
    'Rapporten anger ingen källa för sin rättsliga del: källorna här är de som granskningen hittade.',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    'Rapportens beskrivning av ENFORCE Act (webbhotell och betalningsförmedlare) stöds inte av lagförslagets text.',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'ökning av AI-genererade CSAM-videor som IWF hittat, 2024 till 2025',
  'increase in AI-generated CSAM videos': 'ökning av AI-genererade CSAM-videor',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'AI-genererade CSAM-bilder och -videor som IWF hittat 2024 och 2025 sammanlagt, enligt rapporten',
  'total AI CSAM items found (2 years)': 'AI-genererade CSAM-filer som hittats totalt (2 år)',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    'CyberTipline-rapporter till NCMEC som rör generativ AI, första halvåret 2025 (januari till juni)',
  'NCMEC AI-CSAM reports (H1 2025)': 'AI-CSAM-rapporter till NCMEC (första halvåret 2025)',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    'av de avbildade offren är flickor, enligt rapporten (IWF:s andel från 2021 för allt CSAM)',
  'of AI CSAM victims depicted as girls': 'av offren i AI-genererat CSAM framställs som flickor',
};
