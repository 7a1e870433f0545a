import type { DatasetWords } from '../localize';

/**
 * The words of the package's datasets in Deutsch (German): each English text (a title, a note, a label, a check's
 * note) → its translation, for `localizeDataset` and the charts. Keyed by the English text itself, so a
 * re-worded English sentence shows in English until its translation is added here (tests/data/words.test.ts
 * names it). Sources stay in their document's language; proper names (the laws' official names) stay as they are.
 */
export const de: DatasetWords = {
  'AI-generated CSAM videos found by the IWF': 'Von der IWF gefundene KI-generierte CSAM-Videos',
  'Videos of child sexual abuse material (CSAM) assessed by the Internet Watch Foundation as AI-generated, per year.':
    'Videos mit Darstellungen sexuellen Kindesmissbrauchs (CSAM), die die Internet Watch Foundation als KI-generiert eingestuft hat, pro Jahr.',
  'The IWF gives 3,443 AI-generated videos in 2025 against 13 in 2024, in its report “Harm without limits” (24 March 2026), not in an Annual Report 2025 as the report says. One IWF blog rounds to 3,440; press also writes “260-fold”.':
    'Die IWF nennt 3.443 KI-generierte Videos im Jahr 2025 gegenüber 13 im Jahr 2024, und zwar in ihrem Bericht „Harm without limits“ (24. März 2026), nicht in einem Jahresbericht 2025, wie der Bericht angibt. Ein Blogbeitrag der IWF rundet auf 3.440; die Presse schreibt auch „260-fach“.',
  'The report’s “+26,385%” is computed from these two counts: 100 × (3,443 − 13) / 13 = 26,384.6.':
    'Die „+26.385 %“ des Berichts sind aus diesen beiden Zahlen berechnet: 100 × (3.443 − 13) / 13 = 26.384,6.',
  'AI-generated CSAM images and videos found by the IWF':
    'Von der IWF gefundene KI-generierte CSAM-Bilder und -Videos',
  'Realistic AI-generated child sexual abuse images and videos found by the IWF.':
    'Realistische KI-generierte Darstellungen sexuellen Kindesmissbrauchs (Bilder und Videos), die die IWF gefunden hat.',
  'No IWF document states 15,036. The IWF reports 8,029 realistic AI images and videos in 2025, 14% more than in 2024; 15,036 is likely the sum of the two years.':
    'Kein Dokument der IWF nennt 15.036. Die IWF meldet 8.029 realistische KI-Bilder und -Videos im Jahr 2025, 14 % mehr als 2024; 15.036 ist wahrscheinlich die Summe der beiden Jahre.',
  'IWF: 8,029 realistic AI-generated images and videos in 2025, up 14% on 2024.':
    'IWF: 8.029 realistische KI-generierte Bilder und Videos im Jahr 2025, 14 % mehr als 2024.',
  'The two-year total of 15,036 is not stated by the IWF; the 2025 count of 8,029 is.':
    'Die Zweijahressumme von 15.036 nennt die IWF nicht; die Zahl von 8.029 für 2025 nennt sie.',
  'The two rows overlap (2025 lies within 2024–2025): never add them up, and never read them as a series.':
    'Die beiden Zeilen überschneiden sich (2025 liegt innerhalb von 2024–2025): Addieren Sie sie nie und lesen Sie sie nie als Zeitreihe.',
  'If 15,036 is the sum of 2024 and 2025, the IWF’s 2024 count would be 7,007, and 8,029 would be 14.6% more: close to the IWF’s “+14%”, not exact.':
    'Wenn 15.036 die Summe von 2024 und 2025 ist, läge die Zahl der IWF für 2024 bei 7.007, und 8.029 wären 14,6 % mehr: nahe an den „+14 %“ der IWF, aber nicht genau.',
  'Category A share of AI and non-AI CSAM videos': 'Anteil der Kategorie A an KI- und Nicht-KI-CSAM-Videos',
  'Share of videos the IWF classified as Category A, the most severe category under UK law.':
    'Anteil der Videos, die die IWF der Kategorie A zugeordnet hat, der schwersten Kategorie nach britischem Recht.',
  'AI-generated videos': 'KI-generierte Videos',
  'AI-generated CSAM videos': 'KI-generierte CSAM-Videos',
  'Non-AI videos': 'Nicht-KI-Videos',
  'non-AI CSAM videos': 'Nicht-KI-CSAM-Videos',
  'Same IWF 2025 report: 65% of the 3,443 AI videos (2,233) were Category A, against 43% of non-AI videos.':
    'Derselbe IWF-Bericht 2025: 65 % der 3.443 KI-Videos (2.233) gehörten zur Kategorie A, gegenüber 43 % der Nicht-KI-Videos.',
  'The AI share is computed from the IWF’s counts (2,233 of 3,443 videos) and rounded as the IWF rounds it; the IWF gives the non-AI share without counts.':
    'Der KI-Anteil ist aus den Zahlen der IWF berechnet (2.233 von 3.443 Videos) und so gerundet, wie die IWF rundet; den Nicht-KI-Anteil nennt die IWF ohne Zahlen.',
  'Victims depicted as girls in CSAM': 'Als Mädchen dargestellte Betroffene in CSAM',
  'Share of the victims depicted who are girls.': 'Anteil der dargestellten Betroffenen, die Mädchen sind.',
  'Victims depicted as girls (as the report states)': 'Als Mädchen dargestellte Betroffene (laut Bericht)',
  'victims depicted in AI CSAM, as the report states it (the IWF’s 2021 share for all imagery)':
    'in KI-CSAM dargestellte Betroffene, wie der Bericht es angibt (der Anteil der IWF von 2021 für alle Darstellungen)',
  '97% girls is an IWF figure for 2021 and for all imagery, not AI imagery. For AI imagery the IWF gives 98% girls in 2024 and 94% in 2025.':
    '97 % Mädchen ist eine Zahl der IWF für 2021 und für alle Darstellungen, nicht für KI-Darstellungen. Für KI-Darstellungen nennt die IWF 98 % Mädchen im Jahr 2024 und 94 % im Jahr 2025.',
  'Victims depicted as girls in AI imagery, 2025':
    'Als Mädchen dargestellte Betroffene in KI-Darstellungen, 2025',
  'victims depicted in the AI CSAM the IWF assessed in 2025':
    'in den von der IWF 2025 bewerteten KI-CSAM dargestellte Betroffene',
  'Girls, AI imagery, 2024': 'Mädchen, KI-Darstellungen, 2024',
  'victims depicted in AI CSAM': 'in KI-CSAM dargestellte Betroffene',
  'IWF Annual Data & Insights Report 2024.': 'IWF Annual Data & Insights Report 2024.',
  'Girls, AI imagery, 2025': 'Mädchen, KI-Darstellungen, 2025',
  'IWF figure for AI imagery in 2025; the check recorded no IWF document that states it.':
    'Zahl der IWF für KI-Darstellungen im Jahr 2025; die Prüfung hat kein Dokument der IWF erfasst, das sie nennt.',
  'The report’s 97% is the IWF’s 2021 figure for all imagery; see the AI-specific rows.':
    'Die 97 % des Berichts sind die Zahl der IWF von 2021 für alle Darstellungen; siehe die Zeilen zu KI.',
  'AI-generated CSAM in one dark-web forum': 'KI-generierte CSAM in einem Darknet-Forum',
  'AI-generated child sexual abuse images posted to one dark-web forum in one month, and the share realistic enough to be treated as real CSAM under law.':
    'KI-generierte Darstellungen sexuellen Kindesmissbrauchs, die in einem Monat in einem Darknet-Forum gepostet wurden, und der Anteil, der realistisch genug ist, um rechtlich wie echte CSAM behandelt zu werden.',
  'AI-generated CSAM images posted to one dark-web forum in one month':
    'In einem Monat in einem Darknet-Forum gepostete KI-generierte CSAM-Bilder',
  'Realistic enough to be prosecuted (as the report states)':
    'Realistisch genug für eine Strafverfolgung (laut Bericht)',
  'AI images in the forum, as the report states it': 'KI-Bilder im Forum, wie der Bericht es angibt',
  'The study is the IWF’s (October 2023), not Stanford’s. Of 2,978 images assessed as criminal, 2,562 were realistic enough to be treated as real CSAM under UK law: 86%, not 90%.':
    'Die Studie stammt von der IWF (Oktober 2023), nicht von Stanford. Von 2.978 als strafbar eingestuften Bildern waren 2.562 realistisch genug, um nach britischem Recht wie echte CSAM behandelt zu werden: 86 %, nicht 90 %.',
  'Realistic enough to be treated as real CSAM under UK law':
    'Realistisch genug, um nach britischem Recht wie echte CSAM behandelt zu werden',
  'the 2,978 AI images the IWF assessed as criminal':
    'die 2.978 KI-Bilder, die die IWF als strafbar eingestuft hat',
  'Publisher and percentage corrected: the 20,254 images and the share come from the IWF’s October 2023 forum report. Stanford’s related finding is different: 3,226 suspected CSAM images in the LAION-5B training set, 1,008 validated externally (December 2023).':
    'Herausgeber und Prozentsatz korrigiert: Die 20.254 Bilder und der Anteil stammen aus dem Forumsbericht der IWF vom Oktober 2023. Der verwandte Befund aus Stanford ist ein anderer: 3.226 mutmaßliche CSAM-Bilder im Trainingsdatensatz LAION-5B, davon 1.008 extern bestätigt (Dezember 2023).',
  'Publisher’s counts: 2,562 realistic of 2,978 assessed as criminal; the publisher’s share is computed from them.':
    'Zahlen des Herausgebers: 2.562 realistische von 2.978 als strafbar eingestuften; der Anteil des Herausgebers ist daraus berechnet.',
  'Denominators: of the 20,254 images posted, the IWF assessed 11,108; 2,978 of those were criminal. The share is of the criminal images, not of all images posted.':
    'Bezugsgrößen: Von den 20.254 geposteten Bildern hat die IWF 11.108 bewertet; davon waren 2.978 strafbar. Der Anteil bezieht sich auf die strafbaren Bilder, nicht auf alle geposteten.',
  'Related Stanford finding: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).':
    'Verwandter Befund aus Stanford: Identifying and eliminating CSAM in generative ML training data and models (LAION-5B).',
  'CyberTipline reports to NCMEC involving generative AI':
    'CyberTipline-Meldungen an das NCMEC mit Bezug zu generativer KI',
  'CyberTipline reports involving generative AI received by the National Center for Missing & Exploited Children.':
    'CyberTipline-Meldungen mit Bezug zu generativer KI, die beim National Center for Missing & Exploited Children eingegangen sind.',
  'NCMEC’s 2023 CyberTipline data.': 'CyberTipline-Daten des NCMEC für 2023.',
  'NCMEC’s 2024 count, as reported by the press (NYT, Bloomberg).':
    'Zahl des NCMEC für 2024, wie die Presse sie berichtet hat (NYT, Bloomberg).',
  'NCMEC’s own figure for generative-AI reports from January to June 2025 is 440,419 (against 6,835 in the same months of 2024); 485,000 appears in press reports (NYT). From January to September 2025 NCMEC counted “over a million” (via NBC News). The report says 380,000 of the 485,000 came from Amazon AI Services: the press gives about 380,000 items of known CSAM that Amazon found in data collected to train AI models, with no period. They are not AI-generated material and not part of this count.':
    'Die eigene Zahl des NCMEC für Meldungen mit Bezug zu generativer KI von Januar bis Juni 2025 ist 440.419 (gegenüber 6.835 in denselben Monaten 2024); 485.000 steht in Presseberichten (NYT). Von Januar bis September 2025 zählte das NCMEC „über eine Million“ (laut NBC News). Laut Bericht kamen 380.000 der 485.000 von Amazon AI Services: Die Presse nennt rund 380.000 bekannte CSAM-Inhalte, die Amazon in Daten gefunden hat, die zum Training von KI-Modellen gesammelt wurden, ohne Zeitraum. Sie sind kein KI-generiertes Material und nicht Teil dieser Zahl.',
  'The 2023 and 2024 counts are confirmed; for H1 2025 NCMEC’s own figure is 440,419, not 485,000.':
    'Die Zahlen für 2023 und 2024 sind bestätigt; für das erste Halbjahr 2025 ist die eigene Zahl des NCMEC 440.419, nicht 485.000.',
  'H1 2025 covers January to June 2025 only: compare it with H1 2024 (6,835 in NCMEC’s own figures), not with a full year.':
    'Das erste Halbjahr 2025 umfasst nur Januar bis Juni 2025: Vergleichen Sie es mit dem ersten Halbjahr 2024 (6.835 nach den eigenen Zahlen des NCMEC), nicht mit einem ganzen Jahr.',
  'NCMEC counts CyberTipline reports involving generative AI, not only reports of AI-generated CSAM.':
    'Das NCMEC zählt CyberTipline-Meldungen mit Bezug zu generativer KI, nicht nur Meldungen KI-generierter CSAM.',
  'No publisher says whether the 67,000 reports for 2024 (NCMEC, as the press reported it) and NCMEC’s own 6,835 for January to June 2024 count the same thing.':
    'Keine herausgebende Stelle sagt, ob die 67.000 Meldungen für 2024 (NCMEC, wie die Presse berichtete) und die eigenen 6.835 des NCMEC für Januar bis Juni 2024 dasselbe zählen.',
  'CyberTipline reports to NCMEC involving generative AI, first half of 2024 and 2025':
    'CyberTipline-Meldungen an das NCMEC mit Bezug zu generativer KI, erstes Halbjahr 2024 und 2025',
  'CyberTipline reports involving generative AI, January to June of each year, as NCMEC published them.':
    'CyberTipline-Meldungen mit Bezug zu generativer KI, jeweils Januar bis Juni, wie das NCMEC sie veröffentlicht hat.',
  'NCMEC’s own figures.': 'Eigene Zahlen des NCMEC.',
  'Items of known CSAM Amazon reported finding in AI training data (about 380,000)':
    'Bekannte CSAM-Inhalte, die Amazon nach eigenen Angaben in KI-Trainingsdaten gefunden hat (rund 380.000)',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, as the press reported it, with no period. The report counts them as AI-CSAM reports from Amazon AI Services.':
    'Rund 380.000 bekannte CSAM-Inhalte (Hash-Treffer), die Amazon in Daten gefunden hat, die zum Training von KI-Modellen gesammelt wurden, wie die Presse berichtete, ohne Zeitraum. Der Bericht zählt sie als KI-CSAM-Meldungen von Amazon AI Services.',
  'About 380,000 items of known CSAM (hash matches) that Amazon found in data collected to train AI models, not AI-generated material; the press gives no period.':
    'Rund 380.000 bekannte CSAM-Inhalte (Hash-Treffer), die Amazon in Daten gefunden hat, die zum Training von KI-Modellen gesammelt wurden, kein KI-generiertes Material; die Presse nennt keinen Zeitraum.',
  'The report’s “78% of all AI-CSAM reports” divides this count of known CSAM in training data by a count of reports involving generative AI: the two count different things.':
    'Die „78 % aller KI-CSAM-Meldungen“ des Berichts teilen diese Zahl bekannter CSAM in Trainingsdaten durch eine Zahl von Meldungen mit Bezug zu generativer KI: Die beiden zählen Verschiedenes.',
  'The press gives about 380,000: the figure is rounded.':
    'Die Presse nennt rund 380.000: Die Zahl ist gerundet.',
  'OpenAI’s CyberTipline reports to NCMEC, first half of 2024 and 2025':
    'CyberTipline-Meldungen von OpenAI an das NCMEC, erstes Halbjahr 2024 und 2025',
  'Reports OpenAI made to NCMEC’s CyberTipline, January to June of each year. A report can cover many pieces of content, counted apart in the pieces-of-content figures.':
    'Meldungen von OpenAI an die CyberTipline des NCMEC, jeweils Januar bis Juni. Eine Meldung kann viele Inhalte umfassen; diese werden in den Zahlen zu den Inhalten gesondert gezählt.',
  'OpenAI’s own figures, as Wired reported them: 947 reports about 3,252 pieces of content in H1 2024, 75,027 reports about 74,559 pieces in H1 2025.':
    'Eigene Zahlen von OpenAI, wie Wired sie berichtet hat: 947 Meldungen zu 3.252 Inhalten im ersten Halbjahr 2024, 75.027 Meldungen zu 74.559 Inhalten im ersten Halbjahr 2025.',
  'The report’s “80×” counts reports: 75,027 in H1 2025 against 947 in H1 2024, 79.2 times as many. The pieces of content they were about grew less: 3,252 to 74,559, 22.9 times as many.':
    'Das „80×“ des Berichts zählt Meldungen: 75.027 im ersten Halbjahr 2025 gegenüber 947 im ersten Halbjahr 2024, 79,2-mal so viele. Die Inhalte, um die es ging, wuchsen weniger: von 3.252 auf 74.559, 22,9-mal so viele.',
  'Pieces of content in OpenAI’s CyberTipline reports, first half of 2024 and 2025':
    'Inhalte in den CyberTipline-Meldungen von OpenAI, erstes Halbjahr 2024 und 2025',
  'The pieces of content (images, videos, text) that OpenAI’s CyberTipline reports to NCMEC were about, January to June of each year.':
    'Die Inhalte (Bilder, Videos, Text), um die es in den CyberTipline-Meldungen von OpenAI an das NCMEC ging, jeweils Januar bis Juni.',
  'Reports to NCMEC the report attributes to three AI companies (unverified)':
    'Meldungen an das NCMEC, die der Bericht drei KI-Unternehmen zuschreibt (nicht bestätigt)',
  'Counts of reports to NCMEC that the report attributes to OpenAI, Amazon AI and Anthropic. No publisher’s document holds them, they have no period, and nothing shows they are reports of CSAM made with these companies’ platforms.':
    'Zahlen von Meldungen an das NCMEC, die der Bericht OpenAI, Amazon AI und Anthropic zuschreibt. Kein Dokument einer herausgebenden Stelle enthält sie, sie haben keinen Zeitraum, und nichts zeigt, dass es Meldungen von CSAM sind, die mit den Plattformen dieser Unternehmen erstellt wurden.',
  '+9,650% YoY': '+9.650 % ggü. Vorjahr',
  'The report’s claim: it gives no count for the year before, so the change cannot be recomputed.':
    'Angabe des Berichts: Er nennt keine Zahl für das Vorjahr, daher lässt sich die Veränderung nicht nachrechnen.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts.':
    'Nicht in einer Veröffentlichung des NCMEC gefunden; möglicherweise CyberTipline-Zahlen 2024 je Anbieter.',
  'Not found in an NCMEC publication; possibly per-provider 2024 CyberTipline counts. Anthropic’s own transparency report gives 859 images reported from April 2024 to March 2025.':
    'Nicht in einer Veröffentlichung des NCMEC gefunden; möglicherweise CyberTipline-Zahlen 2024 je Anbieter. Der eigene Transparenzbericht von Anthropic nennt 859 gemeldete Bilder von April 2024 bis März 2025.',
  'None of these three counts was found in a publisher’s document, and they have no period: they are shown as the report states them.':
    'Keine dieser drei Zahlen wurde im Dokument einer herausgebenden Stelle gefunden, und sie haben keinen Zeitraum: Sie werden so gezeigt, wie der Bericht sie angibt.',
  'The report’s “new reporter” is doubtful for Amazon AI: Amazon as a company reported to the CyberTipline before; “Amazon AI” may be a separate reporter name.':
    'Dass Amazon AI „erstmals meldet“, wie der Bericht sagt, ist fraglich: Amazon als Unternehmen hat schon zuvor an die CyberTipline gemeldet; „Amazon AI“ ist vielleicht ein eigener Meldername.',
  'Where the CSAM webpages the IWF confirmed in 2024 were hosted':
    'Wo die von der IWF 2024 bestätigten CSAM-Webseiten gehostet wurden',
  'Share of the child sexual abuse webpages the IWF confirmed in 2024, by the country where they were hosted.':
    'Anteil der von der IWF 2024 bestätigten Webseiten mit Darstellungen sexuellen Kindesmissbrauchs, nach dem Land, in dem sie gehostet wurden.',
  Netherlands: 'Niederlande',
  'IWF 2024 share of confirmed CSAM webpages by hosting country.':
    'Anteil der bestätigten CSAM-Webseiten nach Hosting-Land, IWF 2024.',
  'United States': 'Vereinigte Staaten',
  Bulgaria: 'Bulgarien',
  'Hong Kong': 'Hongkong',
  Romania: 'Rumänien',
  'European Union': 'Europäische Union',
  'The report says the EU hosts 62% of known CSAM worldwide (IWF, 2025). The IWF’s figure is for 2024 and is a share of the CSAM webpages the IWF actioned: 181,112 webpages hosted in EU countries (140,911 in 2023), not of all CSAM worldwide.':
    'Der Bericht sagt, die EU hoste 62 % der bekannten CSAM weltweit (IWF, 2025). Die Zahl der IWF gilt für 2024 und ist ein Anteil an den CSAM-Webseiten, gegen die die IWF vorgegangen ist: 181.112 in EU-Ländern gehostete Webseiten (140.911 im Jahr 2023), nicht an aller CSAM weltweit.',
  'reports (webpages) the IWF confirmed as CSAM in 2024':
    'Meldungen (Webseiten), die die IWF 2024 als CSAM bestätigt hat',
  'The report dates these shares 2025 (IWF, 2025): they are the IWF’s 2024 figures for confirmed CSAM webpages (291,273 reports confirmed in 2024). The IWF’s 2025 country table was not final when checked, so no 2025 shares are published here.':
    'Der Bericht datiert diese Anteile auf 2025 (IWF, 2025): Es sind die Zahlen der IWF für 2024 zu bestätigten CSAM-Webseiten (291.273 im Jahr 2024 bestätigte Meldungen). Die Ländertabelle der IWF für 2025 war bei der Prüfung noch nicht endgültig, daher werden hier keine Anteile für 2025 veröffentlicht.',
  'Countries not listed have no data here, which is not the same as zero.':
    'Für nicht aufgeführte Länder liegen hier keine Daten vor, was nicht dasselbe ist wie null.',
  'Shares are of the 291,273 webpages the IWF confirmed as CSAM in 2024, not of all CSAM worldwide; the Netherlands’ and the EU’s are computed from the IWF’s counts.':
    'Die Anteile beziehen sich auf die 291.273 Webseiten, die die IWF 2024 als CSAM bestätigt hat, nicht auf alle CSAM weltweit; die Anteile der Niederlande und der EU sind aus den Zahlen der IWF berechnet.',
  'Lithuania and Poland were rising in 2024; their exact shares were not captured by the check.':
    'Litauen und Polen verzeichneten 2024 steigende Anteile; ihre genauen Anteile hat die Prüfung nicht erfasst.',
  'The legal response to AI-generated CSAM': 'Die rechtliche Antwort auf KI-generierte CSAM',
  'Bills and laws in the United States and the United Kingdom that address AI-generated child sexual abuse material.':
    'Gesetzentwürfe und Gesetze in den Vereinigten Staaten und im Vereinigten Königreich zu KI-generierten Darstellungen sexuellen Kindesmissbrauchs.',
  'TAKE IT DOWN Act': 'TAKE IT DOWN Act',
  'United States (federal)': 'Vereinigte Staaten (Bundesebene)',
  'Signed into law': 'Als Gesetz unterzeichnet',
  'Platforms’ 48-hour removal duty applies': '48-Stunden-Löschpflicht der Plattformen gilt',
  'Criminalises publishing non-consensual intimate images, including AI-generated ones.':
    'Stellt die Veröffentlichung intimer Bilder ohne Einwilligung unter Strafe, auch KI-generierter.',
  'Requires platforms to remove such images within 48 hours of a valid request.':
    'Verpflichtet Plattformen, solche Bilder binnen 48 Stunden nach einem gültigen Antrag zu entfernen.',
  'Criminalizes non-consensual intimate images including AI-generated content; requires platforms to remove within 48 hours.':
    'Stellt intime Bilder ohne Einwilligung unter Strafe, auch KI-generierte Inhalte; verpflichtet Plattformen zur Entfernung binnen 48 Stunden.',
  'Signed 19 May 2025; the 48-hour removal duty applies from 19 May 2026.':
    'Unterzeichnet am 19. Mai 2025; die 48-Stunden-Löschpflicht gilt ab dem 19. Mai 2026.',
  'STOP CSAM Act': 'STOP CSAM Act',
  'Mainly lets victims sue platforms (as the check found the bill).':
    'Ermöglicht vor allem Klagen von Betroffenen gegen Plattformen (so hat die Prüfung den Entwurf vorgefunden).',
  'Would strengthen platform liability and expand law enforcement tools for investigating AI-generated CSAM.':
    'Würde die Haftung von Plattformen verschärfen und die Ermittlungsmittel der Strafverfolgung gegen KI-generierte CSAM erweitern.',
  'Pending, as the report says: S.1829 (119th Congress) was reported by the Senate Judiciary Committee and has not passed the Senate. The check found that it mainly lets victims sue platforms.':
    'Anhängig, wie der Bericht sagt: S.1829 (119. Kongress) wurde vom Justizausschuss des Senats vorgelegt und hat den Senat nicht passiert. Die Prüfung ergab, dass der Entwurf vor allem Klagen von Betroffenen gegen Plattformen ermöglicht.',
  'ENFORCE Act': 'ENFORCE Act',
  'Passed the Senate': 'Vom Senat verabschiedet',
  'Criminal law on obscene visual depictions of children, including AI-made ones.':
    'Strafrecht zu obszönen bildlichen Darstellungen von Kindern, auch KI-erzeugten.',
  'Targets the infrastructure enabling CSAM distribution, including hosting providers and payment processors.':
    'Richtet sich gegen die Infrastruktur der CSAM-Verbreitung, darunter Hosting-Anbieter und Zahlungsdienstleister.',
  'Status confirmed: S.3021 passed the Senate on 16 December 2025 and is pending in the House. The report’s description (“targets hosting providers and payment processors”) is not borne out by the bill’s text, which is about criminal law for obscene visual depictions, including AI-made ones.':
    'Status bestätigt: S.3021 wurde am 16. Dezember 2025 vom Senat verabschiedet und liegt dem Repräsentantenhaus vor. Die Beschreibung des Berichts („richtet sich gegen Hosting-Anbieter und Zahlungsdienstleister“) wird vom Text des Entwurfs nicht gestützt; er betrifft das Strafrecht zu obszönen bildlichen Darstellungen, auch KI-erzeugten.',
  'Crime and Policing Act 2026 (the report’s “UK Crime and Policing Bill”)':
    'Crime and Policing Act 2026 (im Bericht „UK Crime and Policing Bill“)',
  'United Kingdom': 'Vereinigtes Königreich',
  'Royal Assent': 'Königliche Zustimmung (Royal Assent)',
  'Offence on AI models for CSAM in force': 'Straftatbestand zu KI-Modellen für CSAM in Kraft',
  'An offence on AI models made or adapted to generate CSAM.':
    'Ein Straftatbestand zu KI-Modellen, die zur Erzeugung von CSAM entwickelt oder angepasst wurden.',
  'Would criminalize AI tools specifically designed or modified to generate CSAM, including LoRA models trained on abuse imagery.':
    'Würde KI-Werkzeuge unter Strafe stellen, die eigens zur Erzeugung von CSAM entwickelt oder verändert wurden, darunter LoRA-Modelle, die mit Missbrauchsdarstellungen trainiert wurden.',
  'The report lists a bill in progress; it became the Crime and Policing Act 2026 (Royal Assent 29 April 2026), and its offence on AI models made or adapted to generate CSAM came into force on 29 June 2026.':
    'Der Bericht führt einen laufenden Gesetzentwurf auf; daraus wurde der Crime and Policing Act 2026 (Royal Assent am 29. April 2026), und sein Straftatbestand zu KI-Modellen, die zur Erzeugung von CSAM entwickelt oder angepasst wurden, trat am 29. Juni 2026 in Kraft.',
  'Statuses as the check found them in November 2026; the report’s statuses are kept as `seedStatus` and its descriptions as `seedDescription`.':
    'Status, wie die Prüfung sie im November 2026 vorfand; die Status des Berichts sind als `seedStatus` erhalten, seine Beschreibungen als `seedDescription`.',
  'The report names no source for its legal section: the sources here are those the check found.':
    'Der Bericht nennt für seinen rechtlichen Teil keine Quelle: Die Quellen hier sind die, die die Prüfung gefunden hat.',
  'The ENFORCE Act’s description in the report (hosting providers and payment processors) is not borne out by the bill’s text.':
    'Die Beschreibung des ENFORCE Act im Bericht (Hosting-Anbieter und Zahlungsdienstleister) wird vom Text des Entwurfs nicht gestützt.',
  'increase in AI-generated CSAM videos the IWF found, 2024 to 2025':
    'Anstieg der KI-generierten CSAM-Videos, die die IWF gefunden hat, 2024 bis 2025',
  'increase in AI-generated CSAM videos': 'Anstieg der KI-generierten CSAM-Videos',
  'AI CSAM images and videos found by the IWF in 2024 and 2025 together, as the report states':
    'KI-CSAM-Bilder und -Videos, die die IWF 2024 und 2025 zusammen gefunden hat, laut Bericht',
  'total AI CSAM items found (2 years)': 'insgesamt gefundene KI-CSAM-Inhalte (2 Jahre)',
  'CyberTipline reports to NCMEC involving generative AI, H1 2025 (January to June)':
    'CyberTipline-Meldungen an das NCMEC mit Bezug zu generativer KI, erstes Halbjahr 2025 (Januar bis Juni)',
  'NCMEC AI-CSAM reports (H1 2025)': 'KI-CSAM-Meldungen an das NCMEC (erstes Halbjahr 2025)',
  'of victims depicted as girls, as the report states (the IWF’s 2021 share for all CSAM)':
    'der dargestellten Betroffenen sind Mädchen, laut Bericht (der Anteil der IWF von 2021 für alle CSAM)',
  'of AI CSAM victims depicted as girls': 'der Betroffenen in KI-CSAM als Mädchen dargestellt',
};
