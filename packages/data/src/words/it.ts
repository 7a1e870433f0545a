import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in Italiano (Italian): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const it: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'Video CSAM generati con l’IA individuati dall’IWF',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'Video di materiale di abuso sessuale su minori (CSAM) che l’Internet Watch Foundation ha valutato come generati con l’IA, per anno.',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'L’IWF riporta 3.443 video generati con l’IA nel 2025 contro 13 nel 2024, nel suo rapporto «Harm without limits» (24 marzo 2026), non in un rapporto annuale 2025 come afferma il rapporto. Un blog dell’IWF arrotonda a 3.440; la stampa scrive anche «260 volte tanto».',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    'Il «+26.385%» del rapporto è calcolato da questi due valori: 100 × (3.443 − 13) / 13 = 26.384,6.',
  'AI-generated CSAM images and videos found by the IWF':
    'Immagini e video CSAM generati con l’IA individuati dall’IWF',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'Immagini e video realistici di abusi sessuali su minori generati con l’IA individuati dall’IWF.',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    'Nessun documento dell’IWF riporta 15.036. L’IWF segnala 8.029 immagini e video realistici generati con l’IA nel 2025, il 14% in più rispetto al 2024; 15.036 è probabilmente la somma dei due anni.',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF: 8.029 immagini e video realistici generati con l’IA nel 2025, il 14% in più rispetto al 2024.',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    'Il totale di 15.036 in due anni non è indicato dall’IWF; il dato di 8.029 per il 2025 sì.',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'Le due righe si sovrappongono (il 2025 è compreso nel 2024–2025): non sommatele mai e non leggetele mai come una serie.',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    'Se 15.036 è la somma del 2024 e del 2025, il dato dell’IWF per il 2024 sarebbe 7.007, e 8.029 sarebbe il 14,6% in più: vicino al «+14%» dell’IWF, ma non esatto.',
  'Category A share of AI and non-AI CSAM videos':
    'Quota di categoria A nei video CSAM generati e non generati con l’IA',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'Quota dei video che l’IWF ha classificato nella categoria A, la più grave secondo il diritto del Regno Unito.',
  'AI-generated videos': 'Video generati con l’IA',
  'AI-generated CSAM videos': 'video CSAM generati con l’IA',
  'Non-AI videos': 'Video non generati con l’IA',
  'non-AI CSAM videos': 'video CSAM non generati con l’IA',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    'Stesso rapporto IWF 2025: il 65% dei 3.443 video generati con l’IA (2.233) era di categoria A, contro il 43% dei video non generati con l’IA.',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'La quota dell’IA è calcolata dai dati dell’IWF (2.233 su 3.443 video) e arrotondata come la arrotonda l’IWF; l’IWF fornisce la quota dei video non generati con l’IA senza i valori assoluti.',
  'Victims depicted as girls in CSAM': 'Vittime raffigurate come bambine nel CSAM',
  'Share of the victims depicted who are girls.': 'Quota delle vittime raffigurate che sono bambine.',
  'Victims depicted as girls (as the report states)':
    'Vittime raffigurate come bambine (secondo il rapporto)',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'vittime raffigurate nel CSAM generato con l’IA, secondo il rapporto (la quota IWF del 2021 per tutto il materiale)',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    'Il 97% di bambine è un dato IWF del 2021 e riferito a tutto il materiale, non a quello generato con l’IA. Per il materiale generato con l’IA l’IWF indica il 98% di bambine nel 2024 e il 94% nel 2025.',
  'Victims depicted as girls in AI imagery, 2025':
    'Vittime raffigurate come bambine nel materiale generato con l’IA, 2025',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'vittime raffigurate nel CSAM generato con l’IA valutato dall’IWF nel 2025',
  'Girls, AI imagery, 2024': 'Bambine, materiale generato con l’IA, 2024',
  'victims depicted in AI CSAM': 'vittime raffigurate nel CSAM generato con l’IA',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': 'Bambine, materiale generato con l’IA, 2025',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    'Dato IWF per il materiale generato con l’IA nel 2025; la verifica non ha registrato alcun documento dell’IWF che lo riporti.',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    'Il 97% del rapporto è il dato IWF del 2021 per tutto il materiale; vedere le righe specifiche sull’IA.',
  'AI-generated CSAM in one dark-web forum': 'CSAM generato con l’IA in un forum del dark web',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'Immagini di abusi sessuali su minori generate con l’IA pubblicate in un forum del dark web in un mese, e la quota abbastanza realistica da essere trattata per legge come vero CSAM.',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'Immagini CSAM generate con l’IA pubblicate in un forum del dark web in un mese',
  'Realistic enough to be prosecuted (as the report states)':
    'Abbastanza realistiche da poter essere perseguite (secondo il rapporto)',
  'AI images in the forum, as the report states it':
    'immagini generate con l’IA nel forum, secondo il rapporto',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'Lo studio è dell’IWF (ottobre 2023), non di Stanford. Delle 2.978 immagini valutate come illecite, 2.562 erano abbastanza realistiche da essere trattate come vero CSAM secondo il diritto del Regno Unito: l’86%, non il 90%.',
  'Realistic enough to be treated as real CSAM under UK law':
    'Abbastanza realistiche da essere trattate come vero CSAM secondo il diritto del Regno Unito',
  'the 2,978 AI images the IWF assessed as criminal':
    'le 2.978 immagini generate con l’IA che l’IWF ha valutato come illecite',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    'Editore e percentuale corretti: le 20.254 immagini e la quota provengono dal rapporto dell’IWF sul forum dell’ottobre 2023. Il risultato correlato di Stanford è diverso: 3.226 immagini sospette di CSAM nel set di addestramento LAION-5B, 1.008 convalidate esternamente (dicembre 2023).',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    'Dati dell’editore: 2.562 realistiche su 2.978 valutate come illecite; la quota dell’editore è calcolata da questi dati.',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    'Denominatori: delle 20.254 immagini pubblicate, l’IWF ne ha valutate 11.108; 2.978 di queste erano illecite. La quota si riferisce alle immagini illecite, non a tutte le immagini pubblicate.',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    'Risultato correlato di Stanford: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI':
    'Segnalazioni alla CyberTipline del NCMEC che coinvolgono l’IA generativa',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    'Segnalazioni alla CyberTipline che coinvolgono l’IA generativa ricevute dal National Center for Missing & Exploited Children.',
  'NCMEC’s 2023 CyberTipline data.': 'Dati della CyberTipline del NCMEC per il 2023.',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    'Dato del NCMEC per il 2024, come riportato dalla stampa (NYT, Bloomberg).',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'Il dato proprio del NCMEC sulle segnalazioni che coinvolgono l’IA generativa da gennaio a giugno 2025 è 440.419 (contro 6.835 negli stessi mesi del 2024); 485.000 compare in articoli di stampa (NYT). Da gennaio a settembre 2025 il NCMEC ne ha contate «oltre un milione» (secondo NBC News). Secondo il rapporto, 380.000 delle 485.000 provenivano da Amazon AI Services: la stampa parla di circa 380.000 elementi di CSAM già noto che Amazon ha trovato in dati raccolti per addestrare modelli di IA, senza periodo. Non si tratta di materiale generato con l’IA e non fa parte di questo dato.',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    'I dati del 2023 e del 2024 sono confermati; per il primo semestre 2025 il dato proprio del NCMEC è 440.419, non 485.000.',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    'Il primo semestre 2025 copre solo gennaio–giugno 2025: confrontatelo con il primo semestre 2024 (6.835 secondo i dati propri del NCMEC), non con un anno intero.',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'Il NCMEC conta le segnalazioni alla CyberTipline che coinvolgono l’IA generativa, non solo le segnalazioni di CSAM generato con l’IA.',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    'Nessun editore dice se le 67.000 segnalazioni del 2024 (NCMEC, come riportato dalla stampa) e le 6.835 proprie del NCMEC per gennaio–giugno 2024 contino la stessa cosa.',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    'Segnalazioni alla CyberTipline del NCMEC che coinvolgono l’IA generativa, primo semestre 2024 e 2025',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    'Segnalazioni alla CyberTipline che coinvolgono l’IA generativa, da gennaio a giugno di ogni anno, come pubblicate dal NCMEC.',
  'NCMEC’s own figures.': 'Dati propri del NCMEC.',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'Elementi di CSAM già noto che Amazon ha dichiarato di aver trovato in dati di addestramento dell’IA (circa 380.000)',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    'Circa 380.000 elementi di CSAM già noto (corrispondenze di hash) che Amazon ha trovato in dati raccolti per addestrare modelli di IA, come riportato dalla stampa, senza periodo. Il rapporto li conta come segnalazioni di CSAM generato con l’IA da Amazon AI Services.',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'Circa 380.000 elementi di CSAM già noto (corrispondenze di hash) che Amazon ha trovato in dati raccolti per addestrare modelli di IA, non materiale generato con l’IA; la stampa non indica alcun periodo.',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    'Il «78% di tutte le segnalazioni di CSAM generato con l’IA» del rapporto divide questo numero di CSAM noto nei dati di addestramento per un numero di segnalazioni che coinvolgono l’IA generativa: i due contano cose diverse.',
  'The press gives about 380,000: the figure is rounded.':
    'La stampa indica circa 380.000: il dato è arrotondato.',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'Segnalazioni di OpenAI alla CyberTipline del NCMEC, primo semestre 2024 e 2025',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'Segnalazioni che OpenAI ha fatto alla CyberTipline del NCMEC, da gennaio a giugno di ogni anno. Una segnalazione può riguardare molti contenuti, contati a parte nei dati sui contenuti.',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'Dati propri di OpenAI, come riportati da Wired: 947 segnalazioni su 3.252 contenuti nel primo semestre 2024, 75.027 segnalazioni su 74.559 contenuti nel primo semestre 2025.',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    'L’«80×» del rapporto conta le segnalazioni: 75.027 nel primo semestre 2025 contro 947 nel primo semestre 2024, 79,2 volte tante. I contenuti a cui si riferivano sono cresciuti meno: da 3.252 a 74.559, 22,9 volte tanti.',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'Contenuti nelle segnalazioni di OpenAI alla CyberTipline, primo semestre 2024 e 2025',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'I contenuti (immagini, video, testi) a cui si riferivano le segnalazioni di OpenAI alla CyberTipline del NCMEC, da gennaio a giugno di ogni anno.',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    'Segnalazioni al NCMEC che il rapporto attribuisce a tre aziende di IA (non verificate)',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    'Numeri di segnalazioni al NCMEC che il rapporto attribuisce a OpenAI, Amazon AI e Anthropic. Nessun documento di un editore li contiene, non hanno un periodo e nulla indica che siano segnalazioni di CSAM creato con le piattaforme di queste aziende.',
  '+9,650% YoY': '+9.650% su base annua',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    'Affermazione del rapporto: non fornisce alcun dato per l’anno precedente, quindi la variazione non può essere ricalcolata.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'Non trovato in una pubblicazione del NCMEC; forse dati 2024 della CyberTipline per fornitore.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'Non trovato in una pubblicazione del NCMEC; forse dati 2024 della CyberTipline per fornitore. Il rapporto sulla trasparenza di Anthropic indica 859 immagini segnalate da aprile 2024 a marzo 2025.',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'Nessuno di questi tre dati è stato trovato in un documento di un editore, e non hanno un periodo: sono mostrati come li riporta il rapporto.',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    'Il «nuovo segnalatore» del rapporto è dubbio per Amazon AI: Amazon come azienda aveva già fatto segnalazioni alla CyberTipline; «Amazon AI» potrebbe essere un nome di segnalatore distinto.',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'Dove erano ospitate le pagine web CSAM confermate dall’IWF nel 2024',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'Quota delle pagine web di abusi sessuali su minori confermate dall’IWF nel 2024, per paese in cui erano ospitate.',
  Netherlands: 'Paesi Bassi',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'Quota IWF 2024 delle pagine web CSAM confermate per paese di hosting.',
  'United States': 'Stati Uniti',
  Bulgaria: 'Bulgaria',
  'Hong Kong': 'Hong Kong',
  Romania: 'Romania',
  'European Union': 'Unione europea',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    'Il rapporto afferma che l’UE ospita il 62% del CSAM noto nel mondo (IWF, 2025). Il dato dell’IWF si riferisce al 2024 ed è una quota delle pagine web CSAM su cui l’IWF è intervenuta: 181.112 pagine web ospitate in paesi dell’UE (140.911 nel 2023), non di tutto il CSAM nel mondo.',
  'reports (webpages) the IWF confirmed as CSAM in 2024':
    'segnalazioni (pagine web) confermate come CSAM dall’IWF nel 2024',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    'Il rapporto data queste quote al 2025 (IWF, 2025): sono i dati IWF del 2024 sulle pagine web CSAM confermate (291.273 segnalazioni confermate nel 2024). La tabella per paese dell’IWF per il 2025 non era definitiva al momento della verifica, quindi qui non sono pubblicate quote del 2025.',
  'Countries not listed have no data here, which is not the same as zero.':
    'I paesi non elencati non hanno dati qui, il che non equivale a zero.',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    'Le quote si riferiscono alle 291.273 pagine web confermate come CSAM dall’IWF nel 2024, non a tutto il CSAM nel mondo; quelle dei Paesi Bassi e dell’UE sono calcolate dai dati dell’IWF.',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'Lituania e Polonia erano in crescita nel 2024; la verifica non ne ha rilevato le quote esatte.',
  'The legal response to AI-generated CSAM': 'La risposta giuridica al CSAM generato con l’IA',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'Proposte di legge e leggi negli Stati Uniti e nel Regno Unito sul materiale di abuso sessuale su minori generato con l’IA.',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'Stati Uniti (federale)',
  'Signed into law': 'Firmata ed entrata in legge',
  'Platforms’ 48-hour removal duty applies':
    'Si applica l’obbligo di rimozione entro 48 ore per le piattaforme',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'Punisce la pubblicazione di immagini intime non consensuali, comprese quelle generate con l’IA.',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    'Obbliga le piattaforme a rimuovere tali immagini entro 48 ore da una richiesta valida.',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'Punisce le immagini intime non consensuali, compresi i contenuti generati con l’IA; obbliga le piattaforme a rimuoverle entro 48 ore.',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    'Firmata il 19 maggio 2025; l’obbligo di rimozione entro 48 ore si applica dal 19 maggio 2026.',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    'Consente soprattutto alle vittime di fare causa alle piattaforme (secondo la verifica del testo).',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'Rafforzerebbe la responsabilità delle piattaforme e amplierebbe gli strumenti delle forze dell’ordine per indagare sul CSAM generato con l’IA.',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    'In sospeso, come dice il rapporto: S.1829 (119° Congresso) è stato approvato dalla Commissione giustizia del Senato e non è stato approvato dal Senato. La verifica ha rilevato che consente soprattutto alle vittime di fare causa alle piattaforme.',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': 'Approvata dal Senato',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'Diritto penale sulle rappresentazioni visive oscene di minori, comprese quelle create con l’IA.',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'Colpisce l’infrastruttura che consente la diffusione di CSAM, compresi i fornitori di hosting e i processori di pagamento.',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    'Stato confermato: S.3021 è stato approvato dal Senato il 16 dicembre 2025 ed è all’esame della Camera dei rappresentanti. La descrizione del rapporto («colpisce i fornitori di hosting e i processori di pagamento») non trova riscontro nel testo della proposta, che riguarda il diritto penale sulle rappresentazioni visive oscene, comprese quelle create con l’IA.',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026 («UK Crime and Policing Bill» nel rapporto)',
  'United Kingdom': 'Regno Unito',
  'Royal Assent': 'Assenso reale (Royal Assent)',
  'Offence on AI models for CSAM in force': 'In vigore il reato relativo ai modelli di IA per il CSAM',
  'An offence on AI models made or adapted to generate CSAM.':
    'Un reato relativo ai modelli di IA creati o adattati per generare CSAM.',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    'Punirebbe gli strumenti di IA progettati o modificati appositamente per generare CSAM, compresi i modelli LoRA addestrati su immagini di abusi.',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    'Il rapporto indica una proposta di legge in corso; è diventata il Crime and Policing Act 2026 (assenso reale il 29 aprile 2026), e il suo reato relativo ai modelli di IA creati o adattati per generare CSAM è entrato in vigore il 29 giugno 2026.',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    'Stati come li ha trovati la verifica a novembre 2026; gli stati del rapporto sono conservati in `seedStatus` e le sue descrizioni in `seedDescription`.',
  'The report names no source for its legal section: the sources here are those the check found.':
    'Il rapporto non indica alcuna fonte per la sua parte giuridica: le fonti qui sono quelle trovate dalla verifica.',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    'La descrizione dell’ENFORCE Act nel rapporto (fornitori di hosting e processori di pagamento) non trova riscontro nel testo della proposta.',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'di aumento dei video CSAM generati con l’IA individuati dall’IWF, dal 2024 al 2025',
  'increase in AI-generated CSAM videos': 'di aumento dei video CSAM generati con l’IA',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'immagini e video CSAM generati con l’IA individuati dall’IWF nel 2024 e nel 2025 insieme, secondo il rapporto',
  'total AI CSAM items found (2 years)': 'elementi CSAM generati con l’IA individuati in totale (2 anni)',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    'segnalazioni alla CyberTipline del NCMEC che coinvolgono l’IA generativa, primo semestre 2025 (gennaio–giugno)',
  'NCMEC AI-CSAM reports (H1 2025)': 'segnalazioni di CSAM generato con l’IA al NCMEC (primo semestre 2025)',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    'delle vittime raffigurate sono bambine, secondo il rapporto (la quota IWF del 2021 per tutto il CSAM)',
  'of AI CSAM victims depicted as girls': 'delle vittime del CSAM generato con l’IA raffigurate come bambine',
};
